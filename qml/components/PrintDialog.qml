pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * Print (Ctrl+P): the agenda in time order, or a day of the programme as a timetable, to a
 * printer or into a PDF file. For a PDF the window then opens the export dialog (savePdfRequested),
 * so a typed name or path works as it does for every other file the window saves.
 */
Dialog {
    id: root

    /** The day to offer (YYYY-MM-DD): the one the schedule shows. */
    property string day
    /** Where success is told (the window's status line). */
    signal done(string message)
    /** Save as PDF was chosen: the window asks for the file (a popup cannot open from a closed one). */
    signal savePdfRequested()

    readonly property string kind: agendaChoice.checked ? "agenda" : "day"
    readonly property string chosenDay: dayBox.currentIndex >= 0 ? App.days[dayBox.currentIndex] : ""
    property var printerNames: []
    readonly property bool toPdf: destination.currentIndex <= 0
    property bool savePdfNext: false

    onClosed: {
        if (root.savePdfNext) {
            root.savePdfNext = false
            root.savePdfRequested()
        }
    }

    /** Opens on `kind` ("agenda" or "day"). */
    function choose(kind: string) {
        root.printerNames = printers.printers()
        agendaChoice.checked = kind !== "day"
        dayChoice.checked = kind === "day"
        dayBox.currentIndex = Math.max(0, App.days.indexOf(root.day))
        destination.currentIndex = 0
        printers.clearMessage()
        root.open()
        if (agendaChoice.checked)
            agendaChoice.forceActiveFocus()
        else
            dayChoice.forceActiveFocus()
    }

    title: qsTr("Print")
    objectName: "printDialog"
    modal: true
    closePolicy: Popup.CloseOnEscape
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, (parent ? parent.width : 560) - 40)
    padding: 16
    focus: true

    PrinterOutput {
        id: printers
        appController: App
    }

    contentItem: ColumnLayout {
        spacing: 8

        Label {
            text: qsTr("What")
            font.bold: true
        }
        RadioButton {
            id: agendaChoice
            objectName: "printAgenda"
            text: qsTr("My agenda, in time order")
            checked: true
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            RadioButton {
                id: dayChoice
                objectName: "printDay"
                text: qsTr("The programme of a day, as a timetable:")
            }
            ComboBox {
                id: dayBox
                objectName: "printDayChoice"
                Layout.fillWidth: true
                enabled: dayChoice.checked
                model: App.days.map(date => Format.dayLabel(date))
                Accessible.name: qsTr("Day")
            }
        }

        Label {
            text: qsTr("Where")
            font.bold: true
            Layout.topMargin: 6
        }
        ComboBox {
            id: destination
            objectName: "printDestination"
            Layout.fillWidth: true
            model: [qsTr("A PDF file")].concat(root.printerNames)
            Accessible.name: qsTr("Printer, or a PDF file")
        }
        Label {
            Layout.fillWidth: true
            visible: root.printerNames.length === 0
            text: qsTr("No printer is set up on this computer; save a PDF and print it from elsewhere.")
            wrapMode: Text.Wrap
            opacity: 0.75
        }
        RowLayout {
            visible: !root.toPdf
            Label { text: qsTr("Copies") }
            SpinBox {
                id: copies
                from: 1
                to: 99
                value: 1
                Accessible.name: qsTr("Copies")
            }
        }
        Label {
            objectName: "printError"
            Layout.fillWidth: true
            visible: root.opened && printers.failed
            text: printers.message
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: StatusColors.warningText
            Accessible.role: Accessible.AlertMessage
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "printButton"
            // Not the box's accept: it would close the dialog before this handler runs.
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            text: root.toPdf ? qsTr("Save as PDF…") : qsTr("Print")
            highlighted: true
            onClicked: {
                if (root.toPdf) {
                    // The file dialog opens once this one has closed (one modal dialog at a time).
                    root.savePdfNext = true
                    root.close()
                } else if (printers.print(root.printerNames[destination.currentIndex - 1], root.kind, root.chosenDay, false,
                                          copies.value)) {
                    root.close()
                    root.done(printers.message)
                }
            }
        }
        Button {
            text: qsTr("Cancel")
            onClicked: root.close()
        }
    }
}
