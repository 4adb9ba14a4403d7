import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/**
 * A line of text led by an icon of the same colour: a conflict ("dialog-warning"), a note
 * ("document-edit"). The icon stays at the first line when the text wraps.
 */
RowLayout {
    id: root

    property alias iconName: icon.name
    property alias text: label.text
    property alias color: label.color
    property alias font: label.font
    property alias wrapMode: label.wrapMode
    property alias elide: label.elide
    property alias maximumLineCount: label.maximumLineCount
    property alias horizontalAlignment: label.horizontalAlignment
    readonly property alias label: label

    spacing: 4

    ThemeIcon {
        id: icon
        Layout.alignment: Qt.AlignTop
        // Centred on the first line of text.
        Layout.topMargin: Math.max(0, (fontMetrics.height - height) / 2)
        color: label.color
    }
    Label {
        id: label
        Layout.fillWidth: true
        textFormat: Text.PlainText
        FontMetrics {
            id: fontMetrics
            font: label.font
        }
    }
}
