pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** Everyone who speaks at the conference; typing narrows the list, Enter opens a speaker's page. */
Page {
    id: root

    title: qsTr("Speakers")

    // Typing starts searching at once.
    StackView.onActivated: searchField.forceActiveFocus()
    Component.onCompleted: searchField.forceActiveFocus()

    SpeakersModel {
        id: speakers
        appController: App
        query: searchField.text
    }

    header: ColumnLayout {
        spacing: 0
        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Speakers")
            summary: speakers.count === speakers.totalCount ? qsTr("%n speaker(s)", "", speakers.totalCount)
                                                            : qsTr("%1 of %n speaker(s)", "", speakers.totalCount).arg(speakers.count)
        }
        Pane {
            Layout.fillWidth: true
            padding: 16
            topPadding: 8
            bottomPadding: 8
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 8
                TextField {
                    id: searchField
                    Layout.fillWidth: true
                    Layout.maximumWidth: 480
                    focus: true
                    placeholderText: qsTr("Search speakers by name")
                    selectByMouse: true
                    Accessible.name: qsTr("Search speakers")
                    Keys.onDownPressed: list.focusRow(-1)
                    Keys.onReturnPressed: if (speakers.count > 0) Navigation.openSpeaker(speakers.nameAt(Math.max(0, list.currentIndex)))
                    Keys.onEscapePressed: event => {
                        if (text.length > 0) {
                            text = ""
                            event.accepted = true
                        } else {
                            event.accepted = false
                        }
                    }
                }
            }
        }
    }

    EventListView {
        id: list
        anchors.fill: parent
        model: speakers
        Accessible.name: qsTr("Speakers")
        onActivated: row => Navigation.openSpeaker(speakers.nameAt(row))
        onUpFromTop: searchField.forceActiveFocus()

        delegate: ItemDelegate {
            id: entry
            required property int index
            required property string name
            required property int talkCount
            required property string titles
            required property int bookmarkedCount
            width: ListView.view.width
            highlighted: ListView.isCurrentItem && list.showsCurrent
            focusPolicy: Qt.NoFocus
            onClicked: {
                list.currentIndex = entry.index
                Navigation.openSpeaker(entry.name)
            }
            Accessible.name: qsTr("%1, %n talk(s)", "", entry.talkCount).arg(entry.name)
            contentItem: RowLayout {
                spacing: 12
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: entry.name
                        font.bold: true
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    Label {
                        text: entry.titles
                        opacity: 0.75
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                }
                ThemeIcon {
                    visible: entry.bookmarkedCount > 0
                    name: "starred"
                    color: "#e0a100"
                    Accessible.ignored: false
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("%n bookmarked", "", entry.bookmarkedCount)
                }
                Label {
                    text: qsTr("%n talk(s)", "", entry.talkCount)
                    opacity: 0.75
                }
            }
        }
    }

    Label {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        visible: speakers.count === 0
        text: speakers.totalCount === 0 ? qsTr("No speakers in this programme.") : qsTr("No speaker matches \u201c%1\u201d.").arg(searchField.text)
        font.pixelSize: 16
    }
}
