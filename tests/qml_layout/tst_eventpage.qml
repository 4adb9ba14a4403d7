import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/**
 * What a person sees on the event page: opened for every event of the bundled programme and for
 * a few hundred of a real feed (FOSDEM 2026), at 1280×800 and 1024×640, no two visible texts or
 * controls overlap, nothing runs out of the page, no text is cut off, and the facts (When, Where,
 * Track, …) keep to their rows without gaps.
 */
TestCase {
    id: testCase
    name: "EventPageLayout"
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

    /** Items that hold their own text or are a control: a person reads or clicks them as one. */
    function isLeaf(item) {
        if (item.font === undefined)
            return false
        // Panes and group boxes hold other items: look inside.
        return item.contentChildren === undefined
    }
    function isBox(item) {
        return item.title !== undefined && item.contentChildren !== undefined && item.font !== undefined
    }

    function collect(item, leaves, boxes) {
        if (!item.visible || item.opacity === 0 || item.width <= 0 || item.height <= 0)
            return
        if (isLeaf(item)) {
            leaves.push(item)
            return
        }
        if (isBox(item))
            boxes.push(item)
        for (let i = 0; i < item.children.length; ++i)
            collect(item.children[i], leaves, boxes)
    }

    function isAncestor(ancestor, item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p === ancestor)
                return true
        }
        return false
    }

    function describe(item) {
        const text = item.text !== undefined ? String(item.text) : ""
        return (item.objectName || String(item).split("(")[0]) + (text ? " “" + text.slice(0, 40) + "”" : "")
    }

    function rectIn(item, reference) {
        return item.mapToItem(reference, 0, 0, item.width, item.height)
    }

    /** What is wrong with the page as shown: overlaps, items outside it, cut text; "" when nothing. */
    function layoutProblems(page) {
        const scroll = find(page, item => item.objectName === "eventScroll")
        const column = find(page, item => item.objectName === "eventContent")
        const leaves = []
        const boxes = []
        collect(column, leaves, boxes)
        const problems = []
        const rects = leaves.map(item => rectIn(item, column))
        for (let i = 0; i < leaves.length; ++i) {
            const a = rects[i]
            if (a.x < -0.5 || a.x + a.width > scroll.availableWidth + 0.5)
                problems.push(describe(leaves[i]) + " runs out of the page sideways")
            const text = leaves[i]
            if (text.contentHeight !== undefined && text.contentWidth !== undefined && text.elide === undefined) {
                // TextEdit: the text's own size must fit the item.
                if (text.contentHeight > text.height + 1 || text.contentWidth > text.width + 1)
                    problems.push(describe(text) + " is cut off")
            } else if (text.truncated !== undefined && text.wrapMode !== undefined) {
                if (text.elide === Text.ElideNone && (text.contentWidth > text.width + 1 || text.contentHeight > text.height + 1))
                    problems.push(describe(text) + " is cut off (" + text.contentWidth + "×" + text.contentHeight
                                  + " in " + text.width + "×" + text.height + ")")
            }
            for (let j = i + 1; j < leaves.length; ++j) {
                const b = rects[j]
                const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
                const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
                if (w > 1 && h > 1)
                    problems.push(describe(leaves[i]) + " overlaps " + describe(leaves[j]))
            }
            for (const box of boxes) {
                if (isAncestor(box, leaves[i]))
                    continue
                const r = rectIn(box, column)
                const w = Math.min(a.x + a.width, r.x + r.width) - Math.max(a.x, r.x)
                const h = Math.min(a.y + a.height, r.y + r.height) - Math.max(a.y, r.y)
                if (w > 1 && h > 1)
                    problems.push(describe(leaves[i]) + " lies on the box " + describe(box))
            }
        }
        // The facts grid: each name sits on the same line as its value, and rows follow each
        // other without a gap bigger than the row spacing (the When row once left a hole).
        const facts = named("eventFacts")
        if (facts) {
            const rows = []
            for (let i = 0; i < facts.children.length; ++i) {
                const child = facts.children[i]
                if (child.visible && child.height > 0)
                    rows.push(rectIn(child, facts))
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

    function test_bundledProgramme() {
        compare(App.conferenceId, "pyconau2013")
        const ids = eventIds()
        verify(ids.length >= 80, ids.length)
        // Under the sanitizers every eighth (the normal build opens them all).
        checkAll(LanyardTest.sanitized ? ids.filter((id, i) => i % 8 === 0) : ids)
    }

    function test_fosdem2026() {
        const path = LanyardTest.feedsDir + "/fosdem-2026_pentabarf.xml"
        if (!LanyardTest.feedsDir || !LanyardTest.fileExists(path))
            skip("no shared feeds folder (" + path + ")")
        imported.clear()
        Sync.importPath(path, "")
        tryCompare(imported, "count", 1, 30000)
        verify(imported.signalArguments[0][0].ok, imported.signalArguments[0][0].error)
        App.conferenceId = imported.signalArguments[0][0].conferenceId
        // Every fourth event: all days, rooms and tracks, long titles and many speakers among them.
        const all = eventIds()
        const ids = all.filter((id, i) => i % (LanyardTest.sanitized ? 40 : 4) === 0)
        verify(ids.length >= (LanyardTest.sanitized ? 20 : 200), ids.length)
        checkAll(ids)
    }
}
