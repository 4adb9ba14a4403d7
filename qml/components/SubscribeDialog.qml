pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * Subscribe to a conference's published programme: its address, and the time zone to use when
 * the feed names none. Stays open while the first sync runs and shows why it failed; on success
 * it closes and the import report tells what came in.
 */
Dialog {
    id: root

    property bool working: false
    property string error: ""

    function start() {
        if (!subscribeButton.enabled)
            return
        root.error = Sync.subscribe(urlField.text, zoneField.zone)
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
        urlField.forceActiveFocus()
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
            text: qsTr("A schedule.xml, schedule.json or iCalendar (.ics) link, as pretalx, frab, FOSDEM and most conference sites publish it.")
            wrapMode: Text.Wrap
            opacity: 0.75
        }
        TextField {
            id: urlField
            Layout.fillWidth: true
            enabled: !root.working
            placeholderText: "https://example.org/schedule.xml"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            selectByMouse: true
            Accessible.name: qsTr("Address of the programme")
            onAccepted: root.start()
        }
        Label {
            text: qsTr("Time zone (optional)")
            font.bold: true
            Layout.topMargin: 6
        }
        TimeZoneField {
            id: zoneField
            Layout.fillWidth: true
            enabled: !root.working
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Used only when the feed names no time zone of its own.")
            wrapMode: Text.Wrap
            opacity: 0.75
        }
        RowLayout {
            visible: root.working
            Layout.topMargin: 6
            BusyIndicator {
                running: root.working
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
            }
            Label {
                text: qsTr("Fetching and reading the programme…")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.error.length > 0
            text: root.error
            color: "#b71c1c"
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Accessible.role: Accessible.AlertMessage
        }
    }

    footer: DialogButtonBox {
        Button {
            id: subscribeButton
            text: qsTr("Subscribe")
            enabled: !root.working && urlField.text.trim().length > 0 && zoneField.valid
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
