import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/**
 * Browsing the bundled programme as a user does: the window opens on the day that is "today" in
 * Hobart, Ctrl+1/2/3 switch days, the timetable has a column per room, a click opens an event
 * whose page shows when (in Hobart time and the user's own), where, who and the recordings;
 * Escape goes back; arrow keys and Enter work without a mouse; the list groups by time slot.
 * The test clock stands at Saturday 6 July 2013, 10:30 in Hobart.
 */
TestCase {
    id: testCase
    name: "Schedule"
    when: windowShown

    Component {
        id: mainWindow
        Main {}
    }

    property var win: null
    SignalSpy {
        id: imported
        target: Sync
        signalName: "importFinished"
    }
    /** The other tests expect the bundled programme alone. */
    property string importedConference
    function cleanup() {
        if (importedConference) {
            App.conferenceId = "pyconau2013"
            compare(Sync.removeConference(importedConference), "")
            importedConference = ""
        }
    }

    function init() {
        Preferences.resetHints()
        win = createTemporaryObject(mainWindow, testCase)
        verify(win)
        win.showPage("schedule", {})
        win.viewMode = "timetable"
        win.requestActivate()
        tryVerify(() => win.active, 5000)
        waitForRendering(win.contentItem)
    }

    /** The first visible item below `item` for which `predicate` holds. */
    function find(item, predicate) {
        if (!item)
            return null
        if (predicate(item))
            return item
        const children = item.children
        for (let i = 0; children && i < children.length; ++i) {
            const found = find(children[i], predicate)
            if (found)
                return found
        }
        return null
    }

    function named(name) {
        return find(win.contentItem, item => item.objectName === name && item.visible)
    }

    function timetableBlock(title) {
        return find(named("timetable"), item => item.eventId !== undefined && item.title === title && item.visible)
    }

    /**
     * A block's marks are made only where they show; each must show where it belongs: the conflict
     * sign on two bookmarks at the same time, "maybe" on a fallback, nothing on a plain block.
     */
    function test_blocksShowTheirMarks() {
        const first = timetableBlock("Building secure web apps: Python vs the OWASP Top 10")
        const second = timetableBlock("Salt: How to be Truly Lazy")
        verify(first && second)
        const marks = block => {
            const found = { conflict: false, maybe: false }
            const walk = item => {
                if (!item.visible)
                    return
                if (item.Accessible.name === qsTr("Conflict"))
                    found.conflict = true
                if (item.objectName === "maybeMark")
                    found.maybe = true
                for (let i = 0; i < item.children.length; ++i)
                    walk(item.children[i])
            }
            walk(block)
            return found
        }
        compare(marks(first), { conflict: false, maybe: false })
        App.setPriority(first.eventId, "pyconau2013", 1)
        App.setPriority(second.eventId, "pyconau2013", 2)
        try {
            tryVerify(() => first.conflicting && second.conflicting, 3000)
            tryCompare(marks(first), "conflict", true)
            compare(marks(first).maybe, false, "must see: no 'maybe'")
            compare(marks(second), { conflict: true, maybe: true })
        } finally {
            App.setPriority(first.eventId, "pyconau2013", 0)
            App.setPriority(second.eventId, "pyconau2013", 0)
        }
        tryVerify(() => !marks(first).conflict && !marks(second).maybe, 3000, "and go with the bookmarks")
    }

    function test_opensOnTodayInHobart() {
        compare(win.day, "2013-07-06")
        compare(named("daySwitcher").currentIndex, 1)
        verify(timetableBlock("Schemas for the Real World"), "a Saturday talk is in the timetable")
        verify(!timetableBlock("Don't Do This"), "a Sunday talk is not")
    }

    function test_ctrlNumbersSwitchDays() {
        keySequence("Ctrl+3")
        compare(win.day, "2013-07-07")
        tryVerify(() => timetableBlock("Don't Do This") !== null, 3000)
        keySequence("Ctrl+1")
        compare(win.day, "2013-07-05")
        tryVerify(() => timetableBlock("WTF is OpenStack") !== null, 3000)
        const model = named("timetable").model
        compare(model.columns.indexOf("Derwent 1") >= 0, true)
        compare(model.columns.indexOf("Plenary Hall"), -1, "Friday's miniconf rooms only")
    }

    function test_roomsAreColumnsAndBlocksAreAsTallAsTheyAreLong() {
        keySequence("Ctrl+3")
        const timetable = named("timetable")
        tryVerify(() => timetableBlock("Don't Do This") !== null, 3000)
        const columns = timetable.model.columns
        verify(columns.indexOf("Plenary Hall") >= 0 && columns.indexOf("Tasman A") >= 0 && columns.indexOf("Tasman B") >= 0)
        const dont = timetableBlock("Don't Do This")
        const framework = timetableBlock("The Framework Framework") // same slot, Tasman A
        verify(framework)
        compare(dont.y, framework.y, "events at the same time start on the same line")
        verify(framework.x > dont.x, "Tasman A is right of Plenary Hall")
        fuzzyCompare(dont.height, 30 * timetable.pxPerMinute, 3)
        const lightning = timetableBlock("Lightning Talks")
        fuzzyCompare(lightning.height, 60 * timetable.pxPerMinute, 3)
    }

    function test_clickOpensTheEventPageAndEscapeGoesBack() {
        keySequence("Ctrl+3")
        tryVerify(() => timetableBlock("Don't Do This") !== null, 3000)
        const block = timetableBlock("Don't Do This")
        named("timetable").ensureBlockVisible(block)
        waitForRendering(win.contentItem)
        mouseClick(block, 30, 8)
        tryVerify(() => named("eventPage") !== null, 3000, "the event page opens")
        tryCompare(named("eventTitle"), "text", "Don't Do This")
        compare(named("eventWhen").text, "Sunday 7 July 2013, 13:00–13:30 (UTC+10:00) · 30\u00a0min", "the duration keeps its number with its unit (no break)")
        compare(named("eventRoom").text, "Plenary Hall")
        compare(named("eventSpeakers").text, "Richard Jones")
        const userTime = named("eventUserTime")
        verify(userTime, "the machine's zone (Europe/Berlin in tests) differs, so it is shown beside")
        compare(userTime.text.indexOf("05:00–05:30") >= 0, true, userTime.text)
        const youtube = find(named("eventPage"), item => item.text !== undefined && String(item.text).indexOf("YouTube") >= 0 && item.visible)
        verify(youtube, "the recording is a button")

        keyClick(Qt.Key_Escape)
        tryVerify(() => named("eventPage") === null, 3000, "Escape goes back")
        verify(named("timetable"))
    }

    /** A menu item of the block menu, by its objectName. */
    function menuItem(menu, name) {
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i)
            if (item && item.objectName === name)
                return item
        }
        return null
    }

    /**
     * A right click on a block offers must see and maybe, hiding its room, its link and a trip
     * after it; the Menu key opens the same menu on the block the keyboard is on.
     */
    function test_blockContextMenu() {
        keySequence("Ctrl+3")
        tryVerify(() => timetableBlock("Don't Do This") !== null, 3000)
        const timetable = named("timetable")
        let block = timetableBlock("Don't Do This")
        timetable.ensureBlockVisible(block)
        waitForRendering(win.contentItem)
        const id = block.eventId
        compare(App.isBookmarked(id), false)
        mouseClick(block, 30, 8, Qt.RightButton)
        let menu = null
        tryVerify(() => (menu = findChild(timetable, "blockMenu")) && menu.opened, 3000, "a right click opens the block's menu")
        compare(timetable.currentEventId, id, "on the block clicked")
        verify(menuItem(menu, "blockMenuCopyLink").enabled, "the talk has a page to copy the link of")
        verify(!menuItem(menu, "blockMenuRemove").visible, "nothing to remove yet")
        const maybe = menuItem(menu, "blockMenuMaybe")
        waitForRendering(maybe)
        mouseClick(maybe)
        tryVerify(() => !menu.opened, 3000)
        try {
            tryVerify(() => App.isBookmarked(id), 3000, "Maybe bookmarks it")
            block = timetableBlock("Don't Do This")
            tryVerify(() => block.maybe, 3000, "as maybe")

            // The keyboard: the Menu key on the current block.
            timetable.forceActiveFocus()
            keyClick(Qt.Key_Menu)
            tryVerify(() => menu.opened, 3000, "the Menu key opens it")
            verify(menuItem(menu, "blockMenuMaybe").checked)
            verify(menuItem(menu, "blockMenuRemove").visible)
            // The marks follow a change made elsewhere after the click.
            App.setPriority(id, App.conferenceId, 1)
            tryVerify(() => menuItem(menu, "blockMenuMustSee").checked && !menuItem(menu, "blockMenuMaybe").checked, 3000,
                      "the menu's marks follow the bookmark")
            const hideRoom = menuItem(menu, "blockMenuHideRoom")
            compare(hideRoom.text, "Hide the room Plenary Hall")
            hideRoom.triggered()
            menu.close()
            verify(App.isHiddenItem("room", "Plenary Hall"), "the room is hidden")
        } finally {
            App.setHidden("room", "Plenary Hall", false)
            App.setPriority(id, App.conferenceId, 0)
        }
    }

    /** "Plan a trip after this" opens the trip editor on the block's day, from its end. */
    function test_blockMenuPlansATripAfterIt() {
        keySequence("Ctrl+3")
        tryVerify(() => timetableBlock("Don't Do This") !== null, 3000)
        const timetable = named("timetable")
        const block = timetableBlock("Don't Do This")
        timetable.openBlockMenu(block)
        const menu = findChild(timetable, "blockMenu")
        tryVerify(() => menu.opened, 3000)
        menuItem(menu, "blockMenuTripAfter").triggered()
        menu.close()
        wait(0)
        const page = find(win.contentItem, item => item.objectName === "tripsPage")
        verify(page, "the Trips page opens")
        tryVerify(() => page.editor.opened, 5000)
        compare(App.days[findChild(page.editor.contentItem, "tripDay").currentIndex], "2013-07-07")
        compare(findChild(page.editor.contentItem, "tripStart").text, "13:30", "from the end of the talk (nothing is bookmarked)")
        page.editor.close()
    }

    /** A right click on free space in the grid offers a trip from that time. */
    function test_freeSpacePlansATrip() {
        const timetable = named("timetable")
        const flick = find(timetable, item => item instanceof Flickable)
        // Below the day's last event: free space in the first room's column.
        timetable.openMenuAt(80, flick.contentHeight - 4)
        const menu = findChild(timetable, "freeSpaceMenu")
        tryVerify(() => menu.opened, 3000, "the free-space menu opens")
        const item = menu.itemAt(0)
        verify(item.text.startsWith("Plan a trip from "), item.text)
        item.triggered()
        menu.close()
        wait(0)
        const page = find(win.contentItem, item => item.objectName === "tripsPage")
        verify(page, "the Trips page opens")
        tryVerify(() => page.editor.opened, 5000)
        compare(App.days[findChild(page.editor.contentItem, "tripDay").currentIndex], "2013-07-06", "on the day shown")
        page.editor.close()
    }

    function test_arrowKeysAndEnterWithoutAMouse() {
        keySequence("Ctrl+3")
        const timetable = named("timetable")
        tryVerify(() => timetableBlock("Don't Do This") !== null, 3000)
        timetable.forceActiveFocus()
        timetable.currentEventId = timetableBlock("Don't Do This").eventId
        keyClick(Qt.Key_Right)
        compare(timetable.currentEventId, timetableBlock("The Framework Framework").eventId)
        keyClick(Qt.Key_Down)
        compare(timetable.currentEventId, timetableBlock("Web testing for Ninjas with Splinter").eventId)
        keyClick(Qt.Key_Return)
        tryVerify(() => named("eventPage") !== null, 3000)
        tryCompare(named("eventTitle"), "text", "Web testing for Ninjas with Splinter")
        keyClick(Qt.Key_Escape)
    }

    function test_listGroupsByTimeSlot() {
        keySequence("Ctrl+3")
        keySequence("Ctrl+L")
        const list = named("dayList")
        verify(list, "the list view is shown")
        tryVerify(() => list.count === 28, 3000)
        let row = -1
        for (let i = 0; i < list.count; ++i) {
            if (list.model.data(list.model.index(i, 0), Qt.DisplayRole) === "Don't Do This")
                row = i
        }
        verify(row >= 0)
        list.positionViewAtIndex(row, ListView.Center)
        waitForRendering(list)
        // Section keys are the slot's instant in UTC; the heading shows it in Hobart time.
        const header = find(list, item => typeof item.section === "string"
                            && item.section.startsWith("2013-07-07T03:00:00") && item.visible)
        verify(header, "the 13:00 slot has a heading")
        tryVerify(() => find(header, item => item.text === "13:00") !== null, 3000)
        keySequence("Ctrl+T")
        verify(named("timetable"))
    }


    /** 36C3 (a congress: seventy rooms a day, lightning talks) made current, in a fresh window. */
    function importCongress() {
        const path = LanyardTest.feedsDir + "/36c3-merged_frab.xml"
        if (!LanyardTest.feedsDir || !LanyardTest.fileExists(path))
            skip("no shared feeds folder (" + path + ")")
        imported.clear()
        Sync.importPath(path, "")
        tryCompare(imported, "count", 1, 30000)
        const report = imported.signalArguments[0][0]
        verify(report.ok, report.error)
        importedConference = report.conferenceId
        App.conferenceId = report.conferenceId
        // A fresh window (the first one shows the import report).
        init()
    }

    /**
     * A day's first frame waits only for the blocks one sees: a new day makes the blocks in view
     * at once, and those in the band around the view (for scrolling and the arrow keys) on the
     * frames after.
     */
    function test_blocksInViewComeFirstThenTheBandAround() {
        importCongress()
        const timetable = named("timetable")
        const flick = find(timetable, item => item instanceof Flickable)
        verify(flick)
        const blocks = () => {
            const found = []
            const children = flick.contentItem.children
            for (let i = 0; i < children.length; ++i) {
                if (children[i].eventId !== undefined)
                    found.push(children[i])
            }
            return found
        }
        const inView = block => block.x + block.width > flick.contentX && block.x < flick.contentX + flick.width
                                 && block.y + block.height > flick.contentY && block.y < flick.contentY + flick.height
        win.day = App.days[2]
        tryVerify(() => timetable.model.columns.length > 40, 10000, "the day has many rooms")
        const first = blocks()
        verify(first.length > 0, "the blocks in view are made with the day")
        for (const block of first)
            verify(inView(block), block.title + " is made before the first frame but is out of view")
        waitForRendering(win.contentItem)
        tryVerify(() => blocks().some(block => !inView(block)), 3000, "then the band around the view is made")
        verify(blocks().length > first.length)
    }

    /**
     * A congress has seventy rooms a day. Scrolled to the last of them, the hours are still at the
     * left and the scroll bar still shows; Ctrl+J jumps to a room by name; zooming in widens the
     * rooms as it lengthens the hours.
     */
    function test_manyRoomsKeepTheHoursAndJumpToARoom() {
        importCongress()
        win.day = App.days[2]
        const timetable = named("timetable")
        tryVerify(() => timetable.model.columns.length > 40, 10000, "the day has many rooms")
        waitForRendering(win.contentItem)

        const sideBar = findChild(timetable, "timetableSideBar")
        verify(sideBar && sideBar.visible, "a horizontal scroll bar shows")
        compare(sideBar.policy, ScrollBar.AlwaysOn, "and stays")
        const jumpButton = named("roomJumpButton")
        verify(jumpButton, "the corner offers to jump to a room")

        const rooms = timetable.model.columns
        const last = rooms[rooms.length - 1]
        timetable.forceActiveFocus()
        keySequence("Ctrl+J")
        const field = findChild(timetable, "roomJumpField")
        verify(field)
        tryVerify(() => field.activeFocus, 3000, "the room's name can be typed at once")
        field.text = last
        keyClick(Qt.Key_Return)

        const headerOf = name => find(timetable, i => i.Accessible.role === Accessible.ColumnHeader && i.text === name)
        tryVerify(() => {
            const header = headerOf(last)
            if (!header)
                return false
            const p = header.mapToItem(timetable, 0, 0)
            return p.x >= timetable.timeColumnWidth - 1 && p.x + header.width <= timetable.width + 1
        }, 3000, "the last room is in view")
        tryVerify(() => headerOf(last).activeFocus, 3000, "its header has the focus, for a screen reader")
        waitForRendering(win.contentItem)

        // The hour labels stayed in the hour column, at the left.
        const hourLabels = []
        const collect = item => {
            if (item.visible && item.text !== undefined && /^\d\d:\d\d$/.test(item.text))
                hourLabels.push(item)
            for (let i = 0; i < item.children.length; ++i)
                collect(item.children[i])
        }
        collect(timetable)
        verify(hourLabels.length >= 3, hourLabels.length + " hour labels")
        let inView = 0
        for (const label of hourLabels) {
            const p = label.mapToItem(timetable, 0, 0)
            verify(p.x >= 0 && p.x + label.width <= timetable.timeColumnWidth,
                   label.text + " is out of the hour column, at x " + p.x)
            if (p.y >= timetable.headerHeight && p.y + label.height <= timetable.height)
                ++inView
        }
        verify(inView >= 2, inView + " hour labels in view")

        // Zoom widens the rooms too (the zoom is kept: put it back).
        const zoom = timetable.pxPerMinute
        const width = timetable.columnWidth
        keySequence("Ctrl+=")
        verify(timetable.columnWidth > width * 1.1, "from " + width + " to " + timetable.columnWidth)
        keySequence("Ctrl+-")
        timetable.pxPerMinute = zoom
    }

    /**
     * Lightning talks (five minutes each, back to back) were slivers whose titles ran over each
     * other. At the usual zoom their run is one block, "N short talks", listing them; a click
     * lists them in a menu, and a pick opens that talk. Zoomed in far enough, each has its block.
     */
    function test_lightningTalksStackIntoOneBlock() {
        importCongress()
        win.day = "2019-12-28"
        const timetable = named("timetable")
        const model = timetable.model
        tryVerify(() => model.count > 100, 10000)
        let row = -1
        for (let r = 0; r < model.count && row < 0; ++r) {
            const run = model.stackOf(model.eventIdAt(r))
            if (run.length >= 5 && run[0].title === "Lightning Talks Introduction Day 2")
                row = r
        }
        verify(row >= 0, "Borg's lightning talks are a run")
        const run = model.stackOf(model.eventIdAt(row))
        timetable.pxPerMinute = 2.2
        timetable.select(row)
        waitForRendering(win.contentItem)
        const blockFor = id => find(timetable, i => i instanceof EventBlock && i.eventId === id)
        let first = null
        tryVerify(() => (first = blockFor(run[0].id)) !== null, 3000, "the run's block is made")
        verify(first.stacked && first.visible)
        compare(first.stackSize, run.length)
        fuzzyCompare(first.height, first.stackMinutes * timetable.pxPerMinute, 3)
        verify(first.Accessible.name.startsWith(run.length + " short talks"), first.Accessible.name)
        verify(first.Accessible.name.indexOf(run[2].title) > 0, "a screen reader hears the titles")
        for (let i = 1; i < run.length; ++i) {
            const other = blockFor(run[i].id)
            verify(!other || !other.visible, run[i].title + " is not drawn as a sliver")
        }

        mouseClick(first, 30, 8)
        const menu = findChild(timetable, "stackMenu")
        tryVerify(() => menu.opened, 3000, "a click lists the run's talks")
        compare(menu.count, run.length)
        const second = menu.itemAt(1)
        verify(second.text.indexOf(run[1].title.replace(/&/g, "&&")) >= 0, second.text)
        // Once the menu stands laid out (it opens with a transition).
        tryVerify(() => second.width > 0 && menu.contentItem.contentHeight > 0, 3000)
        waitForRendering(win.contentItem)
        mouseClick(second)
        const pages = find(win.contentItem, i => i instanceof StackView)
        tryVerify(() => pages.depth === 2 && !pages.busy && pages.currentItem.objectName === "eventPage", 5000, "the talk picked opens")
        tryCompare(named("eventTitle"), "text", run[1].title)
        keyClick(Qt.Key_Escape)
        tryVerify(() => named("timetable") !== null, 3000)

        // Zoomed in, each talk is tall enough for its own block.
        const zoomed = named("timetable")
        zoomed.pxPerMinute = 6
        try {
            zoomed.select(row)
            waitForRendering(win.contentItem)
            tryVerify(() => { const b = blockFor(run[1].id); return b !== null && b.visible && !b.stacked }, 3000,
                      "each talk has its block")
        } finally {
            zoomed.pxPerMinute = 2.2
        }
    }
}
