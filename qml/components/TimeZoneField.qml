import QtQuick
import QtQuick.Controls
import Lanyard

/**
 * An IANA time zone, typed or picked ("Europe/Brussels"); empty means "the feed names its own".
 * Shows when the text is not a zone Lanyard knows.
 */
ComboBox {
    id: root

    /** What is typed or picked, trimmed. */
    readonly property string zone: root.editText.trim()
    readonly property bool valid: Sync.isValidTimeZone(root.zone)

    editable: true
    model: Sync.timeZones
    currentIndex: -1
    Accessible.name: qsTr("Time zone")
    ToolTip.visible: !root.valid && root.zone.length > 0
    ToolTip.text: qsTr("Not a time zone Lanyard knows. Use a name such as Europe/Brussels.")

    function clear() {
        root.currentIndex = -1
        root.editText = ""
    }

    background: Rectangle {
        implicitWidth: 240
        implicitHeight: 32
        color: root.palette.base
        border.width: root.activeFocus ? 2 : 1
        border.color: !root.valid ? "#c0392b" : (root.activeFocus ? root.palette.highlight : root.palette.mid)
        radius: 2
    }
}
