import QtQuick
import QtQuick.Controls
import Lanyard

/** The heading above the events that start at one time, in the list view. */
Pane {
    id: root

    required property string section

    padding: 4
    leftPadding: 12
    background: Rectangle { color: root.palette.alternateBase }

    HeadingLabel {
        text: Format.timeOfIso(root.section)
        textFormat: Text.PlainText
        font.bold: true
    }
}
