import QtQuick
import QtQuick.Controls

/** "Your agenda" above the changes to bookmarked events, "Everything else" above the rest. */
Pane {
    id: root

    required property string section

    padding: 6
    leftPadding: 12
    background: Rectangle { color: root.palette.alternateBase }

    HeadingLabel {
        text: root.section === "yours" ? qsTr("Your agenda") : qsTr("Everything else")
        font.bold: true
    }
}
