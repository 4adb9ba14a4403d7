pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** What happens in one room, one day at a time: the room's day list, opened from a timetable column or an event. */
Page {
    id: root

    property string room
    property string day: App.defaultDay
    signal backRequested()

    title: root.room

    DayModel {
        id: roomModel
        appController: App
        tripController: Trips
        syncController: Sync
        day: root.day
        room: root.room
        // The schedule's own filter is that view's; here only what is hidden everywhere is left out.
        filtered: false
        onLayoutChanged: Qt.callLater(root.scrollToNow)
    }

    /** While the day is on, the list starts at what runs now (or comes next). */
    function scrollToNow() {
        if (App.today !== root.day)
            return
        const row = roomModel.firstEndingAfter(App.now)
        if (row >= 0) {
            list.currentIndex = row
            list.positionViewAtIndex(row, ListView.Beginning)
        }
    }

    header: PageHeader {
        showsBack: true
        onBackRequested: root.backRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillWidth: true
            padding: 20
            bottomPadding: 8
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 4
                HeadingLabel {
                    text: root.room.length > 0 ? root.room : qsTr("(no room)")
                    font.pixelSize: 24
                    font.bold: true
                    textFormat: Text.PlainText
                }
                Label {
                    textFormat: Text.PlainText
                    opacity: 0.75
                    text: qsTr("%1: %n event(s)", "", roomModel.count).arg(Format.longDayLabel(root.day))
                          + (roomModel.excludedCount > 0 ? qsTr(", %n more hidden from every view", "", roomModel.excludedCount) : "")
                }
            }
        }

        DaySwitcher {
            Layout.fillWidth: true
            day: root.day
            onDaySelected: date => root.day = date
        }

        EventListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: roomModel
            focus: true
            Accessible.name: qsTr("Events in %1").arg(root.room)
            onActivated: row => Navigation.openEvent(roomModel.eventIdAt(row))
            onToggleRequested: row => {
                const id = roomModel.eventIdAt(row)
                if (id)
                    App.toggleBookmark(id, App.conferenceId)
            }

            delegate: EventRow {
                id: row
                width: ListView.view.width
                current: ListView.isCurrentItem && list.showsCurrent
                runsNow: App.now >= row.start && App.now < row.end
                onClicked: {
                    list.currentIndex = row.index
                    Navigation.openEvent(row.eventId)
                }
            }
        }

        Label {
            textFormat: Text.PlainText
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 24
            Layout.bottomMargin: 24
            visible: roomModel.count === 0
            text: qsTr("Nothing in %1 on this day.").arg(root.room)
            font.pixelSize: 16
        }
    }
}
