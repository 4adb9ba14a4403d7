import QtQuick
import QtTest
import Lanyard

/**
 * The event page as a person sees it (EventPageLayoutCase): every event of the bundled
 * programme and every fourth of FOSDEM 2026, at 1280×800 and 1024×640.
 */
EventPageLayoutCase {
    name: "EventPageLayout"

    function test_bundledProgramme() {
        compare(App.conferenceId, "pyconau2013")
        const ids = eventIds()
        verify(ids.length >= 80, ids.length)
        // Under the sanitizers every eighth (the normal build opens them all).
        checkAll(LanyardTest.sanitized ? ids.filter((id, i) => i % 8 === 0) : ids)
    }

    function test_fosdem2026() {
        importSharedFeed("fosdem-2026_pentabarf.xml")
        // Every fourth event: all days, rooms and tracks, long titles and many speakers among them.
        const all = eventIds()
        const ids = all.filter((id, i) => i % (LanyardTest.sanitized ? 40 : 4) === 0)
        verify(ids.length >= (LanyardTest.sanitized ? 20 : 200), ids.length)
        checkAll(ids)
    }
}
