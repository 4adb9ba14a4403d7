import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/**
 * The whole window from the keyboard: every Tab stop is visible, named for screen readers and
 * shows where the focus is; Tab goes round all of them in a sensible order; the schedule, the
 * event page, the shortcut list and the settings work without a mouse.
 */
TestCase {
    id: testCase
    name: "Keyboard"
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
        tryVerify(() => win.active, 5000, "the window becomes the active window")
        waitForRendering(win.contentItem)
    }

    /** The name a screen reader reads: Accessible.name, else the control's text. */
    function accessibleName(item) {
        return item.Accessible.name || (item.text !== undefined ? item.text : "")
    }

    function isControl(item) {
        return item.visualFocus !== undefined
    }

    /** A view shows its focus as a frame: a visible child with a border of 2 pixels or more. */
    function hasFocusFrame(item) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.visible && child.border !== undefined && child.border.width >= 2)
                return true
        }
        return false
    }

    function isAncestor(ancestor, item) {
        for (let p = item ? item.parent : null; p; p = p.parent) {
            if (p === ancestor)
                return true
        }
        return false
    }

    function chain() {
        const items = []
        let item = win.contentItem.nextItemInFocusChain(true)
        while (item && items.indexOf(item) < 0 && items.length < 200) {
            items.push(item)
            item = item.nextItemInFocusChain(true)
        }
        return items
    }

    function indexWhere(items, predicate) {
        for (let i = 0; i < items.length; ++i) {
            if (predicate(items[i]))
                return i
        }
        return -1
    }

    function test_everyTabStopIsVisibleAndNamed() {
        const items = chain()
        verify(items.length >= 8, "tab stops: " + items.length)
        for (const item of items) {
            verify(item.visible, String(item) + " is a tab stop but not visible")
            verify(item.enabled, String(item) + " is a tab stop but disabled")
            verify(accessibleName(item).length > 0, String(item) + " has no accessible name")
        }
    }

    function test_tabOrder() {
        const items = chain()
        const sidebar = indexWhere(items, i => i.Accessible.name === "Pages")
        const firstDay = indexWhere(items, i => i instanceof TabButton)
        const timetable = indexWhere(items, i => i.Accessible.role === Accessible.Table)
        const filter = indexWhere(items, i => accessibleName(i).indexOf("Filter") === 0)
        verify(sidebar >= 0, "the sidebar is a tab stop")
        verify(firstDay >= 0, "the day tabs are tab stops")
        verify(timetable >= 0, "the timetable is a tab stop")
        verify(filter >= 0, "the filter button is a tab stop")
        verify(sidebar < timetable, "the sidebar comes before the schedule")
        verify(firstDay < timetable, "the days come before the schedule")
        compare(items.filter(i => i instanceof TabButton).length, App.days.length)
    }

    function test_tabWalksTheChainWithVisibleFocus() {
        const items = chain()
        items[0].forceActiveFocus(Qt.TabFocusReason)
        for (let i = 1; i <= items.length; ++i) {
            keyClick(Qt.Key_Tab)
            const expected = items[i % items.length]
            // A list passes the focus on to its current entry.
            const focused = win.activeFocusItem
            verify(focused === expected || isAncestor(expected, focused),
                   "Tab number " + i + " lands on " + String(focused) + ", expected " + String(expected))
            if (isControl(focused) && focused.focusPolicy !== Qt.NoFocus)
                verify(focused.visualFocus, String(focused) + " shows no focus")
            else
                verify(hasFocusFrame(focused) || hasFocusFrame(expected), String(focused) + " shows no focus frame")
        }
        // And back.
        keyClick(Qt.Key_Backtab)
        const last = items[items.length - 1]
        verify(win.activeFocusItem === last || isAncestor(last, win.activeFocusItem))
    }

    function test_scheduleByKeyboard() {
        const items = chain()
        const timetable = items[indexWhere(items, i => i.Accessible.role === Accessible.Table)]
        timetable.forceActiveFocus(Qt.TabFocusReason)
        verify(timetable.currentEventId.length > 0, "the focus picks an event")
        verify(timetable.Accessible.name.indexOf(",") > 0, "the accessible name tells the event: " + timetable.Accessible.name)
        const first = timetable.currentEventId
        keyClick(Qt.Key_Down)
        verify(timetable.currentEventId !== first, "Down moves to the next event")

        const eventId = timetable.currentEventId
        const wasBookmarked = App.isBookmarked(eventId)
        keyClick(Qt.Key_Space)
        compare(App.isBookmarked(eventId), !wasBookmarked, "Space bookmarks")
        keyClick(Qt.Key_Space)
        compare(App.isBookmarked(eventId), wasBookmarked, "Space again removes the bookmark")

        keyClick(Qt.Key_Return)
        compare(win.hintName, "event", "Enter opens the event page")
        keyClick(Qt.Key_Escape)
        compare(win.hintName, "schedule-timetable", "Esc goes back to the schedule")

        keyClick(Qt.Key_L, Qt.ControlModifier)
        compare(win.viewMode, "list")
        keyClick(Qt.Key_2, Qt.ControlModifier)
        compare(win.day, App.days[1])
    }

    function test_sidebarByKeyboard() {
        const items = chain()
        const sidebar = items[indexWhere(items, i => i.Accessible.name === "Pages")]
        sidebar.forceActiveFocus(Qt.TabFocusReason)
        verify(hasFocusFrame(sidebar.currentItem), "the current page's entry shows the focus")
        keyClick(Qt.Key_Down)
        compare(win.currentPage, "agenda")
        keyClick(Qt.Key_Up)
        compare(win.currentPage, "schedule")
        keyClick(Qt.Key_Comma, Qt.ControlModifier)
        compare(win.currentPage, "settings")
    }

    function test_helpOverlay() {
        verify(!findChild(win, "helpOverlay"), "made when first asked for")
        keyClick(Qt.Key_F1)
        let help = null
        tryVerify(() => (help = findChild(win, "helpOverlay")) && help.opened)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !help.opened)
        keyClick("?")
        tryVerify(() => help.opened)
        // Every page of the sidebar is listed with its shortcut.
        compare(help.pages.length, 12) // Schedule to Conferences, Now & Next, Speakers, Trips, Places and map, Hidden, Search, Settings
        compare(help.pages[help.pages.length - 1].shortcut, "Ctrl+,")
        compare(help.pages[help.pages.length - 2].shortcut, "Ctrl+F")
        help.close()
    }

    function test_aboutDialog() {
        Navigation.showAbout()
        let about = null
        tryVerify(() => (about = findChild(win, "aboutDialog")) && about.opened)
        about.close()
        tryVerify(() => !about.opened)
    }

    function test_firstRunTipIsRemembered() {
        const tips = findChild(win, "firstRunHint")
        verify(tips)
        compare(tips.name, "schedule-timetable")
        verify(tips.visible)
        Preferences.dismissHint(tips.name)
        verify(!tips.visible)
        compare(LanyardTest.setting("hints/dismissed"), ["schedule-timetable"])
        win.viewMode = "list"
        compare(tips.name, "schedule-list")
        verify(tips.visible, "another view has its own tip")
        Preferences.resetHints()
        compare(LanyardTest.setting("hints/dismissed"), undefined)
    }

    /** A congress has seventy rooms a day: Tab stops at the room headers in view, not at all of them. */
    function test_tabSkipsRoomsOutOfView() {
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
        // A fresh window on the congress (the first one shows the import report), on its busiest day.
        init()
        win.day = App.days[2]
        const items = () => chain()
        tryVerify(() => items().some(i => i.Accessible.role === Accessible.Table), 5000)
        const timetable = items()[indexWhere(items(), i => i.Accessible.role === Accessible.Table)]
        tryVerify(() => timetable.model.columns.length > 40, 10000, "the day has many rooms")
        waitForRendering(win.contentItem)
        const headers = items().filter(i => i.Accessible.role === Accessible.ColumnHeader)
        verify(headers.length > 0, "the rooms in view are tab stops")
        verify(headers.length < 12, headers.length + " of " + timetable.model.columns.length + " room headers are tab stops")
        for (const header of headers) {
            const p = header.mapToItem(timetable, 0, 0)
            verify(p.x >= 0 && p.x + header.width <= timetable.width + 1, header.text + " is a tab stop out of view, at " + p.x)
        }

        // Scrolled sideways, Tab reaches the rooms now in view.
        const first = headers[0].text
        timetable.forceActiveFocus(Qt.TabFocusReason)
        for (let i = 0; i < 12; ++i)
            keyClick(Qt.Key_Right)
        tryVerify(() => {
            const now = items().filter(i => i.Accessible.role === Accessible.ColumnHeader)
            return now.length > 0 && now[0].text !== first
        }, 5000, "the headers in view after scrolling are the tab stops")
    }
}
