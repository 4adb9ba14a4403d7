pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * One search result: the title with the matching words in bold, when and where, the speakers,
 * and an excerpt of the note or abstract where that is what matched. The marked-up texts come
 * from SearchText::markup (escaped first, then marked), so only they are StyledText; everything
 * else is plain text.
 */
ItemDelegate {
    id: root

    required property int index
    required property string eventId
    required property string conferenceId
    required property string title
    required property string titleMarkup
    required property string speakersMarkup
    required property string snippetMarkup
    required property string snippetSource
    required property string room
    required property string track
    required property string trackColor
    required property string when
    required property bool bookmarked
    required property bool cancelled
    property bool current: false

    highlighted: root.current
    focusPolicy: Qt.NoFocus
    Accessible.name: qsTr("%1, %2, %3").arg(root.title).arg(root.when).arg(root.room)
                     + (root.bookmarked ? qsTr(", bookmarked") : "") + (root.cancelled ? qsTr(", cancelled") : "")

    contentItem: EventContent {
        barColor: root.trackColor
        title: root.titleMarkup
        titleFormat: Text.StyledText
        titleBold: false
        titlePixelSize: 15
        struckOut: root.cancelled
        lines: [
            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                Label {
                    text: [root.when, root.room, root.track].filter(part => part.length > 0).join("  ·  ")
                    textFormat: Text.PlainText
                    opacity: 0.75
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.speakersMarkup.length > 0
                    text: root.speakersMarkup
                    textFormat: Text.StyledText
                    opacity: 0.85
                    elide: Text.ElideRight
                }
            },
            Label {
                Layout.fillWidth: true
                visible: root.snippetMarkup.length > 0
                text: (root.snippetSource === "note" ? qsTr("Your note: ") : "") + root.snippetMarkup
                textFormat: Text.StyledText
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                opacity: 0.75
                font.italic: root.snippetSource === "note"
            }
        ]
        Label {
            visible: root.cancelled
            text: qsTr("Cancelled")
            color: StatusColors.warningText
            font.bold: true
        }
        BookmarkButton {
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
            bookmarked: root.bookmarked
            eventTitle: root.title
            onToggled: App.toggleBookmark(root.eventId, root.conferenceId)
        }
    }
}
