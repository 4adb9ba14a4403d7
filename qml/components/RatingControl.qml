pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/**
 * Five stars to rate with (click the chosen star again, or Clear, to remove the rating). To the
 * keyboard and to screen readers it is one slider from 0 to 5: Left and Right, Home and End, or
 * a digit set the rating, and the value is announced as it changes.
 */
RowLayout {
    id: root

    property int rating: 0
    signal rated(int value)

    // What the accessibility bridge reads for a slider: value, minimumValue, maximumValue, stepSize.
    readonly property int value: root.rating
    readonly property int minimumValue: 0
    readonly property int maximumValue: 5
    readonly property int stepSize: 1

    function rate(value: int) {
        const clamped = Math.max(root.minimumValue, Math.min(root.maximumValue, value))
        if (clamped !== root.rating)
            root.rated(clamped)
    }

    spacing: 0
    activeFocusOnTab: true
    Accessible.role: Accessible.Slider
    Accessible.name: qsTr("Rating")
    Accessible.description: root.rating > 0 ? qsTr("%n of 5 star(s)", "", root.rating) : qsTr("Not rated")
    Accessible.focusable: true
    Accessible.onIncreaseAction: root.rate(root.rating + 1)
    Accessible.onDecreaseAction: root.rate(root.rating - 1)
    Keys.onPressed: event => {
        switch (event.key) {
        case Qt.Key_Right:
        case Qt.Key_Up:
        case Qt.Key_Plus:
            root.rate(root.rating + 1); break
        case Qt.Key_Left:
        case Qt.Key_Down:
        case Qt.Key_Minus:
            root.rate(root.rating - 1); break
        case Qt.Key_Home:
        case Qt.Key_0:
        case Qt.Key_Delete:
        case Qt.Key_Backspace:
            root.rate(0); break
        case Qt.Key_End:
            root.rate(5); break
        case Qt.Key_1: case Qt.Key_2: case Qt.Key_3: case Qt.Key_4: case Qt.Key_5:
            root.rate(event.key - Qt.Key_0); break
        default:
            return
        }
        event.accepted = true
    }

    Repeater {
        model: 5
        delegate: ToolButton {
            id: star
            required property int index
            readonly property int value: index + 1
            icon.name: star.value <= root.rating ? "starred" : "non-starred"
            icon.width: 20
            icon.height: 20
            icon.color: star.value <= root.rating ? "#e0a100" : star.palette.buttonText
            display: AbstractButton.IconOnly
            // The stars are the slider's picture: one Tab stop and one accessible control for all.
            focusPolicy: Qt.NoFocus
            onClicked: root.rated(star.value === root.rating ? 0 : star.value)
            // Where the keyboard focus is: a line under the stars.
            Rectangle {
                visible: root.activeFocus
                anchors.bottom: parent.bottom
                width: parent.width
                height: 2
                color: star.palette.highlight
            }
            Accessible.ignored: true
            ToolTip.visible: hovered
            ToolTip.text: qsTr("%n star(s)", "", star.value)
        }
    }
    ToolButton {
        visible: root.rating > 0
        text: qsTr("Clear")
        onClicked: root.rated(0)
        Accessible.name: text
        Accessible.description: qsTr("Remove the rating")
    }
}
