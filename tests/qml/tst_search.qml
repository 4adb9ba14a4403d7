import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/**
 * Search as a person types it: the best match of each new question is in sight at the top of
 * the list, even when it is a row the answer before did not have.
 */
TestCase {
    id: testCase
    name: "Search"
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
    property string importedConference

    function cleanup() {
        Navigation.searchText = ""
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
        win.showPage("search", {})
        wait(0)
        win.requestActivate()
        tryVerify(() => win.active, 5000)
        waitForRendering(win.contentItem)
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

    function resultList() {
        const lists = findAll(win.contentItem, i => i instanceof ListView && i.Accessible.name === "Search results", [])
        compare(lists.length, 1)
        return lists[0]
    }

    /** Types `text` as the search and waits until the list holds its answer. */
    function ask(list, text) {
        Navigation.searchText = text
        const model = list.model
        tryVerify(() => !model.busy && model.count > 0, 5000, "an answer to " + text)
        waitForRendering(list)
    }

    /** The row at the top edge of the list's view. */
    function topRow(list) {
        return list.indexAt(10, list.contentY + 2)
    }

    /** Types `phrase` a letter at a time; after each answer, its best match must be at the top. */
    function typeAndLook(list, phrase) {
        for (let i = 1; i <= phrase.length; ++i) {
            const typed = phrase.slice(0, i)
            Navigation.searchText = typed
            tryVerify(() => !list.model.busy, 5000, "an answer to " + typed)
            waitForRendering(list)
            if (list.count === 0)
                continue
            compare(topRow(list), 0, "the best match of \"" + typed + "\" is at the top")
            verify(list.atYBeginning, "\"" + typed + "\": the list starts at its first row")
        }
    }

    function test_theBestMatchOfANewQuestionIsInSight() {
        // Typed a letter at a time, an answer's best match is often a row the answer before did
        // not have, or had further down ("d", then "da"; "python", then "python w").
        const list = resultList()
        for (const phrase of ["data science", "python web", "django rest", "open stack"])
            typeAndLook(list, phrase)
    }

    /** On a congress's 1,351 talks: most keystrokes bring rows in above the ones they keep. */
    function test_theBestMatchIsInSightOnACongress() {
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
        init()
        const list = resultList()
        for (const phrase of ["machine learning", "security h", "open s"])
            typeAndLook(list, phrase)
    }

    function test_aNewAnswerToTheSameQuestionKeepsThePlace() {
        const list = resultList()
        ask(list, "python")
        verify(list.count > 10)
        list.positionViewAtIndex(8, ListView.Beginning)
        waitForRendering(list)
        const row = topRow(list)
        verify(row >= 7, "scrolled down to row " + row)
        // A note is searched too: writing one asks the same question again.
        const eventId = list.model.eventIdAt(row)
        const answered = signalSpy.createObject(testCase, { target: list.model, signalName: "answered" })
        App.setNote(eventId, App.conferenceId, "a note that answers again")
        tryCompare(answered, "count", 1, 5000)
        waitForRendering(list)
        verify(topRow(list) > 0, "the list stays where it was scrolled to")
        App.setNote(eventId, App.conferenceId, "")
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }
}
