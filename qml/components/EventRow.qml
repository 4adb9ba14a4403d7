pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** One event in a list: time, title, speakers, room and track, with its bookmark star. */
ItemDelegate {
    id: root

    required property int index
    required property string eventId
    required property string conferenceId
    required property string title
    required property string subtitle
    required property string speakers
    required property string room
    required property string track
    required property string trackColor
    required property date start
    required property date end
    required property bool bookmarked
    required property bool cancelled
    required property bool hasVideo
    /** Bookmarked (or a trip) and overlapping another agenda item. */
    required property bool conflicting
    required property string mark
    /** "event" or "trip". */
    required property string kind
    required property string who
    /** The friends who go, sorted. */
    required property var friends
    property bool current: false
    /** When, as shown; an event of another conference than the current one passes its own zone's times. */
    property string timeText: Format.timeRange(root.start, root.end)
    /** Marks the row as running now (a room's day list). */
    property bool runsNow: false

    highlighted: root.current
    focusPolicy: Qt.NoFocus
    Accessible.name: (root.kind === "trip" ? qsTr("Trip: ") : "") + qsTr("%1, %2, %3").arg(root.title).arg(Format.timeRange(root.start, root.end)).arg(root.room)
                     + (root.bookmarked ? qsTr(", bookmarked") : "") + (root.cancelled ? qsTr(", cancelled") : "")
                     + (root.conflicting ? qsTr(", conflicts with another bookmark") : "")
                     + (root.mark === "new" ? qsTr(", new") : root.mark === "changed" ? qsTr(", changed") : "")
                     + (root.friends.length > 0 ? qsTr(", friends going: %1").arg(root.friends.join(", ")) : "")

    contentItem: EventContent {
        barColor: root.conflicting ? "#c0392b" : root.trackColor
        time: root.timeText
        title: root.title
        struckOut: root.cancelled
        detailParts: [root.speakers, root.room, root.track, root.who ? qsTr("with %1").arg(root.who) : ""]
        FriendChips {
            names: root.friends
        }
        MarkBadge {
            mark: root.cancelled ? "" : root.mark
        }
        Label {
            visible: root.runsNow
            text: qsTr("Now")
            color: "white"
            font.bold: true
            leftPadding: 6
            rightPadding: 6
            background: Rectangle { radius: height / 2; color: "#d62828" }
            Accessible.name: qsTr("Running now")
        }
        IconText {
            visible: root.conflicting
            iconName: "dialog-warning"
            text: qsTr("Conflict")
            color: StatusColors.warningText
            font.bold: true
            ToolTip.visible: conflictHover.hovered
            ToolTip.text: qsTr("Overlaps another item of my agenda")
            HoverHandler { id: conflictHover }
        }
        Label {
            visible: root.cancelled
            text: qsTr("Cancelled")
            color: StatusColors.warningText
            font.bold: true
        }
        ThemeIcon {
            visible: root.hasVideo
            name: "media-playback-start"
            opacity: 0.6
            Accessible.ignored: false
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Recording available")
            ToolTip.visible: videoHover.hovered
            ToolTip.text: qsTr("Recording available")
            HoverHandler { id: videoHover }
        }
        Label {
            visible: root.kind === "trip"
            text: qsTr("Trip")
            font.pixelSize: 11
            padding: 2
            leftPadding: 6
            rightPadding: 6
            color: "white"
            background: Rectangle { radius: 8; color: "#1f8a70" }
        }
        BookmarkButton {
            visible: root.kind !== "trip"
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
            bookmarked: root.bookmarked
            eventTitle: root.title
            onToggled: App.toggleBookmark(root.eventId, root.conferenceId)
        }
    }
}
