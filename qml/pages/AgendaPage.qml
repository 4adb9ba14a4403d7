// No "pragma ComponentBehavior: Bound": with it, Qt 6.4 cannot create ListView section delegates.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Lanyard

/**
 * My agenda: everything bookmarked and every side trip, per day in time order, with conflicts,
 * free time, room changes and recordings; export (iCalendar, CSV, Markdown), backup and restore.
 */
Page {
    id: root

    title: qsTr("My agenda")

    AgendaModel {
        id: agenda
        appController: App
        tripController: Trips
        allConferences: allSwitch.checked
    }
    AgendaFiles {
        id: files
        appController: App
    }

    function openCurrent() {
        if (list.currentIndex >= 0)
            Navigation.openEvent(agenda.idAt(list.currentIndex))
    }
    function currentData(role: string): var {
        const item = list.currentItem as AgendaRow
        return item ? item[role] : undefined
    }

    header: PageHeader {
        title: root.title
        summary: agenda.count === 0 ? "" : (qsTr("%n item(s)", "", agenda.count)
                 + (agenda.conflictCount > 0 ? qsTr(" · %n in conflict", "", agenda.conflictCount) : ""))
        summaryWarns: agenda.conflictCount > 0
        CheckBox {
            id: allSwitch
            text: qsTr("All conferences")
            visible: App.conferences.count > 1
            Accessible.name: qsTr("Show the bookmarks of all conferences")
        }
        Button {
            text: qsTr("Export…")
            icon.name: "document-save-as"
            onClicked: exportDialog.choose()
            Accessible.name: qsTr("Export the agenda to a calendar, spreadsheet or document file")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("iCalendar, CSV or Markdown (Ctrl+E)")
        }
        Button {
            text: qsTr("Print…")
            icon.name: "document-print"
            onClicked: Navigation.printRequested("agenda")
            Accessible.name: qsTr("Print my agenda, or save it as PDF")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Print, or save as PDF (Ctrl+P)")
        }
        Button {
            text: qsTr("Back up…")
            icon.name: "document-save"
            onClicked: backupDialog.choose()
            Accessible.name: qsTr("Save a backup of bookmarks, notes, ratings, watched marks, trips and places")
        }
        Button {
            text: qsTr("Restore…")
            icon.name: "document-revert"
            onClicked: restoreDialog.open()
            Accessible.name: qsTr("Restore a backup, or bookmark the events of a calendar file")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("A Lanyard backup (.json) or another app's calendar (.ics)")
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillWidth: true
            visible: files.message.length > 0
            padding: 8
            background: Rectangle { color: files.failed ? "#f8d7da" : "#d4edda" }
            RowLayout {
                anchors.fill: parent
                Label {
                    Layout.fillWidth: true
                    text: files.message
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    Accessible.role: Accessible.AlertMessage
                }
                Button {
                    text: qsTr("OK")
                    onClicked: files.clearMessage()
                }
            }
        }

        EventListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            focus: true
            model: agenda
            currentIndex: agenda.count > 0 ? 0 : -1
            Accessible.name: qsTr("My agenda")

            onActivated: root.openCurrent()
            onToggleRequested: row => App.toggleBookmark(agenda.idAt(row), root.currentData("conferenceId"))
            onRemoveRequested: row => {
                if (root.currentData("cancelled"))
                    App.dismissCancelled(agenda.idAt(row), root.currentData("conferenceId"))
            }
            Keys.onPressed: event => {
                if (event.key === Qt.Key_V && list.currentIndex >= 0 && root.currentData("hasVideo")) {
                    App.openLink(root.currentData("videoUrl"))
                    event.accepted = true
                }
            }

            section.property: "section"
            section.criteria: ViewSection.FullString
            section.delegate: DaySectionHeader {
                width: list.width
                model: agenda
            }

            delegate: AgendaRow {
                width: ListView.view.width
                current: ListView.isCurrentItem && list.showsCurrent
                onOpenRequested: {
                    list.focusRow(index)
                    Navigation.openEvent(eventId)
                }
                onPlanTripRequested: (start, end) => Navigation.showPage("trips", { newTripSlot: { start: start, end: end } })
            }
        }

        Label {
            Layout.fillWidth: true
            visible: agenda.count > 0
            padding: 6
            text: qsTr("Enter opens (a trip: its editor) · Space removes the bookmark · V plays the recording · Delete dismisses a cancelled event")
            opacity: 0.6
            font.pixelSize: 12
            // Wrapped, not cut: in German or a narrow window the last keys were lost.
            wrapMode: Text.Wrap
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        visible: agenda.count === 0
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Nothing bookmarked yet.")
            font.pixelSize: 16
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Star talks in the schedule (Space or Ctrl+D), or restore a backup.")
            opacity: 0.75
        }
    }

    ExportDialog {
        id: exportDialog
        objectName: "exportDialog"
        title: qsTr("Export my agenda")
        agendaFiles: files
        allConferences: allSwitch.checked
        formats: [{ name: "ics", label: qsTr("iCalendar (.ics)") }, { name: "csv", label: qsTr("CSV spreadsheet (.csv)") },
                  { name: "md", label: qsTr("Markdown document (.md)") }]
    }
    ExportDialog {
        id: backupDialog
        objectName: "backupDialog"
        title: qsTr("Back up bookmarks, notes, ratings and trips")
        acceptLabel: qsTr("Save backup")
        agendaFiles: files
        // The backup holds every conference's user data: it is what a second laptop needs.
        allConferences: true
        formats: [{ name: "json", label: qsTr("Lanyard backup (.json)") }]
    }
    FileDialog {
        id: restoreDialog
        title: qsTr("Restore a backup or a calendar")
        fileMode: FileDialog.OpenFile
        acceptLabel: qsTr("Restore")
        nameFilters: [qsTr("Backups and calendars (*.json *.ics)"), qsTr("All files (*)")]
        currentFolder: files.defaultFolder()
        onAccepted: files.restoreFrom(selectedFile, allSwitch.checked)
    }

    // Only while this page is on top (an event page opened from here has its own Ctrl+D).
    Shortcut {
        sequence: "Ctrl+E"
        enabled: root.StackView.status === StackView.Active
        onActivated: exportDialog.choose()
    }
    Shortcut {
        sequence: "Ctrl+D"
        enabled: root.StackView.status === StackView.Active && list.currentIndex >= 0
        onActivated: App.toggleBookmark(agenda.idAt(list.currentIndex), root.currentData("conferenceId"))
    }
}
