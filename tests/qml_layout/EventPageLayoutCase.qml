import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard
import "LayoutCheck.js" as LayoutCheck

/**
 * What the event-page layout tests share: open an event's page in the window and check what a
 * person sees there: no two visible texts or controls overlap, nothing runs out of the page, no
 * text is cut off, and the facts (When, Where, Track, …) keep to their rows without gaps.
 */
TestCase {
    id: testCase
    when: windowShown

    Component {
        id: mainWindow
        Main {}
    }
    Component {
        id: dayModel
        DayModel {
            filtered: false
            appController: App
            tripController: Trips
            syncController: Sync
        }
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
        win.requestActivate()
        tryVerify(() => win.active, 5000)
        // Pages come and go without the slide: hundreds are opened, and what counts is how
        // each one is laid out once it is there.
        const stack = named("pageStack")
        stack.pushEnter = null
        stack.pushExit = null
        stack.popEnter = null
        stack.popExit = null
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

    /** Every event id of the current conference, day by day. */
    function eventIds() {
        const ids = []
        for (const day of App.days) {
            const model = createTemporaryObject(dayModel, testCase, { day: day })
            for (let row = 0; row < model.count; ++row)
                ids.push(model.eventIdAt(row))
        }
        return ids
    }

    /** What is wrong with the page as shown: overlaps, items outside it, cut text; "" when nothing. */
    function layoutProblems(page) {
        const scroll = find(page, item => item.objectName === "eventScroll")
        const column = find(page, item => item.objectName === "eventContent")
        const leaves = []
        const boxes = []
        LayoutCheck.collect(column, leaves, boxes)
        const problems = LayoutCheck.problems(leaves, boxes, column, scroll.availableWidth)
        // The facts grid: each name sits on the same line as its value, and rows follow each
        // other without a gap bigger than the row spacing (the When row once left a hole).
        const facts = named("eventFacts")
        if (facts) {
            const rows = []
            for (let i = 0; i < facts.children.length; ++i) {
                const child = facts.children[i]
                if (child.visible && child.height > 0)
                    rows.push(LayoutCheck.rectIn(child, facts))
            }
            rows.sort((p, q) => p.y - q.y)
            const spacing = facts.rowSpacing !== undefined ? facts.rowSpacing : facts.spacing
            let bottom = rows.length ? rows[0].y : 0
            for (const r of rows) {
                if (r.y - bottom > spacing + 2)
                    problems.push("a gap of " + Math.round(r.y - bottom) + " px in the facts at y=" + Math.round(r.y))
                bottom = Math.max(bottom, r.y + r.height)
            }
            if (bottom > facts.height + 1)
                problems.push("the facts are " + Math.round(bottom) + " px tall but given " + Math.round(facts.height))
        }
        return problems.join("; ")
    }

    function openAndCheck(eventId, sizeName) {
        Navigation.openEvent(eventId)
        let page = null
        tryVerify(() => {
            page = named("eventPage")
            return page && page.eventId === eventId && page.StackView.status === StackView.Active
        }, 10000, "the page of " + eventId + " opens")
        // Laid out: the page's layouts and the facts' Column place their items at polish.
        // (Not a frame as well: an opened page may have drawn its last one already, and waiting
        // for the next cost a second per page.)
        for (const name of ["eventContent", "eventFacts"])
            waitForItemPolished(find(page, item => item.objectName === name))
        const problems = layoutProblems(page)
        const title = named("eventTitle").text
        Navigation.back()
        tryVerify(() => named("eventPage") === null, 10000)
        return problems ? sizeName + ", “" + title + "” (" + eventId + "): " + problems : ""
    }

    function checkAll(ids) {
        const failures = []
        for (const size of [[1280, 800], [1024, 640]]) {
            win.width = size[0]
            win.height = size[1]
            for (const id of ids) {
                const failure = openAndCheck(id, size[0] + "×" + size[1])
                if (failure)
                    failures.push(failure)
            }
        }
        verify(failures.length === 0, failures.length + " of " + (2 * ids.length) + " pages are wrong:\n" + failures.slice(0, 15).join("\n"))
    }

    /** Half the events at 1280×800, the other half at 1024×640: many events, both sizes. */
    function checkAlternating(ids) {
        const failures = []
        const sizes = [[1280, 800], [1024, 640]]
        for (const size of sizes) {
            win.width = size[0]
            win.height = size[1]
            const half = ids.filter((id, i) => i % 2 === sizes.indexOf(size))
            for (const id of half) {
                const failure = openAndCheck(id, size[0] + "×" + size[1])
                if (failure)
                    failures.push(failure)
            }
        }
        verify(failures.length === 0, failures.length + " of " + ids.length + " pages are wrong:\n" + failures.slice(0, 15).join("\n"))
    }

    /**
     * Imports a feed of ../shared/feeds (in `zone` when the feed names none) and shows it; skips
     * when the folder is not there.
     */
    function importSharedFeed(fileName, zone) {
        const path = LanyardTest.feedsDir + "/" + fileName
        if (!LanyardTest.feedsDir || !LanyardTest.fileExists(path))
            skip("no shared feeds folder (" + path + ")")
        imported.clear()
        Sync.importPath(path, zone ?? "")
        tryCompare(imported, "count", 1, 60000)
        verify(imported.signalArguments[0][0].ok, imported.signalArguments[0][0].error)
        App.conferenceId = imported.signalArguments[0][0].conferenceId
    }
}
