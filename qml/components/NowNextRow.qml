pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** One event on the Now & Next page: when, what, where, how far along, and any clash with another bookmark. */
ItemDelegate {
    id: root

    required property int index
    required property string eventId
    required property string conferenceId
    required property string title
    required property string speakers
    required property string room
    required property string trackColor
    required property date start
    required property date end
    required property bool bookmarked
    required property bool running
    required property real progress
    required property int minutesLeft
    required property int minutesUntil
    required property bool conflicting
    required property var conflictTitles
    property bool current: false

    highlighted: root.current
    focusPolicy: Qt.NoFocus
    Accessible.name: qsTr("%1, %2, %3").arg(root.title).arg(Format.timeRange(root.start, root.end)).arg(root.room)
                     + (root.bookmarked ? qsTr(", bookmarked") : "")
                     + (root.conflicting ? qsTr(", clashes with %1").arg(root.conflictTitles.join(", ")) : "")

    // Bookmarked rows are tinted; the keyboard's row is outlined, so both show at once.
    background: Rectangle {
        color: root.bookmarked ? Qt.tint(root.palette.base, Qt.alpha("#e0a100", 0.14)) : root.palette.base
        border.width: root.highlighted ? 2 : 0
        border.color: root.palette.highlight
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: root.palette.mid; opacity: 0.4 }
    }

    contentItem: EventContent {
        barColor: root.trackColor
        timeWidth: 120
        whenSpacing: 2
        whenLines: [
            Label {
                textFormat: Text.PlainText
                text: Format.timeRange(root.start, root.end)
                font.bold: root.running
            },
            Label {
                objectName: "nowNextWhen"
                textFormat: Text.PlainText
                // From an hour on in hours and minutes ("2 h 39 min left", not "159 min left").
                text: root.running ? (root.minutesLeft < 60 ? qsTr("%n min left", "", root.minutesLeft)
                                                            : qsTr("%1 left").arg(Format.minutes(root.minutesLeft)))
                                   : (root.minutesUntil < 60 ? qsTr("in %n min", "", root.minutesUntil)
                                                             : qsTr("in %1").arg(Format.minutes(root.minutesUntil)))
                opacity: 0.7
                font.pointSize: Qt.application.font.pointSize * 0.9
            }
        ]
        title: root.title
        detailParts: [root.room, root.speakers]
        lines: [
            ProgressBar {
                Layout.fillWidth: true
                Layout.maximumWidth: 360
                visible: root.running
                from: 0
                to: 1
                value: root.progress
                Accessible.name: qsTr("%1% done").arg(Math.round(root.progress * 100))
            },
            IconText {
                Layout.fillWidth: true
                visible: root.conflicting
                iconName: "dialog-warning"
                text: qsTr("Clashes with %1").arg(root.conflictTitles.join(", "))
                color: StatusColors.warningText
                wrapMode: Text.Wrap
            }
        ]
        BookmarkButton {
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
            bookmarked: root.bookmarked
            eventTitle: root.title
            onToggled: App.toggleBookmark(root.eventId, root.conferenceId)
        }
    }
}
