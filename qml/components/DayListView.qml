pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Lanyard

/** The day as a list, grouped under each time slot; Up/Down move, Enter opens, Space bookmarks. */
ListView {
    id: root

    property string currentEventId

    signal activated(string eventId)

    clip: true
    keyNavigationEnabled: true
    boundsBehavior: Flickable.StopAtBounds
    reuseItems: true
    currentIndex: root.model ? (root.model as DayModel).indexOf(root.currentEventId) : -1
    onCurrentIndexChanged: {
        if (currentIndex >= 0)
            root.currentEventId = (root.model as DayModel).eventIdAt(currentIndex)
    }
    ScrollBar.vertical: ScrollBar {}
    highlightMoveDuration: 0
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Events")

    Keys.onReturnPressed: root.activated(root.currentEventId)
    Keys.onEnterPressed: root.activated(root.currentEventId)
    Keys.onSpacePressed: App.toggleBookmark(root.currentEventId, App.conferenceId)

    section.property: "slot"
    section.criteria: ViewSection.FullString
    section.delegate: Pane {
        id: sectionHeader
        required property string section
        width: ListView.view.width
        padding: 4
        leftPadding: 12
        background: Rectangle { color: palette.alternateBase }
        Label {
            text: Format.timeOfIso(sectionHeader.section)
            font.bold: true
            Accessible.role: Accessible.Heading
        }
    }

    delegate: EventRow {
        width: ListView.view.width
        current: ListView.isCurrentItem
        onClicked: {
            root.currentIndex = index
            root.forceActiveFocus()
            root.activated(eventId)
        }
    }
}
