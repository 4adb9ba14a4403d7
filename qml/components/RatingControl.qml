pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/** Five stars to rate with (click the chosen star again, or Clear, to remove the rating). */
RowLayout {
    id: root

    property int rating: 0
    signal rated(int value)

    spacing: 0
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Rating")

    Repeater {
        model: 5
        delegate: ToolButton {
            id: star
            required property int index
            readonly property int value: index + 1
            text: star.value <= root.rating ? "★" : "☆"
            font.pixelSize: 20
            onClicked: root.rated(star.value === root.rating ? 0 : star.value)
            contentItem: Text {
                text: star.text
                textFormat: Text.PlainText
                font: star.font
                color: star.value <= root.rating ? "#e0a100" : star.palette.buttonText
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            Accessible.name: qsTr("Rate %1 of 5").arg(star.value)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("%n star(s)", "", star.value)
        }
    }
    ToolButton {
        visible: root.rating > 0
        text: qsTr("Clear")
        onClicked: root.rated(0)
        Accessible.name: qsTr("Remove the rating")
    }
}
