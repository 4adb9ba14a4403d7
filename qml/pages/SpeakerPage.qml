// No "pragma ComponentBehavior: Bound" here: with it, Qt 6.4 cannot create ListView section
// delegates ("Component is not ready").
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * One speaker: what the feed says about them (tagline, biography, links), then all their events,
 * across days and conferences, each with its bookmark star.
 */
Page {
    id: root

    property alias name: events.name
    /** The whole biography rather than its first lines. */
    property bool biographyExpanded: false
    signal backRequested()

    title: root.name

    SpeakerEventsModel {
        id: events
        appController: App
        syncController: Sync
    }

    // What the feed says about them (nothing, for many feeds: then nothing is shown).
    SpeakerProfile {
        id: profile
        appController: App
        name: root.name
    }

    header: PageHeader {
        showsBack: true
        onBackRequested: root.backRequested()
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
                    objectName: "speakerTagline"
                    Layout.fillWidth: true
                    visible: profile.tagline.length > 0
                    text: profile.tagline
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.italic: true
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

        EventListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: events
            focus: true
            Accessible.name: qsTr("Events of %1").arg(root.name)
            onActivated: row => Navigation.openEvent(events.eventIdAt(row))
            onToggleRequested: row => {
                const id = events.eventIdAt(row)
                if (id)
                    App.toggleBookmark(id, list.currentItem.conferenceId)
            }

            // The biography and links scroll with the events: a long biography never squeezes them.
            header: Pane {
                objectName: "speakerAbout"
                width: list.width
                visible: profile.biography.length > 0 || profile.links.length > 0
                height: visible ? implicitHeight : 0
                topPadding: 0
                leftPadding: 20
                rightPadding: 20
                bottomPadding: 12
                // A Column, not a ColumnLayout: a wrapped, elided text in a layout loops on narrow pages.
                Column {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    Label {
                        id: biography
                        objectName: "speakerBiography"
                        width: parent.width
                        visible: profile.biography.length > 0
                        text: profile.biography
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        maximumLineCount: root.biographyExpanded ? 100000 : 6
                        elide: Text.ElideRight
                        Accessible.name: qsTr("About %1").arg(root.name)
                        Accessible.description: profile.biography
                    }
                    Button {
                        objectName: "speakerBiographyMore"
                        flat: true
                        visible: biography.truncated || root.biographyExpanded
                        text: root.biographyExpanded ? qsTr("Show less") : qsTr("Show more")
                        Accessible.name: root.biographyExpanded ? qsTr("Show less of the biography")
                                                                : qsTr("Show the whole biography")
                        onClicked: root.biographyExpanded = !root.biographyExpanded
                    }
                    Flow {
                        objectName: "speakerLinks"
                        width: parent.width
                        visible: profile.links.length > 0
                        spacing: 16
                        Repeater {
                            model: profile.links
                            delegate: Label {
                                required property var modelData
                                readonly property string url: modelData.url
                                objectName: "speakerLink"
                                text: modelData.title
                                color: palette.link
                                textFormat: Text.PlainText
                                Accessible.role: Accessible.Link
                                Accessible.name: modelData.title
                                Accessible.description: modelData.url
                                Accessible.onPressAction: App.openLink(modelData.url)
                                activeFocusOnTab: true
                                Keys.onReturnPressed: App.openLink(modelData.url)
                                Keys.onEnterPressed: App.openLink(modelData.url)
                                Keys.onSpacePressed: App.openLink(modelData.url)
                                font.underline: linkHover.hovered || activeFocus
                                PlainToolTip {
                                    visible: linkHover.hovered
                                    text: parent.modelData.url
                                }
                                HoverHandler { id: linkHover; cursorShape: Qt.PointingHandCursor }
                                TapHandler { onTapped: App.openLink(parent.modelData.url) }
                            }
                        }
                    }
                }
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
                current: ListView.isCurrentItem && list.showsCurrent
                timeText: Format.timeRangeIn(start, end, timeZone)
                onClicked: {
                    list.currentIndex = index
                    Navigation.openEvent(eventId)
                }
            }
        }
    }
}
