pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * Tick boxes for the tracks, rooms and types the schedule shows; kept per conference. Events
 * without a track (room, type) are an entry of their own. Each list can be shown all, none or
 * only one entry; a search narrows long lists (FOSDEM has some 70 tracks and rooms); the tracks
 * carry their colour, the legend of the timetable.
 */
Popup {
    id: root

    /** What the search field narrows the lists to (case-insensitive, anywhere in the name). */
    property string query: ""
    /** Long lists get a search field: more entries than fit on the screen at once. */
    readonly property bool searchable: App.filter.trackOptions.length + App.filter.roomOptions.length
                                       + App.filter.typeOptions.length > 12

    function matches(label: string): bool {
        return root.query.length === 0 || label.toLowerCase().indexOf(root.query.toLowerCase()) >= 0
    }

    width: Math.min(440, (root.parent ? root.parent.Window.width : 440) - 24)
    height: Math.min(contentLayout.implicitHeight + 2 * padding,
                     Math.max(240, (root.parent ? root.parent.Window.height : 640) - 80))
    padding: 12
    focus: true
    onOpened: {
        if (root.searchable)
            searchField.forceActiveFocus()
    }
    onClosed: root.query = ""

    component FilterSection: ColumnLayout {
        id: section
        objectName: "filterSection"
        required property string heading
        /** Accessible names of the section's buttons, naming what they act on ("Show all tracks"). */
        required property string showAllName
        required property string hideAllName
        /** The label of the entry for events without a value ("No track"). */
        required property string noneLabel
        required property var values
        required property int kind
        required property var hidden
        /** How a value is named (types: "Hack session" for "hack-session"). */
        property var nameOf: value => value
        /** Colour swatches before the entries (tracks). */
        property bool swatches: false
        readonly property var shownValues: section.values.filter(value => root.matches(section.label(value)))

        function label(value: string): string {
            return value.length > 0 ? section.nameOf(value) : section.noneLabel
        }

        visible: section.shownValues.length > 0
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 6
            Label {
                text: section.heading
                textFormat: Text.PlainText
                font.bold: true
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "filterAll"
                text: qsTr("All")
                enabled: section.hidden.length > 0
                onClicked: App.filter.setAllShown(section.kind, true)
                Accessible.name: section.showAllName
                PlainToolTip {
                    visible: parent.hovered
                    text: section.showAllName
                }
            }
            ToolButton {
                objectName: "filterNone"
                text: qsTr("None")
                enabled: section.values.some(value => section.hidden.indexOf(value) < 0)
                onClicked: App.filter.setAllShown(section.kind, false)
                Accessible.name: section.hideAllName
                PlainToolTip {
                    visible: parent.hovered
                    text: section.hideAllName
                }
            }
        }
        Repeater {
            // Entries only while open: FOSDEM and 36C3 have over a hundred, and a closed menu
            // need not build them again for every conference opened.
            model: root.visible ? section.shownValues : []
            // Placed by hand, not by a RowLayout: a layout that sets the height of a tick box
            // whose text wraps kept a stale height, and the entries overlapped.
            delegate: Item {
                id: entry
                required property string modelData
                readonly property string label: section.label(entry.modelData)
                Layout.fillWidth: true
                implicitHeight: Math.max(option.implicitHeight, onlyButton.implicitHeight)
                implicitWidth: option.implicitWidth + onlyButton.implicitWidth
                CheckBox {
                    id: option
                    objectName: "filterOption"
                    x: option.mirrored ? onlyButton.width : 0
                    width: entry.width - onlyButton.width
                    anchors.verticalCenter: parent.verticalCenter
                    text: entry.label
                    checked: section.hidden.indexOf(entry.modelData) < 0
                    onToggled: App.filter.setShown(section.kind, entry.modelData, checked)
                    // Names come from the feed: plain text, never markup; long ones wrap.
                    contentItem: Label {
                        id: optionLabel
                        objectName: "filterOptionLabel"
                        readonly property real indent: option.indicator ? option.indicator.width + option.spacing : 0
                        readonly property real swatchSpace: swatch.visible ? swatch.width + 6 : 0
                        leftPadding: option.mirrored ? 0 : indent + swatchSpace
                        rightPadding: option.mirrored ? indent + swatchSpace : 0
                        text: option.text
                        textFormat: Text.PlainText
                        font.italic: entry.modelData.length === 0
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                        Rectangle {
                            id: swatch
                            objectName: "filterSwatch"
                            visible: section.swatches
                            x: option.mirrored ? parent.width - optionLabel.indent - width : optionLabel.indent
                            anchors.verticalCenter: parent.verticalCenter
                            width: 14
                            height: 14
                            radius: 3
                            color: App.trackColor(entry.modelData)
                            border.color: Qt.alpha(option.palette.text, 0.35)
                        }
                    }
                }
                ToolButton {
                    id: onlyButton
                    objectName: "filterOnly"
                    x: option.mirrored ? 0 : entry.width - width
                    anchors.verticalCenter: parent.verticalCenter
                    text: qsTr("Only")
                    font.pixelSize: option.font.pixelSize * 0.9
                    // Already the only one shown: nothing to do.
                    enabled: !option.checked
                             || section.values.some(value => value !== entry.modelData && section.hidden.indexOf(value) < 0)
                    onClicked: App.filter.showOnly(section.kind, entry.modelData)
                    Accessible.name: qsTr("Show only %1").arg(entry.label)
                    // The name comes from the feed: plain text.
                    PlainToolTip {
                        visible: onlyButton.hovered
                        text: onlyButton.Accessible.name
                    }
                }
            }
        }
    }

    ColumnLayout {
        id: contentLayout
        anchors.fill: parent
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Show")
                font.pixelSize: 16
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Show all")
                enabled: App.filter.active
                onClicked: App.filter.clear()
            }
        }
        TextField {
            id: searchField
            objectName: "filterSearch"
            visible: root.searchable
            Layout.fillWidth: true
            placeholderText: qsTr("Find a track, room or type")
            selectByMouse: true
            text: root.query
            onTextEdited: root.query = text
            Keys.onEscapePressed: event => {
                if (text.length > 0) {
                    root.query = ""
                    event.accepted = true
                } else {
                    event.accepted = false
                }
            }
            Accessible.name: placeholderText
        }
        Label {
            visible: root.query.length > 0 && !tracksSection.visible && !roomsSection.visible && !typesSection.visible
            text: qsTr("No track, room or type matches.")
            opacity: 0.8
        }
        ScrollView {
            id: scrollView
            Layout.fillWidth: true
            Layout.fillHeight: true
            implicitHeight: listColumn.implicitHeight
            contentWidth: availableWidth
            ColumnLayout {
                id: listColumn
                width: scrollView.availableWidth
                FilterSection {
                    id: tracksSection
                    heading: qsTr("Tracks")
                    showAllName: qsTr("Show all tracks")
                    hideAllName: qsTr("Hide all tracks")
                    noneLabel: qsTr("No track")
                    values: App.filter.trackOptions
                    kind: ScheduleFilter.Track
                    hidden: App.filter.hiddenTracks
                    swatches: true
                    Layout.fillWidth: true
                }
                FilterSection {
                    id: roomsSection
                    heading: qsTr("Rooms")
                    showAllName: qsTr("Show all rooms")
                    hideAllName: qsTr("Hide all rooms")
                    noneLabel: qsTr("No room")
                    values: App.filter.roomOptions
                    kind: ScheduleFilter.Room
                    hidden: App.filter.hiddenRooms
                    Layout.fillWidth: true
                }
                FilterSection {
                    id: typesSection
                    heading: qsTr("Types")
                    showAllName: qsTr("Show all types")
                    hideAllName: qsTr("Hide all types")
                    noneLabel: qsTr("No type")
                    nameOf: value => Format.typeName(value)
                    values: App.filter.typeOptions
                    kind: ScheduleFilter.Type
                    hidden: App.filter.hiddenTypes
                    Layout.fillWidth: true
                }
                CheckBox {
                    objectName: "filterNotRecorded"
                    Layout.fillWidth: true
                    text: qsTr("Only talks that will not be recorded")
                    checked: App.filter.onlyNotRecorded
                    onToggled: App.filter.onlyNotRecorded = checked
                }
                MenuSeparator { Layout.fillWidth: true }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    text: App.hiddenItemCount > 0
                          ? qsTr("%n track(s), room(s), language(s) or type(s) hidden from every view.", "", App.hiddenItemCount)
                          : qsTr("To hide a track, room or language from every view, not just this one:")
                }
                Button {
                    text: qsTr("Hide for good…")
                    onClicked: {
                        root.close()
                        Navigation.showPage("hidden", {})
                    }
                    Accessible.name: qsTr("Open the page of what is hidden from every view")
                }
            }
        }
    }
}
