import QtQuick
import QtQuick.Controls

/**
 * A link that sits inside something clickable (a row of My agenda): a button underneath, so that
 * the click is its own and the row does not also open. Looks and reads as a link.
 */
AbstractButton {
    id: root

    property string toolTip

    focusPolicy: Qt.NoFocus
    hoverEnabled: true
    padding: 0
    contentItem: Text {
        text: root.text
        textFormat: Text.PlainText
        font.family: root.font.family
        font.pixelSize: root.font.pixelSize
        font.underline: root.hovered || root.visualFocus
        color: root.palette.link
    }
    background: null
    Accessible.role: Accessible.Link
    Accessible.name: root.text
    Accessible.description: root.toolTip
    HoverHandler { cursorShape: Qt.PointingHandCursor }
    HoverToolTip {
        owner: root
        shown: root.hovered && root.toolTip.length > 0
        text: root.toolTip
    }
}
