// No "pragma ComponentBehavior: Bound" here: with it, Qt 6.4 cannot create ListView section
// delegates ("Component is not ready").
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * The tracks, rooms, languages and types hidden from every view (schedule, rooms, search, Now &
 * Next, speakers), kept per conference: the one place to hide them and to show them again.
 */
Page {
    id: root

    title: qsTr("Hidden")

    HiddenItemsModel {
        id: items
        appController: App
    }

    header: ColumnLayout {
        spacing: 0
        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Hidden from every view")
            summary: qsTr("%n hidden", "", items.hiddenCount)
            Button {
                text: qsTr("Show everything again")
                icon.name: "view-hidden"
                enabled: items.hiddenCount > 0
                onClicked: App.showAllHidden()
            }
        }
        Pane {
            Layout.fillWidth: true
            padding: 16
            topPadding: 8
            bottomPadding: 8
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 6
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    text: qsTr("Tick what you will never attend. Its events disappear from the schedule, room lists, search, Now & Next and the speakers, for %1 only, until you untick it here. The schedule's Filter only changes the schedule view.")
                              .arg(App.conference.title ?? "")
                }
            }
        }
    }

    EventListView {
        id: list
        anchors.fill: parent
        model: items
        focus: true
        Accessible.name: qsTr("Tracks, rooms, languages and types")
        onToggleRequested: row => {
            if (list.currentItem)
                items.setHidden(row, !list.currentItem.hidden)
        }

        section.property: "kind"
        section.criteria: ViewSection.FullString
        section.delegate: Pane {
            id: sectionHeader
            required property string section
            width: ListView.view.width
            padding: 4
            leftPadding: 12
            background: Rectangle { color: sectionHeader.palette.alternateBase }
            HeadingLabel {
                textFormat: Text.PlainText
                text: ({ track: qsTr("Tracks"), room: qsTr("Rooms"), language: qsTr("Languages"), type: qsTr("Types") })[sectionHeader.section] ?? sectionHeader.section
                font.bold: true
            }
        }

        delegate: CheckDelegate {
            id: entry
            required property int index
            required property string label
            required property bool hidden
            required property int eventCount
            width: ListView.view.width
            highlighted: ListView.isCurrentItem && list.showsCurrent
            focusPolicy: Qt.NoFocus
            text: entry.label
            checked: entry.hidden
            onToggled: items.setHidden(entry.index, checked)
            Accessible.name: (entry.hidden ? qsTr("Hidden: %1") : qsTr("Shown: %1")).arg(entry.label)
            contentItem: RowLayout {
                spacing: 8
                Label {
                    text: entry.label
                    textFormat: Text.PlainText
                    font.strikeout: entry.hidden
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                Label {
                    text: qsTr("%n event(s)", "", entry.eventCount)
                    opacity: 0.7
                }
                Item { Layout.preferredWidth: entry.indicator.width + 8 }
            }
        }
    }

    Label {
        anchors.centerIn: parent
        visible: items.count === 0
        text: qsTr("No conference yet.")
        font.pixelSize: 16
    }
}
