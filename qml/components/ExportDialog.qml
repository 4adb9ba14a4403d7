pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Lanyard

/**
 * Where to save an export or a backup: a file name (a full path or "~/…" works too), the folder,
 * and the format. Lanyard's own dialog rather than Qt 6.4's save dialog, which lost the "file:"
 * of a typed name, glued a typed full path to the folder and emptied the name on a folder change.
 */
Dialog {
    id: root

    /** Does the writing and reports in its message. */
    required property AgendaFiles agendaFiles
    /** Formats to offer: [{ name: "ics", label: "iCalendar (.ics)" }, …]. */
    property var formats: []
    property bool allConferences: false
    property string acceptLabel: qsTr("Export")
    readonly property string format: root.formats.length > 0 ? root.formats[Math.max(0, formatBox.currentIndex)].name : ""
    property url folder: root.agendaFiles.defaultFolder()
    /** The file the export goes to, as typed and chosen. */
    readonly property url target: root.agendaFiles.fileIn(root.folder, nameField.text.trim())

    /** Writes `target` in `format`; true when done (AgendaFiles reports either way). */
    property var save: (target, format, allConferences) => root.agendaFiles.exportTo(target, format, allConferences)
    /** The name the dialog offers first. */
    property var suggestName: (format, allConferences) => root.agendaFiles.suggestedName(format, allConferences)

    signal exported()

    /** Opens with the suggested name in the folder used last. */
    function choose() {
        root.agendaFiles.clearMessage()
        nameField.text = root.suggestName(root.format, root.allConferences)
        root.open()
        nameField.forceActiveFocus()
        // The name without its suffix is selected: typing replaces it.
        nameField.select(0, Math.max(0, nameField.text.lastIndexOf(".")))
    }

    modal: true
    // A click beside the dialog must not throw away the typed name and folder: Escape or Cancel.
    closePolicy: Popup.CloseOnEscape
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(620, (parent ? parent.width : 620) - 40)
    padding: 16
    focus: true

    FolderDialog {
        id: folderPicker
        title: qsTr("Choose a folder")
        currentFolder: root.folder
        onAccepted: root.folder = folderPicker.selectedFolder
    }

    contentItem: GridLayout {
        columns: 3
        columnSpacing: 12
        rowSpacing: 8

        Label {
            text: qsTr("Format")
            font.bold: true
            visible: root.formats.length > 1
        }
        ComboBox {
            id: formatBox
            objectName: "exportFormat"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: root.formats.length > 1
            model: root.formats.map(entry => entry.label)
            Accessible.name: qsTr("Format")
            onActivated: {
                // The name follows the format when it ends with another format's suffix.
                const name = nameField.text
                const dot = name.lastIndexOf(".")
                const suffixes = root.formats.map(entry => entry.name)
                if (dot > 0 && suffixes.indexOf(name.slice(dot + 1)) >= 0)
                    nameField.text = name.slice(0, dot + 1) + root.format
            }
        }

        Label {
            text: qsTr("Name")
            font.bold: true
        }
        TextField {
            id: nameField
            objectName: "exportName"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("A file name, or a full path")
            Accessible.name: qsTr("File name")
            onAccepted: if (exportButton.enabled) exportButton.clicked()
        }

        Label {
            text: qsTr("Folder")
            font.bold: true
        }
        Label {
            objectName: "exportFolder"
            Layout.fillWidth: true
            text: decodeURIComponent(root.folder.toString().replace(/^file:\/\//, ""))
            textFormat: Text.PlainText
            elide: Text.ElideMiddle
        }
        Button {
            text: qsTr("Choose…")
            onClicked: folderPicker.open()
            Accessible.name: qsTr("Choose the folder")
        }

        Label {
            objectName: "exportTarget"
            Layout.columnSpan: 3
            Layout.fillWidth: true
            visible: nameField.text.trim().length > 0
            text: qsTr("Saved as %1").arg(decodeURIComponent(root.target.toString().replace(/^file:\/\//, "")))
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            opacity: 0.75
        }
        Label {
            objectName: "exportError"
            Layout.columnSpan: 3
            Layout.fillWidth: true
            visible: root.opened && root.agendaFiles.failed && root.agendaFiles.message.length > 0
            text: root.agendaFiles.message
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: StatusColors.warningText
            Accessible.role: Accessible.AlertMessage
        }
    }

    footer: DialogButtonBox {
        Button {
            id: exportButton
            objectName: "exportButton"
            text: root.acceptLabel
            highlighted: true
            enabled: nameField.text.trim().length > 0
            onClicked: {
                // On failure the dialog stays, saying why, for another name or folder.
                if (root.save(root.target, root.format, root.allConferences)) {
                    root.close()
                    root.exported()
                }
            }
        }
        Button {
            text: qsTr("Cancel")
            onClicked: root.close()
        }
    }
}
