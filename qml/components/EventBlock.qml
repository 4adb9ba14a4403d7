pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** One event in the timetable: as tall as it is long, edged in its track's colour. */
AbstractButton {
    id: root

    required property string eventId
    required property string conferenceId
    required property string title
    required property string speakers
    required property string room
    required property date start
    required property date end
    required property int startOffset
    required property int duration
    required property int column
    required property int lane
    required property int laneCount
    required property string track
    required property string trackColor
    required property bool bookmarked
    required property bool cancelled
    required property bool hasVideo
    property bool current: false

    focusPolicy: Qt.NoFocus
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2, %3").arg(root.title).arg(Format.timeRange(root.start, root.end)).arg(root.room)
                     + (root.bookmarked ? qsTr(", bookmarked") : "") + (root.cancelled ? qsTr(", cancelled") : "")
    ToolTip.visible: hovered && titleLabel.truncated
    ToolTip.delay: 600
    ToolTip.text: root.title + (root.speakers ? "\n" + root.speakers : "")

    background: Rectangle {
        radius: 4
        color: Qt.tint(palette.base, Qt.alpha(root.trackColor, root.hovered ? 0.30 : 0.18))
        border.width: root.current ? 2 : 1
        border.color: root.current ? palette.highlight : Qt.alpha(root.trackColor, 0.6)
        Rectangle {
            width: 4
            height: parent.height
            radius: 2
            color: root.trackColor
        }
    }

    contentItem: Item {
        clip: true
        ColumnLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 22
            anchors.topMargin: 2
            spacing: 0
            Label {
                id: titleLabel
                Layout.fillWidth: true
                text: root.title
                font.bold: true
                font.strikeout: root.cancelled
                wrapMode: Text.Wrap
                maximumLineCount: Math.max(1, Math.floor((root.height - 4) / (font.pixelSize * 1.3)) - (root.speakers ? 1 : 0))
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: root.speakers.length > 0 && root.height > 44
                text: root.speakers
                elide: Text.ElideRight
                opacity: 0.8
                font.pixelSize: 12
            }
            Item { Layout.fillHeight: true }
        }
    }

    BookmarkButton {
        anchors.right: parent.right
        anchors.top: parent.top
        width: 22
        height: 22
        bookmarked: root.bookmarked
        eventTitle: root.title
        onToggled: App.toggleBookmark(root.eventId, root.conferenceId)
    }
}
