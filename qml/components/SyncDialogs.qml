pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * The window-wide side of importing and syncing: the import report, the notice of what an update
 * changed in the user's agenda, progress while a file is read, and Ctrl+O to import a file.
 */
Item {
    id: root

    /** Imports a dropped or opened file (no time zone: the report offers one if needed). */
    function importFile(url: url) {
        Sync.importFile(url, "")
    }

    Connections {
        target: Sync
        function onImportFinished(report: var) {
            (reportDialog.get() as ImportReportDialog).show(report)
        }
        function onSubscribeFinished(report: var) {
            if (report.ok)
                (reportDialog.get() as ImportReportDialog).show(report)
        }
        function onUpdateArrived(conferenceId: string, title: string, yourChanges: var, changeCount: int) {
            if (yourChanges.length > 0)
                (notice.get() as UpdateNotice).show(conferenceId, title, yourChanges, changeCount)
        }
    }

    // Made when first needed (MadeOnDemand), not with the window.
    MadeOnDemand {
        id: importDialog
        parentObject: root
        component: Component {
            ImportFileDialog {}
        }
    }
    MadeOnDemand {
        id: reportDialog
        parentObject: root
        component: Component {
            ImportReportDialog {
                objectName: "importReportDialog"
            }
        }
    }
    MadeOnDemand {
        id: notice
        parentObject: root
        component: Component {
            UpdateNotice {}
        }
    }

    Popup {
        id: importProgress
        parent: Overlay.overlay
        x: (parent ? parent.width - width : 0) / 2
        y: (parent ? parent.height - height : 0) - 24
        visible: Sync.importing
        closePolicy: Popup.NoAutoClose
        padding: 10
        contentItem: RowLayout {
            spacing: 10
            BusyIndicator {
                running: Sync.importing
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
            }
            Label {
                textFormat: Text.PlainText
                text: Sync.importStatus
                Accessible.role: Accessible.StaticText
            }
        }
    }

    Shortcut {
        sequence: StandardKey.Open
        onActivated: (importDialog.get() as ImportFileDialog).choose()
    }
}
