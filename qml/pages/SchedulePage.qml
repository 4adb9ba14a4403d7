pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** One day of the programme, as a timetable (rooms side by side) or as a list by time slot. */
Page {
    id: root

    property string day
    property string viewMode: "timetable"
    /** The event the keyboard is on; shared by both views so switching keeps the place. */
    property string currentEventId

    signal eventActivated(string eventId)

    title: Format.longDayLabel(root.day)

    DayModel {
        id: dayModel
        appController: App
        tripController: Trips
        syncController: Sync
        day: root.day
    }

    TimetableView {
        id: timetable
        objectName: "timetable"
        anchors.fill: parent
        visible: root.viewMode === "timetable" && dayModel.count > 0
        active: root.viewMode === "timetable"
        focus: visible
        model: dayModel
        currentEventId: root.currentEventId
        onCurrentEventIdChanged: root.currentEventId = currentEventId
        onActivated: eventId => root.eventActivated(eventId)
    }

    // The list has rows (and delegates) only while it is the view shown, and is shown exactly
    // while it has its model (also when the day is empty: the message below covers it). A
    // hidden list destroys its delegates and section headings while hidden: each one,
    // unparented in its destructor, turns "visible" again and tells the accessibility bridge
    // about it when half destroyed (a crash with a screen reader, at the first page switch).
    // So the model goes first, while the list is still visible, and the list hides after it.
    DayListView {
        id: list
        objectName: "dayList"
        anchors.fill: parent
        visible: root.listShown
        focus: visible
        model: null
        onCurrentEventIdChanged: {
            if (list.model)
                root.currentEventId = currentEventId
        }
        onActivated: eventId => root.eventActivated(eventId)
    }
    /** Whether the list is shown: set with its model, in the order that keeps its delegates safe. */
    property bool listShown: false
    /** Gives the list its rows in list mode and takes them away otherwise, keeping the place. */
    function syncList() {
        const wanted = root.viewMode === "list" ? dayModel : null
        if ((list.model ?? null) === wanted)
            return
        // A new model makes the list current at its first row: the event the keyboard was on stays.
        const keep = root.currentEventId
        if (wanted) {
            root.listShown = true
            list.model = wanted
        } else {
            list.model = null
            root.listShown = false
        }
        list.currentEventId = keep
        root.currentEventId = keep
    }
    onViewModeChanged: root.syncList()
    onCurrentEventIdChanged: {
        if (!list.model)
            list.currentEventId = root.currentEventId
    }
    Component.onCompleted: root.syncList()

    ColumnLayout {
        anchors.centerIn: parent
        visible: dayModel.count === 0
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: dayModel.hiddenCount > 0 ? qsTr("The filter hides all %n event(s) of this day.", "", dayModel.hiddenCount)
                                           : dayModel.excludedCount > 0 ? qsTr("All %n event(s) of this day are hidden from every view.", "", dayModel.excludedCount)
                                           : (root.day ? qsTr("No events on this day.") : qsTr("No conference yet."))
            textFormat: Text.PlainText
            font.pixelSize: 16
        }
        Button {
            Layout.alignment: Qt.AlignHCenter
            visible: dayModel.hiddenCount > 0
            text: qsTr("Show all")
            onClicked: App.filter.clear()
        }
    }

    Shortcut {
        sequence: "Ctrl+D"
        enabled: root.StackView.status === StackView.Active && root.currentEventId.length > 0
        onActivated: App.toggleBookmark(root.currentEventId, App.conferenceId)
    }

    footer: RowLayout {
        visible: (dayModel.hiddenCount > 0 && dayModel.count > 0) || dayModel.excludedCount > 0
        spacing: 12
        Label {
            visible: dayModel.hiddenCount > 0 && dayModel.count > 0
            padding: 6
            text: qsTr("%n event(s) hidden by the filter.", "", dayModel.hiddenCount)
            opacity: 0.75
        }
        LinkLabel {
            visible: dayModel.excludedCount > 0
            padding: 6
            text: qsTr("%n event(s) hidden from every view", "", dayModel.excludedCount)
            toolTip: qsTr("See and undo what is hidden")
            onActivated: Navigation.showPage("hidden", {})
        }
        Item { Layout.fillWidth: true }
    }
}
