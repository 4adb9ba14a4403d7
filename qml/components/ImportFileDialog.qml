pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Lanyard

/** Import a schedule file: which file, and the time zone to use when the file names none. */
Dialog {
    id: root
    objectName: "importFileDialog"

    property url file: ""

    /** Opens the dialog and at once the file picker. */
    function choose() {
        root.file = ""
        zoneField.clear()
        root.open()
        picker.open()
    }

    title: qsTr("Import a schedule file")
    modal: true
    // Only Escape or Cancel close it: a click outside (the end of a double-click in the chooser
    // above it) must not throw away the chosen file.
    closePolicy: Popup.CloseOnEscape
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(600, (parent ? parent.width : 600) - 40)
    padding: 16

    FileDialog {
        id: picker
        objectName: "importFilePicker"
        title: qsTr("Choose a schedule file")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Schedules (*.xml *.json *.ics *.ical)"), qsTr("All files (*)")]
        onAccepted: root.file = picker.selectedFile
    }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            text: qsTr("File")
            font.bold: true
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                Layout.fillWidth: true
                readOnly: true
                text: root.file.toString().length > 0 ? decodeURIComponent(root.file.toString().replace(/^file:\/\//, "")) : ""
                placeholderText: qsTr("No file chosen")
                Accessible.name: qsTr("Chosen file")
            }
            Button {
                text: qsTr("Choose…")
                onClicked: picker.open()
                Accessible.name: qsTr("Choose a schedule file")
            }
        }
        Label {
            text: qsTr("Time zone (optional)")
            font.bold: true
            Layout.topMargin: 6
        }
        TimeZoneField {
            id: zoneField
            Layout.fillWidth: true
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Used only when the file names no time zone of its own. schedule.xml, schedule.json and iCalendar files are recognised by their content.")
            wrapMode: Text.Wrap
            opacity: 0.75
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "importFileButton"
            text: qsTr("Import")
            highlighted: true
            enabled: root.file.toString().length > 0 && zoneField.valid
            onClicked: {
                Sync.importFile(root.file, zoneField.zone)
                root.close()
            }
        }
        Button {
            text: qsTr("Cancel")
            onClicked: root.close()
        }
    }
}
