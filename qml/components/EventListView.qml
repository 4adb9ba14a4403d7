// No "pragma ComponentBehavior: Bound": pages hand this list section delegates, which Qt 6.4
// cannot create under it.
import QtQuick
import QtQuick.Controls

/**
 * A page's list of rows as the keyboard walks it: Up and Down move, Enter activates the row,
 * Space toggles it and Delete removes it (what each means is the page's), Up on the first row
 * leaves for the page's search field. Rows bind `current: ListView.isCurrentItem && list.showsCurrent`.
 *
 * A fresh list shows no row as chosen: pages give their list the keyboard as they open, and a
 * first row drawn selected before anyone chose it misled. The current row shows once a key or a
 * click has reached the list (the first Up or Down shows it rather than moving past it), while the
 * list has the keyboard; after the focus has left and come back (Tab), it shows at once.
 */
ListView {
    id: root

    /** True until a key or a click reaches the list, or the focus leaves it. */
    property bool fresh: true
    /** Whether the current row is drawn as the keyboard's. */
    readonly property bool showsCurrent: root.activeFocus && !root.fresh

    /** Enter on a row. */
    signal activated(int row)
    /** Space on a row. */
    signal toggleRequested(int row)
    /** Delete on a row. */
    signal removeRequested(int row)
    /** Up on the first row, or with no row chosen. */
    signal upFromTop()

    /** Gives the list the keyboard with the row shown (a click on a row, Down from a search field); -1 keeps the current row. */
    function focusRow(row: int) {
        root.fresh = false
        if (row >= 0)
            root.currentIndex = row
        root.forceActiveFocus()
    }

    function step(event: KeyEvent, up: bool) {
        const wasFresh = root.fresh
        root.fresh = false
        if (wasFresh && root.currentIndex >= 0)
            return
        if (up && root.currentIndex <= 0)
            root.upFromTop()
        // The list itself moves.
        event.accepted = false
    }

    clip: true
    keyNavigationEnabled: true
    boundsBehavior: Flickable.StopAtBounds
    highlightMoveDuration: 0
    ScrollBar.vertical: ScrollBar {}
    Accessible.role: Accessible.List
    onActiveFocusChanged: if (!activeFocus) root.fresh = false

    Keys.onUpPressed: event => root.step(event, true)
    Keys.onDownPressed: event => root.step(event, false)
    Keys.onReturnPressed: {
        root.fresh = false
        if (root.currentIndex >= 0)
            root.activated(root.currentIndex)
    }
    Keys.onEnterPressed: {
        root.fresh = false
        if (root.currentIndex >= 0)
            root.activated(root.currentIndex)
    }
    Keys.onSpacePressed: {
        root.fresh = false
        if (root.currentIndex >= 0)
            root.toggleRequested(root.currentIndex)
    }
    Keys.onDeletePressed: {
        root.fresh = false
        if (root.currentIndex >= 0)
            root.removeRequested(root.currentIndex)
    }
    Keys.onPressed: root.fresh = false
}
