pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * Search results as you type (the field is in the window's header): best first, matching words
 * in bold, narrowed by conference, day and track. Enter in the field opens the first result.
 */
Page {
    id: root

    title: qsTr("Search")

    SearchModel {
        id: results
        appController: App
        query: Navigation.searchText
        conferenceId: scope.currentIndex === 0 ? App.conferenceId : ""
        day: dayFilter.currentIndex > 0 ? results.dayOptions[dayFilter.currentIndex - 1] : ""
        track: trackFilter.currentIndex > 0 ? results.trackOptions[trackFilter.currentIndex - 1] : ""
        onErrorOccurred: message => errorLabel.text = qsTr("The search failed: %1").arg(message)
        // A new question (words typed, a filter changed) shows its best match at the top. The
        // rows an answer shares with the one before stay where they are (SearchModel moves and
        // inserts them), and ListView keeps its place on the row that was first: a best match
        // inserted above it was out of sight ("d", then "da" on the bundled programme). An answer
        // to the same question (a bookmark elsewhere re-ranks it) keeps the place the user
        // scrolled to.
        onAnswered: {
            const asked = [query, conferenceId, day, track].join("\u0001")
            if (asked !== root.lastAsked) {
                root.lastAsked = asked
                list.positionViewAtBeginning()
            }
        }
    }

    /** What the list's last answer was to: a new question starts at the top. */
    property string lastAsked

    function open(row: int) {
        const eventId = results.eventIdAt(row)
        if (eventId)
            Navigation.openEvent(eventId)
    }

    Connections {
        target: Navigation
        function onSearchAccepted() {
            root.open(list.currentIndex >= 0 ? list.currentIndex : 0)
        }
        function onSearchResultsRequested() {
            if (results.count > 0)
                list.focusRow(0)
        }
    }

    header: PageHeader {
        title: qsTr("Search")
        ComboBox {
            id: scope
            Layout.preferredWidth: 180
            model: [qsTr("This conference"), qsTr("All conferences")]
            Accessible.name: qsTr("Search in")
            // The read-only field inside the box says the choice.
            Component.onCompleted: contentItem.Accessible.name = Qt.binding(() => displayText)
        }
        ComboBox {
            id: dayFilter
            enabled: scope.currentIndex === 0
            model: [qsTr("Every day")].concat(results.dayOptions.map(day => Format.dayLabel(day)))
            Accessible.name: qsTr("Day")
            // The read-only field inside the box says the choice.
            Component.onCompleted: contentItem.Accessible.name = Qt.binding(() => displayText)
        }
        ComboBox {
            id: trackFilter
            enabled: scope.currentIndex === 0
            Layout.preferredWidth: 220
            model: [qsTr("Every track")].concat(results.trackOptions)
            Accessible.name: qsTr("Track")
            // The read-only field inside the box says the choice.
            Component.onCompleted: contentItem.Accessible.name = Qt.binding(() => displayText)
        }
        BusyIndicator {
            Layout.preferredHeight: 24
            Layout.preferredWidth: 24
            running: results.busy
            visible: results.busy
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            id: status
            Layout.fillWidth: true
            Layout.margins: 10
            text: {
                if (Navigation.searchText.trim().length === 0)
                    return qsTr("Type to search titles, speakers, abstracts, rooms, tracks and your notes.")
                if (results.count === 0 && !results.busy)
                    return qsTr("No events match “%1”.").arg(results.answeredQuery)
                return qsTr("%n event(s), best match first. Enter opens the first.", "", results.count)
            }
            textFormat: Text.PlainText
            opacity: 0.75
        }
        Label {
            id: errorLabel
            Layout.fillWidth: true
            Layout.leftMargin: 10
            visible: text.length > 0
            color: StatusColors.warningText
            textFormat: Text.PlainText
        }

        EventListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: results
            reuseItems: true
            currentIndex: -1
            Accessible.name: qsTr("Search results")
            onActivated: row => root.open(row)
            onUpFromTop: Navigation.focusSearch("")
            delegate: SearchResultRow {
                width: ListView.view.width
                current: ListView.isCurrentItem && list.showsCurrent
                onClicked: {
                    list.currentIndex = index
                    root.open(index)
                }
            }
        }
    }
}
