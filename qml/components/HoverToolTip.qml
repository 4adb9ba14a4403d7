import QtQuick

/**
 * A plain-text tooltip (PlainToolTip) that is made the first time it is to show. Rows, blocks and
 * headers of long lists each have one and most are never hovered: a tooltip made with every
 * delegate is a popup per row, made again at every day switch.
 *
 *     HoverToolTip { owner: root; shown: root.hovered; text: root.title }
 */
QtObject {
    id: root

    /** The item the tooltip points at. */
    required property Item owner
    /** Whether it shows (after `delay`), typically the owner's hover. */
    property bool shown: false
    property string text
    property int delay: 600
    /** The tooltip, once made. */
    property PlainToolTip tip: null

    onShownChanged: {
        if (root.shown && !root.tip)
            root.tip = root.tipComponent.createObject(root.owner)
    }

    readonly property Component tipComponent: Component {
        PlainToolTip {
            visible: root.shown
            delay: root.delay
            text: root.text
        }
    }
}
