pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
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
            stack.push(eventPage, { eventId: eventId })
        }
        function onPageRequested(name: string, properties: var) {
            root.showPage(name, properties)
        }
        function onBackRequested() {
            if (stack.depth > 1)
                stack.pop()
        }
    }

    header: ConferenceHeader {
        id: conferenceHeader
        viewMode: root.viewMode
        showsScheduleControls: root.currentPage === "schedule" && stack.depth === 1
        onViewModeSelected: mode => root.viewMode = mode
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            id: sidebar
            Layout.fillHeight: true
            currentPage: root.currentPage
            onPageSelected: (name, source) => root.showPage(name, {})
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            DaySwitcher {
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

            StackView {
                id: stack
                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
                initialItem: schedulePage
            }
        }
    }

    Component {
        id: schedulePage
        SchedulePage {
            day: root.day
            viewMode: root.viewMode
            onEventActivated: eventId => Navigation.openEvent(eventId)
        }
    }

    Component {
        id: eventPage
        EventPage {
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
        enabled: stack.depth > 1
        onActivated: Navigation.back()
    }
    Shortcut { sequence: "Ctrl+T"; onActivated: { root.viewMode = "timetable"; root.showPage("schedule", {}) } }
    Shortcut { sequence: "Ctrl+L"; onActivated: { root.viewMode = "list"; root.showPage("schedule", {}) } }
}
