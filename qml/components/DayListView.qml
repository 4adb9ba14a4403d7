// No "pragma ComponentBehavior: Bound" here: with it, Qt 6.4 cannot create ListView section
// delegates ("Component is not ready").
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
    // Reachable with Tab; the focus starts on the first event when none is current.
    activeFocusOnTab: true
    onActiveFocusChanged: {
        if (activeFocus && currentIndex < 0 && count > 0)
            currentIndex = 0
    }
    Accessible.role: Accessible.List
    Accessible.name: currentItem ? qsTr("Events, %1").arg(currentItem.Accessible.name) : qsTr("Events")

    // Where the keyboard focus is: a frame around the list.
    Rectangle {
        parent: root
        anchors.fill: parent
        z: 10
        color: "transparent"
        border.width: 2
        border.color: root.palette.highlight
        visible: root.activeFocus
    }

    Keys.onReturnPressed: root.activated(root.currentEventId)
    Keys.onEnterPressed: root.activated(root.currentEventId)
    Keys.onSpacePressed: App.toggleBookmark(root.currentEventId, App.conferenceId)

    section.property: "slot"
    section.criteria: ViewSection.FullString
    section.delegate: SlotHeader {
        width: root.width
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
