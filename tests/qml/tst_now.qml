import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/**
 * The schedule opens at "now" (the test clock: Saturday 6 July 2013, 10:30 in Hobart) and the
 * first Tab into the timetable or the list keeps it there: the keyboard starts on the event
 * running now or next, not on the day's first at 08:00. The now line lies behind the blocks.
 */
TestCase {
    id: testCase
    name: "FocusAtNow"
    when: windowShown

    Component {
        id: mainWindow
        Main {}
    }

    property var win: null

    function init() {
        Preferences.resetHints()
        win = createTemporaryObject(mainWindow, testCase)
        verify(win)
        win.showPage("schedule", {})
        win.requestActivate()
        tryVerify(() => win.active, 5000)
        waitForRendering(win.contentItem)
    }
    function cleanup() {
        win.viewMode = "timetable"
    }

    function find(item, predicate) {
        if (!item)
            return null
        if (predicate(item))
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = find(item.children[i], predicate)
            if (found)
                return found
        }
        return null
    }
    function named(name) {
        return find(win.contentItem, item => item.objectName === name && item.visible)
    }

    /** Tab, as a person does, until `view` has the keyboard. */
    function tabInto(view) {
        for (let i = 0; i < 60 && !view.activeFocus; ++i)
            keyClick(Qt.Key_Tab)
        verify(view.activeFocus, "Tab reaches the view")
    }

    function test_timetableFocusStartsNow() {
        compare(App.today, "2013-07-06")
        const timetable = named("timetable")
        verify(timetable)
        const flick = find(timetable, item => item.contentY !== undefined && item.flickableDirection !== undefined)
        tryVerify(() => flick.contentY > 0, 3000, "the timetable opens at now, not at the day's start")
        const nowLine = find(timetable, item => item.objectName === "nowLine")
        verify(nowLine.visible)
        const openedAt = flick.contentY
        tabInto(timetable)
        verify(timetable.currentEventId.length > 0, "an event is current")
        const model = timetable.model
        const row = model.indexOf(timetable.currentEventId)
        const start = model.data(model.index(row, 0), EventRoles.StartRole)
        const end = model.data(model.index(row, 0), EventRoles.EndRole)
        verify(end > App.now, "not an event that is over: " + start + "–" + end)
        verify(start >= App.now || row === model.rowAt(App.now), "running now or the next: " + start)
        // The view stays where now is: the now line is still on screen.
        const lineY = nowLine.y - flick.contentY
        verify(lineY >= 0 && lineY <= flick.height, "the now line stays in view (moved from " + openedAt + " to " + flick.contentY + ")")
        // Behind the blocks: a running talk's title is not struck through.
        const block = timetable.blockOf(timetable.currentEventId)
        verify(block)
        verify(nowLine.z < block.z, "the now line lies under the blocks")
    }

    function test_listFocusStartsNow() {
        win.viewMode = "list"
        const list = named("dayList")
        verify(list)
        tryVerify(() => list.count > 0)
        waitForRendering(list)
        // It opens at now, as the timetable does: the event running now or next is on screen.
        tryVerify(() => list.contentY > 0, 3000, "the list opens at now, not at the day's start")
        tabInto(list)
        verify(list.currentIndex >= 0)
        compare(list.currentIndex, list.model.rowAt(App.now), "the event running now or next")
        const item = list.currentItem
        const y = item.mapToItem(list, 0, 0).y
        verify(y >= -1 && y + item.height <= list.height + 1, "and it is in view")
        const start = list.model.data(list.model.index(list.currentIndex, 0), EventRoles.StartRole)
        verify(Format.time(start) !== "08:00" || Format.time(App.now) <= "08:00", "not the day's first")
    }
}
