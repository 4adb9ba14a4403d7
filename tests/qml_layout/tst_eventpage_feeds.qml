import QtQuick
import QtTest
import Lanyard

/**
 * The event page as a person sees it (EventPageLayoutCase) on every other real feed of
 * ../shared/feeds, one format each: 200 events of each spread over the whole programme (all of
 * a smaller one), half at 1280×800, half at 1024×640. FOSDEM 2026 is in tst_eventpage.qml.
 */
EventPageLayoutCase {
    name: "EventPageFeedsLayout"

    function test_sharedFeed_data() {
        return [
            { tag: "36C3 (frab)", file: "36c3-merged_frab.xml" },
            { tag: "Camp 2019 (frab JSON)", file: "camp2019_frab-schedule.json" },
            { tag: "DebConf23 (wafer)", file: "debconf23_wafer-pentabarf.xml" },
            { tag: "FOSDEM 2007 (pentabarf)", file: "fosdem-2007_pentabarf-ancient.xml", zone: "Europe/Brussels" },
            { tag: "Global Azure 2024 (Sessionize)", file: "global-azure-austria-2024_sessionize-all.json", zone: "Europe/Vienna" },
            { tag: "Kieler Linuxtage 2020 (iCalendar)", file: "kielux2020.ics" },
            { tag: "linux.conf.au 2020 (symposion iCalendar)", file: "lca2020_symposion.ics" },
            { tag: "rC3 channels (pretalx)", file: "rc3-channels-2020_pretalx-schedule.json" }
        ]
    }

    function test_sharedFeed(data) {
        // The two that name no zone get the city's, as a user picks it when importing.
        importSharedFeed(data.file, data.zone)
        const all = eventIds()
        verify(all.length > 0, data.file + " shows events")
        // Under the sanitizers 20 of each.
        const wanted = LanyardTest.sanitized ? 20 : 200
        const step = Math.max(1, Math.floor(all.length / wanted))
        const ids = all.filter((id, i) => i % step === 0).slice(0, wanted)
        verify(ids.length >= Math.min(wanted, all.length), ids.length)
        checkAlternating(ids)
    }
}
