import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/**
 * The list view's time headings, as a person scrolls with the wheel and switches days: every
 * heading on screen reads the start time of the event right under it, and every event that
 * starts a new time has its heading. Once, headings went stale after the first scroll ("12:00"
 * above a 09:30 talk). On the bundled programme and on a big congress (36C3).
 */
TestCase {
    id: testCase
    name: "DayListHeadings"
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

    function init() {
        Preferences.resetHints()
        win = createTemporaryObject(mainWindow, testCase)
        verify(win)
        win.showPage("schedule", {})
        win.viewMode = "list"
        win.requestActivate()
        tryVerify(() => win.active, 5000)
        waitForRendering(win.contentItem)
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
    function findAll(item, predicate, out) {
        if (!item || !item.visible)
            return out
        if (predicate(item))
            out.push(item)
        for (let i = 0; i < item.children.length; ++i)
            findAll(item.children[i], predicate, out)
        return out
    }

    function list() {
        return find(win.contentItem, item => item.objectName === "dayList" && item.visible)
    }

    /** Headings and rows on screen, top to bottom, with the problems a reader would see. */
    function headingProblems(view) {
        const top = 0
        const bottom = view.height
        const entries = []
        const headings = findAll(view.contentItem, item => typeof item.section === "string" && item.section.length > 0, [])
        for (const heading of headings) {
            const y = heading.mapToItem(view, 0, 0).y
            if (y + heading.height <= top || y >= bottom)
                continue
            const label = find(heading, item => item !== heading && item.text !== undefined && item.font !== undefined)
            entries.push({ y: y + heading.height - 1, heading: label.text })
        }
        const rows = findAll(view.contentItem, item => item.eventId !== undefined && item.start !== undefined
                             && item.timeText !== undefined, [])
        for (const row of rows) {
            // The row's own part: below its heading when the heading is part of the row.
            const y = row.mapToItem(view, 0, row.topInset || 0).y
            if (y + row.height - (row.topInset || 0) <= top || y >= bottom)
                continue
            entries.push({ y: y, time: Format.time(row.start), title: row.title })
        }
        entries.sort((a, b) => a.y - b.y)
        // While a flick reuses rows, ListView may briefly hold two items for one row at the
        // same place: they cover each other exactly, a person sees one.
        for (let i = entries.length - 1; i > 0; --i) {
            const a = entries[i - 1], b = entries[i]
            if (Math.abs(a.y - b.y) < 1 && a.heading === b.heading && a.title === b.title && a.time === b.time)
                entries.splice(i, 1)
        }
        const problems = []
        let lastTime = null
        for (let i = 0; i < entries.length; ++i) {
            const e = entries[i]
            if (e.heading !== undefined) {
                const next = entries[i + 1]
                if (next && next.time !== undefined && next.time !== e.heading)
                    problems.push("heading “" + e.heading + "” above “" + next.title + "” at " + next.time)
                if (next && next.heading !== undefined)
                    problems.push("heading “" + e.heading + "” with no event under it")
                lastTime = e.heading
            } else {
                // A new time under no heading (the first row on screen may have its heading above the view).
                if (lastTime !== null && e.time !== lastTime)
                    problems.push("“" + e.title + "” at " + e.time + " has no heading (still under " + lastTime + ")")
                lastTime = e.time
            }
        }
        return problems
    }

    /** Scrolls the whole day down and up again with the wheel, checking each screen. */
    function scrollThrough(dayName) {
        const view = list()
        verify(view, "the list is shown")
        tryVerify(() => view.count > 0, 3000)
        const failures = []
        const check = where => {
            // A frame later, laid out (the delegates are placed at polish); mid-flick is fine:
            // a person reads the list while it moves, too.
            wait(16)
            // Settled, on a slow or loaded machine too: what a reader sees once the list stops.
            tryVerify(() => !view.moving, 5000)
            // Placed: the window polishes every item in one pass.
            waitForItemPolished(view)
            for (const problem of headingProblems(view))
                failures.push(dayName + ", " + where + ": " + problem)
        }
        // A day just switched to is drawn anew: its first frame (once scrolling, a settled list
        // draws none, and waiting for one cost a second per screen).
        waitForRendering(view, 1000)
        check("as opened")
        for (let step = 0; step < 400 && !view.atYEnd; ++step) {
            mouseWheel(view, view.width / 2, view.height / 2, 0, -360)
            check("scrolled down to " + Math.round(view.contentY))
        }
        for (let step = 0; step < 400 && !view.atYBeginning; ++step) {
            mouseWheel(view, view.width / 2, view.height / 2, 0, 480)
            check("scrolled up to " + Math.round(view.contentY))
        }
        return failures
    }

    /** Every day in turn (Ctrl+1, Ctrl+2, …), `rounds` times: the second round comes back to scrolled lists. */
    function checkEveryDay(rounds) {
        let failures = []
        for (let round = 0; round < rounds; ++round) {
            for (let d = 0; d < App.days.length && d < 9; ++d) {
                keySequence("Ctrl+" + (d + 1))
                tryCompare(win, "day", App.days[d])
                failures = failures.concat(scrollThrough(App.days[d]))
            }
        }
        verify(failures.length === 0, failures.length + " wrong headings:\n" + failures.slice(0, 12).join("\n"))
    }

    function test_bundledProgramme() {
        if (LanyardTest.sanitized)
            skip("under the sanitizers, rows still being placed were read as headings without events; the normal build checks every screen")
        compare(App.conferenceId, "pyconau2013")
        checkEveryDay(2)
    }

    function test_bigCongress() {
        if (LanyardTest.sanitized)
            skip("scrolling through every day of 36C3 is left to the normal build (it takes minutes under the sanitizers)")
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
        // A fresh window on the congress (the first one shows the import report).
        init()
        checkEveryDay(1)
    }

    /** The other test files expect the bundled programme alone. */
    property string importedConference
    function cleanup() {
        if (importedConference) {
            App.conferenceId = "pyconau2013"
            compare(Sync.removeConference(importedConference), "")
            importedConference = ""
        }
    }
}
