import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/**
 * Files in and out of the window as a person handles them: the agenda exported under a typed
 * name, to a typed full path, after a change of folder, and with an error that says what went
 * wrong; a schedule file chosen with a double-click in the import chooser is imported.
 */
TestCase {
    id: testCase
    name: "Files"
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
    /** A visible item by objectName, in the window or in its popups. */
    function named(name) {
        return find(win.contentItem.parent, item => item.objectName === name && item.visible)
    }

    /** Replaces what a field holds by typing, as a person does: click, select all, type. */
    function typeInto(field, text) {
        mouseClick(field)
        keySequence(StandardKey.SelectAll)
        keyClick(Qt.Key_Delete)
        for (const ch of text)
            keyClick(ch)
        compare(field.text, text)
        settled(field)
    }

    /** Waits until the popups are laid out and drawn again: a longer name can re-wrap the
     *  "Saved as" line, resize the dialog and move its buttons. */
    function settled(field) {
        const layout = field.parent
        tryVerify(() => !isPolishScheduled(layout), 3000)
        waitForRendering(win.contentItem)
    }

    function openExport() {
        if (win.currentPage !== "agenda")
            win.showPage("agenda", {})
        tryVerify(() => win.currentPage === "agenda")
        keySequence("Ctrl+E")
        const dialog = findChild(win, "exportDialog")
        verify(dialog)
        tryVerify(() => dialog.opened, 3000, "Ctrl+E opens the export dialog")
        dialog.folder = "file://" + LanyardTest.tempDir
        return dialog
    }

    function test_exportUnderATypedName() {
        const dialog = openExport()
        typeInto(named("exportName"), "my talks.ics")
        mouseClick(named("exportButton"))
        tryVerify(() => !dialog.opened, 3000, named("exportError") ? named("exportError").text : "")
        tryVerify(() => LanyardTest.fileExists(LanyardTest.tempDir + "/my talks.ics"), 3000,
                  "exported: " + dialog.agendaFiles.message)
        verify(LanyardTest.readFile(LanyardTest.tempDir + "/my talks.ics").indexOf("BEGIN:VCALENDAR") === 0)
    }

    function test_exportToATypedFullPathAndAfterAFolderChange() {
        let dialog = openExport()
        LanyardTest.makePath(LanyardTest.tempDir + "/elsewhere")
        typeInto(named("exportName"), LanyardTest.tempDir + "/elsewhere/full.csv")
        // The format follows the choice in the box, not the typed suffix: pick CSV.
        const format = named("exportFormat")
        mouseClick(format)
        tryVerify(() => format.popup.opened)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        compare(dialog.format, "csv")
        mouseClick(named("exportButton"))
        tryVerify(() => !dialog.opened, 3000, named("exportError") ? named("exportError").text : "")
        verify(LanyardTest.fileExists(LanyardTest.tempDir + "/elsewhere/full.csv"))

        // Another folder keeps the typed name, and Export stays enabled.
        dialog = openExport()
        typeInto(named("exportName"), "kept.ics")
        dialog.folder = "file://" + LanyardTest.tempDir + "/elsewhere"
        compare(named("exportName").text, "kept.ics")
        verify(named("exportButton").enabled)
        keyClick(Qt.Key_Return)
        tryVerify(() => !dialog.opened, 3000)
        verify(LanyardTest.fileExists(LanyardTest.tempDir + "/elsewhere/kept.ics"))
    }

    function test_printTheShownDayToAPdf() {
        win.showPage("schedule", {})
        keySequence(StandardKey.Print)
        let dialog = null
        tryVerify(() => (dialog = findChild(win, "printDialog")) && dialog.opened, 3000, "Ctrl+P opens the print dialog")
        verify(named("printDay").checked, "from the schedule, the shown day is offered first")
        compare(named("printDestination").currentIndex, 0, "a PDF file first: no printer needed")
        // As a person would: once the dialog is laid out and drawn, not in the same instant.
        tryVerify(() => !isPolishScheduled(dialog.footer) && !isPolishScheduled(dialog.contentItem), 3000)
        waitForRendering(win.contentItem)
        mouseClick(named("printButton"))
        let pdf = null
        tryVerify(() => (pdf = findChild(win, "printPdfDialog")) && pdf.opened, 3000, "Save as PDF asks for the file")
        pdf.folder = "file://" + LanyardTest.tempDir
        typeInto(named("exportName"), "the day")
        mouseClick(named("exportButton"))
        tryVerify(() => !pdf.opened, 3000, named("exportError") ? named("exportError").text : "")
        tryVerify(() => LanyardTest.fileExists(LanyardTest.tempDir + "/the day.pdf"), 5000, "saved with .pdf added")
    }

    function test_exportErrorSaysWhatHappened() {
        const dialog = openExport()
        typeInto(named("exportName"), "/no-such-folder-here/x.ics")
        mouseClick(named("exportButton"))
        const error = named("exportError")
        tryVerify(() => named("exportError") !== null, 3000, "the dialog says why")
        verify(named("exportError").text.indexOf("/no-such-folder-here") >= 0, named("exportError").text)
        verify(named("exportError").text.indexOf("does not exist") >= 0, named("exportError").text)
        verify(dialog.opened, "the dialog stays for another try")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.opened)
    }

    function test_doubleClickInTheImportChooser() {
        keySequence("Ctrl+O")
        const dialog = findChild(win, "importFileDialog")
        verify(dialog)
        tryVerify(() => dialog.opened, 3000)
        const picker = findChild(win, "importFilePicker")
        verify(picker)
        picker.currentFolder = "file://" + LanyardTest.sourceDir + "/data/pyconau2013"
        let delegate = null
        tryVerify(() => {
            delegate = find(win.contentItem.parent, item => item.fileName === "schedule.xml" && item.visible && item.width > 0)
            return delegate !== null
        }, 5000, "the chooser lists schedule.xml")
        waitForRendering(delegate)
        mouseDoubleClickSequence(delegate)
        tryVerify(() => !picker.visible, 3000, "the chooser closes")
        wait(300)
        verify(dialog.opened, "the import dialog stays, with the chosen file")
        compare(String(dialog.file), "file://" + LanyardTest.sourceDir + "/data/pyconau2013/schedule.xml")
        imported.clear()
        mouseClick(named("importFileButton"))
        tryCompare(imported, "count", 1, 10000)
        verify(imported.signalArguments[0][0].ok, imported.signalArguments[0][0].error)
        tryVerify(() => !dialog.opened)
        // The report: the programme names its zone (Australia/Hobart), so no offer to import it
        // again with one, and "No warnings" once (the summary does not count them again).
        const report = findChild(win, "importReportDialog")
        tryVerify(() => report.opened, 5000, "the import report opens")
        verify(!findChild(report.contentItem, "zoneHint").visible, "no time zone hint for a feed that names its zone")
        const summary = report.report.summary
        verify(summary.indexOf("84 events") === 0 && summary.indexOf("warning") < 0, summary)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !report.opened)
    }
}
