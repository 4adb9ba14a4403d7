// No "pragma ComponentBehavior: Bound" here: with it, Qt 6.4 cannot create ListView section
// delegates ("Component is not ready").
import QtQuick
import QtQuick.Controls
import Lanyard

/** The changes of the last update, those to the user's agenda first; Enter or a click opens the event. */
ListView {
    id: root

    signal openRequested(string eventId)

    function openCurrent() {
        const item = root.currentItem as ChangeRow
        if (item && item.openable)
            root.openRequested(item.eventId)
    }

    clip: true
    keyNavigationEnabled: true
    boundsBehavior: Flickable.StopAtBounds
    highlightMoveDuration: 0
    ScrollBar.vertical: ScrollBar {}
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Changes")

    Keys.onReturnPressed: root.openCurrent()
    Keys.onEnterPressed: root.openCurrent()

    section.property: "group"
    section.criteria: ViewSection.FullString
    section.delegate: ChangeSectionHeader {
        width: root.width
    }

    delegate: ChangeRow {
        width: root.width
        openable: (root.model as ChangeListModel).canOpen(eventId)
        current: ListView.isCurrentItem && root.activeFocus
        onClicked: {
            root.currentIndex = index
            if (openable)
                root.openRequested(eventId)
        }
    }
}
