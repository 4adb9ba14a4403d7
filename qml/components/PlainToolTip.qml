import QtQuick
import QtQuick.Controls

/**
 * A tooltip that shows its text as plain text. The attached ToolTip guesses (Text.AutoText) and
 * renders anything that looks like markup, images from the network included; feed text (titles,
 * speakers, URLs) may hold such markup, so tooltips with it use this instead.
 */
ToolTip {
    id: root

    contentItem: Label {
        text: root.text
        textFormat: Text.PlainText
        font: root.font
        wrapMode: Text.Wrap
        color: root.palette.toolTipText
    }
}
