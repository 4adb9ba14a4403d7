pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * Asks before a file opened with Lanyard changes anything: what the file holds (conference,
 * dates, how many days, rooms and events) and whether it updates a conference already here.
 * Opens by itself whenever the Importer has a file waiting.
 */
Dialog {
    id: root

    /** Emitted after an import with its one-line summary, or why it failed. */
    signal imported(bool ok, string message)

    readonly property var preview: Importer.preview
    readonly property bool readable: root.preview.ok === true

    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 80 : 520, 560)
    title: root.readable ? qsTr("Import a programme?") : qsTr("Cannot import this file")
    // Every way out is a decision: Import (accepted) or Skip, Close and Escape (rejected: a
    // dialog closed by Escape is rejected).
    closePolicy: Popup.CloseOnEscape

    onAccepted: Importer.accept()
    onRejected: Importer.reject()

    function follow() {
        if (Importer.pending)
            root.open()
        else if (root.visible)
            root.close()
    }
    Component.onCompleted: root.follow()

    Connections {
        target: Importer
        function onCurrentChanged() {
            // After a decision the dialog closes; the next file (if any) opens it again.
            Qt.callLater(root.follow)
        }
        function onFinished(ok: bool, message: string) {
            root.imported(ok, message)
        }
    }

    contentItem: ColumnLayout {
        spacing: 10

        Label {
            Layout.fillWidth: true
            text: root.preview.fileName ?? ""
            font.bold: true
            elide: Text.ElideMiddle
            textFormat: Text.PlainText
            Accessible.name: qsTr("File: %1").arg(text)
        }

        GridLayout {
            visible: root.readable
            columns: 2
            columnSpacing: 12
            rowSpacing: 4
            Layout.fillWidth: true

            Label { text: qsTr("Conference"); opacity: 0.75 }
            Label {
                Layout.fillWidth: true
                text: root.preview.title ?? ""
                font.bold: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Label { text: qsTr("Dates"); opacity: 0.75 }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: Format.dateRange(root.preview.start ?? "", root.preview.end ?? "")
                      + (root.preview.timeZone ? "  ·  " + root.preview.timeZone : "")
                wrapMode: Text.Wrap
            }
            Label { text: qsTr("Where"); opacity: 0.75; visible: !!root.preview.venue }
            Label {
                Layout.fillWidth: true
                visible: !!root.preview.venue
                text: root.preview.venue ?? ""
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Label { text: qsTr("Contents"); opacity: 0.75 }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("%n day(s)", "", root.preview.days ?? 0) + ", " + qsTr("%n room(s)", "", root.preview.rooms ?? 0)
                      + ", " + qsTr("%n event(s)", "", root.preview.events ?? 0)
                wrapMode: Text.Wrap
            }
            Label { text: qsTr("Format"); opacity: 0.75 }
            Label { textFormat: Text.PlainText; text: root.preview.format ?? "" }
        }

        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: root.readable && (root.preview.warnings ?? 0) > 0
            text: qsTr("The file has %n problem(s) that were repaired or skipped.", "", root.preview.warnings ?? 0)
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.readable && root.preview.replaces === true
            text: qsTr("You already have this conference. Its programme will be replaced by this file; your bookmarks, notes and ratings stay.")
            wrapMode: Text.Wrap
            font.italic: true
        }
        Label {
            Layout.fillWidth: true
            visible: !root.readable
            text: root.preview.error ?? ""
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Preferences.dark ? "#ff9b9b" : "#a4161a"
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            visible: Importer.queueLength > 1
            text: qsTr("%n more file(s) after this one.", "", Importer.queueLength - 1)
            opacity: 0.75
        }
    }

    footer: DialogButtonBox {
        // Buttons take Space; Enter accepts the dialog, as in every desktop dialog.
        Keys.onReturnPressed: if (root.readable) root.accept()
        Keys.onEnterPressed: if (root.readable) root.accept()
        Button {
            id: importButton
            visible: root.readable
            text: qsTr("Import")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            Accessible.name: qsTr("Import %1").arg(root.preview.title ?? "")
        }
        Button {
            text: root.readable ? qsTr("Skip") : qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: root.readable ? qsTr("Do not import this file") : qsTr("Close")
        }
    }

    onOpened: {
        if (root.readable)
            importButton.forceActiveFocus(Qt.TabFocusReason)
    }
}
