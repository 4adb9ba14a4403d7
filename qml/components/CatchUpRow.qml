pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** A talk to catch up on: when it was, who spoke, the recording, and "watched". */
ItemDelegate {
    id: root

    required property int index
    required property string eventId
    required property string conferenceId
    required property string title
    required property string speakers
    required property string room
    required property string trackColor
    required property string timeZone
    required property date start
    required property date end
    required property string note
    required property string videoUrl
    property bool current: false

    signal openRequested()

    highlighted: root.current
    focusPolicy: Qt.NoFocus
    Accessible.name: qsTr("%1, %2, recording available").arg(root.title).arg(root.speakers)
    onClicked: root.openRequested()

    leftInset: 12
    rightInset: 12
    topInset: 3
    bottomInset: 3
    leftPadding: 20
    rightPadding: 16
    topPadding: 11
    bottomPadding: 11
    background: CardBackground {
        rowPalette: root.palette
        selected: root.highlighted
        hovered: root.hovered
        pressed: root.down
    }
    contentItem: EventContent {
        barColor: root.trackColor
        time: Format.timeRangeIn(root.start, root.end, root.timeZone)
        title: root.title
        detailParts: [root.speakers, root.room]
        lines: IconText {
            Layout.fillWidth: true
            visible: root.note.length > 0
            iconName: "document-edit"
            text: root.note
            font.italic: true
            elide: Text.ElideRight
            maximumLineCount: 1
        }
        Button {
            id: watchButton
            text: qsTr("Watch on %1").arg(App.videoLabel(root.videoUrl))
            icon.name: "media-playback-start"
            highlighted: true
            focusPolicy: Qt.NoFocus
            onClicked: App.openLink(root.videoUrl)
            Accessible.name: qsTr("Watch the recording of %1").arg(root.title)
            HoverToolTip {
                owner: watchButton
                shown: watchButton.hovered
                text: root.videoUrl
            }
        }
        Button {
            text: qsTr("Mark watched")
            focusPolicy: Qt.NoFocus
            onClicked: App.setWatched(root.eventId, root.conferenceId, true)
            Accessible.name: qsTr("Mark %1 as watched").arg(root.title)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Mark watched (W)")
        }
    }
}
