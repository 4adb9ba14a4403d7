import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard
import "LayoutCheck.js" as LayoutCheck

/**
 * Every page of the window as a person meets it: at 1280×800 and 1024×640, light and dark,
 * English and German, with bookmarks (two of them clashing) so that My agenda and Now & Next
 * have rows. On each, no two visible texts or controls overlap, nothing runs out of the window
 * and no text is cut off without an ellipsis.
 */
TestCase {
    id: testCase
    name: "PagesLayout"
    when: windowShown

    Component {
        id: mainWindow
        Main {}
    }
    TextMetrics {
        id: wordMetrics
    }

    // Saturday of the bundled programme: two talks at 11:15 that clash, one at 09:15.
    readonly property var bookmarks: ["908711b80359d175", "c42b25f0d1c2367d", "2145c73681499f4b", "6a33e00859de9692"]
    readonly property var pages: ["schedule", "agenda", "catchup", "changes", "conferences", "now", "speakers", "trips", "places",
        "hidden", "search", "settings"]

    function initTestCase() {
        // The first-run tips float over the page on purpose; dismissed, as after a first look.
        for (const hint of ["schedule-timetable", "schedule-list", "event"])
            Preferences.dismissHint(hint)
        for (const id of testCase.bookmarks) {
            if (!App.isBookmarked(id))
                App.toggleBookmark(id, App.conferenceId)
        }
    }

    function cleanupTestCase() {
        for (const id of testCase.bookmarks) {
            if (App.isBookmarked(id))
                App.toggleBookmark(id, App.conferenceId)
        }
        Preferences.theme = "system"
        Preferences.language = "system"
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

    /** What is wrong with the window as shown, one sentence each. */
    function windowProblems(win) {
        const root = win.contentItem
        const leaves = []
        const boxes = []
        const shown = []
        LayoutCheck.collect(root, leaves, boxes, root, Qt.rect(0, 0, win.width, win.height), shown)
        return LayoutCheck.problems(leaves, boxes, root, win.width, shown).concat(brokenWords(leaves))
    }

    /**
     * Wrapped texts that break a word in the middle (Qt hyphenates nothing: "Raumände" and "rung"
     * on two lines): a word wider than its line. German compounds are where it happens.
     */
    function brokenWords(leaves) {
        const found = []
        for (const item of leaves) {
            if (item.wrapMode !== Text.Wrap || item.lineCount === undefined || item.lineCount < 2)
                continue
            const available = item.width - (item.leftPadding ?? 0) - (item.rightPadding ?? 0)
            wordMetrics.font = item.font
            for (const word of String(item.text).split(/\s+/)) {
                wordMetrics.text = word
                if (word.length > 0 && wordMetrics.advanceWidth > available + 1) {
                    found.push(LayoutCheck.describe(item) + " breaks “" + word + "” in the middle (" + Math.round(wordMetrics.advanceWidth)
                               + " px in " + Math.round(available) + ")")
                    break
                }
            }
        }
        return found
    }

    function checkPages(width, height) {
        const failures = []
        let checked = 0
        for (const theme of ["light", "dark"]) {
            for (const language of ["en", "de"]) {
                Preferences.theme = theme
                Preferences.language = language
                const win = createTemporaryObject(mainWindow, testCase, { width: width, height: height })
                verify(win)
                win.requestActivate()
                tryVerify(() => win.active, 5000)
                const stack = find(win.contentItem, item => item.objectName === "pageStack")
                stack.pushEnter = null
                stack.pushExit = null
                stack.replaceEnter = null
                stack.replaceExit = null
                for (const page of testCase.pages) {
                    for (const view of page === "schedule" ? ["timetable", "list"] : [""]) {
                        if (view)
                            win.viewMode = view
                        win.showPage(page, {})
                        wait(0)
                        waitForRendering(win.contentItem)
                        const problems = windowProblems(win)
                        ++checked
                        if (problems.length > 0)
                            failures.push(width + "×" + height + " " + theme + " " + language + " " + page + (view ? " (" + view + ")" : "")
                                          + ": " + problems.slice(0, 4).join("; ") + (problems.length > 4 ? " …" : ""))
                    }
                }
                win.destroy()
                wait(0)
            }
        }
        verify(failures.length === 0, failures.length + " of " + checked + " pages are wrong:\n" + failures.slice(0, 12).join("\n"))
    }

    function test_wide() {
        checkPages(1280, 800)
    }

    function test_narrow() {
        checkPages(1024, 640)
    }
}
