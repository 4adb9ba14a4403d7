import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/** A file opened with Lanyard is shown first and imported only when the user says so. */
TestCase {
    id: testCase
    name: "ImportDialog"
    when: windowShown

    Component {
        id: mainWindow
        Main {}
    }

    SignalSpy {
        id: finished
        target: Importer
        signalName: "finished"
    }

    function init() {
        finished.clear()
    }

    function bundledFile() {
        return LanyardTest.sourceDir + "/data/pyconau2013/schedule.xml"
    }

    function test_previewThenImportByKeyboard() {
        const win = createTemporaryObject(mainWindow, testCase)
        verify(!findChild(win, "importDialog"), "made only when a file waits")
        win.requestActivate()
        tryVerify(() => win.active)

        Importer.openFiles([bundledFile()])
        let dialog = null
        tryVerify(() => (dialog = findChild(win, "importDialog")) && dialog.opened, 3000, "the dialog opens by itself")
        compare(Importer.preview.ok, true)
        compare(Importer.preview.conferenceId, "pyconau2013")
        compare(Importer.preview.events, 84)
        compare(Importer.preview.days, 3)
        compare(Importer.preview.replaces, true, "the bundled conference is already here")
        compare(Importer.preview.fileName, "schedule.xml")
        compare(finished.count, 0, "nothing is imported before the user decides")

        // The Import button has the focus: Enter imports.
        tryVerify(() => win.activeFocusItem && win.activeFocusItem.text === "Import")
        keyClick(Qt.Key_Return)
        tryCompare(finished, "count", 1)
        compare(finished.signalArguments[0][0], true)
        verify(finished.signalArguments[0][1].indexOf("84 events") >= 0, finished.signalArguments[0][1])
        tryVerify(() => !dialog.opened)
        compare(Importer.pending, false)
        compare(App.conferenceId, "pyconau2013")
    }

    function test_escapeSkipsAndTheNextFileFollows() {
        const win = createTemporaryObject(mainWindow, testCase)
        win.requestActivate()
        tryVerify(() => win.active)

        Importer.openFiles([bundledFile(), LanyardTest.sourceDir + "/data/README.md"])
        let dialog = null
        tryVerify(() => (dialog = findChild(win, "importDialog")) && dialog.opened)
        compare(Importer.queueLength, 2)
        keyClick(Qt.Key_Escape)
        compare(finished.count, 0, "Escape imports nothing")
        // The second file is not a programme: the dialog says why and offers only Close.
        tryVerify(() => dialog.opened && Importer.preview.fileName === "README.md", 3000)
        compare(Importer.preview.ok, false)
        verify(Importer.preview.error.length > 0)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.opened)
        compare(Importer.pending, false)
        compare(finished.count, 0)
    }

    function test_missingFileAndWebAddress() {
        Importer.openFiles(["/nonexistent/folder/schedule.xml", "https://example.org/schedule.xml"])
        compare(Importer.preview.ok, false)
        verify(Importer.preview.error.indexOf("Cannot read") === 0, Importer.preview.error)
        Importer.reject()
        compare(Importer.preview.ok, false)
        verify(Importer.preview.error.indexOf("web address") > 0, Importer.preview.error)
        Importer.reject()
        compare(Importer.pending, false)
    }
}
