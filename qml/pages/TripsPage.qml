pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * Side trips: the user's plans around the programme, in time order, each with its place, who
 * goes and what it clashes with; add, edit and remove them (the editor offers the day's free
 * slots). Opened with editTripId set, it opens that trip's editor (a trip chosen elsewhere).
 */
Page {
    id: root

    /** A trip to open in the editor as soon as the page is shown. */
    property string editTripId
    /** A new trip to this place is started when the page opens (from the Places page). */
    property string newTripPlaceId
    /** A new trip in this free slot ({ start, end }) is started when the page opens (from My agenda). */
    property var newTripSlot: null
    /** A new trip from this moment ({ day, start }) in the day's free time (from the timetable). */
    property var newTripFrom: null

    objectName: "tripsPage"
    title: qsTr("Trips")

    TripListModel {
        id: trips
        appController: App
        tripController: Trips
    }
    /** For tests: the list's model and the dialogs. */
    readonly property alias model: trips
    readonly property alias editor: editor
    readonly property alias confirmRemove: confirm

    function askRemove(tripId: string) {
        const trip = Trips.trip(tripId)
        if (!trip.id)
            return
        confirm.tripId = tripId
        confirm.tripTitle = trip.title
        confirm.open()
    }

    function openRequested() {
        if (root.editTripId)
            editor.openEdit(root.editTripId)
        else if (root.newTripPlaceId)
            editor.openNew(App.defaultDay, root.newTripPlaceId)
        else if (root.newTripSlot)
            editor.openForSlot(root.newTripSlot.start, root.newTripSlot.end)
        else if (root.newTripFrom)
            editor.openFrom(root.newTripFrom.day, root.newTripFrom.start)
    }
    Component.onCompleted: {
        list.forceActiveFocus()
        // Once the page is in the window: a popup opened before has no overlay to open in.
        Qt.callLater(root.openRequested)
    }

    header: PageHeader {
        title: root.title
        summary: trips.count === 0 ? "" : (qsTr("%n trip(s)", "", trips.count)
                 + (trips.conflictCount > 0 ? qsTr(" · %n in conflict with talks or trips", "", trips.conflictCount) : ""))
        summaryWarns: trips.conflictCount > 0
        Button {
            text: qsTr("Places and map")
            onClicked: Navigation.showPage("places", {})
            Accessible.name: qsTr("Show the places around the venue on a map")
        }
        Button {
            text: qsTr("New trip…")
            icon.name: "list-add"
            highlighted: true
            enabled: Trips.available && App.days.length > 0
            onClicked: editor.openNew(App.defaultDay, "")
            Accessible.name: qsTr("Plan a new side trip")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Plan a side trip (Ctrl+N)")
        }
    }

    EventListView {
        id: list
        objectName: "tripList"
        anchors.fill: parent
        focus: true
        model: trips
        currentIndex: trips.count > 0 ? 0 : -1
        Accessible.name: qsTr("Trips")

        onActivated: row => editor.openEdit(trips.idAt(row))
        onRemoveRequested: row => root.askRemove(trips.idAt(row))
        Keys.onPressed: event => {
            const row = list.currentItem as TripRow
            if (event.key === Qt.Key_M && row && row.hasGeo) {
                App.openLink(Trips.openStreetMapUrl(row.placeId))
                event.accepted = true
            }
        }

        delegate: TripRow {
            width: ListView.view.width
            current: ListView.isCurrentItem && list.showsCurrent
            onEditRequested: {
                list.focusRow(index)
                editor.openEdit(eventId)
            }
            onRemoveRequested: root.askRemove(eventId)
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 40, 560)
        visible: trips.count === 0
        spacing: 8
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: Trips.available ? qsTr("No trips yet.") : qsTr("Trips are not available here.")
            font.pixelSize: 16
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Plan a side trip between talks: a drive up the mountain before the afternoon sessions, the pub after the closing. Lanyard shows your free time, the distance and travel time, and puts the trip on your agenda and timetable.")
            wrapMode: Text.Wrap
            opacity: 0.75
        }
        Button {
            Layout.alignment: Qt.AlignHCenter
            visible: Trips.available && App.days.length > 0
            text: qsTr("Plan a trip…")
            onClicked: editor.openNew(App.defaultDay, "")
        }
    }

    footer: Label {
        visible: trips.count > 0
        padding: 6
        text: qsTr("Enter edits · Delete removes · M opens the place in OpenStreetMap · Ctrl+N plans a new trip")
        opacity: 0.6
        font.pixelSize: 12
        // Wrapped, not cut: in German or a narrow window the last keys were lost.
        wrapMode: Text.Wrap
    }

    TripDialog {
        id: editor
        parent: Overlay.overlay
        onSaved: tripId => {
            const row = trips.indexOf(tripId)
            if (row >= 0)
                list.currentIndex = row
            list.forceActiveFocus()
        }
        onRemoveRequested: tripId => root.askRemove(tripId)
        onClosed: list.forceActiveFocus()
    }

    Dialog {
        id: confirm
        property string tripId
        property string tripTitle
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Remove trip")
        // A set width: a dialog sized by a wrapping label loops on its implicit width.
        width: Math.min(root.width - 40, 420)
        // Buttons of its own, not standardButtons: a closed dialog's standard buttons are deleted
        // while still inside its hidden button box, and each tells the accessibility bridge it
        // became visible when half destroyed (a crash with a screen reader, leaving the page).
        footer: DialogButtonBox {
            Button {
                text: qsTr("Yes")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                text: qsTr("No")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        Label {
            width: confirm.availableWidth
            text: qsTr("Remove the trip \"%1\"?").arg(confirm.tripTitle)
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        onAccepted: {
            const error = Trips.removeTrip(confirm.tripId)
            if (error)
                App.errorOccurred(error)
            list.forceActiveFocus()
        }
        onRejected: list.forceActiveFocus()
    }

    Shortcut {
        sequence: StandardKey.New
        enabled: root.StackView.status === StackView.Active && Trips.available && App.days.length > 0 && !editor.opened
        onActivated: editor.openNew(App.defaultDay, "")
    }
}
