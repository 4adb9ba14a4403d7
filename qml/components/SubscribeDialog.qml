pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * Subscribe to a conference's published programme: its address (the feed, or the conference's
 * web page, where Lanyard looks for the feed first and shows what it found), and the time zone to
 * use when the feed names none. Stays open while the first sync runs and shows why it failed; on
 * success it closes and the import report tells what came in.
 */
Dialog {
    id: root

    property bool working: false
    property bool searching: false
    property string error: ""
    /** What discovery found for the address typed: {typed, feedUrl, pageUrl, format, how, viaPage}; empty when not searched. */
    property var found: ({})
    readonly property bool hasFound: root.found.feedUrl !== undefined && root.found.typed === urlField.text.trim()
    /** What was found gives its times without a zone (Sessionize): the zone must be picked first. */
    readonly property bool needsZone: root.hasFound && root.found.format === "sessionize"

    function start() {
        if (!subscribeButton.enabled)
            return
        root.error = ""
        if (!root.hasFound) {
            root.error = Sync.findFeed(urlField.text.trim())
            root.searching = root.error.length === 0
            return
        }
        subscribeFound()
    }

    function subscribeFound() {
        root.error = Sync.subscribe(root.found.feedUrl, zoneField.zone, root.found.viaPage ? root.found.pageUrl : "")
        root.working = root.error.length === 0
    }

    title: qsTr("Subscribe to a conference")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(600, (parent ? parent.width : 600) - 40)
    padding: 16
    closePolicy: Popup.CloseOnEscape

    onOpened: {
        urlField.text = ""
        zoneField.clear()
        root.error = ""
        root.working = false
        root.searching = false
        root.found = ({})
        urlField.forceActiveFocus()
    }
    onClosed: {
        // Stops a search still running, and lets go of a programme found but not subscribed to.
        Sync.cancelFindFeed()
        root.searching = false
    }

    Connections {
        target: Sync
        enabled: root.searching
        function onFeedFound(result: var) {
            root.searching = false
            if (!result.ok) {
                root.found = ({})
                root.error = result.message
                return
            }
            // The address typed may be normalised ("https://" added): compare against what the field says.
            root.found = Object.assign({}, result, { typed: urlField.text.trim() })
            if (root.needsZone && zoneField.zone.length === 0)
                zoneField.forceActiveFocus() // the hint below says why; Subscribe waits for the zone
            else if (!result.viaPage)
                root.subscribeFound() // the address is the feed itself: nothing to confirm
        }
    }

    Connections {
        target: Sync
        enabled: root.working
        function onSubscribeFinished(report: var) {
            root.working = false
            if (report.ok)
                root.close()
            else
                root.error = report.message
        }
    }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            text: qsTr("Address of the conference's programme")
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("The conference's web page, or a schedule.xml, schedule.json, Sessionize or iCalendar (.ics) link, as pretalx, frab, Indico, FOSDEM and most conference sites publish it.")
            wrapMode: Text.Wrap
            opacity: 0.75
        }
        TextField {
            id: urlField
            objectName: "subscribeUrl"
            Layout.fillWidth: true
            enabled: !root.working && !root.searching
            placeholderText: "https://example.org/schedule.xml"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            selectByMouse: true
            Accessible.name: qsTr("Address of the programme")
            onAccepted: root.start()
        }
        Label {
            text: root.needsZone ? qsTr("Time zone (needed for this programme)") : qsTr("Time zone (optional)")
            font.bold: true
            Layout.topMargin: 6
        }
        TimeZoneField {
            id: zoneField
            objectName: "subscribeZone"
            Layout.fillWidth: true
            enabled: !root.working
        }
        Label {
            objectName: "subscribeZoneHint"
            Layout.fillWidth: true
            text: root.needsZone
                  ? qsTr("This is a Sessionize programme: its times carry no time zone. Pick the zone of the conference's venue (Europe/Vienna, say); Lanyard never guesses it from this computer.")
                  : qsTr("Used only when the feed names no time zone of its own.")
            wrapMode: Text.Wrap
            opacity: root.needsZone ? 1 : 0.75
            font.bold: root.needsZone && zoneField.zone.length === 0
            textFormat: Text.PlainText
        }
        Label {
            objectName: "subscribeFound"
            Layout.fillWidth: true
            Layout.topMargin: 6
            visible: root.hasFound && (root.found.viaPage || root.needsZone)
            text: root.hasFound ? qsTr("Found the programme (%1) at:\n%2").arg(root.found.format).arg(root.found.feedUrl) : ""
            wrapMode: Text.WrapAnywhere
            textFormat: Text.PlainText
        }
        RowLayout {
            visible: root.working || root.searching
            Layout.topMargin: 6
            BusyIndicator {
                running: root.working || root.searching
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
            }
            Label {
                text: root.searching ? qsTr("Looking for the schedule…") : qsTr("Fetching and reading the programme…")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.error.length > 0
            text: root.error
            color: StatusColors.warningText
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Accessible.role: Accessible.AlertMessage
        }
    }

    footer: DialogButtonBox {
        Button {
            id: subscribeButton
            objectName: "subscribeButton"
            text: root.hasFound || root.searching ? qsTr("Subscribe") : qsTr("Find and subscribe")
            enabled: !root.working && !root.searching && urlField.text.trim().length > 0 && zoneField.valid
                     && !(root.needsZone && zoneField.zone.length === 0)
            highlighted: true
            onClicked: root.start()
        }
        Button {
            text: root.working ? qsTr("Close") : qsTr("Cancel")
            onClicked: root.close()
            ToolTip.visible: hovered && root.working
            ToolTip.text: qsTr("The subscription goes on in the background.")
        }
    }
}
