import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/**
 * The window as a person first meets it: the conference named once in the header, durations from
 * an hour on in hours and minutes, languages by name, My agenda with no row chosen before any
 * key or click, and a clear word on a conference that has no places.
 */
TestCase {
    id: testCase
    name: "Window"
    when: windowShown

    Component {
        id: mainWindow
        Main {}
    }
    SignalSpy {
        id: imported
        target: Sync
        signalName: "importFinished"
    }

    property var win: null
    /** The other tests expect the bundled programme alone. */
    property string importedConference

    function init() {
        Preferences.resetHints()
        win = createTemporaryObject(mainWindow, testCase)
        verify(win)
        win.showPage("schedule", {})
        wait(0)
        win.requestActivate()
        tryVerify(() => win.active, 5000)
        waitForRendering(win.contentItem)
    }

    function cleanup() {
        Trips.speedKmh = 40
        if (importedConference) {
            App.conferenceId = "pyconau2013"
            compare(Sync.removeConference(importedConference), "")
            importedConference = ""
        }
    }

    /** A second, small conference (no places, no venue), made current. */
    function importSecondConference() {
        imported.clear()
        Sync.importPath(LanyardTest.sourceDir + "/tests/data/feeds/dst-berlin.xml", "")
        tryCompare(imported, "count", 1, 30000)
        const report = imported.signalArguments[0][0]
        verify(report.ok, report.error)
        importedConference = report.conferenceId
        App.conferenceId = report.conferenceId
        // A fresh window (the first one shows the import report).
        init()
    }

    function findAll(item, predicate, out) {
        if (!item || !item.visible)
            return out
        if (predicate(item))
            out.push(item)
        for (let i = 0; i < item.children.length; ++i)
            findAll(item.children[i], predicate, out)
        return out
    }

    function test_conferenceNamedOnceInTheHeader() {
        importSecondConference()
        const title = App.conference.title
        verify(title.length > 0)
        compare(App.conferences.count, 2)
        const header = win.header
        const switchers = findAll(header, i => i instanceof ComboBox, [])
        compare(switchers.length, 1, "two conferences: the switcher is shown")
        const texts = findAll(header, i => i.text === title, [])
        compare(texts.length, 1, "the title is written " + texts.length + " times: " + texts.map(String).join(", "))
    }

    function test_conferenceWithoutPlaces() {
        importSecondConference()
        win.showPage("places", {})
        wait(0)
        const page = findChild(win, "placesPage")
        verify(page)
        waitForRendering(page)
        compare(page.model.count, 0)
        const empty = findChild(page, "placesEmptyState")
        verify(empty, "an empty page says why it is empty")
        verify(empty.visible)
        const words = findAll(empty, i => i instanceof Label && i.text.length > 20, [])
        verify(words.length > 0, "it says what to do")
        verify(!findChild(page, "placeList").visible, "no empty list beside it")
    }

    function test_placesListTravelInHours() {
        Trips.speedKmh = 5
        win.showPage("places", {})
        wait(0)
        const page = findChild(win, "placesPage")
        verify(page)
        waitForRendering(page)
        verify(page.model.count > 0, "the bundled programme has places")
        const rows = findAll(page, i => i instanceof ItemDelegate && i.Accessible.name.indexOf("kunanyi") === 0, [])
        verify(rows.length === 1, "the mountain is listed")
        // 8.2 km on foot: 99 minutes.
        verify(rows[0].Accessible.name.indexOf("1 h 39 min") > 0, rows[0].Accessible.name)
        verify(rows[0].Accessible.name.indexOf("99 min") < 0, rows[0].Accessible.name)
    }

    /**
     * The map's footnote and the box of places without a location share the map's foot: in German
     * on a narrow window the footnote wraps beside the box instead of running under it, and the
     * box's title wraps inside it.
     */
    function test_mapFootnoteClearsTheUnplacedBox() {
        try {
            // In German, where the words are longest.
            Preferences.language = "de"
            win.width = 1024
            win.showPage("places", {})
            const page = findChild(win, "placesPage")
            verify(page)
            const note = findChild(page, "mapFootnote")
            const box = findChild(page, "unplacedPlaces")
            verify(note && box)
            tryVerify(() => box.visible && box.width > 0 && note.width > 0, 3000, "the bundled programme has a place without a location")
            const noteRect = note.mapToItem(page, 0, 0, note.width, note.height)
            const boxRect = box.mapToItem(page, 0, 0, box.width, box.height)
            const apart = noteRect.x + noteRect.width <= boxRect.x || noteRect.y + noteRect.height <= boxRect.y
            verify(apart, "footnote " + JSON.stringify(noteRect) + " runs under the box " + JSON.stringify(boxRect))
            verify(note.contentWidth <= note.width + 1, "the footnote is wrapped, not cut")
            const title = findChild(box, "unplacedTitle")
            verify(title)
            const titleRight = title.mapToItem(page, title.contentWidth, 0).x
            verify(titleRight <= boxRect.x + boxRect.width, "the box's title stays inside it: " + titleRight + " > "
                   + (boxRect.x + boxRect.width))
        } finally {
            Preferences.language = "system"
            win.width = 1280
            win.saveState()
        }
    }

    function test_eventPageNamesTheLanguage() {
        Navigation.openEvent(testCase.testingTalk)
        let page = null
        tryVerify(() => (page = findChild(win, "eventPage")) !== null, 5000, "the event page opens")
        const hide = findAll(page, i => i instanceof ToolButton && i.text === "Hide…", [])[0]
        verify(hide, "the page has its Hide menu")
        let menu = null
        for (let i = 0; i < hide.data.length; ++i) {
            if (hide.data[i] instanceof Menu)
                menu = hide.data[i]
        }
        verify(menu)
        const texts = []
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i)
            if (item && item.text && item.text.indexOf("Hide the language") === 0)
                texts.push(item.text)
        }
        compare(texts, ["Hide the language “English” everywhere"])
    }

    /** A talk of the bundled programme (Testing in Python), for a bookmark. */
    readonly property string testingTalk: "c42b25f0d1c2367d"

    function test_agendaChoosesNoRowAtFirst() {
        if (!App.isBookmarked(testCase.testingTalk))
            App.toggleBookmark(testCase.testingTalk, App.conferenceId)
        try {
            win.showPage("agenda", {})
            wait(0)
            waitForRendering(win.contentItem)
            let rows = []
            tryVerify(() => (rows = findAll(win.contentItem, i => i instanceof AgendaRow, [])).length > 0, 5000, "My agenda lists the bookmark")
            for (const row of rows)
                verify(!row.current, "a row is shown as chosen before any key or click")
            // The first Down shows the first row, rather than moving past it.
            const list = findAll(win.contentItem, i => i instanceof ListView && i.Accessible.name === "My agenda", [])[0]
            verify(list)
            if (!list.activeFocus)
                list.forceActiveFocus()
            keyClick(Qt.Key_Down)
            compare(list.currentIndex, 0)
            verify(list.currentItem.current, "the row the keyboard is on shows")
        } finally {
            App.toggleBookmark(testCase.testingTalk, App.conferenceId)
        }
    }

    /**
     * My agenda's items, the trips and the conferences are cards: rounded, inset from the list's
     * edges and apart from each other, the free time between two items outside both cards.
     */
    function test_listRowsAreSeparatedCards() {
        const talks = [testCase.testingTalk, "908711b80359d175"]
        for (const talk of talks) {
            if (!App.isBookmarked(talk))
                App.toggleBookmark(talk, App.conferenceId)
        }
        try {
            win.showPage("agenda", {})
            wait(0)
            waitForRendering(win.contentItem)
            let rows = []
            tryVerify(() => (rows = findAll(win.contentItem, i => i instanceof AgendaRow, [])).length === 2, 5000, "My agenda lists both bookmarks")
            rows.sort((a, b) => a.y - b.y)
            for (const row of rows) {
                const card = row.background
                verify(card instanceof CardBackground, "an agenda row is drawn as a card")
                verify(card.radius >= 6, "rounded: " + card.radius)
                verify(card.x >= 8 && card.x + card.width <= row.width - 8, "inset from the list's edges")
            }
            const first = rows[0].background.mapToItem(win.contentItem, 0, 0)
            const second = rows[1].background.mapToItem(win.contentItem, 0, 0)
            const gap = second.y - (first.y + rows[0].background.height)
            // The free time between them ("3 h 5 min free") sits in the gap, outside both cards.
            verify(gap >= 16, "the cards stand apart, the free time between them: " + gap + " px")

            win.showPage("conferences", {})
            wait(0)
            waitForRendering(win.contentItem)
            let cards = []
            tryVerify(() => (cards = findAll(win.contentItem, i => i instanceof CardBackground, [])).length > 0, 5000, "the conference is a card")
            verify(cards[0].radius >= 6 && cards[0].x >= 8)
        } finally {
            for (const talk of talks)
                App.toggleBookmark(talk, App.conferenceId)
        }
    }

    /**
     * Catch up and Trips open with the keyboard on their list, like My agenda, and like it show
     * no row as chosen until a key or a click; the first Down then shows the first row.
     */
    function checkNoRowChosenAtFirst(page, rowType, listName) {
        win.showPage(page, {})
        wait(0)
        waitForRendering(win.contentItem)
        let rows = []
        tryVerify(() => (rows = findAll(win.contentItem, i => i instanceof rowType, [])).length > 0, 5000, listName + " lists a row")
        for (const row of rows)
            verify(!row.highlighted, listName + ": a row is shown as chosen before any key or click")
        const list = findAll(win.contentItem, i => i instanceof ListView && i.Accessible.name === listName, [])[0]
        verify(list, listName)
        if (!list.activeFocus)
            list.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 0)
        verify(list.currentItem.highlighted, listName + ": the row the keyboard is on shows")
    }

    /** The talk after the opening on Saturday: over at the tests' 10:30, and recorded. */
    function pastRecordedTalk(): string {
        const search = createTemporaryQmlObject("import Lanyard; SearchModel { appController: App }", testCase)
        search.conferenceId = App.conferenceId
        search.query = "Computer Science, Software Engineering"
        tryVerify(() => !search.busy && search.count > 0, 5000)
        return search.eventIdAt(0)
    }

    function test_catchUpChoosesNoRowAtFirst() {
        const talk = pastRecordedTalk()
        if (!App.isBookmarked(talk))
            App.toggleBookmark(talk, App.conferenceId)
        try {
            checkNoRowChosenAtFirst("catchup", CatchUpRow, "Recordings to catch up on")
        } finally {
            App.toggleBookmark(talk, App.conferenceId)
        }
    }

    function test_tripsChooseNoRowAtFirst() {
        const trip = Trips.saveTrip("", { title: "Pub", day: "2013-07-06", startTime: "18:00", endTime: "20:00" })
        verify(trip.ok, trip.error)
        try {
            checkNoRowChosenAtFirst("trips", TripRow, "Trips")
        } finally {
            compare(Trips.removeTrip(trip.id), "")
        }
    }

    /** Lunch on the same day as the testing talk: it has no recording, so no Watch button. */
    readonly property string lunchWithoutRecording: "0a00c39749cb9332"

    /** Ratings and stars line up down My agenda, whether a row has a Watch button or not. */
    function test_agendaRatingsLineUp() {
        const talks = [testCase.testingTalk, testCase.lunchWithoutRecording]
        for (const id of talks) {
            if (!App.isBookmarked(id))
                App.toggleBookmark(id, App.conferenceId)
        }
        App.setRating(testCase.testingTalk, App.conferenceId, 5)
        App.setRating(testCase.lunchWithoutRecording, App.conferenceId, 2)
        try {
            win.showPage("agenda", {})
            wait(0)
            waitForRendering(win.contentItem)
            let rows = []
            tryVerify(() => (rows = findAll(win.contentItem, i => i instanceof AgendaRow, [])).length === 2, 5000)
            const withVideo = rows.find(row => row.hasVideo)
            const without = rows.find(row => !row.hasVideo)
            verify(withVideo && without, "one row with a recording, one without")
            const right = (row, name) => {
                const item = findAll(row, i => i.objectName === name, [])[0]
                verify(item, name)
                return item.mapToItem(win.contentItem, item.width, 0).x
            }
            compare(right(without, "agendaRating"), right(withVideo, "agendaRating"), "the ratings end at one place")
            compare(right(without, "agendaBookmark"), right(withVideo, "agendaBookmark"), "the stars stand at one place")
        } finally {
            for (const id of talks) {
                App.setRating(id, App.conferenceId, 0)
                App.toggleBookmark(id, App.conferenceId)
            }
        }
    }

    /**
     * Rows, blocks and room headers make their tooltip on the first hover, not with every
     * delegate; it still shows on hover.
     */
    function resourcesOf(item) {
        const out = []
        for (let i = 0; i < item.resources.length; ++i)
            out.push(item.resources[i])
        return out
    }

    function test_blockToolTipIsMadeOnHover() {
        const view = findAll(win.contentItem, i => i.objectName === "timetable", [])[0]
        verify(view, "the timetable is shown")
        let header = null
        tryVerify(() => (header = findAll(view, i => i instanceof AbstractButton && i.modelData === "Tasman A", [])[0] ?? null) !== null,
                  5000, "the room header is shown")
        const holder = resourcesOf(header).find(o => o.tipComponent !== undefined)
        verify(holder, "the header has a tooltip")
        compare(holder.tip, null, "not made before a hover")
        const blocks = findAll(view, i => i instanceof EventBlock, [])
        verify(blocks.length > 5)
        for (const block of blocks) {
            const tips = resourcesOf(block).filter(o => o.tipComponent !== undefined)
            compare(tips.length, 1)
            compare(tips[0].tip, null, "no block has a tooltip made before a hover")
        }
        header.hoverEnabled = true
        mouseMove(header, header.width / 2, header.height / 2)
        tryVerify(() => header.hovered, 2000)
        tryVerify(() => holder.tip !== null && holder.tip.visible, 3000, "hovered, the tooltip is made and shows")
        compare(holder.tip.text, "Everything in Tasman A this day")
        mouseMove(win.contentItem, 5, win.contentItem.height - 5)
        tryVerify(() => !holder.tip.visible, 3000, "and goes when the pointer leaves")
    }

    function test_toolTipClosesOnClick() {
        const buttons = findAll(win.header, i => i instanceof ToolButton && i.text === "Timetable", [])
        compare(buttons.length, 1)
        const button = buttons[0]
        // The offscreen platform asks for no hover effects; a desktop has them.
        button.hoverEnabled = true
        mouseMove(button, button.width / 2, button.height / 2)
        tryVerify(() => button.hovered, 2000)
        tryVerify(() => button.ToolTip.visible, 3000, "hovered, the tooltip shows")
        mouseClick(button)
        tryVerify(() => !button.ToolTip.visible, 2000, "a click closes it")
        wait(300)
        verify(button.hovered)
        verify(!button.ToolTip.visible, "and it stays closed while the pointer stays")
        // Back once the pointer has left and come again.
        mouseMove(win.contentItem, 5, win.contentItem.height - 5)
        tryVerify(() => !button.hovered, 2000)
        mouseMove(button, button.width / 2, button.height / 2)
        tryVerify(() => button.ToolTip.visible, 3000, "it shows again on the next hover")
    }

    /**
     * The sidebar names My agenda's count and follows a bookmark at once; narrower than about
     * 1000 pixels it shows icons only, and the names go to the tooltips and screen readers.
     */
    function test_sidebarCountsAndNarrowWindow() {
        const entryNamed = label => findAll(win.contentItem, i => i instanceof ItemDelegate && i.Accessible.name === label, [])[0]
        const countOf = name => findAll(win.contentItem, i => i.objectName === "sidebarCount_" + name, [])[0]
        const had = App.isBookmarked(testCase.testingTalk)
        if (had)
            App.toggleBookmark(testCase.testingTalk, App.conferenceId)
        try {
            const before = App.agendaCount
            App.toggleBookmark(testCase.testingTalk, App.conferenceId)
            compare(App.agendaCount, before + 1)
            tryVerify(() => countOf("agenda") && countOf("agenda").text === String(before + 1), 3000, "the count follows the bookmark")
            const agenda = entryNamed("My agenda")
            verify(agenda)
            compare(agenda.Accessible.description, (before + 1) + (before + 1 === 1 ? " item" : " items") + ". Shortcut: Alt+2",
                    "a screen reader hears the count after the page's name")
            verify(agenda.width > 150, "wide: names beside the icons")
            compare(agenda.display, AbstractButton.TextBesideIcon)
            verify(agenda.icon.name.length > 0, "an icon")

            win.width = 900
            tryVerify(() => agenda.width < 60, 3000, "narrow: " + agenda.width + " px")
            compare(agenda.display, AbstractButton.IconOnly)
            verify(countOf("agenda"), "the count stays, on the icon's corner")
            const p = countOf("agenda").mapToItem(agenda, 0, 0)
            verify(p.x >= 0 && p.x + countOf("agenda").width <= agenda.width + 1, "inside the entry")
        } finally {
            win.width = 1280
            if (App.isBookmarked(testCase.testingTalk) !== had)
                App.toggleBookmark(testCase.testingTalk, App.conferenceId)
        }
    }
    /**
     * A wide window opens an event beside the schedule, which stays in view; the next event opens
     * in the same panel, Escape closes it and the keyboard goes back where it was. Made narrower,
     * the window keeps the event open in the page's place.
     */
    function test_eventOpensBesideTheScheduleOnAWideWindow() {
        const stack = findChild(win, "pageStack")
        const panel = findChild(win, "eventPanel")
        verify(stack && panel)
        try {
            win.width = 1600
            tryVerify(() => win.eventsBeside, 3000)
            const timetable = findChild(win, "timetable")
            verify(timetable, "the schedule shows the timetable")
            timetable.forceActiveFocus()
            Navigation.openEvent(testCase.testingTalk)
            tryVerify(() => panel.item !== null && panel.item.visible, 3000, "the panel opens")
            compare(stack.depth, 1, "the schedule stays the page")
            verify(stack.currentItem.visible, "and in view")
            compare(panel.item.eventId, testCase.testingTalk)
            tryVerify(() => panel.item.title.indexOf("Testing") === 0, 3000, panel.item.title)
            const panelLeft = () => panel.mapToItem(win.contentItem, 0, 0).x
            const stackRight = () => stack.mapToItem(win.contentItem, stack.width, 0).x
            tryVerify(() => panel.width >= 420 && stackRight() <= panelLeft(), 3000,
                      "beside, not over: " + stackRight() + " / " + panelLeft())
            verify(panelLeft() + panel.width <= win.width + 1, "inside the window")
            verify(stack.width > 600, "the schedule keeps room: " + stack.width + " px")
            const back = findChild(panel.item, "backButton")
            compare(back.text, "Close")
            verify(panel.item.activeFocus || win.activeFocusItem !== timetable, "the keyboard is in the panel")

            // The next event opens in the same panel.
            const item = panel.item
            Navigation.openEvent("b02ec10ef687cdfb")
            tryVerify(() => panel.item.title.indexOf("Nobody Expects") === 0, 3000, panel.item.title)
            verify(panel.item === item, "the same panel")
            compare(stack.depth, 1)

            keyClick(Qt.Key_Escape)
            tryVerify(() => !panel.active, 3000, "Escape closes the panel")
            compare(stack.depth, 1)
            tryVerify(() => timetable.activeFocus, 3000, "the keyboard is back on the timetable")

            // Narrowed with an event open: the event takes the page's place.
            Navigation.openEvent(testCase.testingTalk)
            tryVerify(() => panel.active, 3000)
            win.width = 1200
            tryVerify(() => !panel.active && stack.depth === 2, 3000, "the event moved onto the page stack")
            compare(stack.currentItem.eventId, testCase.testingTalk)
            Navigation.back()
            tryVerify(() => stack.depth === 1 && !stack.busy, 3000)
        } finally {
            win.width = 1280
            win.saveState() // the next test's window opens at the usual width
        }
    }
}
