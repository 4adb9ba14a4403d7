// No "pragma ComponentBehavior: Bound" here: with it, Qt 6.4 cannot create ListView section
// delegates ("Component is not ready").
import QtQuick
import QtQuick.Controls
import Lanyard

/** The changes of the last update, those to the user's agenda first; Enter or a click opens the event. */
EventListView {
    id: root

    signal openRequested(string eventId)

    function openCurrent() {
        const item = root.currentItem as ChangeRow
        if (item && item.openable)
            root.openRequested(item.eventId)
    }

    Accessible.name: qsTr("Changes")
    onActivated: root.openCurrent()

    section.property: "group"
    section.criteria: ViewSection.FullString
    section.delegate: ChangeSectionHeader {
        width: root.width
    }

    delegate: ChangeRow {
        width: root.width
        openable: (root.model as ChangeListModel).canOpen(eventId)
        current: ListView.isCurrentItem && root.showsCurrent
        onClicked: {
            root.currentIndex = index
            if (openable)
                root.openRequested(eventId)
        }
    }
}
