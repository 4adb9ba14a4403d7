pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * The places around the venue: a list by distance (with travel time at the chosen speed) and a
 * map Lanyard draws itself, centred on the venue, with distance rings and a scale. Places
 * without a location are listed apart, never placed. The selected place opens in OpenStreetMap,
 * or becomes a trip; the user's own places can be added, changed and removed.
 */
Page {
    id: root

    objectName: "placesPage"
    title: qsTr("Places")

    PlaceListModel {
        id: places
        appController: App
        tripController: Trips
    }
    /** For tests. */
    readonly property alias model: places
    readonly property alias map: map
    readonly property alias placeDialog: placeDialog

    property string selectedId: places.count > 0 ? places.idAt(0) : ""
    readonly property var selected: {
        places.count // re-evaluate when the list changes
        Trips.speedKmh
        return root.selectedId ? Trips.place(root.selectedId) : ({})
    }
    readonly property var selectedTravel: {
        Trips.speedKmh
        places.count
        return root.selectedId ? Trips.travel(root.selectedId) : ({})
    }
    readonly property string selectedUrl: {
        places.count
        return root.selectedId ? Trips.openStreetMapUrl(root.selectedId) : ""
    }

    function select(placeId: string) {
        root.selectedId = placeId
        list.currentIndex = places.indexOf(placeId)
    }
    function planTrip() {
        if (root.selectedId)
            Navigation.showPage("trips", { newTripPlaceId: root.selectedId })
    }

    Component.onCompleted: {
        map.showAll()
        // Hobart's side trips are within a dozen km; the far ones point from the edge.
        map.radiusKm = Math.min(map.radiusKm, 12)
        list.forceActiveFocus()
    }

    header: PageHeader {
        title: root.title
        summary: Trips.venueName ? qsTr("%n place(s) around %1", "", places.count).arg(Trips.venueName)
                                 : qsTr("%n place(s)", "", places.count)
        Label { text: qsTr("Travel:") }
        ComboBox {
            id: speedBox
            readonly property var speeds: [40, 15, 5]
            model: [qsTr("Driving, 40 km/h"), qsTr("Cycling, 15 km/h"), qsTr("Walking, 5 km/h")]
            implicitContentWidthPolicy: ComboBox.WidestText
            currentIndex: Math.max(0, speeds.indexOf(Trips.speedKmh))
            onActivated: index => Trips.speedKmh = speeds[index]
            Accessible.name: qsTr("Travel speed for travel times")
            // The read-only field inside the box says the choice.
            Component.onCompleted: contentItem.Accessible.name = Qt.binding(() => displayText)
        }
        Button {
            text: qsTr("Add place…")
            icon.name: "list-add"
            enabled: Trips.available && App.conferenceId.length > 0
            onClicked: placeDialog.openNew()
            Accessible.name: qsTr("Add a place of your own")
        }
    }

    // A conference without places: what the page is for and how to fill it, not an empty pane.
    ColumnLayout {
        objectName: "placesEmptyState"
        visible: places.count === 0
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 520)
        spacing: 12
        HeadingLabel {
            Layout.fillWidth: true
            text: App.conferenceId ? qsTr("No places for this conference") : qsTr("No conference")
            font.pixelSize: 18
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("This conference came without places around its venue. Add your own with “Add place…” (a café, a sight, your hotel): with coordinates they are shown on a map here, and you can plan trips to them.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            opacity: 0.8
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: places.count > 0

        ColumnLayout {
            // A nested layout fills by default when a child does: the map gets the rest.
            Layout.fillWidth: false
            Layout.preferredWidth: Math.min(400, root.width * 0.42)
            Layout.maximumWidth: Layout.preferredWidth
            Layout.fillHeight: true
            spacing: 0

            ListView {
                id: list
                objectName: "placeList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                focus: true
                model: places
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                boundsBehavior: Flickable.StopAtBounds
                currentIndex: places.count > 0 ? 0 : -1
                onCurrentIndexChanged: if (currentIndex >= 0) root.selectedId = places.idAt(currentIndex)
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Places, nearest first")

                Keys.onReturnPressed: if (root.selected.userMade) placeDialog.openEdit(root.selectedId)
                Keys.onEnterPressed: if (root.selected.userMade) placeDialog.openEdit(root.selectedId)
                Keys.onDeletePressed: if (root.selected.userMade) removeDialog.open()
                Keys.onPressed: event => {
                    switch (event.key) {
                    case Qt.Key_Plus:
                    case Qt.Key_Equal: map.zoomIn(); break
                    case Qt.Key_Minus: map.zoomOut(); break
                    case Qt.Key_0: map.showAll(); break
                    case Qt.Key_O:
                        if (root.selectedUrl)
                            App.openLink(root.selectedUrl)
                        break
                    case Qt.Key_T: root.planTrip(); break
                    default: return
                    }
                    event.accepted = true
                }

                delegate: ItemDelegate {
                    id: entry
                    required property int index
                    required property string placeId
                    required property string name
                    required property string category
                    required property bool hasLocation
                    required property bool isVenue
                    required property bool userMade
                    required property real distanceKm
                    required property int travelMinutes
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    focusPolicy: Qt.NoFocus
                    onClicked: {
                        list.currentIndex = index
                        list.forceActiveFocus()
                    }
                    readonly property string where: entry.isVenue ? qsTr("venue")
                        : !entry.hasLocation ? qsTr("no location")
                        : entry.distanceKm >= 0 ? qsTr("%1 km · ~%2").arg(entry.distanceKm.toFixed(1)).arg(Format.minutes(entry.travelMinutes))
                        : ""
                    Accessible.name: qsTr("%1, %2").arg(entry.name).arg(entry.where)
                    contentItem: RowLayout {
                        spacing: 8
                        Rectangle {
                            Layout.preferredWidth: 10
                            Layout.preferredHeight: 10
                            radius: entry.isVenue ? 0 : 5
                            color: !entry.hasLocation ? "transparent" : entry.isVenue ? "#c0392b" : entry.userMade ? "#2e6db4" : "#1f8a70"
                            border.color: entry.hasLocation ? "transparent" : palette.mid
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: entry.name
                                font.bold: entry.isVenue
                                elide: Text.ElideRight
                                textFormat: Text.PlainText
                            }
                            Label {
                                Layout.fillWidth: true
                                text: entry.category + (entry.userMade ? qsTr(" (mine)") : "")
                                visible: text.length > 0
                                opacity: 0.65
                                font.pixelSize: 12
                                elide: Text.ElideRight
                                textFormat: Text.PlainText
                            }
                        }
                        Label {
                            text: entry.where
                            opacity: entry.hasLocation ? 0.8 : 0.6
                            font.italic: !entry.hasLocation
                        }
                    }
                }
            }

            // The selected place.
            Pane {
                Layout.fillWidth: true
                visible: root.selectedId.length > 0
                background: Rectangle { color: palette.alternateBase }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        text: root.selected.name ?? ""
                        font.bold: true
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                    Label {
                        Layout.fillWidth: true
                        text: root.selected.coordinates ? qsTr("%1 (WGS84)").arg(root.selected.coordinates) : qsTr("No location known: not on the map.")
                        opacity: 0.75
                        font.pixelSize: 12
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: root.selectedTravel.text ?? ""
                        font.pixelSize: 12
                        wrapMode: Text.Wrap
                    }
                    IconText {
                        Layout.fillWidth: true
                        visible: (root.selected.notes ?? "").length > 0
                        iconName: "document-edit"
                        text: root.selected.notes ?? ""
                        font.italic: true
                        wrapMode: Text.Wrap
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 6
                        Button {
                            text: qsTr("Open in OpenStreetMap")
                            enabled: root.selectedUrl.length > 0
                            onClicked: App.openLink(root.selectedUrl)
                            Accessible.name: qsTr("Open %1 in OpenStreetMap in the browser").arg(root.selected.name ?? "")
                            ToolTip.visible: hovered
                            ToolTip.text: root.selectedUrl ? root.selectedUrl + qsTr(" (O)") : qsTr("No location known")
                        }
                        Button {
                            text: qsTr("Plan a trip here…")
                            enabled: Trips.available && App.days.length > 0
                            onClicked: root.planTrip()
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("A new trip to this place (T)")
                        }
                        Button {
                            visible: root.selected.userMade ?? false
                            text: qsTr("Edit…")
                            onClicked: placeDialog.openEdit(root.selectedId)
                        }
                        Button {
                            visible: root.selected.userMade ?? false
                            text: qsTr("Remove…")
                            onClicked: removeDialog.open()
                        }
                    }
                }
            }
        }

        Rectangle { Layout.preferredWidth: 1; Layout.fillHeight: true; color: palette.mid }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            PlaceMap {
                id: map
                anchors.fill: parent
                model: places
                selectedPlaceId: root.selectedId
                backgroundColor: Qt.tint(palette.base, "#10208050")
                textColor: palette.text
                accentColor: "#c0392b"
                onPlaceClicked: placeId => {
                    root.select(placeId)
                    list.forceActiveFocus()
                }
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Map of %n place(s) around the venue, north up; the selected place is circled", "", map.placesInView)
            }

            Column {
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 8
                spacing: 4
                Button {
                    icon.name: "zoom-in"
                    display: AbstractButton.IconOnly
                    width: 36
                    onClicked: map.zoomIn()
                    Accessible.name: qsTr("Zoom in")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Zoom in (+)")
                }
                Button {
                    icon.name: "zoom-out"
                    display: AbstractButton.IconOnly
                    width: 36
                    onClicked: map.zoomOut()
                    Accessible.name: qsTr("Zoom out")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Zoom out (−)")
                }
                Button {
                    icon.name: "zoom-fit-best"
                    display: AbstractButton.IconOnly
                    width: 36
                    onClicked: map.showAll()
                    Accessible.name: qsTr("Show all places")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Show all places (0)")
                }
            }

            // Places the map cannot place, listed apart.
            Pane {
                id: unplaced
                objectName: "unplacedPlaces"
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 8
                width: Math.min(parent.width * 0.5, 340)
                visible: places.count > places.locatedCount
                opacity: 0.92
                background: Rectangle { color: palette.base; border.color: palette.mid; radius: 4 }
                ColumnLayout {
                    width: parent.width
                    spacing: 2
                    Label {
                        objectName: "unplacedTitle"
                        Layout.fillWidth: true
                        text: qsTr("No location (not on the map)")
                        font.bold: true
                        font.pixelSize: 12
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: places
                        delegate: Label {
                            required property string name
                            required property string placeId
                            required property bool hasLocation
                            visible: !hasLocation
                            Layout.fillWidth: true
                            text: "• " + name
                            font.pixelSize: 12
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            TapHandler { onTapped: root.select(parent.placeId) }
                        }
                    }
                }
            }

            Label {
                objectName: "mapFootnote"
                anchors.left: parent.left
                // Beside the list of places without a location, wrapped rather than under it.
                anchors.right: unplaced.visible ? unplaced.left : parent.right
                anchors.bottom: parent.bottom
                anchors.leftMargin: 8
                anchors.rightMargin: 8
                anchors.bottomMargin: 34
                wrapMode: Text.Wrap
                text: qsTr("Distances in a straight line from the venue; no map tiles.")
                opacity: 0.6
                font.pixelSize: 11
            }
        }
    }

    PlaceDialog {
        id: placeDialog
        parent: Overlay.overlay
        onSaved: placeId => {
            root.select(placeId)
            list.forceActiveFocus()
        }
        onRemoveRequested: removeDialog.open()
        onClosed: list.forceActiveFocus()
    }

    Dialog {
        id: removeDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Remove place")
        // A set width: a dialog sized by a wrapping label loops on its implicit width.
        width: Math.min(root.width - 40, 420)
        // Buttons of its own, not standardButtons (see TripsPage: a crash with a screen reader).
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
            width: removeDialog.availableWidth
            text: qsTr("Remove your place \"%1\"?").arg(root.selected.name ?? "")
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        onAccepted: {
            const error = Trips.removePlace(root.selectedId)
            if (error)
                App.errorOccurred(error)
            list.forceActiveFocus()
        }
        onRejected: list.forceActiveFocus()
    }
}
