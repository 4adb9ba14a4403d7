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
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 8
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    text: qsTr("What changed")
                    font.pixelSize: 18
                    font.bold: true
                    Accessible.role: Accessible.Heading
                }
                Label {
                    text: changes.count === 0 ? qsTr("in the last update of %1").arg(App.conference.title ?? "")
                          : qsTr("%n change(s) in the last update of %1", "", changes.count).arg(App.conference.title ?? "")
                    opacity: 0.75
                }
            }
            Button {
                text: qsTr("Mark all as seen")
                enabled: App.conferenceId.length > 0
                onClicked: Sync.markAllSeen(App.conferenceId)
                Accessible.name: qsTr("Remove the New and Changed marks from the schedule")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Removes the New and Changed marks from the schedule")
            }
        }
    }

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        model: changes
        focus: true
        keyNavigationEnabled: true
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Changes")

        Keys.onReturnPressed: list.openCurrent()
        Keys.onEnterPressed: list.openCurrent()
        function openCurrent() {
            const item = list.currentItem as ChangeRow
            if (item && item.openable)
                Navigation.openEvent(item.eventId)
        }

        section.property: "group"
        section.criteria: ViewSection.FullString
        section.delegate: Pane {
            id: sectionHeader
            required property string section
            width: ListView.view.width
            padding: 6
            leftPadding: 12
            background: Rectangle { color: sectionHeader.palette.alternateBase }
            Label {
                text: sectionHeader.section === "yours" ? qsTr("Your agenda") : qsTr("Everything else")
                font.bold: true
                Accessible.role: Accessible.Heading
            }
        }

        delegate: ChangeRow {}
    }

    component ChangeRow: ItemDelegate {
        id: row
        required property int index
        required property string eventId
        required property string kind
        required property string text
        required property bool bookmarked
        readonly property bool openable: changes.canOpen(row.eventId)

        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        enabled: true
        focusPolicy: Qt.NoFocus
        onClicked: {
            ListView.view.currentIndex = row.index
            if (row.openable)
                Navigation.openEvent(row.eventId)
        }
        Accessible.name: row.text

        contentItem: RowLayout {
            spacing: 10
            Label {
                Layout.preferredWidth: 86
                horizontalAlignment: Text.AlignHCenter
                text: {
                    switch (row.kind) {
                    case "new": return qsTr("New")
                    case "cancelled": return qsTr("Cancelled")
                    case "moved": return qsTr("Moved")
                    case "retimed": return qsTr("New time")
                    case "renamed": return qsTr("Renamed")
                    case "speakers": return qsTr("Speakers")
                    }
                    return row.kind
                }
                font.pixelSize: 11
                font.bold: true
                color: "white"
                padding: 3
                background: Rectangle {
                    radius: 3
                    color: row.kind === "cancelled" ? "#b71c1c" : row.kind === "new" ? "#2e7d32" : "#c77700"
                }
            }
            Label {
                Layout.fillWidth: true
                text: row.text
                font.bold: row.bookmarked
                font.pixelSize: row.bookmarked ? 15 : 14
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Label {
                visible: row.openable
                text: "›"
                font.pixelSize: 18
                opacity: 0.5
            }
        }
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
