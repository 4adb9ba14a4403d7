pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** The window's header: which conference, when and where, and how the schedule is shown. */
ToolBar {
    id: root

    property string viewMode: "timetable"
    /** Whether the view switch (timetable or list) applies to what is shown. */
    property bool showsScheduleControls: true
    /** Whether the filter (tracks, rooms, types) applies to what is shown: the schedule, Now & Next. */
    property bool showsFilter: showsScheduleControls
    signal viewModeSelected(string mode)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 8
        spacing: 12

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            RowLayout {
                spacing: 8
                HeadingLabel {
                    id: titleLabel
                    text: App.conference.title ?? qsTr("No conference")
                    textFormat: Text.PlainText
                    font.pixelSize: 18
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.maximumWidth: root.width * 0.45
                }
                ComboBox {
                    id: conferenceSwitcher
                    objectName: "conferenceSwitcher"
                    visible: App.conferences.count > 1
                    model: App.conferences
                    textRole: "title"
                    valueRole: "conferenceId"
                    // The heading beside it names the conference: the box offers the others
                    // (showing the title too wrote it twice).
                    displayText: qsTr("Switch conference")
                    // Wide enough for what it says (its content item measured it short and cut it).
                    Layout.preferredWidth: Math.ceil(switchText.advanceWidth) + leftPadding + rightPadding + 16
                    TextMetrics {
                        id: switchText
                        font: conferenceSwitcher.font
                        text: conferenceSwitcher.displayText
                    }
                    // Conference titles come from feeds: plain text, never markup.
                    delegate: ItemDelegate {
                        id: conferenceItem
                        required property int index
                        required property string title
                        width: ListView.view.width
                        text: conferenceItem.title
                        highlighted: conferenceSwitcher.highlightedIndex === conferenceItem.index
                        hoverEnabled: conferenceSwitcher.hoverEnabled
                        contentItem: Label {
                            text: conferenceItem.title
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                    currentIndex: App.conferences.indexOf(App.conferenceId)
                    onActivated: App.conferenceId = currentValue
                    Accessible.name: qsTr("Conference")
                }
            }
            Label {
                objectName: "conferenceDates"
                text: {
                    // Read here so that the dates are written anew when the language changes.
                    const language = Preferences.effectiveLanguage
                    const parts = []
                    const dates = language && Format.dateRange(App.conference.start ?? "", App.conference.end ?? "")
                    if (dates)
                        parts.push(dates)
                    const place = [App.conference.venue, App.conference.city].filter(p => !!p).join(", ")
                    if (place)
                        parts.push(place)
                    if (App.conference.timeZone)
                        parts.push(Format.zoneLabel)
                    return parts.join("  ·  ")
                }
                textFormat: Text.PlainText
                opacity: 0.75
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }

        RowLayout {
            spacing: 0
            visible: root.showsScheduleControls
            // Two toggle buttons, the view shown is the checked one.
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Schedule view")
            ToolButton {
                text: qsTr("Timetable")
                icon.name: "view-calendar-week"
                checkable: true
                checked: root.viewMode === "timetable"
                onClicked: root.viewModeSelected("timetable")
                Accessible.name: text
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Rooms side by side (Ctrl+T)")
            }
            ToolButton {
                text: qsTr("List")
                icon.name: "view-list-details"
                checkable: true
                checked: root.viewMode === "list"
                onClicked: root.viewModeSelected("list")
                Accessible.name: text
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Grouped by time slot (Ctrl+L)")
            }
        }

        SearchField {
            Layout.preferredWidth: 240
        }

        ToolButton {
            id: filterButton
            objectName: "filterButton"
            visible: root.showsFilter
            text: App.filter.active ? qsTr("Filter (on)") : qsTr("Filter")
            icon.name: "view-filter"
            font.bold: App.filter.active
            onClicked: filterMenu.open()
            Accessible.name: text
            Accessible.description: qsTr("Filter the schedule by track, room and type")
            FilterMenu {
                id: filterMenu
                objectName: "filterMenu"
                y: filterButton.height
                x: filterButton.width - width
            }
        }
    }
}
