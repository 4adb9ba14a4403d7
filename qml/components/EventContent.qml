pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/**
 * What an event row shows, laid out alike in every list (My agenda, Catch up, a day or room,
 * Now & Next, search, Trips): the colour bar, when, the title over a line of details, further
 * lines under them, then the row's own marks and buttons at the right (the children given).
 * The rows differ only in what they put in these places; their accessible names stay theirs.
 */
RowLayout {
    id: root

    /** The bar at the left: the track's colour, or red for a conflict, green for a trip. */
    property color barColor
    /** When, in a column timeWidth wide; empty leaves it out (whenLines then fill the column). */
    property string time
    property int timeWidth: 100
    /** Where the time sits against a tall row: centred, or Qt.AlignTop. */
    property int timeAlignment: 0
    /** Lines in the time column instead of the one time (a day and a duration, "in 5 min"). */
    property alias whenLines: whenColumn.data
    property alias whenSpacing: whenColumn.spacing

    property string title
    /** Text.StyledText for a title with the matching words in bold (search); plain otherwise. */
    property int titleFormat: Text.PlainText
    property bool titleBold: true
    property int titlePixelSize: 0
    /** Struck out: cancelled. */
    property bool struckOut: false
    /** Beside the title (My agenda's priority). */
    property alias titleMarks: titleRow.data

    /** The parts of the line under the title (speakers, room, track…); the empty ones are left out. */
    property var detailParts: []
    property real detailsOpacity: 0.75
    /** Lines under the details: a conflict, a note, progress, an excerpt. */
    property alias lines: textColumn.data

    spacing: 12

    Rectangle {
        Layout.preferredWidth: 4
        Layout.fillHeight: true
        radius: 2
        color: root.barColor
    }
    Label {
        visible: root.time.length > 0
        text: root.time
        textFormat: Text.PlainText
        Layout.preferredWidth: root.timeWidth
        Layout.alignment: root.timeAlignment
        opacity: 0.8
    }
    ColumnLayout {
        id: whenColumn
        visible: children.length > 0
        Layout.preferredWidth: root.timeWidth
        Layout.alignment: root.timeAlignment
    }
    ColumnLayout {
        id: textColumn
        Layout.fillWidth: true
        spacing: 2
        RowLayout {
            id: titleRow
            Layout.fillWidth: true
            spacing: 8
            Label {
                id: titleLabel
                Layout.fillWidth: true
                text: root.title
                textFormat: root.titleFormat
                font.bold: root.titleBold
                font.strikeout: root.struckOut
                elide: Text.ElideRight
                // Only a row that asks for another size changes it; the others keep the style's.
                Binding on font.pixelSize {
                    when: root.titlePixelSize > 0
                    value: root.titlePixelSize
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.detailParts.filter(part => part.length > 0).join("  ·  ")
            textFormat: Text.PlainText
            opacity: root.detailsOpacity
            elide: Text.ElideRight
        }
    }
}
