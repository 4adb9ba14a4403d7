pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Qt.labs.settings
import Lanyard

/**
 * Rooms as columns, time running down: each event a block as tall as it is long, overlapping
 * events in one room side by side, a line at "now" while the day is on. Arrow keys move between
 * events, Enter opens one.
 */
FocusScope {
    id: root

    required property DayModel model
    property string currentEventId
    /** False while another view shows the day: then no blocks are kept. */
    property bool active: true
    /**
     * The scale: pixels per minute down, and with it the rooms' width across (Ctrl+plus and
     * Ctrl+minus zoom both; kept across restarts).
     */
    property real pxPerMinute: 2.2
    function zoom(factor: real) {
        const centre = (flick.contentY + flick.height / 2) / root.pxPerMinute
        const centreColumn = (flick.contentX + root.gridWidth / 2) / root.columnWidth
        root.pxPerMinute = Math.max(0.8, Math.min(8, root.pxPerMinute * factor))
        flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, centre * root.pxPerMinute - flick.height / 2))
        flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width, centreColumn * root.columnWidth - root.gridWidth / 2))
    }
    Settings {
        category: "timetable"
        property alias pxPerMinute: root.pxPerMinute
    }
    Shortcut { sequences: [StandardKey.ZoomIn, "Ctrl+="]; enabled: root.visible; onActivated: root.zoom(1.25) }
    Shortcut { sequences: [StandardKey.ZoomOut]; enabled: root.visible; onActivated: root.zoom(0.8) }
    Shortcut { sequence: "Ctrl+J"; enabled: root.visible && root.scrollsSideways; onActivated: root.openRoomJump() }

    /** Opens "Jump to a room" below the corner of the rooms' header. */
    function openRoomJump() {
        const popup = roomJump.get() as RoomJumpPopup
        popup.x = 0
        popup.y = root.headerHeight
        popup.open()
    }

    /** Scrolls sideways so that a room is the first beside the hour column; its header takes the focus. */
    function jumpToColumn(column: int) {
        if (column < 0 || column >= root.model.columns.length)
            return
        flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width, column * root.columnWidth))
        const header = roomHeaders.itemAt(column)
        if (header)
            Qt.callLater(() => header.forceActiveFocus(Qt.OtherFocusReason))
    }
    readonly property int timeColumnWidth: 56
    readonly property int headerHeight: 32
    /** The width beside the hour column, where the rooms are. */
    readonly property real gridWidth: flick.width - root.timeColumnWidth
    /** A room's width: the rooms share the view, but none is narrower than the zoom allows. */
    readonly property real minColumnWidth: Math.max(110, Math.min(480, 170 * root.pxPerMinute / 2.2))
    readonly property real columnWidth: Math.max(root.minColumnWidth, root.gridWidth / Math.max(1, root.model.columns.length))
    /** More rooms than fit: a lasting horizontal scroll bar and "Jump to a room" (Ctrl+J). */
    readonly property bool scrollsSideways: flick.contentWidth > flick.width + 1
    readonly property bool showsNow: App.today === root.model.day && nowOffset >= 0 && nowOffset <= root.model.gridMinutes
    readonly property int nowOffset: root.model.gridStart ? root.model.offsetOf(App.now) : 0

    signal activated(string eventId)

    /** The first talk of the current event's run of short talks; "" when it is in none. */
    readonly property string currentRunFirst: {
        const run = root.currentEventId ? root.model.stackOf(root.currentEventId) : []
        return run.length > 1 ? run[0].id : ""
    }

    // Reachable with Tab; the first arrow key (or the focus itself) picks an event to start from:
    // while the day is on, the one running now or next, so the view stays at "now".
    activeFocusOnTab: true
    onActiveFocusChanged: {
        if (activeFocus && !root.currentEventId && root.model.count > 0) {
            const row = App.today === root.model.day ? root.model.rowAt(App.now) : -1
            if (row >= 0)
                root.select(row)
            else
                root.move(DayModel.Down)
        } else if (activeFocus) {
            Qt.callLater(root.focusCurrent)
        }
    }
    // Screen readers hear the view and the event the keyboard is on (the block has the focus).
    Accessible.role: Accessible.Table
    Accessible.name: {
        const block = root.currentEventId ? root.blockOf(root.currentEventId) : null
        return block ? qsTr("Timetable, %1").arg(block.Accessible.name) : qsTr("Timetable")
    }

    /**
     * The current block holds the keyboard focus while the view has it, so that a screen reader
     * hears each block as the arrow keys reach it. A block exists only near the viewport: it
     * takes the focus once it is made (a focus set while it is being made is not announced).
     */
    function focusCurrent() {
        // Not while a room header has the focus: Tab and Shift+Tab stop there.
        const focused = root.Window.activeFocusItem
        if (!root.activeFocus || !root.currentEventId || (focused !== root && !(focused instanceof EventBlock)))
            return
        const block = root.blockOf(root.currentEventId)
        if (block && !block.activeFocus)
            block.forceActiveFocus(Qt.OtherFocusReason)
    }
    onCurrentEventIdChanged: Qt.callLater(root.focusCurrent)

    /**
     * The block of an event, or null: blocks exist only near the viewport (TimetableWindow). A
     * talk of a stacked run of short talks has its run's block.
     */
    function blockOf(eventId: string): Item {
        let runFirst = ""
        for (let i = 0; i < blocks.count; ++i) {
            const block = blocks.itemAt(i) as EventBlock
            if (block && block.eventId === eventId) {
                if (!block.stacked || block.stackIndex === 0)
                    return block
                runFirst = block.stackFirst
                break
            }
        }
        for (let i = 0; runFirst && i < blocks.count; ++i) {
            const block = blocks.itemAt(i) as EventBlock
            if (block && block.eventId === runFirst)
                return block
        }
        return null
    }

    /** A stacked run of short talks: its talks in a menu at the block, to open one. */
    function openStack(block: EventBlock) {
        const menu = stackMenu.get() as Menu
        menu.members = root.model.stackOf(block.eventId)
        menu.popup(block, 0, Math.min(block.height, 24))
    }
    // The view's menus and popups are made when first opened (MadeOnDemand): a day's first frame
    // does not wait for them.
    MadeOnDemand {
        id: stackMenu
        parentObject: root
        component: Component {
            Menu {
                id: runMenu
                objectName: "stackMenu"
                property var members: []
                // Wide enough for the talks' titles, as far as the view allows.
                width: Math.min(480, root.width - 16)
                Instantiator {
                    model: runMenu.members
                    delegate: MenuItem {
                        required property var modelData
                        text: qsTr("%1  %2").arg(Format.time(modelData.start)).arg(modelData.title).replace(/&/g, "&&")
                        icon.name: modelData.bookmarked ? "starred" : ""
                        icon.color: "#e0a100"
                        onTriggered: {
                            root.currentEventId = modelData.id
                            root.activated(modelData.id)
                        }
                        Accessible.name: qsTr("%1, %2").arg(modelData.title).arg(Format.timeRange(modelData.start, modelData.end))
                                         + (modelData.bookmarked ? qsTr(", bookmarked") : "")
                    }
                    onObjectAdded: (index, object) => runMenu.insertItem(index, object)
                    onObjectRemoved: (index, object) => runMenu.removeItem(object)
                }
            }
        }
    }

    /** Scrolls so that an event's block is in view. */
    function ensureBlockVisible(block: Item) {
        flick.ensureVisible(Qt.rect(block.x, block.y, block.width, block.height))
    }

    function move(direction: int) {
        const row = root.model.neighbour(root.model.indexOf(root.currentEventId), direction)
        if (row >= 0)
            root.select(row)
    }

    /** Makes a row current and scrolls to it. */
    function select(row: int) {
        root.currentEventId = root.model.eventIdAt(row)
        // The block may not exist yet (only those near the viewport do): place by the model.
        const p = root.model.placement(row)
        // Only as far as needed: a long event running now keeps its start above the view.
        const top = p.startOffset * root.pxPerMinute
        const height = Math.min(Math.max(6, p.duration * root.pxPerMinute), flick.height / 2)
        const start = Math.max(top, Math.min(top + p.duration * root.pxPerMinute - height, flick.contentY))
        flick.ensureVisible(Qt.rect(root.timeColumnWidth + p.column * root.columnWidth + p.lane * (root.columnWidth / p.laneCount),
                                    start, root.columnWidth / p.laneCount, height))
    }

    Keys.onPressed: event => root.handleKey(event)
    /** Arrows, Enter and Space, from the view or from the block that has the focus. */
    function handleKey(event) {
        switch (event.key) {
        case Qt.Key_Up: root.move(DayModel.Up); break
        case Qt.Key_Down: root.move(DayModel.Down); break
        case Qt.Key_Left: root.move(DayModel.Left); break
        case Qt.Key_Right: root.move(DayModel.Right); break
        case Qt.Key_Return:
        case Qt.Key_Enter:
            if (root.currentEventId)
                root.activated(root.currentEventId)
            break
        case Qt.Key_Space:
            if (root.currentEventId)
                App.toggleBookmark(root.currentEventId, App.conferenceId)
            break
        case Qt.Key_Menu:
            root.openBlockMenu(root.blockOf(root.currentEventId))
            break
        case Qt.Key_F10:
            if (!(event.modifiers & Qt.ShiftModifier))
                return
            root.openBlockMenu(root.blockOf(root.currentEventId))
            break
        default:
            return
        }
        event.accepted = true
    }

    /** The context menu of a block (right click, the Menu key or Shift+F10 on the current block). */
    function openBlockMenu(block: EventBlock) {
        if (!block)
            return
        const menu = blockMenu.get() as TimetableBlockMenu
        menu.block = block
        menu.popup(block, block.width / 2, Math.min(block.height, 24))
    }
    /** What a right click on the grid hits: a block, or a free place in a room at a time. */
    function openMenuAt(x: real, y: real) {
        const hit = flick.contentItem.childAt(x, y)
        if (hit instanceof EventBlock) {
            // At the pointer, as desktop context menus open.
            root.currentEventId = hit.eventId
            const menu = blockMenu.get() as TimetableBlockMenu
            menu.block = hit
            menu.popup(flick.contentItem, x, y)
        } else if (x > root.timeColumnWidth && root.model.count > 0) {
            // Free space: a trip from here (the time under the pointer, on the quarter hour).
            const minute = Math.max(0, Math.round(y / root.pxPerMinute / 15) * 15)
            const menu = freeMenu.get() as Menu
            menu.start = root.model.instantAt(minute)
            menu.popup(flick.contentItem, x, y)
        }
    }

    MadeOnDemand {
        id: blockMenu
        parentObject: root
        component: Component {
            TimetableBlockMenu {
                objectName: "blockMenu"
                day: root.model.day
            }
        }
    }
    MadeOnDemand {
        id: freeMenu
        parentObject: root
        component: Component {
            Menu {
                id: freeSpaceMenu
                objectName: "freeSpaceMenu"
                property date start
                MenuItem {
                    objectName: "planTripFromHere"
                    text: qsTr("Plan a trip from %1").arg(Format.time(freeSpaceMenu.start))
                    onTriggered: Navigation.showPage("trips", { newTripFrom: { day: root.model.day, start: freeSpaceMenu.start } })
                    Accessible.name: text
                }
            }
        }
    }

    // Room names stay on top while the grid scrolls.
    Rectangle {
        id: header
        z: 2
        width: parent.width
        height: root.headerHeight
        color: palette.window
        clip: true
        Row {
            x: root.timeColumnWidth - flick.contentX
            Repeater {
                id: roomHeaders
                model: root.model.columns
                // A click (or Enter on a focused header) opens the room's day list (the trips' lane: Trips).
                delegate: AbstractButton {
                    id: columnHeader
                    required property string modelData
                    required property int index
                    width: root.columnWidth
                    height: root.headerHeight
                    hoverEnabled: true
                    // Tab stops at the rooms in full view only: a congress has seventy rooms a
                    // day, most of them off to the side, and Tab walked through all of them.
                    readonly property bool inView: x >= flick.contentX - 1
                                                   && x + width <= flick.contentX + flick.width - root.timeColumnWidth + 1
                    focusPolicy: inView || activeFocus ? Qt.TabFocus : Qt.NoFocus
                    // Events without a room have no room page.
                    enabled: modelData.length > 0
                    text: modelData.length > 0 ? modelData : qsTr("(no room)")
                    readonly property bool isTripLane: index === root.model.tripColumn
                    onClicked: {
                        if (columnHeader.isTripLane)
                            Navigation.showPage("trips", {})
                        else
                            Navigation.openRoom(columnHeader.modelData, root.model.day)
                    }
                    Keys.onReturnPressed: columnHeader.clicked()
                    Keys.onEnterPressed: columnHeader.clicked()
                    Accessible.role: Accessible.ColumnHeader
                    Accessible.name: columnHeader.text
                    Accessible.description: columnHeader.isTripLane ? qsTr("Opens your trips")
                                                                    : qsTr("Opens everything in this room that day")
                    // Arrow keys on a room header would move the current event out of sight of a
                    // screen reader: they take the focus to the current block instead.
                    Keys.onPressed: event => {
                        if (event.key === Qt.Key_Up || event.key === Qt.Key_Down || event.key === Qt.Key_Left || event.key === Qt.Key_Right) {
                            const block = root.currentEventId ? root.blockOf(root.currentEventId) : null
                            if (block)
                                block.forceActiveFocus(Qt.OtherFocusReason)
                            else
                                root.handleKey(event)
                            event.accepted = true
                        }
                    }
                    HoverToolTip {
                        owner: columnHeader
                        shown: columnHeader.hovered
                        text: columnHeader.isTripLane ? qsTr("Plan and change your side trips")
                                                      : qsTr("Everything in %1 this day").arg(columnHeader.text)
                    }
                    HoverHandler { cursorShape: Qt.PointingHandCursor }
                    background: Rectangle {
                        color: columnHeader.hovered || columnHeader.visualFocus ? Qt.alpha(columnHeader.palette.highlight, 0.15) : "transparent"
                    }
                    contentItem: Label {
                        text: columnHeader.text
                        textFormat: Text.PlainText
                        font.bold: true
                        font.underline: columnHeader.hovered
                        // The trips' lane: the user's own plans, not a room of the venue.
                        font.italic: columnHeader.isTripLane
                        color: columnHeader.isTripLane ? "#1f8a70" : columnHeader.palette.windowText
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        elide: Text.ElideRight
                    }
                }
            }
        }
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: palette.mid }

        // The corner above the hours: the rooms scroll under it; with more rooms than fit, it
        // jumps to one.
        Rectangle {
            width: root.timeColumnWidth
            height: root.headerHeight
            color: palette.window
            ToolButton {
                id: jumpButton
                objectName: "roomJumpButton"
                anchors.centerIn: parent
                visible: root.scrollsSideways
                icon.name: "go-jump"
                display: AbstractButton.IconOnly
                focusPolicy: Qt.NoFocus
                onClicked: root.openRoomJump()
                Accessible.name: qsTr("Jump to a room")
                Accessible.description: qsTr("Ctrl+J")
                HoverToolTip {
                    owner: jumpButton
                    shown: jumpButton.hovered
                    text: qsTr("Jump to a room (Ctrl+J)")
                }
            }
            Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: palette.mid; opacity: 0.5 }
        }
    }

    MadeOnDemand {
        id: roomJump
        parentObject: root
        component: Component {
            RoomJumpPopup {
                objectName: "roomJump"
                rooms: root.model.columns
                onChosen: column => root.jumpToColumn(column)
            }
        }
    }

    // The hours stay at the left while the grid scrolls sideways, as the rooms stay on top.
    Rectangle {
        id: hourColumn
        objectName: "hourColumn"
        z: 1
        y: root.headerHeight
        width: root.timeColumnWidth
        height: flick.height - (sideBar.visible ? sideBar.height : 0)
        color: palette.window
        clip: true
        Repeater {
            model: Math.floor(root.model.gridMinutes / 60) + 1
            delegate: Label {
                required property int index
                x: 6
                y: index * 60 * root.pxPerMinute + 2 - flick.contentY
                text: Format.time(root.model.instantAt(index * 60))
                textFormat: Text.PlainText
                opacity: 0.7
                font.pixelSize: 12
            }
        }
        // "Now" in the hour column: the dot at the start of the now line.
        Rectangle {
            visible: root.showsNow
            x: root.timeColumnWidth - width - 1
            y: root.nowOffset * root.pxPerMinute + 1 - height / 2 - flick.contentY
            width: 10
            height: 10
            radius: 5
            color: nowLine.color
        }
        Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: palette.mid; opacity: 0.5 }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.topMargin: root.headerHeight
        clip: true
        contentWidth: root.timeColumnWidth + root.model.columns.length * root.columnWidth
        contentHeight: root.model.gridMinutes * root.pxPerMinute + 16
        boundsBehavior: Flickable.StopAtBounds
        /** Blocks exist within a band (px) of the viewport; the window moves band by band. */
        readonly property int band: 300
        readonly property int bandX: Math.floor(contentX / band)
        readonly property int bandY: Math.floor(contentY / band)
        /**
         * Bands made beyond the viewport on each side. None until a day's blocks in view have been
         * drawn once: a day's first frame then waits only for the blocks one sees (about a third of
         * the window's), and those around them are made on the frame after.
         */
        property int reach: 0
        /** The window has been filtered with no reach: the next frame shows the blocks in view. */
        property bool inViewMade: false
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
        // A congress's rooms go far to the side: the bar stays, so that one sees there are more.
        ScrollBar.horizontal: ScrollBar {
            id: sideBar
            objectName: "timetableSideBar"
            policy: root.scrollsSideways ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
        }

        function ensureVisible(item: rect) {
            if (item.y < contentY)
                contentY = Math.max(0, item.y - 8)
            else if (item.y + item.height > contentY + height)
                contentY = Math.min(contentHeight - height, item.y + item.height - height + 8)
            if (item.x < contentX + root.timeColumnWidth)
                contentX = Math.max(0, item.x - root.timeColumnWidth)
            else if (item.x + item.width > contentX + width)
                contentX = Math.min(contentWidth - width, item.x + item.width - width)
        }

        // Right click: the block's menu, or a trip planned from free space.
        TapHandler {
            acceptedButtons: Qt.RightButton
            onTapped: (eventPoint, button) => root.openMenuAt(eventPoint.position.x, eventPoint.position.y)
        }

        // Hour lines (their labels are in the pinned hour column).
        Repeater {
            model: Math.floor(root.model.gridMinutes / 60) + 1
            delegate: Rectangle {
                required property int index
                x: root.timeColumnWidth
                y: index * 60 * root.pxPerMinute
                width: flick.contentWidth - root.timeColumnWidth
                height: 1
                color: palette.mid
                opacity: 0.5
            }
        }
        // Column separators.
        Repeater {
            model: root.model.columns.length
            delegate: Rectangle {
                required property int index
                x: root.timeColumnWidth + index * root.columnWidth
                width: 1
                height: flick.contentHeight
                color: palette.mid
                opacity: 0.35
            }
        }

        // Blocks exist only for the events near the viewport (TimetableWindow): a full day has
        // a thousand events, and creating and rendering them all made switching days slow.
        // The window moves band by band, so most scrolled frames change nothing in it.
        TimetableWindow {
            id: window
            dayModel: root.active ? root.model : null
            fromMinute: flick.reach > 0 ? (flick.bandY - flick.reach) * flick.band / root.pxPerMinute : flick.contentY / root.pxPerMinute
            toMinute: (flick.reach > 0 ? (flick.bandY + 1 + flick.reach) * flick.band : flick.contentY) / root.pxPerMinute
                      + flick.height / root.pxPerMinute
            firstColumn: Math.floor(((flick.reach > 0 ? (flick.bandX - flick.reach) * flick.band : flick.contentX) - root.timeColumnWidth)
                                    / root.columnWidth)
            lastColumn: Math.floor(((flick.reach > 0 ? (flick.bandX + 1 + flick.reach) * flick.band : flick.contentX) + flick.width)
                                   / root.columnWidth)
            onRefiltered: flick.inViewMade = flick.reach === 0
        }
        // A new day (or the view shown again) starts with the blocks in view only.
        Connections {
            target: root.model
            function onDayChanged() {
                flick.reach = 0
                flick.inViewMade = false
            }
        }
        onVisibleChanged: {
            reach = 0
            inViewMade = false
        }
        // The frame after the first pass of the filter has drawn the blocks in view: reach further.
        Connections {
            target: root.Window.window
            enabled: flick.reach === 0 && root.visible
            function onFrameSwapped() {
                if (flick.inViewMade)
                    flick.reach = 1
            }
        }

        Repeater {
            id: blocks
            model: window
            delegate: EventBlock {
                id: block
                x: root.timeColumnWidth + column * root.columnWidth + lane * (root.columnWidth / laneCount) + 2
                y: startOffset * root.pxPerMinute + 1
                width: root.columnWidth / laneCount - 4
                // A run of short talks that would be slivers at this zoom: its first talk's block
                // stands for the run, the others are not drawn.
                stacked: stackSize > 1 && duration * root.pxPerMinute < 22
                visible: !stacked || stackIndex === 0
                stackMembers: stacked && stackIndex === 0 ? root.model.stackOf(eventId) : []
                height: Math.max(6, (stacked ? stackMinutes : duration) * root.pxPerMinute - 2)
                current: eventId === root.currentEventId || (stacked && root.currentRunFirst === stackFirst)
                Keys.onPressed: event => root.handleKey(event)
                // A block made for the current event (scrolled into the window) takes the focus.
                Component.onCompleted: if (current) Qt.callLater(root.focusCurrent)
                onClicked: {
                    if (block.stacked) {
                        root.openStack(block)
                        return
                    }
                    root.currentEventId = eventId
                    root.forceActiveFocus()
                    root.activated(eventId)
                }
            }
        }

        // Behind the blocks: across a running talk's title it read as "cancelled". It shows in
        // the gutters, in free space and as a dot in the hour column.
        Rectangle {
            id: nowLine
            objectName: "nowLine"
            visible: root.showsNow
            z: -1
            x: root.timeColumnWidth
            y: root.nowOffset * root.pxPerMinute
            width: flick.contentWidth - x
            height: 2
            color: "#d62828"
            Accessible.name: qsTr("Now")
        }
    }

    // Where the keyboard focus is: a frame around the view (the current event has its own).
    Rectangle {
        anchors.fill: parent
        z: 10
        color: "transparent"
        border.width: 2
        border.color: palette.highlight
        visible: root.activeFocus
    }

    /** A new day starts at the top, or at "now" (a third down the view) while the day is on. */
    function scrollToStart() {
        flick.contentX = 0
        if (root.showsNow)
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, root.nowOffset * root.pxPerMinute - flick.height / 3))
        else
            flick.contentY = 0
    }

    Connections {
        target: root.model
        function onLayoutChanged() {
            Qt.callLater(root.scrollToStart)
        }
    }
    // Once the view has its size (the first layout pass), not before.
    onHeightChanged: if (height > 0 && !scrolledOnce) { scrolledOnce = true; Qt.callLater(root.scrollToStart) }
    property bool scrolledOnce: false
}
