import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/**
 * Subscribing in the window to a feed that gives its times without a zone (Sessionize): the
 * dialog asks for the zone before it subscribes, instead of failing after the download.
 */
TestCase {
    id: testCase
    name: "SubscribeDialog"
    when: windowShown

    Component {
        id: windowWithDialog
        ApplicationWindow {
            width: 900
            height: 700
            visible: true
            property alias dialog: subscribe
            SubscribeDialog {
                id: subscribe
            }
        }
    }

    SignalSpy {
        id: finished
        target: Sync
        signalName: "subscribeFinished"
    }

    function test_sessionizeAsksForTheZoneFirst() {
        const feed = LanyardTest.feedsDir + "/global-azure-austria-2024_sessionize-all.json"
        if (!LanyardTest.feedsDir || !LanyardTest.fileExists(feed))
            skip("the shared feeds are missing (LANYARD_FEEDS_DIR): no Sessionize file to serve")
        const path = "/api/v2/qxbzwbfq/view/All"
        const url = LanyardTest.serve(path, feed, "application/json")
        verify(url.length > 0)

        const win = createTemporaryObject(windowWithDialog, testCase)
        win.requestActivate()
        tryVerify(() => win.active)
        const dialog = win.dialog
        dialog.open()
        tryVerify(() => dialog.opened)
        const urlField = findChild(dialog.contentItem, "subscribeUrl")
        const zoneField = findChild(dialog.contentItem, "subscribeZone")
        const button = findChild(dialog.footer, "subscribeButton")
        const hint = findChild(dialog.contentItem, "subscribeZoneHint")
        verify(urlField && zoneField && button && hint)

        urlField.forceActiveFocus()
        urlField.text = url
        // The dialog lives in a window of its own, where the test's synthetic clicks do not land.
        button.clicked()
        tryVerify(() => dialog.hasFound || dialog.error.length > 0, 20000, "discovery reads the address")
        compare(dialog.error, "")
        compare(dialog.found.format, "sessionize")
        // Nothing subscribed yet: the dialog waits for the zone and says why.
        compare(dialog.needsZone, true)
        compare(dialog.working, false)
        compare(finished.count, 0)
        compare(button.enabled, false, "Subscribe waits for a zone")
        verify(hint.text.indexOf("Sessionize") >= 0, hint.text)
        tryVerify(() => zoneField.activeFocus, 2000, "the zone field has the focus")
        compare(LanyardTest.requestsFor(path), 1)

        zoneField.editText = "Europe/Vienna"
        tryCompare(button, "enabled", true)
        button.clicked()
        tryCompare(finished, "count", 1, 30000)
        const report = finished.signalArguments[0][0]
        verify(report.ok, report.message)
        verify(report.eventCount > 0)
        tryVerify(() => !dialog.opened)
        compare(LanyardTest.requestsFor(path), 1, "subscribing reads what discovery downloaded, once")
        compare(Sync.removeConference(report.conferenceId), "")
    }
}
