import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * A short tip the first time a view is shown; once dismissed it stays away (Preferences keeps
 * the names of dismissed hints, and the settings page can bring them all back).
 */
Pane {
    id: root

    /** Which hint this is ("schedule-timetable", "event", ...); empty shows nothing. */
    property string name
    property string text

    visible: root.name.length > 0 && root.text.length > 0 && Preferences.dismissedHints.indexOf(root.name) < 0
    padding: 8
    leftPadding: 12
    background: Rectangle {
        color: Qt.tint(root.palette.base, Qt.rgba(0.19, 0.55, 0.78, Preferences.dark ? 0.25 : 0.12))
        border.color: Qt.rgba(0.19, 0.55, 0.78, 0.5)
    }
    Accessible.role: Accessible.Note
    Accessible.name: qsTr("Tip: %1").arg(root.text)

    RowLayout {
        anchors.fill: parent
        spacing: 12
        Label {
            text: qsTr("Tip")
            font.bold: true
            Layout.alignment: Qt.AlignTop
        }
        Label {
            textFormat: Text.PlainText
            text: root.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Got it")
            onClicked: Preferences.dismissHint(root.name)
            Accessible.name: text
            Accessible.description: qsTr("Dismiss the tip")
        }
    }
}
