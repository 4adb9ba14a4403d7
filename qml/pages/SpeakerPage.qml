// No "pragma ComponentBehavior: Bound" here: with it, Qt 6.4 cannot create ListView section
// delegates ("Component is not ready").
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** One speaker: all their events, across days and conferences, each with its bookmark star. */
Page {
    id: root

    property alias name: events.name
    signal backRequested()

    title: root.name

    SpeakerEventsModel {
        id: events
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: qsTr("‹ Back")
                onClicked: root.backRequested()
                Accessible.name: qsTr("Back")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Back (Esc)")
            }
            Item { Layout.fillWidth: true }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillWidth: true
            padding: 20
            bottomPadding: 8
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 4
                HeadingLabel {
                    text: root.name
                    font.pixelSize: 24
                    font.bold: true
                    textFormat: Text.PlainText
                }
                Label {
                    textFormat: Text.PlainText
                    opacity: 0.75
                    text: events.conferenceCount > 1
                          ? qsTr("%n event(s)", "", events.count) + qsTr(" at %n conference(s)", "", events.conferenceCount)
                          : qsTr("%n event(s)", "", events.count)
                }
                Label {
                    visible: events.excludedCount > 0
                    opacity: 0.75
                    text: qsTr("%n more hidden from every view (see Hidden).", "", events.excludedCount)
                }
            }
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: events
            clip: true
            focus: true
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Events of %1").arg(root.name)
            Keys.onReturnPressed: Navigation.openEvent(events.eventIdAt(list.currentIndex))
            Keys.onEnterPressed: Navigation.openEvent(events.eventIdAt(list.currentIndex))
            Keys.onSpacePressed: {
                const id = events.eventIdAt(list.currentIndex)
                if (id)
                    App.toggleBookmark(id, list.currentItem.conferenceId)
            }

            section.property: "section"
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
                    readonly property var parts: sectionHeader.section.split("|")
                    text: (events.conferenceCount > 1 ? events.conferenceTitle(parts[0]) + "  ·  " : "") + Format.longDayLabel(parts[1])
                    font.bold: true
                }
            }

            delegate: EventRow {
                required property string timeZone
                width: ListView.view.width
                current: ListView.isCurrentItem && list.activeFocus
                timeText: Format.timeRangeIn(start, end, timeZone)
                onClicked: {
                    list.currentIndex = index
                    Navigation.openEvent(eventId)
                }
            }
        }
    }
}
