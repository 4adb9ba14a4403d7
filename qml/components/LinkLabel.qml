import QtQuick
import QtQuick.Controls

/**
 * Text that leads somewhere inside Lanyard (a speaker, a room): clickable, and focusable with Tab.
 * A Text, not a Label: Qt 6.4 keeps a Label's own accessible role (static text) whatever is set,
 * and screen readers are to hear a link with a press action.
 */
Text {
    id: root

    property string accessibleName: root.text
    property string toolTip
    signal activated()

    color: root.palette.link
    font.underline: hover.hovered || root.activeFocus
    textFormat: Text.PlainText
    activeFocusOnTab: true
    Accessible.role: Accessible.Link
    Accessible.name: root.accessibleName
    Accessible.description: root.toolTip
    Accessible.onPressAction: root.activated()
    Keys.onReturnPressed: root.activated()
    Keys.onEnterPressed: root.activated()
    Keys.onSpacePressed: root.activated()
    HoverToolTip {
        owner: root
        shown: hover.hovered && root.toolTip.length > 0
        text: root.toolTip
    }

    HoverHandler { id: hover; cursorShape: Qt.PointingHandCursor }
    TapHandler { onTapped: root.activated() }
}
