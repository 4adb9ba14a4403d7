pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** Tick boxes for the tracks, rooms and types the schedule shows; kept per conference. */
Popup {
    id: root

    width: 320
    height: Math.min(560, contentColumn.implicitHeight + 2 * padding)
    padding: 12
    focus: true

    component FilterSection: ColumnLayout {
        id: section
        required property string heading
        required property var values
        required property int kind
        required property var hidden
        visible: section.values.length > 0
        spacing: 0
        Label {
            text: section.heading
            textFormat: Text.PlainText
            font.bold: true
            Layout.topMargin: 6
        }
        Repeater {
            model: section.values
            delegate: CheckBox {
                id: option
                required property string modelData
                text: modelData.length > 0 ? modelData : qsTr("(none)")
                checked: section.hidden.indexOf(modelData) < 0
                onToggled: App.filter.setShown(section.kind, modelData, checked)
                // Track, room and type names come from the feed: plain text, never markup.
                contentItem: Label {
                    leftPadding: option.indicator && !option.mirrored ? option.indicator.width + option.spacing : 0
                    rightPadding: option.indicator && option.mirrored ? option.indicator.width + option.spacing : 0
                    text: option.text
                    textFormat: Text.PlainText
                    font: option.font
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            id: contentColumn
            width: parent.width
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
            FilterSection {
                heading: qsTr("Tracks"); values: App.tracks; kind: ScheduleFilter.Track; hidden: App.filter.hiddenTracks
            }
            FilterSection {
                heading: qsTr("Rooms"); values: App.rooms; kind: ScheduleFilter.Room; hidden: App.filter.hiddenRooms
            }
            FilterSection {
                heading: qsTr("Types"); values: App.types; kind: ScheduleFilter.Type; hidden: App.filter.hiddenTypes
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
