pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** Preferences: reminders before bookmarked talks. */
Page {
    id: root

    title: qsTr("Settings")

    Component.onCompleted: Reminders.recheck()

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 40, 720)
            x: 20
            spacing: 12

            Item { Layout.preferredHeight: 8 }
            Label {
                text: root.title
                font.pixelSize: 20
                font.bold: true
                Accessible.role: Accessible.Heading
            }

            GroupBox {
                Layout.fillWidth: true
                title: qsTr("Reminders")
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 8
                    Switch {
                        id: remindSwitch
                        text: qsTr("Remind me before each bookmarked talk, with its room")
                        checked: Reminders.enabled
                        enabled: Reminders.available
                        focus: true
                        onToggled: Reminders.enabled = checked
                        Accessible.name: text
                    }
                    RowLayout {
                        enabled: Reminders.available
                        Label { text: qsTr("Minutes before the start:") }
                        SpinBox {
                            from: 1
                            to: 240
                            editable: true
                            value: Reminders.minutesBefore
                            onValueModified: Reminders.minutesBefore = value
                            Accessible.name: qsTr("Minutes before the start")
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: !Reminders.available
                        wrapMode: Text.Wrap
                        color: "#8a5a00"
                        text: qsTr("This desktop session offers no notification service (org.freedesktop.Notifications on the session bus), so Lanyard cannot show reminders here.")
                    }
                    Button {
                        visible: !Reminders.available
                        text: qsTr("Check again")
                        onClicked: Reminders.recheck()
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: Reminders.available
                        wrapMode: Text.Wrap
                        opacity: 0.75
                        text: qsTr("Reminders come as desktop notifications while Lanyard is open.")
                    }
                }
            }
        }
    }
}
