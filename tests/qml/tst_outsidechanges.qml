import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/**
 * The window sees other writers: what the command line writes to the same database while the
 * window is open (a bookmark, a note, a rating, a trip) shows in the open views within about a
 * second, row by row, with the list's scroll position and current row where they were. The test
 * clock stands at Saturday 6 July 2013, 10:30 in Hobart.
 */
TestCase {
    id: testCase
    name: "OutsideChanges"
    when: windowShown
    width: 800
    height: 400

    AgendaModel {
        id: agenda
        appController: App
        tripController: Trips
    }
    TripListModel {
        id: trips
        appController: App
        tripController: Trips
    }

    ListView {
        id: dayList
        anchors.fill: parent
        model: DayModel {
            id: day
            appController: App
            tripController: Trips
            syncController: Sync
            day: "2013-07-06"
        }
        delegate: Item {
            required property string eventId
            required property bool bookmarked
            required property int priority
            width: ListView.view.width
            height: 40
        }
    }

    function test_aBookmarkMadeOnTheCommandLineShowsInTheOpenViews() {
        tryVerify(() => day.count > 20)
        // Scrolled down, the 12th row current: both stay where they are.
        dayList.currentIndex = 12
        dayList.positionViewAtIndex(12, ListView.Center)
        const target = dayList.itemAtIndex(12)
        verify(target)
        const eventId = target.eventId
        verify(!target.bookmarked)
        const contentY = dayList.contentY
        verify(contentY > 0)
        const agendaCount = agenda.count

        compare(LanyardTest.runLanyard(["bookmark", "add", eventId, "--priority", "maybe"]), 0)
        tryCompare(target, "bookmarked", true, 10000)
        compare(target.priority, 2)
        tryCompare(agenda, "count", agendaCount + 1, 10000)
        verify(agenda.indexOf(eventId) >= 0)
        compare(dayList.currentIndex, 12)
        compare(dayList.contentY, contentY)
        // The same delegate, updated in place: the row was not rebuilt.
        compare(dayList.itemAtIndex(day.indexOf(eventId)), target)

        compare(LanyardTest.runLanyard(["bookmark", "remove", eventId]), 0)
        tryCompare(target, "bookmarked", false, 10000)
        tryCompare(agenda, "count", agendaCount, 10000)
    }

    function test_aTripAddedOnTheCommandLineShowsInTheOpenViews() {
        const before = trips.count
        compare(LanyardTest.runLanyard(["trips", "add", "--title", "Lark Distillery", "--from", "2013-07-06T17:30",
                                        "--to", "2013-07-06T19:00"]), 0)
        tryCompare(trips, "count", before + 1, 10000)
        const tripId = trips.idAt(trips.count - 1)
        compare(LanyardTest.runLanyard(["trips", "remove", tripId]), 0)
        tryCompare(trips, "count", before, 10000)
    }
}
