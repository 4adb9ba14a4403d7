import QtQuick
import Lanyard

/**
 * A list row drawn as a card, as today's desktop lists draw them (GNOME's boxed lists, KDE's
 * cards): rounded, set apart from its neighbours by a gap, a hairline border, and a tint when
 * the pointer is on it. The row gives it insets for the gap and says whether it is chosen.
 */
Rectangle {
    id: root

    /** The palette of the row (its colours follow the light or dark theme). */
    required property var rowPalette
    property bool selected: false
    property bool hovered: false
    property bool pressed: false

    readonly property color tint: root.rowPalette.highlight

    radius: 8
    color: root.selected ? root.rowPalette.highlight
                         : root.pressed ? Qt.tint(root.rowPalette.base, Qt.rgba(root.tint.r, root.tint.g, root.tint.b, 0.18))
                                        : root.hovered ? Qt.tint(root.rowPalette.base, Qt.rgba(root.tint.r, root.tint.g, root.tint.b, 0.08))
                                                       : root.rowPalette.base
    border.width: 1
    border.color: Qt.rgba(root.rowPalette.text.r, root.rowPalette.text.g, root.rowPalette.text.b, root.selected ? 0 : 0.14)
}
