pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * What the last update of the shown conference changed: first what touches the user's agenda
 * ("Your talk … moved from … to …"), then every other change. A change opens its event.
 */
Page {
    id: root

    title: qsTr("What changed")

    ChangeListModel {
        id: changes
        appController: App
    }

    header: PageHeader {
        title: qsTr("What changed")
        summary: changes.count === 0 ? qsTr("in the last update of %1").arg(App.conference.title ?? "")
                 : qsTr("%n change(s) in the last update of %1", "", changes.count).arg(App.conference.title ?? "")
        Button {
            text: qsTr("Mark all as seen")
            enabled: App.conferenceId.length > 0
            onClicked: Sync.markAllSeen(App.conferenceId)
            Accessible.name: qsTr("Remove the New and Changed marks from the schedule")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Removes the New and Changed marks from the schedule")
        }
    }

    // What the last calendar sync changed here (a bookmark deleted on the phone) or could not keep.
    footer: Pane {
        objectName: "calendarChanges"
        visible: Calendar.connected && Calendar.changes.length > 0
        ColumnLayout {
            anchors.fill: parent
            spacing: 4
            HeadingLabel {
                text: qsTr("From your calendar")
                font.bold: true
            }
            Repeater {
                model: Calendar.connected ? Calendar.changes : []
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    text: modelData
                }
            }
        }
    }

    ChangeListView {
        id: list
        anchors.fill: parent
        model: changes
        focus: true
        onOpenRequested: eventId => Navigation.openEvent(eventId)
    }

    Label {
        anchors.centerIn: parent
        visible: changes.count === 0
        width: Math.min(parent.width - 40, 520)
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("The last update of this conference changed nothing. Updates come from subscriptions (see Conferences) and from importing a newer file.")
        font.pixelSize: 15
    }
}
