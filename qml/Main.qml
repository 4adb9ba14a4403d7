pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qt.labs.settings
import Lanyard

ApplicationWindow {
    id: root

    width: 1280
    height: 800
    minimumWidth: 760
    minimumHeight: 480
    visible: true
    title: App.conference.title ? qsTr("%1 – Lanyard").arg(App.conference.title) : qsTr("Lanyard")

    /** The day the schedule shows, "YYYY-MM-DD". */
    property string day: App.defaultDay
    /** "timetable" or "list". */
    property string viewMode: "timetable"
    property string currentPage: "schedule"
    /**
     * On a wide window an event opens in a panel beside the page (the timetable or list stays in
     * view, and the next event opens in the same panel); on a narrower one it takes the page's place.
     */
    readonly property bool eventsBeside: root.width >= 1400
    /** The first-run tip for what the window shows now ("" for none). */
    readonly property string hintName: stack.depth > 1 ? "event"
                                       : (root.currentPage === "schedule" ? "schedule-" + root.viewMode : "")
    readonly property var hintTexts: ({
        "schedule-timetable": qsTr("The timetable shows the rooms side by side. Move between events with the arrow keys, open one with Enter and bookmark it with Space. Ctrl+1, Ctrl+2, … switch days; F1 lists every shortcut."),
        "schedule-list": qsTr("The list groups the day's events by start time. Up and Down move between events, Enter opens one, Space bookmarks it. F1 lists every shortcut."),
        "event": qsTr("Times are shown in the conference's time zone, and in yours below when it differs. The star adds the event to your agenda; Esc goes back.")
    })

    // Size, position and the last view are remembered (QSettings: ~/.config/lanyard.org/lanyard.conf).
    Settings {
        id: windowState
        category: "window"
        property int x: -1
        property int y: -1
        property int width: 1280
        property int height: 800
        property bool maximized: false
    }
    Settings {
        id: viewState
        category: "view"
        property string page: "schedule"
        property string viewMode: "timetable"
    }

    function restoreState() {
        root.width = Math.max(root.minimumWidth, windowState.width)
        root.height = Math.max(root.minimumHeight, windowState.height)
        // Only where the window would still be on one of today's screens.
        const screens = Qt.application.screens
        for (let i = 0; i < screens.length; ++i) {
            const s = screens[i]
            if (windowState.x >= s.virtualX - 50 && windowState.x < s.virtualX + s.width - 100
                    && windowState.y >= s.virtualY - 10 && windowState.y < s.virtualY + s.height - 100) {
                root.x = windowState.x
                root.y = windowState.y
                break
            }
        }
        if (windowState.maximized)
            root.visibility = Window.Maximized
        if (viewState.viewMode === "list" || viewState.viewMode === "timetable")
            root.viewMode = viewState.viewMode
        if (viewState.page !== "schedule" && sidebar.sourceOf(viewState.page))
            root.showPage(viewState.page, {})
    }
    function saveState() {
        windowState.maximized = root.visibility === Window.Maximized
        if (root.visibility === Window.Windowed) {
            windowState.x = root.x
            windowState.y = root.y
            windowState.width = root.width
            windowState.height = root.height
        }
        viewState.page = root.currentPage
        viewState.viewMode = root.viewMode
    }
    /** The light or dark palette: Preferences follows the desktop or the user's choice. */
    function applyPalette() {
        const colors = Preferences.colors
        // Each write restyles every item in the window (a fifth of the CPU of a cold start when
        // all were written): only the roles that differ are.
        const groups = [[root.palette.active, colors.active], [root.palette.inactive, colors.active],
                        [root.palette.disabled, colors.disabled]]
        for (const role in colors.active) {
            for (const [group, wanted] of groups) {
                if (!Qt.colorEqual(group[role], wanted[role]))
                    group[role] = wanted[role]
            }
        }
    }
    Connections {
        target: Preferences
        function onThemeChanged() {
            root.applyPalette()
        }
    }

    Component.onCompleted: {
        root.applyPalette()
        root.restoreState()
        if (Importer.pending)
            importDialog.get()
    }
    onClosing: root.saveState()
    // Also while the window is open: a session that ends by logout or signal never sends "closing".
    Timer {
        id: saveTimer
        interval: 1000
        onTriggered: root.saveState()
    }
    onXChanged: saveTimer.restart()
    onYChanged: saveTimer.restart()
    onWidthChanged: saveTimer.restart()
    onHeightChanged: saveTimer.restart()
    onVisibilityChanged: saveTimer.restart()
    onCurrentPageChanged: viewState.page = root.currentPage
    // A window made narrower keeps the open event: it takes the page's place.
    onEventsBesideChanged: {
        if (!root.eventsBeside && eventPanel.eventId.length > 0) {
            const eventId = eventPanel.eventId
            eventPanel.eventId = ""
            stack.push(eventPage, { eventId: eventId })
        }
    }
    onViewModeChanged: viewState.viewMode = root.viewMode

    function showDay(index: int) {
        if (index >= 0 && index < App.days.length) {
            root.day = App.days[index]
            root.showPage("schedule", {})
        }
    }

    function showPage(name: string, properties: var) {
        const source = sidebar.sourceOf(name)
        if (!source)
            return
        while (stack.depth > 1)
            stack.pop(null, StackView.Immediate)
        root.currentPage = name
        if (name === "schedule")
            stack.replace(null, schedulePage, {}, StackView.Immediate)
        else
            stack.replace(null, Qt.resolvedUrl(source), properties, StackView.Immediate)
    }

    Connections {
        target: App
        function onConferenceChanged() {
            if (App.days.indexOf(root.day) < 0)
                root.day = App.defaultDay
        }
        function onErrorOccurred(message: string) {
            errorBanner.show(message)
        }
    }
    Connections {
        target: Navigation
        function onEventRequested(eventId: string) {
            // A trip on the agenda or the timetable opens in the trip editor.
            if (Trips.isTrip(eventId))
                root.showPage("trips", { editTripId: eventId })
            else if (root.eventsBeside)
                eventPanel.show(eventId)
            else
                stack.push(eventPage, { eventId: eventId })
        }
        function onPageRequested(name: string, properties: var) {
            root.showPage(name, properties)
        }
        function onBackRequested() {
            if (eventPanel.eventId.length > 0)
                eventPanel.close()
            else if (stack.depth > 1)
                stack.pop()
        }
        function onAboutRequested() {
            (aboutDialog.get() as AboutDialog).open()
        }
        function onPrintRequested(kind: string) {
            (printDialog.get() as PrintDialog).choose(kind)
        }
        function onShortcutsRequested() {
            (helpOverlay.get() as HelpOverlay).open()
        }
        function onSpeakerRequested(name: string) {
            stack.push(speakerPage, { name: name })
        }
        function onRoomRequested(room: string, day: string) {
            stack.push(roomPage, { room: room, day: day || root.day })
        }
        function onSearchTextChanged() {
            // Results as you type: the first letter brings up the search page.
            if (Navigation.searchText.length > 0 && (root.currentPage !== "search" || stack.depth > 1))
                root.showPage("search", {})
        }
    }

    header: ConferenceHeader {
        id: conferenceHeader
        viewMode: root.viewMode
        showsScheduleControls: root.currentPage === "schedule" && stack.depth === 1
        showsFilter: (root.currentPage === "schedule" || root.currentPage === "now") && stack.depth === 1
        onViewModeSelected: mode => root.viewMode = mode
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            id: sidebar
            Layout.fillHeight: true
            currentPage: root.currentPage
            compact: root.width < 1000
            onPageSelected: (name, source) => {
                root.showPage(name, {})
                if (name === "search")
                    Navigation.focusSearch("")
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            DaySwitcher {
                objectName: "daySwitcher"
                id: daySwitcher
                Layout.fillWidth: true
                visible: root.currentPage === "schedule" && stack.depth === 1
                day: root.day
                onDaySelected: date => root.day = date
            }

            ErrorBanner {
                id: errorBanner
                Layout.fillWidth: true
            }

            Label {
                id: statusLine
                Layout.fillWidth: true
                visible: text.length > 0
                padding: 8
                leftPadding: 12
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                background: Rectangle { color: root.palette.alternateBase }
                Accessible.role: Accessible.StatusBar
                Accessible.name: text
                Timer {
                    id: statusTimer
                    interval: 8000
                    onTriggered: statusLine.text = ""
                }
                function show(message: string) {
                    statusLine.text = message
                    statusTimer.restart()
                }
            }

            FirstRunHint {
                objectName: "firstRunHint"
                Layout.fillWidth: true
                name: root.hintName
                text: root.hintTexts[root.hintName] ?? ""
            }

            StackView {
                id: stack
                objectName: "pageStack"
                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
                initialItem: schedulePage
                // Typing a letter anywhere in the pages (where no field takes it) starts a search.
                Keys.onPressed: event => {
                    const plain = (event.modifiers & ~Qt.ShiftModifier) === Qt.NoModifier
                    if (plain && event.text.length === 1 && event.text > " ") {
                        Navigation.focusSearch(event.text)
                        event.accepted = true
                    }
                }
            }
        }

        // The event beside the page, on wide windows.
        Rectangle {
            visible: eventPanel.active
            Layout.fillHeight: true
            implicitWidth: 1
            color: root.palette.mid
        }
        // Made and dropped by hand, not by a Loader: Qt 6.4's Loader refuses a bound component
        // ("Cannot instantiate bound component outside its creation context").
        Item {
            id: eventPanel
            objectName: "eventPanel"
            /** The event shown; empty when the panel is closed. */
            property string eventId
            /** Where the keyboard was when the panel opened: it goes back there when the panel closes. */
            property Item returnFocus: null
            /** The event page in the panel while it is open. */
            property Item item: null
            readonly property bool active: eventPanel.eventId.length > 0 && root.eventsBeside

            onActiveChanged: {
                if (eventPanel.active && !eventPanel.item) {
                    eventPanel.item = panelEventPage.createObject(eventPanel)
                } else if (!eventPanel.active && eventPanel.item) {
                    eventPanel.item.destroy()
                    eventPanel.item = null
                }
            }

            function show(eventId: string) {
                if (!eventPanel.active)
                    eventPanel.returnFocus = root.activeFocusItem
                eventPanel.eventId = eventId
                if (eventPanel.item)
                    eventPanel.item.forceActiveFocus()
            }
            function close() {
                const back = eventPanel.returnFocus
                eventPanel.eventId = ""
                eventPanel.returnFocus = null
                if (back)
                    back.forceActiveFocus()
            }

            visible: eventPanel.active
            Layout.fillHeight: true
            Layout.preferredWidth: Math.max(420, Math.min(560, root.width * 0.32))
        }
    }

    // A schedule file dropped anywhere on the window is imported (with its report).
    DropArea {
        id: fileDrop
        anchors.fill: parent
        z: 100
        keys: ["text/uri-list"]
        onEntered: drag => drag.accepted = drag.hasUrls
        onDropped: drop => {
            for (const url of drop.urls)
                syncDialogs.importFile(url)
            drop.accept(Qt.CopyAction)
        }
        Rectangle {
            anchors.fill: parent
            visible: fileDrop.containsDrag
            color: Qt.alpha(root.palette.highlight, 0.12)
            border.color: root.palette.highlight
            border.width: 3
            Label {
                anchors.centerIn: parent
                text: qsTr("Drop a schedule file to import it")
                font.pixelSize: 22
                font.bold: true
            }
        }
    }

    SyncDialogs {
        id: syncDialogs
    }

    // A tooltip closes when its control is clicked (it stayed over what the click opened).
    ToolTipCloser {
        window: root
    }

    /** Whether an item is a control that shows the keyboard focus (reached by Tab, not a click). */
    function showsVisualFocus(item): bool {
        return !!item && item.visualFocus === true
    }
    // The keyboard focus, the same on every control in light and dark: a frame of 2 pixels in the
    // highlight colour (the styles draw a faint line of 1 pixel, or a tint). It is laid into the
    // control, so it moves and scrolls with it; views with their own frame take no visual focus.
    Rectangle {
        id: focusRing
        objectName: "focusRing"
        readonly property Item target: root.showsVisualFocus(root.activeFocusItem) ? root.activeFocusItem : null
        parent: focusRing.target ?? root.contentItem
        anchors.fill: parent
        visible: focusRing.target !== null
        z: 1000
        radius: 2
        color: "transparent"
        border.width: 2
        border.color: root.palette.highlight
    }

    Component {
        id: schedulePage
        SchedulePage {
            day: root.day
            viewMode: root.viewMode
            onEventActivated: eventId => Navigation.openEvent(eventId)
        }
    }

    // The dialogs are made when first asked for (MadeOnDemand); the import review as soon as the
    // Importer has a file waiting, which it then shows by itself.
    MadeOnDemand {
        id: importDialog
        parentObject: root.Overlay.overlay
        component: Component {
            ImportDialog {
                objectName: "importDialog"
                onImported: (ok, message) => {
                    if (ok)
                        statusLine.show(qsTr("Imported: %1").arg(message))
                    else
                        errorBanner.show(message)
                }
            }
        }
    }
    Connections {
        target: Importer
        enabled: importDialog.object === null
        function onCurrentChanged() {
            // Once the Importer has settled (the dialog's own look at it opens it).
            Qt.callLater(importDialog.get)
        }
    }

    MadeOnDemand {
        id: aboutDialog
        parentObject: root.Overlay.overlay
        component: Component {
            AboutDialog {
                objectName: "aboutDialog"
            }
        }
    }

    MadeOnDemand {
        id: printDialog
        parentObject: root.Overlay.overlay
        component: Component {
            PrintDialog {
                day: root.day
                onDone: message => statusLine.show(message)
                onSavePdfRequested: (printPdfDialog.get() as ExportDialog).choose()
            }
        }
    }
    AgendaFiles {
        id: printFiles
        appController: App
    }
    MadeOnDemand {
        id: printPdfDialog
        parentObject: root.Overlay.overlay
        component: Component {
            ExportDialog {
                // Asked for by the print dialog, which exists by then. (Not "print": a property may
                // not take the name of a JavaScript global, which only a page compiled when
                // loaded reports.)
                readonly property var printChoice: printDialog.object
                objectName: "printPdfDialog"
                title: printChoice.kind === "day" ? qsTr("Save the day as PDF") : qsTr("Save my agenda as PDF")
                acceptLabel: qsTr("Save")
                agendaFiles: printFiles
                formats: [{ name: "pdf", label: qsTr("PDF document (.pdf)") }]
                save: (target, format, allConferences) => printFiles.printTo(target, printChoice.kind, printChoice.chosenDay, allConferences)
                suggestName: (format, allConferences) => printFiles.suggestedName("pdf", allConferences,
                                                                                  printChoice.kind === "day" ? printChoice.chosenDay : "")
                onExported: statusLine.show(printFiles.message)
            }
        }
    }

    MadeOnDemand {
        id: helpOverlay
        parentObject: root.Overlay.overlay
        component: Component {
            HelpOverlay {
                objectName: "helpOverlay"
                pages: sidebar.shortcuts()
            }
        }
    }

    Component {
        id: eventPage
        EventPage {
            onBackRequested: Navigation.back()
        }
    }

    Component {
        id: panelEventPage
        EventPage {
            anchors.fill: parent
            inPanel: true
            eventId: eventPanel.eventId
            onBackRequested: eventPanel.close()
        }
    }

    Component {
        id: speakerPage
        SpeakerPage {
            onBackRequested: Navigation.back()
        }
    }

    Component {
        id: roomPage
        RoomPage {
            onBackRequested: Navigation.back()
        }
    }

    Shortcut { sequence: "Ctrl+1"; onActivated: root.showDay(0) }
    Shortcut { sequence: "Ctrl+2"; onActivated: root.showDay(1) }
    Shortcut { sequence: "Ctrl+3"; onActivated: root.showDay(2) }
    Shortcut { sequence: "Ctrl+4"; onActivated: root.showDay(3) }
    Shortcut { sequence: "Ctrl+5"; onActivated: root.showDay(4) }
    Shortcut { sequence: "Ctrl+6"; onActivated: root.showDay(5) }
    Shortcut { sequence: "Ctrl+7"; onActivated: root.showDay(6) }
    Shortcut { sequence: "Ctrl+8"; onActivated: root.showDay(7) }
    Shortcut { sequence: "Ctrl+9"; onActivated: root.showDay(8) }
    Shortcut {
        sequences: [StandardKey.Back, "Escape"]
        enabled: stack.depth > 1 || eventPanel.eventId.length > 0
        onActivated: Navigation.back()
    }
    // "?" arrives with Shift on most layouts.
    Shortcut { sequences: ["F1", "?", "Shift+?"]; onActivated: (helpOverlay.get() as HelpOverlay).open() }
    Shortcut {
        sequences: [StandardKey.Print]
        onActivated: (printDialog.get() as PrintDialog).choose(root.currentPage === "agenda" ? "agenda" : "day")
    }
    Shortcut { sequence: StandardKey.Quit; onActivated: root.close() }
    Shortcut { sequence: "Ctrl+T"; onActivated: { root.viewMode = "timetable"; root.showPage("schedule", {}) } }
    Shortcut { sequence: "Ctrl+L"; onActivated: { root.viewMode = "list"; root.showPage("schedule", {}) } }
}
