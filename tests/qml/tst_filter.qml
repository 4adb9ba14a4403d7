import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/**
 * The schedule's filter as a user meets it, on the bundled programme's Friday: two miniconf
 * tracks and the registration and breaks, which have no track. Picking one track shows that
 * track's events only; "No track" is an entry of its own; each list has All, None and Only; a
 * search narrows the lists; the tracks carry their colours; long names wrap instead of being cut.
 */
TestCase {
    id: testCase
    name: "Filter"
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
    property var menu: null

    function init() {
        App.conferenceId = "pyconau2013"
        App.filter.clear()
        win = createTemporaryObject(mainWindow, testCase)
        verify(win)
        win.showPage("schedule", {})
        win.viewMode = "timetable"
        win.requestActivate()
        tryVerify(() => win.active, 5000)
        keySequence("Ctrl+1")
        compare(win.day, "2013-07-05")
        waitForRendering(win.contentItem)
        // The header's Filter button and its popup.
        const button = filterButton()
        verify(button)
        menu = Array.from(button.data).find(child => child instanceof Popup)
        verify(menu)
    }

    function cleanup() {
        App.filter.clear()
    }

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

    function findAll(item, predicate, result) {
        if (!item)
            return result
        if (predicate(item))
            result.push(item)
        const children = item.children
        for (let i = 0; children && i < children.length; ++i)
            findAll(children[i], predicate, result)
        return result
    }

    function visibleIn(item) {
        for (let it = item; it; it = it.parent) {
            if (!it.visible)
                return false
        }
        return true
    }

    function named(name) {
        return find(win.contentItem, item => item.objectName === name && item.visible)
    }

    function timetableBlock(title) {
        return find(named("timetable"), item => item.eventId !== undefined && item.title === title && item.visible)
    }

    function filterButton() {
        return find(win.contentItem, item => item instanceof ToolButton && String(item.text).indexOf("Filter") === 0 && item.visible)
    }

    function openMenu() {
        mouseClick(filterButton())
        tryVerify(() => menu.opened, 3000, "the filter opens")
        waitForRendering(win.contentItem)
    }

    /** The tick box of an entry ("No track" for the events without one). */
    function option(label) {
        return find(menu.contentItem, item => item instanceof CheckBox && item.text === label && visibleIn(item))
    }

    function optionLabels() {
        return findAll(menu.contentItem, item => item instanceof CheckBox && item.objectName !== "filterNotRecorded" && visibleIn(item), []).map(item => item.text)
    }

    /** The "Only" button beside an entry. */
    function onlyButton(label) {
        const box = option(label)
        verify(box, "an entry " + label)
        return find(box.parent, item => item.objectName === "filterOnly")
    }

    function sectionButton(heading, name) {
        const section = find(menu.contentItem, item => item.objectName === "filterSection" && item.heading === heading)
        verify(section, heading)
        return find(section, item => item.objectName === name)
    }

    function test_pickingOneTrackHidesTheEventsWithoutOne() {
        tryVerify(() => timetableBlock("Lunch") !== null, 3000)
        openMenu()
        verify(option("DjangoCon AU (miniconf)"))
        verify(option("OpenStack Miniconf"))
        const noTrack = option("No track")
        verify(noTrack, "the events without a track are an entry of their own")
        verify(noTrack.checked)

        mouseClick(onlyButton("DjangoCon AU (miniconf)"))
        compare(App.filter.hiddenTracks, ["", "OpenStack Miniconf"])
        verify(option("DjangoCon AU (miniconf)").checked)
        verify(!option("OpenStack Miniconf").checked)
        verify(!option("No track").checked)
        tryVerify(() => timetableBlock("Lunch") === null, 3000, "a break has no track: hidden with the other tracks")
        verify(timetableBlock("Secrets of the testing masters"))
        verify(!timetableBlock("WTF is OpenStack"))
        verify(!timetableBlock("Registration"))
        verify(!onlyButton("DjangoCon AU (miniconf)").enabled, "already the only one")

        // Only the events without a track: the breaks and the registration.
        mouseClick(onlyButton("No track"))
        tryVerify(() => timetableBlock("Lunch") !== null, 3000)
        verify(timetableBlock("Registration"))
        verify(!timetableBlock("Secrets of the testing masters"))

        // Ticking a track again adds it to what is shown.
        mouseClick(option("OpenStack Miniconf"))
        tryVerify(() => timetableBlock("WTF is OpenStack") !== null, 3000)
        verify(timetableBlock("Lunch"))
    }

    function test_allAndNone() {
        tryVerify(() => timetableBlock("Lunch") !== null, 3000)
        openMenu()
        const none = sectionButton("Tracks", "filterNone")
        const all = sectionButton("Tracks", "filterAll")
        verify(!all.enabled, "everything is shown already")
        mouseClick(none)
        compare(App.filter.hiddenTracks, ["", "DjangoCon AU (miniconf)", "OpenStack Miniconf"])
        verify(!option("No track").checked)
        verify(!none.enabled)
        tryVerify(() => timetableBlock("Lunch") === null && timetableBlock("WTF is OpenStack") === null, 3000)
        const box = option("OpenStack Miniconf")
        mouseClick(box)
        tryVerify(() => timetableBlock("WTF is OpenStack") !== null, 3000)
        verify(!timetableBlock("Lunch"))
        mouseClick(all)
        compare(App.filter.hiddenTracks, [])
        tryVerify(() => timetableBlock("Lunch") !== null, 3000)
        // The other lists have them too.
        verify(sectionButton("Rooms", "filterNone"))
        verify(sectionButton("Types", "filterAll"))
    }

    function test_searchNarrowsTheLists() {
        openMenu()
        const search = find(menu.contentItem, item => item.objectName === "filterSearch")
        verify(search && search.visible, "the bundled programme's lists are long enough for a search")
        tryVerify(() => search.activeFocus, 3000, "typing goes to the search at once")
        verify(optionLabels().length > 12)
        keyClick(Qt.Key_O)
        keyClick(Qt.Key_P)
        keyClick(Qt.Key_E)
        keyClick(Qt.Key_N)
        tryVerify(() => optionLabels().join("|") === "OpenStack Miniconf", 3000, optionLabels().join("|"))
        keyClick(Qt.Key_Backspace)
        keyClick(Qt.Key_Backspace)
        keyClick(Qt.Key_Backspace)
        keyClick(Qt.Key_Backspace)
        tryVerify(() => optionLabels().length > 12)
        // Found, then picked: "Only" works on what the search shows.
        for (const key of [Qt.Key_B, Qt.Key_R, Qt.Key_E, Qt.Key_A, Qt.Key_K])
            keyClick(key)
        // The type is written as words ("Meal or break"), the search finds it by them.
        tryVerify(() => optionLabels().join("|") === "Meal or break", 3000, optionLabels().join("|"))
        mouseClick(onlyButton("Meal or break"))
        compare(App.filter.hiddenTypes.indexOf("meal/break"), -1)
        verify(App.filter.hiddenTypes.indexOf("talk") >= 0)
    }

    function test_trackSwatchesAreTheLegend() {
        openMenu()
        for (const track of ["DjangoCon AU (miniconf)", "OpenStack Miniconf", "No track"]) {
            const box = option(track)
            const swatch = find(box, item => item.objectName === "filterSwatch")
            verify(swatch && swatch.visible, "a swatch before " + track)
            verify(Qt.colorEqual(swatch.color, App.trackColor(track === "No track" ? "" : track)), track)
        }
        verify(!Qt.colorEqual(find(option("DjangoCon AU (miniconf)"), item => item.objectName === "filterSwatch").color,
                              find(option("OpenStack Miniconf"), item => item.objectName === "filterSwatch").color))
        // Rooms and types have no colours of their own.
        const room = find(option("Derwent 1"), item => item.objectName === "filterSwatch")
        verify(!room || !room.visible)
    }

    function test_longNamesAreNotCut() {
        const path = LanyardTest.feedsDir + "/fosdem-2026_pentabarf.xml"
        if (!LanyardTest.feedsDir || !LanyardTest.fileExists(path))
            skip("no shared feeds folder (" + path + ")")
        imported.clear()
        Sync.importPath(path, "")
        tryCompare(imported, "count", 1, 30000)
        verify(imported.signalArguments[0][0].ok, imported.signalArguments[0][0].error)
        App.conferenceId = imported.signalArguments[0][0].conferenceId
        // The import's report comes first.
        // The import's report comes first (a dialog with the focus): Escape closes it.
        const dialogFocused = () => String(win.activeFocusItem).indexOf("QQuickPopupItem") === 0
        tryVerify(dialogFocused, 5000, "the import's report")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialogFocused(), 3000)
        openMenu()
        const labels = findAll(menu.contentItem, item => item instanceof CheckBox && visibleIn(item), []).map(box => box.contentItem)
        verify(labels.length > 100, labels.length)
        const sdr = labels.filter(label => label.text.indexOf("Software Defined Radio") === 0)
        compare(sdr.length, 1)
        for (const label of labels) {
            verify(!label.truncated, label.text + " is cut off")
            const box = label.parent
            verify(label.x + label.width <= box.width + 1, label.text + " runs past its entry")
            verify(label.height >= label.contentHeight, label.text)
        }
        verify(sdr[0].lineCount > 1, "the long name wraps")
        // The popup stays inside the window.
        const topLeft = menu.contentItem.mapToItem(win.contentItem, 0, 0)
        verify(topLeft.x >= 0 && topLeft.x + menu.contentItem.width <= win.width, topLeft.x)
        verify(topLeft.y + menu.contentItem.height <= win.height, topLeft.y)
    }
}
