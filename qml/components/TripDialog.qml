pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * Add or change a side trip: what, where (a place of the conference, with its distance and
 * travel time), which day, from and to (typed, or taken from one of the day's free slots with
 * the time there and back counted), who goes and notes. Nothing is stored until Save succeeds;
 * a mistake is shown here and the dialog stays open.
 */
Dialog {
    id: root

    /** Empty while adding a trip. */
    property string tripId
    property var placeChoices: []
    /** Friends picked in "With": the free slots are the times when they are free too. */
    property var pickedFriends: []

    signal saved(string tripId)
    signal removeRequested(string tripId)

    function refreshChoices() {
        root.placeChoices = [{ placeId: "", label: qsTr("No particular place") }].concat(places.choices())
    }
    function selectPlace(placeId: string) {
        placeBox.currentIndex = Math.max(0, placeBox.indexOfValue(placeId))
    }
    /** A new trip on `day` (default: the day shown or the first), optionally to a place. */
    function openNew(day: string, placeId: string) {
        root.tripId = ""
        root.refreshChoices()
        titleField.text = ""
        dayBox.currentIndex = Math.max(0, App.days.indexOf(day))
        root.selectPlace(placeId)
        startField.text = ""
        endField.text = ""
        whoField.text = ""
        notesArea.text = ""
        errorLabel.text = ""
        suggestionLabel.text = ""
        root.pickedFriends = []
        root.open()
        titleField.forceActiveFocus()
    }
    /** A new trip in a free slot chosen elsewhere (a gap in My agenda): its day and times filled in. */
    function openForSlot(start: date, end: date) {
        root.openNew("", "")
        root.useSlot(start, end)
    }
    /**
     * A new trip on `day` from `start` (after a talk, or a free place of the timetable): the times
     * come from the day's free time that holds `start`; with none, the day's gaps are offered.
     */
    function openFrom(day: string, start: date) {
        root.openNew(day, "")
        for (let i = 0; i < slotList.count; ++i) {
            const slot = slotList.itemAt(i)
            if (slot && slot.start <= start && start < slot.end) {
                root.useSlot(start, slot.end)
                return
            }
        }
    }
    function openEdit(id: string) {
        const trip = Trips.trip(id)
        if (!trip.id)
            return
        root.tripId = id
        root.refreshChoices()
        titleField.text = trip.title
        dayBox.currentIndex = Math.max(0, App.days.indexOf(trip.day))
        root.selectPlace(trip.placeId)
        startField.text = trip.startTime
        endField.text = trip.endTime
        whoField.text = trip.who
        notesArea.text = trip.notes
        errorLabel.text = ""
        suggestionLabel.text = ""
        root.pickedFriends = []
        root.open()
        titleField.forceActiveFocus()
    }
    function save() {
        const result = Trips.saveTrip(root.tripId, {
            title: titleField.text,
            placeId: placeBox.currentValue ?? "",
            day: App.days[dayBox.currentIndex] ?? "",
            startTime: startField.text,
            endTime: endField.text,
            who: whoField.text,
            notes: notesArea.text
        })
        if (!result.ok) {
            errorLabel.text = result.error
            return
        }
        root.close()
        root.saved(result.id)
    }
    function useSlot(start: date, end: date) {
        const suggestion = Trips.suggestion(start, end, placeBox.currentValue ?? "")
        if (App.days.indexOf(suggestion.day) >= 0)
            dayBox.currentIndex = App.days.indexOf(suggestion.day)
        startField.text = suggestion.startTime
        endField.text = suggestion.endTime
        suggestionLabel.text = suggestion.text
        suggestionLabel.color = suggestion.fits ? palette.text : StatusColors.warningText
        // A group's slot: the friends picked go too.
        if (root.pickedFriends.length > 0)
            whoField.text = qsTr("%1 and me").arg(root.pickedFriends.join(", "))
    }
    function setFriendPicked(name: string, picked: boolean) {
        const names = root.pickedFriends.filter(n => n !== name)
        if (picked)
            names.push(name)
        root.pickedFriends = App.friendNames.filter(n => names.indexOf(n) >= 0)
    }

    objectName: "tripDialog"
    title: root.tripId ? qsTr("Edit trip") : qsTr("New trip")
    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 640, 640)
    closePolicy: Popup.CloseOnEscape

    PlaceListModel {
        id: places
        appController: App
        tripController: Trips
    }

    contentItem: ScrollView {
        id: scroll
        contentWidth: availableWidth
        implicitHeight: Math.min(form.implicitHeight, 560)
        clip: true

        GridLayout {
            id: form
            width: scroll.availableWidth
            columns: 2
            columnSpacing: 12
            rowSpacing: 8

            Label { text: qsTr("What"); Layout.alignment: Qt.AlignRight }
            TextField {
                id: titleField
                objectName: "tripTitle"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. Drive up kunanyi / Mount Wellington")
                Accessible.name: qsTr("Trip title")
                KeyNavigation.tab: placeBox
            }

            Label { text: qsTr("Where"); Layout.alignment: Qt.AlignRight }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                ComboBox {
                    id: placeBox
                    objectName: "tripPlace"
                    Layout.fillWidth: true
                    model: root.placeChoices
                    textRole: "label"
                    valueRole: "placeId"
                    // Plain text: the default entries read "&" as a shortcut mark ("Food _ Drink").
                    delegate: ItemDelegate {
                        id: placeItem
                        required property int index
                        required property var modelData
                        width: ListView.view ? ListView.view.width : implicitWidth
                        highlighted: placeBox.highlightedIndex === placeItem.index
                        hoverEnabled: placeBox.hoverEnabled
                        text: placeItem.modelData.label
                        contentItem: Label {
                            text: placeItem.modelData.label
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                    Accessible.name: qsTr("Place")
                    KeyNavigation.tab: dayBox
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    readonly property var way: Trips.speedKmh > 0 && placeBox.currentValue ? Trips.travel(placeBox.currentValue) : ({})
                    visible: text.length > 0
                    text: way.text ?? ""
                    opacity: 0.75
                    font.pixelSize: 12
                    wrapMode: Text.Wrap
                }
            }

            Label { text: qsTr("Day"); Layout.alignment: Qt.AlignRight }
            ComboBox {
                id: dayBox
                objectName: "tripDay"
                Layout.fillWidth: true
                model: App.days
                displayText: Format.longDayLabel(App.days[currentIndex] ?? "")
                delegate: ItemDelegate {
                    required property string modelData
                    required property int index
                    width: ListView.view.width
                    text: Format.longDayLabel(modelData)
                    highlighted: dayBox.highlightedIndex === index
                }
                Accessible.name: qsTr("Day of the trip")
                KeyNavigation.tab: startField
            }

            Label { text: qsTr("From"); Layout.alignment: Qt.AlignRight }
            RowLayout {
                spacing: 8
                TimeField {
                    id: startField
                    objectName: "tripStart"
                    label: qsTr("Start")
                    KeyNavigation.tab: endField
                }
                Label { text: qsTr("to") }
                TimeField {
                    id: endField
                    objectName: "tripEnd"
                    label: qsTr("End")
                    KeyNavigation.tab: slotList.count > 0 ? slotList : whoField
                }
                Label {
                    textFormat: Text.PlainText
                    text: Format.zoneLabel
                    opacity: 0.7
                    font.pixelSize: 12
                }
            }

            Label {
                text: qsTr("With")
                visible: App.friendNames.length > 0
                Layout.alignment: Qt.AlignRight | Qt.AlignTop
                Layout.topMargin: 6
            }
            Flow {
                objectName: "tripFriends"
                visible: App.friendNames.length > 0
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: App.friendNames
                    delegate: CheckBox {
                        id: friendBox
                        required property string modelData
                        objectName: "tripFriend_" + friendBox.modelData
                        text: friendBox.modelData
                        checked: root.pickedFriends.indexOf(friendBox.modelData) >= 0
                        onToggled: root.setFriendPicked(friendBox.modelData, friendBox.checked)
                        Accessible.name: qsTr("Plan with %1").arg(friendBox.modelData)
                        Accessible.description: qsTr("Only times when %1 is free too").arg(friendBox.modelData)
                    }
                }
            }

            Label {
                text: qsTr("Free")
                Layout.alignment: Qt.AlignRight | Qt.AlignTop
                Layout.topMargin: 6
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: root.pickedFriends.length > 0
                          ? (slotList.count > 0
                             ? qsTr("Times of %1 min or more when you and %2 are all free on this day; pick one to fill in the times and who goes:").arg(freeSlots.minMinutes).arg(root.pickedFriends.join(", "))
                             : qsTr("No time of %1 min or more when you and %2 are all free on this day.").arg(freeSlots.minMinutes).arg(root.pickedFriends.join(", ")))
                          : slotList.count > 0
                          ? qsTr("Gaps of %1 min or more between your bookmarks and trips on this day; pick one to fill in the times, with the way there and back counted:").arg(freeSlots.minMinutes)
                          : qsTr("No gap of %1 min or more between your bookmarks and trips on this day.").arg(freeSlots.minMinutes)
                    wrapMode: Text.Wrap
                    opacity: 0.75
                    font.pixelSize: 12
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 6
                    Repeater {
                        id: slotList
                        objectName: "tripSlots"
                        model: FreeSlotModel {
                            id: freeSlots
                            appController: App
                            tripController: Trips
                            day: App.days[dayBox.currentIndex] ?? ""
                            ignoreTripId: root.tripId
                            friends: root.pickedFriends
                            minMinutes: 30
                        }
                        delegate: Button {
                            id: slotButton
                            required property date start
                            required property date end
                            required property int minutes
                            text: qsTr("%1 (%2)").arg(Format.timeRange(slotButton.start, slotButton.end)).arg(Format.minutes(slotButton.minutes))
                            onClicked: root.useSlot(slotButton.start, slotButton.end)
                            Accessible.name: qsTr("Use the free time %1").arg(text)
                        }
                    }
                }
                Label {
                    id: suggestionLabel
                    objectName: "tripSuggestion"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    wrapMode: Text.Wrap
                    font.pixelSize: 12
                }
            }

            Label { text: qsTr("Who"); Layout.alignment: Qt.AlignRight }
            TextField {
                id: whoField
                objectName: "tripWho"
                Layout.fillWidth: true
                placeholderText: qsTr("Who is going, e.g. Ann, Bo and me")
                Accessible.name: qsTr("Who is going")
                KeyNavigation.tab: notesArea
            }

            Label { text: qsTr("Notes"); Layout.alignment: Qt.AlignRight | Qt.AlignTop }
            TextArea {
                id: notesArea
                Layout.fillWidth: true
                Layout.preferredHeight: 72
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("e.g. the road closes when it snows; bring a jacket")
                Accessible.name: qsTr("Notes")
                background: Rectangle {
                    color: palette.base
                    border.color: notesArea.activeFocus ? palette.highlight : palette.mid
                    radius: 2
                }
                KeyNavigation.priority: KeyNavigation.BeforeItem
                KeyNavigation.tab: titleField
            }

            Label {
                id: errorLabel
            objectName: "tripError"
                Layout.columnSpan: 2
                Layout.fillWidth: true
                visible: text.length > 0
                color: StatusColors.warningText
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                Accessible.role: Accessible.AlertMessage
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Remove trip")
            visible: root.tripId.length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: {
                root.close()
                root.removeRequested(root.tripId)
            }
            Accessible.name: qsTr("Remove this trip")
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: root.close()
        }
        Button {
            objectName: "tripSave"
            text: qsTr("Save")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: root.save()
            Accessible.name: qsTr("Save the trip")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Save (Ctrl+Enter)")
        }
    }

    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: root.opened
        onActivated: root.save()
    }
}
