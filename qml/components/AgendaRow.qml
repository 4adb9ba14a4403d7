pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * One item of My agenda: the free time and room change before it, its time and title, where and
 * who, its priority, what it clashes with, its recording and the start of the user's note.
 */
ItemDelegate {
    id: root

    required property int index
    required property string eventId
    required property string kind
    required property string conferenceId
    required property string title
    required property string speakers
    required property string room
    required property string track
    required property string trackColor
    required property string timeZone
    required property date start
    required property date end
    required property int priority
    required property string note
    required property int rating
    required property bool watched
    required property bool hasVideo
    required property string videoUrl
    required property bool cancelled
    required property bool conflicting
    required property var conflictTitles
    required property int gapMinutes
    required property string previousRoom
    required property bool firstOfDay
    required property string who
    /** The friends who go, sorted. */
    required property var friends
    readonly property bool isTrip: root.kind === "trip"
    property bool current: false

    signal openRequested()
    /** "Plan a trip here" on the free time before this item: the gap's start and end. */
    signal planTripRequested(date start, date end)

    highlighted: root.current
    focusPolicy: Qt.NoFocus
    padding: 0
    // A card per item, the free time and a room change between two cards, outside them.
    leftInset: 12
    rightInset: 12
    topInset: between.visible ? between.height + 6 : 3
    bottomInset: 3
    background: CardBackground {
        rowPalette: root.palette
        selected: root.highlighted
        hovered: root.hovered
        pressed: root.down
    }
    // Everything the row shows, in the order a sighted reader meets it: the walk from another
    // room first, then time and title, speakers, priority, rating and marks.
    Accessible.name: (!root.firstOfDay && root.previousRoom.length > 0 ? qsTr("Room change: %1 → %2. ").arg(root.previousRoom).arg(root.room) : "")
                     + (root.isTrip ? qsTr("Trip: ") : "")
                     + qsTr("%1, %2, %3").arg(root.title).arg(Format.timeRangeIn(root.start, root.end, root.timeZone)).arg(root.room)
                     + (!root.isTrip && root.speakers ? qsTr(", by %1").arg(root.speakers) : "")
                     + (root.isTrip ? (root.who ? qsTr(", with %1").arg(root.who) : "") : (root.priority === 2 ? qsTr(", maybe") : qsTr(", must see")))
                     + (root.rating > 0 ? qsTr(", rated %1 of 5").arg(root.rating) : "")
                     + (root.conflicting ? qsTr(", conflicts with %1").arg(root.conflictTitles.join(", ")) : "")
                     + (root.cancelled ? qsTr(", cancelled") : "")
                     + (root.watched ? qsTr(", watched") : "")
                     + (root.friends.length > 0 ? qsTr(", friends going: %1").arg(root.friends.join(", ")) : "")
    Accessible.description: root.note
    onClicked: root.openRequested()

    contentItem: ColumnLayout {
        spacing: 0

        // Between two items of a day: free time, and a walk to another room. It lies between the
        // cards and is not the item: a click on it opens nothing (the link in it takes its own).
        Item {
            id: between
            Layout.fillWidth: true
            Layout.topMargin: 2
            implicitHeight: betweenRow.implicitHeight
            visible: !root.firstOfDay && (root.gapMinutes > 0 || root.previousRoom.length > 0)
            MouseArea {
                anchors.fill: parent
                acceptedButtons: Qt.AllButtons
            }
            RowLayout {
                id: betweenRow
                anchors.fill: parent
                anchors.leftMargin: 128
                spacing: 16
                Label {
                    objectName: "freeTime"
                    visible: root.gapMinutes > 0
                    text: qsTr("%1 free").arg(Format.minutes(root.gapMinutes))
                    textFormat: Text.PlainText
                    font.italic: true
                    opacity: 0.7
                }
                // A gap long enough for a side trip offers one (trips belong to the conference shown).
                LinkButton {
                    objectName: "planTripHere"
                    visible: root.gapMinutes >= 30 && root.conferenceId === App.conferenceId
                    text: qsTr("Plan a trip here")
                    onClicked: root.planTripRequested(new Date(root.start.getTime() - root.gapMinutes * 60000), root.start)
                    toolTip: qsTr("In the %1 free before %2").arg(Format.minutes(root.gapMinutes)).arg(root.title)
                }
                Label {
                    visible: root.previousRoom.length > 0
                    text: qsTr("Room change: %1 → %2").arg(root.previousRoom).arg(root.room)
                    font.italic: true
                    // Amber: dark brown on the light page, light amber on the dark one (brown was 2.6:1 there, now 6.9:1).
                    color: Preferences.dark ? "#e6a23c" : "#8a5a00"
                    textFormat: Text.PlainText
                }
                // Takes the rest of the line, so that the three keep together at its start.
                Item {
                    Layout.fillWidth: true
                }
            }
        }

        EventContent {
            Layout.fillWidth: true
            Layout.leftMargin: root.leftInset + 8
            Layout.rightMargin: root.rightInset + 8
            Layout.topMargin: between.visible ? 12 : 11
            Layout.bottomMargin: root.bottomInset + 8
            barColor: root.conflicting ? "#c0392b" : root.isTrip ? "#1f8a70" : root.trackColor
            time: Format.timeRangeIn(root.start, root.end, root.timeZone)
            timeAlignment: Qt.AlignTop
            title: root.title
            struckOut: root.cancelled
            titleMarks: Label {
                textFormat: Text.PlainText
                text: root.isTrip ? qsTr("Trip") : root.priority === 2 ? qsTr("Maybe") : qsTr("Must see")
                font.pixelSize: 11
                padding: 2
                leftPadding: 6
                rightPadding: 6
                color: root.isTrip ? "white" : root.priority === 2 ? palette.text : "#5c3d00"
                background: Rectangle {
                    radius: 8
                    color: root.isTrip ? "#1f8a70" : root.priority === 2 ? palette.alternateBase : "#f6d365"
                    border.color: root.isTrip ? "#1f8a70" : palette.mid
                }
            }
            detailParts: [root.speakers, root.room, root.track, root.who ? qsTr("with %1").arg(root.who) : ""]
            lines: [
                IconText {
                    Layout.fillWidth: true
                    visible: root.conflicting
                    iconName: "dialog-warning"
                    text: qsTr("Conflicts with %1").arg(root.conflictTitles.join("; "))
                    color: StatusColors.warningText
                    font.bold: true
                    wrapMode: Text.Wrap
                },
                IconText {
                    Layout.fillWidth: true
                    visible: root.note.length > 0
                    iconName: "document-edit"
                    text: root.note
                    font.italic: true
                    opacity: 0.85
                    maximumLineCount: 2
                    wrapMode: Text.Wrap
                    elide: Text.ElideRight
                }
            ]
            FriendChips {
                objectName: "agendaFriends"
                names: root.friends
            }
            Button {
                visible: root.cancelled
                text: qsTr("Dismiss")
                focusPolicy: Qt.NoFocus
                onClicked: App.dismissCancelled(root.eventId, root.conferenceId)
                Accessible.name: qsTr("Dismiss the cancelled event %1").arg(root.title)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Cancelled: no longer in the programme. Take it off my agenda (Delete)")
            }
            ToolButton {
                id: watchButton
                visible: root.hasVideo
                text: root.watched ? qsTr("Watched") : qsTr("Watch")
                icon.name: "media-playback-start"
                focusPolicy: Qt.NoFocus
                onClicked: App.openLink(root.videoUrl)
                Accessible.name: qsTr("Watch the recording of %1").arg(root.title)
                HoverToolTip {
                    owner: watchButton
                    shown: watchButton.hovered
                    text: root.videoUrl
                }
            }
            // The rating and the star keep their places on every row (with or without a Watch
            // button, a rating or a star), so that they line up down the list.
            Row {
                id: ratingStars
                objectName: "agendaRating"
                Layout.preferredWidth: 5 * 13
                layoutDirection: Qt.RightToLeft
                Accessible.ignored: root.rating === 0
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Rated %1 of 5").arg(root.rating)
                Repeater {
                    model: root.rating
                    delegate: ThemeIcon {
                        name: "starred"
                        size: 13
                        color: "#e0a100"
                    }
                }
            }
            Item {
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
                BookmarkButton {
                    objectName: "agendaBookmark"
                    anchors.fill: parent
                    visible: root.kind === "event"
                    bookmarked: true
                    eventTitle: root.title
                    onToggled: App.toggleBookmark(root.eventId, root.conferenceId)
                }
            }
        }
    }
}
