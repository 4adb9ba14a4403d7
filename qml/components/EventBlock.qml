import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** One event (or side trip) in the timetable: as tall as it is long, edged in its track's colour. */
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
    /** 1: must see, 2: maybe (a fallback); 0 when not bookmarked. */
    required property int priority
    readonly property bool maybe: root.bookmarked && root.priority === 2
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
    readonly property bool isTrip: root.kind === "trip"
    property bool current: false
    /** Its run of short talks back to back (lightning talks; DayModel's stack roles). */
    required property int stackSize
    required property int stackIndex
    required property string stackFirst
    required property int stackMinutes
    required property int stackBookmarked
    /**
     * Set where the run's talks would be slivers: the first talk's block stands for the whole run
     * ("6 short talks", their titles), and a click lists them; the others are not drawn.
     */
    property bool stacked: false
    /** The run's talks, when stacked: [{id, title, speakers, start, end, bookmarked}]. */
    property var stackMembers: []
    readonly property date stackEnd: new Date(root.start.getTime() + root.stackMinutes * 60000)
    readonly property bool showsBookmarked: root.stacked ? root.stackBookmarked > 0 : root.bookmarked

    focusPolicy: Qt.NoFocus
    hoverEnabled: true
    Accessible.role: Accessible.Button
    // What the block shows, in the order it shows it: title, time, room, speakers (or who comes
    // along on a trip), then the marks.
    Accessible.name: root.stacked
                     ? qsTr("%n short talk(s)", "", root.stackSize) + ", " + Format.timeRange(root.start, root.stackEnd) + ", " + root.room + ": "
                       + root.stackMembers.map(member => member.title).join("; ")
                       + (root.stackBookmarked > 0 ? ", " + qsTr("%n bookmarked", "", root.stackBookmarked) : "")
                     : (root.isTrip ? qsTr("Trip: ") : "")
                     + qsTr("%1, %2, %3").arg(root.title).arg(Format.timeRange(root.start, root.end)).arg(root.room)
                     + (root.isTrip ? (root.who ? qsTr(", with %1").arg(root.who) : "")
                                    : (root.speakers ? qsTr(", by %1").arg(root.speakers) : ""))
                     + (root.bookmarked ? (root.maybe ? qsTr(", bookmarked as maybe") : qsTr(", bookmarked as must see")) : "")
                     + (root.cancelled ? qsTr(", cancelled") : "")
                     + (root.conflicting ? (root.isTrip ? qsTr(", conflicts with a bookmarked talk or trip")
                                                        : qsTr(", conflicts with another bookmark or a trip")) : "")
                     + (root.mark === "new" ? qsTr(", new") : root.mark === "changed" ? qsTr(", changed") : "")
                     + (root.friends.length > 0 ? qsTr(", friends going: %1").arg(root.friends.join(", ")) : "")
    HoverToolTip {
        owner: root
        shown: root.hovered && (root.stacked || titleLabel.truncated || root.height < 40 || root.conflicting || root.friends.length > 0)
        text: root.stacked ? root.stackMembers.map(member => Format.time(member.start) + "  " + member.title).join("\n")
                           : root.title + (root.speakers ? "\n" + root.speakers : "")
              + (root.isTrip && root.room ? "\n" + root.room : "") + (root.who ? "\n" + qsTr("With: %1").arg(root.who) : "")
              + (root.conflicting ? "\n" + qsTr("Overlaps another item of my agenda") : "")
              + (root.friends.length > 0 ? "\n" + qsTr("Going: %1").arg(root.friends.join(", ")) : "")
    }

    background: Rectangle {
        radius: 4
        color: Qt.tint(palette.base, Qt.alpha(root.trackColor, root.isTrip ? (root.hovered ? 0.45 : 0.32) : (root.hovered ? 0.30 : 0.18)))
        // Must see: a gold frame; maybe: the plain frame and the word "maybe" (see below).
        border.width: root.current || root.conflicting || (root.showsBookmarked && !root.maybe) ? 2 : 1
        border.color: root.current ? palette.highlight
                                   : root.conflicting ? "#c0392b"
                                   : root.showsBookmarked && !root.maybe ? "#e0a100" : Qt.alpha(root.trackColor, 0.6)
        Rectangle {
            width: 4
            height: parent.height
            radius: 2
            color: root.trackColor
        }
    }

    contentItem: ColumnLayout {
        spacing: 0
        // A short block's line stays inside it, never over the next block.
        clip: root.height < 26
        // A wrapped title with a fixed height elides at its last visible line.
        Label {
            id: titleLabel
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: 8
            // Clear of the star, and of "maybe" beside it.
            Layout.rightMargin: maybeMark.active ? maybeMark.width + 24 : 24
            Layout.topMargin: root.height < 26 ? 0 : 2
            text: root.stacked ? qsTr("%n short talk(s)", "", root.stackSize) : root.title
            font.bold: true
            font.strikeout: root.cancelled
            // Short slots (a five-minute welcome) get a smaller single line instead of spilling over.
            font.pointSize: root.height < 26 ? Qt.application.font.pointSize * 0.8 : Qt.application.font.pointSize
            wrapMode: root.height < 26 ? Text.NoWrap : Text.Wrap
            elide: Text.ElideRight
            verticalAlignment: Text.AlignTop
            textFormat: Text.PlainText
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 4
            Layout.bottomMargin: 2
            readonly property string detail: root.stacked ? root.stackMembers.map(member => member.title).join(" · ")
                                           : root.isTrip ? [root.room, root.who].filter(part => part.length > 0).join(" · ") : root.speakers
            visible: detail.length > 0 && root.height >= 3 * implicitHeight
            text: detail
            elide: Text.ElideRight
            opacity: 0.8
            font.pointSize: titleLabel.font.pointSize * 0.9
            textFormat: Text.PlainText
        }
        // The marks below are made only on the blocks that show them: a day's window holds a
        // few hundred blocks, most with no friend, conflict, badge or "maybe".
        Loader {
            Layout.leftMargin: 8
            Layout.bottomMargin: 3
            // Clear of the conflict sign and the new/changed badge at the bottom right.
            Layout.maximumWidth: root.width - 48
            active: root.friends.length > 0 && root.height >= 48
            visible: active
            sourceComponent: FriendChips {
                objectName: "blockFriends"
                names: root.friends
                chipSize: 16
                maxChips: Math.max(1, Math.floor((root.width - 70) / 18))
            }
        }
    }

    Loader {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.rightMargin: 3
        anchors.bottomMargin: 3
        active: root.conflicting
        sourceComponent: ThemeIcon {
            name: "dialog-warning"
            size: 14
            color: StatusColors.warningText
            Accessible.ignored: false
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Conflict")
        }
    }

    Loader {
        anchors.right: parent.right
        // Left of the conflict sign when there is one.
        anchors.rightMargin: root.conflicting ? 20 : 3
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 3
        active: !root.cancelled && root.mark.length > 0
        sourceComponent: MarkBadge { mark: root.mark }
    }

    Loader {
        id: maybeMark
        anchors.right: parent.right
        anchors.rightMargin: 22
        anchors.top: parent.top
        anchors.topMargin: 3
        active: root.maybe && !root.stacked && root.width > 90 && root.height >= 20
        sourceComponent: Label {
            objectName: "maybeMark"
            text: qsTr("maybe")
            textFormat: Text.PlainText
            font.italic: true
            font.pointSize: Qt.application.font.pointSize * 0.8
            color: "#9a6f00"
            background: Rectangle { color: Qt.alpha(palette.base, 0.85); radius: 3 }
            leftPadding: 3
            rightPadding: 3
        }
    }

    BookmarkButton {
        visible: !root.isTrip && !root.stacked
        anchors.right: parent.right
        anchors.top: parent.top
        width: 22
        height: Math.min(22, root.height)
        bookmarked: root.bookmarked
        eventTitle: root.title
        onToggled: App.toggleBookmark(root.eventId, root.conferenceId)
    }
}
