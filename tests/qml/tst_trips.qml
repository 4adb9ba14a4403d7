import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/**
 * Planning a side trip as a user does: the Trips page starts empty, Ctrl+N opens the editor, a
 * free slot of the day fills in the times with the way there and back counted, Save puts the trip
 * in the list, on My agenda and in the timetable's Trips lane; a mistake is shown and nothing is
 * saved; Delete asks, then removes. The places page lists the bundled places and plans a trip to
 * the selected one with T. The test clock stands at Saturday 6 July 2013, 10:30 in Hobart.
 */
TestCase {
    id: testCase
    name: "Trips"
    when: windowShown

    Component {
        id: mainWindow
        Main {}
    }

    property var win: null

    TripListModel {
        id: allTrips
        appController: App
        tripController: Trips
    }

    function init() {
        Preferences.resetHints()
        win = createTemporaryObject(mainWindow, testCase)
        verify(win)
        // The window opens on the page it was left on; start from the schedule, as a user would.
        win.showPage("schedule", {})
        wait(0) // pages replaced go with deleteLater: let them go before looking for the new one
        win.requestActivate()
        tryVerify(() => win.active, 5000)
        waitForRendering(win.contentItem)
    }

    function cleanup() {
        // The database is shared with the other test files: leave no trip behind.
        while (allTrips.count > 0)
            compare(Trips.removeTrip(allTrips.idAt(0)), "")
    }

    function openTrips() {
        win.showPage("trips", {})
        wait(0)
        const page = findChild(win, "tripsPage")
        verify(page)
        waitForRendering(page)
        return page
    }

    function test_planASaturdayMorningTrip() {
        const page = openTrips()
        compare(page.model.count, 0)
        keyClick(Qt.Key_N, Qt.ControlModifier)
        const editor = page.editor
        tryVerify(() => editor.opened)
        const title = findChild(editor.contentItem, "tripTitle")
        verify(title.activeFocus)
        keyClick(Qt.Key_S)
        title.text = "Salamanca Market"
        const place = findChild(editor.contentItem, "tripPlace")
        place.currentIndex = place.indexOfValue("salamanca-place")
        compare(place.currentValue, "salamanca-place")
        // Today, Saturday, has nothing bookmarked: one free slot, the whole day.
        const day = findChild(editor.contentItem, "tripDay")
        compare(App.days[day.currentIndex], "2013-07-06")
        const slots = findChild(editor.contentItem, "tripSlots")
        compare(slots.count, 1)
        const slot = slots.itemAt(0)
        verify(slot.text.length > 0)
        waitForRendering(editor.contentItem)
        mouseClick(slot)
        const start = findChild(editor.contentItem, "tripStart")
        const end = findChild(editor.contentItem, "tripEnd")
        // Leave at the slot's start; Salamanca is 1.7 km away (3 min at 40 km/h).
        compare(start.text, Format.time(slot.start))
        verify(end.text.length === 5)
        verify(findChild(editor.contentItem, "tripSuggestion").text.indexOf("3 min there") === 0)
        // A shorter trip, typed: the end an hour and a half later.
        start.text = "09:00"
        end.text = "10:30"
        findChild(editor.contentItem, "tripWho").text = "Ann and me"
        mouseClick(findChild(editor, "tripSave"))
        tryVerify(() => !editor.opened)
        compare(page.model.count, 1)
        const id = page.model.idAt(0)
        verify(Trips.isTrip(id))
        const trip = Trips.trip(id)
        compare(trip.startTime, "09:00")
        compare(trip.endTime, "10:30")
        compare(trip.placeId, "salamanca-place")
        compare(trip.who, "Ann and me")

        // On My agenda, as a trip.
        win.showPage("agenda", {})
        let agendaRow = null
        tryVerify(() => {
            agendaRow = findTrip(win.contentItem, "Salamanca Market")
            return agendaRow !== null
        }, 5000, "the trip is a row of My agenda")
        compare(agendaRow.kind, "trip")

        // In the timetable's own lane.
        win.showPage("schedule", {})
        win.viewMode = "timetable"
        let block = null
        tryVerify(() => {
            block = findTrip(win.contentItem, "Salamanca Market")
            return block !== null && block.column !== undefined
        }, 5000, "the trip is a block of the timetable")
        compare(block.kind, "trip")
    }

    /** The first visible delegate below `item` with kind "trip" and this title. */
    function findTrip(item, title) {
        if (!item)
            return null
        if (item.visible && item.kind === "trip" && item.title === title)
            return item
        const children = item.children
        for (let i = 0; children && i < children.length; ++i) {
            const found = findTrip(children[i], title)
            if (found)
                return found
        }
        return null
    }

    function findAll(item, predicate, out) {
        if (!item)
            return out
        if (predicate(item))
            out.push(item)
        for (let i = 0; i < item.children.length; ++i)
            findAll(item.children[i], predicate, out)
        return out
    }

    /** My agenda's free time between two talks plans a trip in it: the editor opens on that day and time. */
    function test_planATripFromAnAgendaGap() {
        // Friday: Porting Django apps (10:30 to 11:00), then Secrets of the testing masters at 11:45.
        const porting = "b344b589a21c05f9", secrets = "3f5cb13e3b52c40a"
        for (const id of [porting, secrets]) {
            if (!App.isBookmarked(id))
                App.toggleBookmark(id, App.conferenceId)
        }
        try {
            win.showPage("agenda", {})
            wait(0)
            waitForRendering(win.contentItem)
            let button = null
            tryVerify(() => (button = findAll(win.contentItem, i => i instanceof AgendaRow && i.eventId === secrets, [])
                             .map(row => findChild(row, "planTripHere"))[0] ?? null) !== null, 5000, "the row after the gap is shown")
            verify(button.visible, "the 45 min free offer a trip")
            verify(button.Accessible.role === Accessible.Link)
            verify(!findChild(findAll(win.contentItem, i => i instanceof AgendaRow && i.eventId === porting, [])[0], "planTripHere").visible,
                   "the day's first item has no gap before it")
            waitForRendering(button)
            // The free time is between the cards, not part of the next one: a click on it opens nothing.
            const free = findChild(button.parent, "freeTime")
            verify(free.visible)
            // The offer follows the free time it is about, not out in the middle of the row.
            const after = button.mapToItem(free, 0, 0).x - free.width
            verify(after >= 0 && after <= 24, "the link starts " + after + " px after “" + free.text + "”")
            mouseClick(free)
            wait(0)
            verify(!findChild(win, "eventPage"), "a click on the free time does not open the next talk")
            mouseClick(button)
            wait(0)
            verify(!findChild(win, "eventPage"), "the click is the link's: the next talk does not open")
            const page = findChild(win, "tripsPage")
            verify(page, "the Trips page opens")
            tryVerify(() => page.editor.opened, 5000, "with the editor")
            const day = findChild(page.editor.contentItem, "tripDay")
            compare(App.days[day.currentIndex], "2013-07-05", "on the gap's day, not today")
            compare(findChild(page.editor.contentItem, "tripStart").text, "11:00")
            const end = findChild(page.editor.contentItem, "tripEnd").text
            verify(end > "11:00" && end <= "11:45", end)
            page.editor.close()
        } finally {
            for (const id of [porting, secrets])
                App.toggleBookmark(id, App.conferenceId)
        }
    }

    function test_mistakesAreShownAndNothingIsSaved() {
        const page = openTrips()
        keyClick(Qt.Key_N, Qt.ControlModifier)
        const editor = page.editor
        tryVerify(() => editor.opened)
        findChild(editor.contentItem, "tripTitle").text = "Backwards"
        findChild(editor.contentItem, "tripStart").text = "12:00"
        findChild(editor.contentItem, "tripEnd").text = "11:00"
        mouseClick(findChild(editor, "tripSave"))
        const error = findChild(editor.contentItem, "tripError")
        tryVerify(() => error.visible)
        verify(error.text.indexOf("ends before it starts") >= 0, error.text)
        verify(editor.opened)
        compare(page.model.count, 0)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !editor.opened)
        compare(page.model.count, 0)
    }

    function test_deleteAsksThenRemoves() {
        const page = openTrips()
        const result = Trips.saveTrip("", { title: "Pub", day: "2013-07-06", startTime: "18:00", endTime: "20:00" })
        verify(result.ok, result.error)
        tryCompare(page.model, "count", 1)
        const list = findChild(page, "tripList")
        list.forceActiveFocus()
        list.currentIndex = 0
        keyClick(Qt.Key_Delete)
        tryVerify(() => page.confirmRemove.opened)
        page.confirmRemove.accept()
        tryCompare(page.model, "count", 0)
        verify(!Trips.isTrip(result.id))
    }

    function test_placesPagePlansATripWithT() {
        win.showPage("places", {})
        wait(0)
        const page = findChild(win, "placesPage")
        verify(page)
        waitForRendering(page)
        compare(page.model.count, 12)
        compare(page.model.locatedCount, 11)
        verify(page.map.placesInView > 0)
        const list = findChild(page, "placeList")
        list.forceActiveFocus()
        list.currentIndex = page.model.indexOf("kunanyi-mount-wellington")
        verify(list.activeFocus)
        keyClick(Qt.Key_T)
        compare(win.currentPage, "trips")
        wait(0)
        let trips = null
        tryVerify(() => {
            trips = findChild(win, "tripsPage")
            return trips !== null && trips.editor.opened
        }, 5000, "T opens a new trip to the selected place")
        compare(findChild(trips.editor.contentItem, "tripPlace").currentValue, "kunanyi-mount-wellington")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !trips.editor.opened)
    }
}
