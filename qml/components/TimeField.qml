pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Lanyard

/**
 * A time of day as "HH:MM" in the conference's zone: typed, or stepped with Up/Down (5 minutes)
 * and Page Up/Page Down (an hour).
 */
TextField {
    id: root

    /** What the field is for ("Start", "End"), for screen readers. */
    property string label

    function step(minutes: int) {
        const parts = root.text.split(":")
        let total = parts.length === 2 ? parseInt(parts[0]) * 60 + parseInt(parts[1]) : 9 * 60
        if (isNaN(total))
            total = 9 * 60
        total = ((Math.round(total / 5) * 5 + minutes) % 1440 + 1440) % 1440
        const hours = Math.floor(total / 60)
        const rest = total % 60
        root.text = (hours < 10 ? "0" : "") + hours + ":" + (rest < 10 ? "0" : "") + rest
    }

    implicitWidth: 80
    placeholderText: qsTr("HH:MM")
    inputMethodHints: Qt.ImhTime
    validator: RegularExpressionValidator { regularExpression: /^([01]?\d|2[0-3]):[0-5]\d$/ }
    color: acceptableInput ? palette.text : StatusColors.warningText
    selectByMouse: true
    Accessible.name: qsTr("%1 time, hours and minutes").arg(root.label)
    ToolTip.visible: activeFocus && hovered
    ToolTip.text: qsTr("Up/Down: 5 minutes · Page Up/Down: an hour")
    Keys.onUpPressed: root.step(5)
    Keys.onDownPressed: root.step(-5)
    Keys.onPressed: event => {
        if (event.key === Qt.Key_PageUp) {
            root.step(60)
            event.accepted = true
        } else if (event.key === Qt.Key_PageDown) {
            root.step(-60)
            event.accepted = true
        }
    }
}
