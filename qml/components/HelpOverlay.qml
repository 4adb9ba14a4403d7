pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** Every keyboard shortcut, on F1 or "?". The pages' own shortcuts come from the sidebar. */
Popup {
    id: root

    /** [{ label, shortcut }] of the sidebar's pages. */
    property var pages: []

    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 80 : 640, 680)
    height: Math.min(parent ? parent.height - 60 : 640, column.implicitHeight + 2 * padding)
    padding: 20

    readonly property var groups: [
        { title: qsTr("Anywhere"), keys: [
            { keys: "F1, ?", what: qsTr("Show this list") },
            { keys: "Ctrl+1 … Ctrl+9", what: qsTr("Show the first, second, … day of the conference") },
            { keys: "Ctrl+T", what: qsTr("Timetable: rooms side by side") },
            { keys: "Ctrl+L", what: qsTr("List: events by time slot") },
            { keys: "Ctrl+O", what: qsTr("Import a schedule file (or drop one on the window)") },
            { keys: "Ctrl+P", what: qsTr("Print my agenda or a day of the programme, or save it as PDF") },
            { keys: qsTr("Esc, Alt+Left"), what: qsTr("Back (from an event to the schedule)") },
            { keys: "Tab, Shift+Tab", what: qsTr("Move between the parts of the window") },
            { keys: "Ctrl+Q", what: qsTr("Quit") }
        ] },
        { title: qsTr("In the schedule"), keys: [
            { keys: qsTr("Arrow keys"), what: qsTr("Move from event to event") },
            { keys: qsTr("Enter"), what: qsTr("Open the event") },
            { keys: qsTr("Space"), what: qsTr("Bookmark the event, or remove the bookmark") },
            { keys: qsTr("Menu, Shift+F10"), what: qsTr("The event's menu: must see or maybe, a trip after it, hide its room or track, copy its link (also a right click)") },
            { keys: "Ctrl++, Ctrl+-", what: qsTr("Zoom the timetable in or out: longer hours, wider rooms") },
            { keys: "Ctrl+J", what: qsTr("Timetable with more rooms than fit: jump to a room") }
        ] },
        { title: qsTr("On the pages"), keys: [
            { keys: "Ctrl+D", what: qsTr("Schedule, event, My agenda: bookmark the event, or remove the bookmark") },
            { keys: "Ctrl+E", what: qsTr("My agenda: export to a calendar, spreadsheet or document file") },
            { keys: "V", what: qsTr("My agenda: open the recording of the selected talk") },
            { keys: "W", what: qsTr("Catch up: mark the selected recording as watched") },
            { keys: "B", what: qsTr("Now & Next: only the events you bookmarked, or every room again") },
            { keys: "Ctrl+N", what: qsTr("Trips: plan a new side trip") },
            { keys: "M", what: qsTr("Trips: open the trip's place in OpenStreetMap") }
        ] },
        { title: qsTr("On the Conferences page"), keys: [
            { keys: "Ctrl+Shift+N", what: qsTr("Subscribe to a conference's programme") },
            { keys: "F5", what: qsTr("Refresh every subscribed programme now") }
        ] },
        { title: qsTr("In lists, menus and dialogs"), keys: [
            { keys: qsTr("Space, Enter"), what: qsTr("Press the button or tick the box that has the focus") },
            { keys: qsTr("Esc"), what: qsTr("Close the dialog or menu") }
        ] }
    ]

    component ShortcutRow: RowLayout {
        id: row
        required property string keys
        required property string what
        Layout.fillWidth: true
        spacing: 16
        Accessible.role: Accessible.StaticText
        Accessible.name: row.keys + ": " + row.what
        Label {
            textFormat: Text.PlainText
            text: row.keys
            font.family: "monospace"
            font.bold: true
            Layout.preferredWidth: 170
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            text: row.what
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
    }

    contentItem: ScrollView {
        id: scroll
        contentWidth: availableWidth
        clip: true
        ColumnLayout {
            id: column
            width: scroll.availableWidth
            spacing: 6
            RowLayout {
                Layout.fillWidth: true
                HeadingLabel {
                    text: qsTr("Keyboard shortcuts")
                    font.pixelSize: 20
                    font.bold: true
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Close")
                    onClicked: root.close()
                    Accessible.name: qsTr("Close the list of shortcuts")
                }
            }
            HeadingLabel {
                text: qsTr("Pages")
                font.bold: true
                Layout.topMargin: 8
            }
            Repeater {
                model: root.pages
                delegate: ShortcutRow {
                    required property var modelData
                    keys: modelData.shortcut
                    what: modelData.label
                }
            }
            Repeater {
                model: root.groups
                delegate: ColumnLayout {
                    id: group
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 6
                    HeadingLabel {
                        textFormat: Text.PlainText
                        text: group.modelData.title
                        font.bold: true
                        Layout.topMargin: 8
                    }
                    Repeater {
                        model: group.modelData.keys
                        delegate: ShortcutRow {
                            required property var modelData
                            keys: modelData.keys
                            what: modelData.what
                        }
                    }
                }
            }
        }
    }
}
