// No "pragma ComponentBehavior: Bound" here: with it, Qt 6.4 refuses to let the Loader below
// create its inline component ("Cannot instantiate bound component outside its creation context").
import QtQuick
import Lanyard

/**
 * One event's place in the timetable. The block itself (labels, star, tooltip) is created only
 * while the place is near the viewport, so a day of a thousand events switches and scrolls fast.
 */
Item {
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

    property real columnWidth: 170
    property real pxPerMinute: 2.2
    property real leftOffset: 0
    property real nearLeft: 0
    property real nearRight: 0
    property real nearTop: 0
    property real nearBottom: 0
    property string currentEventId
    signal activated(string eventId)

    x: root.leftOffset + root.column * root.columnWidth + root.lane * (root.columnWidth / root.laneCount) + 2
    y: root.startOffset * root.pxPerMinute + 1
    width: root.columnWidth / root.laneCount - 4
    height: Math.max(18, root.duration * root.pxPerMinute - 2)

    Loader {
        anchors.fill: parent
        active: root.x + root.width >= root.nearLeft && root.x <= root.nearRight
                && root.y + root.height >= root.nearTop && root.y <= root.nearBottom
        sourceComponent: EventBlock {
            eventId: root.eventId
            conferenceId: root.conferenceId
            title: root.title
            speakers: root.speakers
            room: root.room
            start: root.start
            end: root.end
            startOffset: root.startOffset
            duration: root.duration
            column: root.column
            lane: root.lane
            laneCount: root.laneCount
            track: root.track
            trackColor: root.trackColor
            bookmarked: root.bookmarked
            cancelled: root.cancelled
            hasVideo: root.hasVideo
            current: root.eventId === root.currentEventId
            onClicked: root.activated(root.eventId)
        }
    }
}
