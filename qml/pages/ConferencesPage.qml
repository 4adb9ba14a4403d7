pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * The conferences in Lanyard and where each comes from: a subscription (with its last sync,
 * progress while fetching, the last error, "Refresh now" and "Change address"), a file, or the
 * bundled programme. Subscribe, import a file, or remove a conference from here.
 */
Page {
    id: root

    title: qsTr("Conferences")

    header: PageHeader {
        title: qsTr("Conferences")
        Button {
            text: qsTr("Subscribe…")
            icon.name: "list-add"
            highlighted: true
            onClicked: subscribeDialog.open()
            Accessible.name: qsTr("Subscribe to a conference's feed")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Follow a conference's published programme (Ctrl+Shift+N)")
        }
        Button {
            text: qsTr("Import file…")
            icon.name: "document-open"
            onClicked: importDialog.choose()
            Accessible.name: qsTr("Import a schedule file")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Import a schedule.xml, schedule.json or .ics file (Ctrl+O). You can also drop a file on the window.")
        }
        Button {
            text: qsTr("Refresh all")
            icon.name: "view-refresh"
            enabled: Sync.sources.subscriptionCount > 0
            onClicked: Sync.refreshAll()
            Accessible.name: qsTr("Refresh every subscription now")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Fetch every subscribed programme now (F5)")
        }
    }

    Shortcut {
        sequence: "Ctrl+Shift+N"
        onActivated: subscribeDialog.open()
    }
    Shortcut {
        sequence: StandardKey.Refresh
        onActivated: Sync.refreshAll()
    }

    SubscribeDialog {
        id: subscribeDialog
    }
    ImportFileDialog {
        id: importDialog
    }

    component SourceRow: ItemDelegate {
        id: row

        required property int index
        required property string conferenceId
        required property string title
        required property string start
        required property string end
        required property int eventCount
        required property string kind
        required property string source
        required property int subscriptionId
        required property string url
        required property string website
        required property date lastSuccess
        required property string lastError
        required property bool syncing
        required property string phase
        required property real progress
        required property real received
        required property bool retryPending

        readonly property bool isCurrent: row.conferenceId.length > 0 && row.conferenceId === App.conferenceId

        width: ListView.view.width
        leftInset: 12
        rightInset: 12
        topInset: 4
        bottomInset: 4
        leftPadding: 24
        rightPadding: 24
        topPadding: 16
        bottomPadding: 16
        focusPolicy: Qt.NoFocus
        background: CardBackground {
            rowPalette: row.palette
            hovered: row.hovered
            pressed: row.down
        }
        Accessible.name: row.title + (row.lastError.length > 0 ? qsTr(", last sync failed") : "")

        contentItem: ColumnLayout {
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: row.title
                    font.pixelSize: 16
                    font.bold: true
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                }
                Label {
                    visible: row.isCurrent
                    text: qsTr("Shown")
                    font.pixelSize: 11
                    padding: 3
                    background: Rectangle { radius: 3; color: row.palette.alternateBase; border.color: row.palette.mid }
                }
            }
            Label {
                textFormat: Text.PlainText
                visible: row.conferenceId.length > 0
                text: [Format.dateRange(row.start, row.end), qsTr("%n event(s)", "", row.eventCount)]
                        .filter(part => part.length > 0).join("  ·  ")
                opacity: 0.8
            }
            Label {
                Layout.fillWidth: true
                text: row.kind === "subscription" ? qsTr("Subscribed to %1").arg(row.url)
                    : row.kind === "bundled" ? qsTr("Bundled with Lanyard")
                    : qsTr("Imported from %1").arg(row.source)
                elide: Text.ElideMiddle
                textFormat: Text.PlainText
                opacity: 0.8
            }
            Label {
                Layout.fillWidth: true
                visible: row.website.length > 0
                text: qsTr("Website: %1").arg(row.website)
                elide: Text.ElideMiddle
                textFormat: Text.PlainText
                opacity: 0.8
            }
            Label {
                textFormat: Text.PlainText
                visible: row.kind === "subscription" && !row.syncing
                text: row.lastSuccess.getTime() > 0
                      ? qsTr("Last synced %1").arg(Sync.relativeTime(row.lastSuccess, App.now))
                      : qsTr("Not synced yet")
                opacity: 0.8
            }
            RowLayout {
                visible: row.syncing
                Layout.fillWidth: true
                spacing: 8
                ProgressBar {
                    Layout.preferredWidth: 200
                    indeterminate: row.progress < 0
                    value: Math.max(0, row.progress)
                    Accessible.name: qsTr("Sync progress")
                }
                Label {
                    textFormat: Text.PlainText
                    text: row.phase === "importing" ? qsTr("Reading the programme…")
                        : row.received > 0 ? qsTr("Downloading… %1").arg(Sync.byteSize(row.received))
                        : qsTr("Connecting…")
                }
            }
            Label {
                Layout.fillWidth: true
                visible: row.lastError.length > 0 && !row.syncing
                text: qsTr("Last sync failed: %1.").arg(row.lastError)
                      + (row.retryPending ? " " + qsTr("Lanyard will try again shortly.") : "")
                      + " " + qsTr("The programme you have is unchanged.")
                color: StatusColors.warningText
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            RowLayout {
                Layout.topMargin: 4
                spacing: 6
                Button {
                    visible: row.conferenceId.length > 0
                    text: qsTr("Show programme")
                    onClicked: {
                        App.conferenceId = row.conferenceId
                        Navigation.showPage("schedule", {})
                    }
                    Accessible.name: qsTr("Show the programme of %1").arg(row.title)
                }
                Button {
                    visible: row.kind === "subscription"
                    enabled: !row.syncing
                    text: qsTr("Refresh now")
                    icon.name: "view-refresh"
                    onClicked: Sync.refresh(row.subscriptionId)
                    Accessible.name: qsTr("Refresh %1 now").arg(row.title)
                }
                Button {
                    visible: row.kind === "subscription" && row.conferenceId.length > 0
                    enabled: !row.syncing
                    text: qsTr("Change address…")
                    onClicked: changeUrlDialog.ask(row.subscriptionId, row.title, row.url)
                    Accessible.name: qsTr("Change the feed address of %1").arg(row.title)
                }
                Button {
                    enabled: !(row.syncing && row.phase === "importing")
                    text: row.conferenceId.length > 0 ? qsTr("Remove…") : qsTr("Unsubscribe")
                    onClicked: {
                        if (row.conferenceId.length > 0) {
                            removeDialog.ask(row.conferenceId, row.title, row.kind === "subscription")
                        } else {
                            const error = Sync.unsubscribe(row.subscriptionId)
                            if (error.length > 0)
                                App.errorOccurred(error)
                        }
                    }
                    Accessible.name: qsTr("Remove %1").arg(row.title)
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillWidth: true
            visible: !Sync.networkMonitor
            padding: 6
            Label {
                width: parent.width
                text: qsTr("This system does not tell Lanyard when the network comes back: subscriptions refresh on start, every 30 minutes during a conference, and when you press Refresh.")
                wrapMode: Text.Wrap
                opacity: 0.7
                font.pixelSize: 12
            }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Sync.sources
            keyNavigationEnabled: true
            focus: true
            spacing: 2
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Conferences")
            delegate: SourceRow {}
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: 40
            visible: list.count === 0
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("No conferences yet. Subscribe to one, import a file, or drop a file here.")
                font.pixelSize: 16
            }
        }
    }

    Dialog {
        id: removeDialog

        property string conferenceId
        property string conferenceTitle
        property bool subscribed

        function ask(conferenceId: string, title: string, subscribed: bool) {
            removeDialog.conferenceId = conferenceId
            removeDialog.conferenceTitle = title
            removeDialog.subscribed = subscribed
            removeDialog.open()
        }

        title: qsTr("Remove %1?").arg(removeDialog.conferenceTitle)
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(520, (parent ? parent.width : 520) - 40)
        padding: 16
        contentItem: Label {
            textFormat: Text.PlainText
            text: (removeDialog.subscribed ? qsTr("Its programme and its subscription are removed from Lanyard.")
                                           : qsTr("Its programme is removed from Lanyard."))
                  + " " + qsTr("Your bookmarks, notes and ratings for it are kept, and come back if you import or subscribe to it again.")
            wrapMode: Text.Wrap
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Remove")
                onClicked: {
                    const error = Sync.removeConference(removeDialog.conferenceId)
                    removeDialog.close()
                    if (error.length > 0)
                        App.errorOccurred(error)
                }
                Accessible.name: qsTr("Remove the conference")
            }
            Button {
                text: qsTr("Keep it")
                highlighted: true
                onClicked: removeDialog.close()
            }
        }
    }

    Dialog {
        id: changeUrlDialog

        property int subscriptionId: -1
        property string conferenceTitle
        property bool working: false
        property string error

        function ask(subscriptionId: int, title: string, url: string) {
            changeUrlDialog.subscriptionId = subscriptionId
            changeUrlDialog.conferenceTitle = title
            newUrlField.text = url
            changeUrlDialog.error = ""
            changeUrlDialog.working = false
            changeUrlDialog.open()
            newUrlField.selectAll()
            newUrlField.forceActiveFocus()
        }
        function start() {
            changeUrlDialog.error = Sync.changeUrl(changeUrlDialog.subscriptionId, newUrlField.text)
            changeUrlDialog.working = changeUrlDialog.error.length === 0
        }

        title: qsTr("Change the address of %1").arg(changeUrlDialog.conferenceTitle)
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(600, (parent ? parent.width : 600) - 40)
        padding: 16
        closePolicy: Popup.CloseOnEscape

        Connections {
            target: Sync
            enabled: changeUrlDialog.working
            function onChangeUrlFinished(ok: bool, message: string) {
                changeUrlDialog.working = false
                if (ok)
                    changeUrlDialog.close()
                else
                    changeUrlDialog.error = message
            }
        }

        contentItem: ColumnLayout {
            spacing: 8
            Label {
                Layout.fillWidth: true
                text: qsTr("The conference and your bookmarks, notes and ratings stay. If the new address cannot be read, the old one is kept.")
                wrapMode: Text.Wrap
            }
            TextField {
                id: newUrlField
                Layout.fillWidth: true
                enabled: !changeUrlDialog.working
                selectByMouse: true
                Accessible.name: qsTr("New address of the programme")
                onAccepted: if (text.trim().length > 0) changeUrlDialog.start()
            }
            RowLayout {
                visible: changeUrlDialog.working
                BusyIndicator {
                    running: changeUrlDialog.working
                    Layout.preferredWidth: 28
                    Layout.preferredHeight: 28
                }
                Label { text: qsTr("Fetching from the new address…") }
            }
            Label {
                Layout.fillWidth: true
                visible: changeUrlDialog.error.length > 0
                text: changeUrlDialog.error
                color: StatusColors.warningText
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Change")
                highlighted: true
                enabled: !changeUrlDialog.working && newUrlField.text.trim().length > 0
                onClicked: changeUrlDialog.start()
            }
            Button {
                text: qsTr("Cancel")
                enabled: !changeUrlDialog.working
                onClicked: changeUrlDialog.close()
            }
        }
    }
}
