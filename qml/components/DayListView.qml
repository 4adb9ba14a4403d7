// No "pragma ComponentBehavior: Bound": with it, Qt 6.4 cannot create the slot heading's
// component from the Loader inside the delegate ("Cannot instantiate bound component outside its
// creation context").
import QtQuick
import QtQuick.Controls
import Lanyard

/** The day as a list, under a heading for each start time; Up/Down move, Enter opens, Space bookmarks. */
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
    // Reachable with Tab; when no event is current, the focus starts on the one running now or
    // next while the day is on (the list stays at "now"), else on the first.
    activeFocusOnTab: true
    onActiveFocusChanged: {
        if (activeFocus && currentIndex < 0 && count > 0)
            currentIndex = Math.max(0, root.nowRow())
    }
    /** A new day starts at the top, or at the event running now or next while the day is on. */
    function scrollToStart() {
        const row = root.nowRow()
        if (row >= 0)
            root.positionViewAtIndex(row, ListView.Beginning)
        else
            root.positionViewAtBeginning()
    }
    Connections {
        target: root.model
        function onLayoutChanged() {
            Qt.callLater(root.scrollToStart)
        }
    }
    Component.onCompleted: Qt.callLater(root.scrollToStart)
    // The schedule page hands the list its model only when it is shown: it opens at the event the
    // keyboard was on in the timetable, else at now.
    onModelChanged: Qt.callLater(() => {
        if (!root.model)
            return
        if (root.currentIndex >= 0)
            root.positionViewAtIndex(root.currentIndex, ListView.Beginning)
        else
            root.scrollToStart()
    })

    /** The row running now or next while the list's day is on; -1 otherwise. */
    function nowRow(): int {
        const model = root.model as DayModel
        return model && App.today === model.day ? model.rowAt(App.now) : -1
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

    // The slot's heading is part of the slot's first row, not a ListView section: Qt 6.4's
    // section headers went stale when rows were reused while scrolling or switching days
    // ("12:00" above a 09:30 talk).
    delegate: EventRow {
        id: row
        required property bool firstInSlot
        required property string slot
        width: ListView.view.width
        current: ListView.isCurrentItem
        topInset: heading.item ? heading.height : 0
        topPadding: row.padding + row.topInset
        onClicked: {
            root.currentIndex = row.index
            root.forceActiveFocus()
            root.activated(row.eventId)
        }
        // Only a slot's first row has a heading; the others make none (a day has a thousand rows).
        Loader {
            id: heading
            width: row.width
            active: row.firstInSlot
            sourceComponent: SlotHeader {
                section: row.slot
            }
        }
    }
}
