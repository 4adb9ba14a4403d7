pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** One change of the last update as a sentence, with its kind; opens the event when it still exists. */
ItemDelegate {
    id: root

    required property int index
    required property string eventId
    required property string change
    required property string sentence
    required property bool bookmarked
    property bool openable: false
    property bool current: false

    highlighted: root.current
    focusPolicy: Qt.NoFocus
    Accessible.name: root.sentence

    contentItem: RowLayout {
        spacing: 10
        Label {
            textFormat: Text.PlainText
            Layout.preferredWidth: 86
            horizontalAlignment: Text.AlignHCenter
            text: {
                switch (root.change) {
                case "new": return qsTr("New")
                case "cancelled": return qsTr("Cancelled")
                case "moved": return qsTr("Moved")
                case "retimed": return qsTr("New time")
                case "renamed": return qsTr("Renamed")
                case "speakers": return qsTr("Speakers")
                }
                return root.change
            }
            font.pixelSize: 11
            font.bold: true
            color: "white"
            padding: 3
            background: Rectangle {
                radius: 3
                color: root.change === "cancelled" ? StatusColors.warningText : root.change === "new" ? "#2e7d32" : "#c77700"
            }
        }
        Label {
            Layout.fillWidth: true
            text: root.sentence
            font.bold: root.bookmarked
            font.pixelSize: root.bookmarked ? 15 : 14
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        Label {
            visible: root.openable
            text: "›"
            font.pixelSize: 18
            opacity: 0.5
        }
    }
}
