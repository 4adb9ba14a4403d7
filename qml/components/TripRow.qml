pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** One side trip in the Trips list: when, what, where and how far, who goes, what it clashes with. */
ItemDelegate {
    id: root

    required property int index
    required property string eventId
    required property string title
    required property string room
    required property string placeId
    required property string day
    required property string timeZone
    required property date start
    required property date end
    required property string who
    required property string note
    required property bool hasGeo
    required property real distanceKm
    required property bool conflicting
    required property var conflictTitles
    property bool current: false

    signal editRequested()
    signal removeRequested()

    highlighted: root.current
    focusPolicy: Qt.NoFocus
    leftInset: 12
    rightInset: 12
    topInset: 3
    bottomInset: 3
    leftPadding: 20
    rightPadding: 16
    topPadding: 11
    bottomPadding: 11
    background: CardBackground {
        rowPalette: root.palette
        selected: root.highlighted
        hovered: root.hovered
        pressed: root.down
    }
    onClicked: root.editRequested()
    Accessible.name: qsTr("Trip %1, %2, %3").arg(root.title).arg(Format.dayLabel(root.day))
                     .arg(Format.timeRangeIn(root.start, root.end, root.timeZone))
                     + (root.room ? qsTr(", to %1").arg(root.room) : "")
                     + (root.conflicting ? qsTr(", conflicts with %1").arg(root.conflictTitles.join(", ")) : "")

    contentItem: EventContent {
        barColor: root.conflicting ? "#c0392b" : "#1f8a70"
        timeWidth: 120
        timeAlignment: Qt.AlignTop
        whenSpacing: 0
        whenLines: [
            Label { textFormat: Text.PlainText; text: Format.dayLabel(root.day); font.bold: true },
            Label { textFormat: Text.PlainText; text: Format.timeRangeIn(root.start, root.end, root.timeZone); opacity: 0.8 },
            Label { textFormat: Text.PlainText; text: Format.duration(root.start, root.end); opacity: 0.6; font.pixelSize: 12 }
        ]
        title: root.title
        detailParts: [root.room.length > 0
                      ? (root.distanceKm >= 0 ? qsTr("%1 · %2 km from the venue").arg(root.room).arg(root.distanceKm.toFixed(1)) : root.room)
                      : root.placeId.length > 0 ? qsTr("Place %1 is not known here").arg(root.placeId) : ""]
        detailsOpacity: 0.8
        lines: [
            Label {
                Layout.fillWidth: true
                visible: root.who.length > 0
                text: qsTr("With: %1").arg(root.who)
                opacity: 0.8
                elide: Text.ElideRight
                textFormat: Text.PlainText
            },
            IconText {
                Layout.fillWidth: true
                visible: root.conflicting
                iconName: "dialog-warning"
                text: qsTr("Conflicts with %1").arg(root.conflictTitles.join("; "))
                // Red on the selection's blue is hard to read: the selection's own text colour there.
                color: root.highlighted ? palette.highlightedText : StatusColors.warningText
                font.bold: true
                wrapMode: Text.Wrap
            },
            IconText {
                Layout.fillWidth: true
                visible: root.note.length > 0
                iconName: "document-edit"
                text: root.note
                font.italic: true
                opacity: 0.85
                maximumLineCount: 2
                wrapMode: Text.Wrap
                elide: Text.ElideRight
            }
        ]
        ToolButton {
            visible: root.hasGeo
            text: qsTr("Map")
            icon.name: "lanyard-open-external"
            focusPolicy: Qt.NoFocus
            onClicked: App.openLink(Trips.openStreetMapUrl(root.placeId))
            Accessible.name: qsTr("Open %1 in OpenStreetMap").arg(root.room)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Open in OpenStreetMap (M)")
        }
        ToolButton {
            text: qsTr("Edit")
            focusPolicy: Qt.NoFocus
            onClicked: root.editRequested()
            Accessible.name: qsTr("Edit the trip %1").arg(root.title)
        }
        ToolButton {
            icon.name: "edit-delete"
            display: AbstractButton.IconOnly
            focusPolicy: Qt.NoFocus
            onClicked: root.removeRequested()
            Accessible.name: qsTr("Remove the trip %1").arg(root.title)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Remove (Delete)")
        }
    }
}
