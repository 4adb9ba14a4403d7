pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** Add or change one of the user's own places: a name, optional coordinates, a category, notes. */
Dialog {
    id: root

    /** Empty while adding a place. */
    property string placeId

    signal saved(string placeId)
    signal removeRequested(string placeId)

    function openNew() {
        root.placeId = ""
        nameField.text = ""
        categoryField.text = ""
        coordinatesField.text = ""
        notesArea.text = ""
        errorLabel.text = ""
        root.open()
        nameField.forceActiveFocus()
    }
    function openEdit(id: string) {
        const place = Trips.place(id)
        if (!place.id || !place.userMade)
            return
        root.placeId = id
        nameField.text = place.name
        categoryField.text = place.category
        coordinatesField.text = place.coordinates
        notesArea.text = place.notes
        errorLabel.text = ""
        root.open()
        nameField.forceActiveFocus()
    }
    function save() {
        const result = Trips.savePlace(root.placeId, {
            name: nameField.text,
            category: categoryField.text,
            coordinates: coordinatesField.text,
            notes: notesArea.text
        })
        if (!result.ok) {
            errorLabel.text = result.error
            return
        }
        root.close()
        root.saved(result.id)
    }

    title: root.placeId ? qsTr("Edit place") : qsTr("New place")
    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 560, 560)
    closePolicy: Popup.CloseOnEscape

    contentItem: GridLayout {
        columns: 2
        columnSpacing: 12
        rowSpacing: 8

        Label { text: qsTr("Name"); Layout.alignment: Qt.AlignRight }
        TextField {
            id: nameField
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. MONA (Museum of Old and New Art)")
            Accessible.name: qsTr("Place name")
            KeyNavigation.tab: coordinatesField
        }
        Label { text: qsTr("Location"); Layout.alignment: Qt.AlignRight }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            TextField {
                id: coordinatesField
                Layout.fillWidth: true
                placeholderText: qsTr("latitude, longitude, e.g. -42.8121, 147.2612 (optional)")
                Accessible.name: qsTr("Location as latitude and longitude in decimal degrees (optional)")
                KeyNavigation.tab: categoryField
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Decimal degrees, south and west negative. Leave it empty when you do not know the point: the place is then listed without a location.")
                wrapMode: Text.Wrap
                opacity: 0.7
                font.pixelSize: 12
            }
        }
        Label { text: qsTr("Category"); Layout.alignment: Qt.AlignRight }
        TextField {
            id: categoryField
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. museum (optional)")
            Accessible.name: qsTr("Category (optional)")
            KeyNavigation.tab: notesArea
        }
        Label { text: qsTr("Notes"); Layout.alignment: Qt.AlignRight | Qt.AlignTop }
        TextArea {
            id: notesArea
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            wrapMode: TextEdit.Wrap
            Accessible.name: qsTr("Notes")
            background: Rectangle {
                color: palette.base
                border.color: notesArea.activeFocus ? palette.highlight : palette.mid
                radius: 2
            }
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: nameField
        }
        Label {
            id: errorLabel
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: text.length > 0
            color: StatusColors.warningText
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Accessible.role: Accessible.AlertMessage
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Remove place")
            visible: root.placeId.length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: {
                root.close()
                root.removeRequested(root.placeId)
            }
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: root.close()
        }
        Button {
            text: qsTr("Save")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: root.save()
            Accessible.name: qsTr("Save the place")
        }
    }

    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: root.opened
        onActivated: root.save()
    }
}
