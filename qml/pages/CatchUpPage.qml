// No "pragma ComponentBehavior: Bound": with it, Qt 6.4 cannot create ListView section delegates.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * Catch up: bookmarked talks that are over and have a recording not yet watched, so the ones
 * skipped for the coast road can still be seen.
 */
Page {
    id: root

    title: qsTr("Catch up")

    CatchUpModel {
        id: catchUp
        appController: App
        tripController: Trips
        allConferences: !currentOnly.checked
    }

    function current(role: string): var {
        const item = list.currentItem as CatchUpRow
        return item ? item[role] : undefined
    }

    header: PageHeader {
        title: root.title
        summary: catchUp.count > 0 ? qsTr("%n recording(s) to watch", "", catchUp.count) : ""
        CheckBox {
            id: currentOnly
            visible: App.conferences.count > 1
            text: qsTr("This conference only")
        }
    }

    EventListView {
        id: list
        anchors.fill: parent
        focus: true
        model: catchUp
        currentIndex: catchUp.count > 0 ? 0 : -1
        Accessible.name: qsTr("Recordings to catch up on")

        onActivated: App.openLink(root.current("videoUrl"))
        Keys.onPressed: event => {
            if (list.currentIndex < 0)
                return
            if (event.key === Qt.Key_W) {
                App.setWatched(catchUp.idAt(list.currentIndex), root.current("conferenceId"), true)
                event.accepted = true
            } else if (event.key === Qt.Key_O) {
                Navigation.openEvent(catchUp.idAt(list.currentIndex))
                event.accepted = true
            }
        }

        section.property: "section"
        section.criteria: ViewSection.FullString
        section.delegate: DaySectionHeader {
            width: list.width
            model: catchUp
        }

        delegate: CatchUpRow {
            width: ListView.view.width
            current: ListView.isCurrentItem && list.showsCurrent
            onOpenRequested: {
                list.focusRow(index)
                Navigation.openEvent(eventId)
            }
        }

        footer: Label {
            width: ListView.view.width
            visible: catchUp.count > 0
            padding: 8
            text: qsTr("Enter plays the recording · W marks it watched · O opens the talk")
            opacity: 0.6
            font.pixelSize: 12
            wrapMode: Text.Wrap
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 520)
        visible: catchUp.count === 0
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Nothing to catch up on.")
            font.pixelSize: 16
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Bookmarked talks appear here once they are over and their recording is online, until you mark them watched.")
            opacity: 0.75
        }
    }
}
