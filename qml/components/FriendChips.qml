pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Lanyard

/**
 * Which of the user's friends go: a small round chip with each one's initials (the first few,
 * then "+n"), every name in the tooltip and in what a screen reader says.
 */
Row {
    id: root

    /** The friends' names, sorted (the models' `friends` role). */
    property var names: []
    property int chipSize: 20
    property int maxChips: 3
    readonly property string namesText: root.names.join(", ")

    /** "AL" for "Ana Lopez", "B" for "Ben": what fits in a chip. */
    function initials(name: string): string {
        let letters = ""
        let atWordStart = true
        for (let i = 0; i < name.length && letters.length < 2; ++i) {
            const letter = name.charAt(i)
            const isSpace = letter.trim().length === 0
            if (atWordStart && !isSpace)
                letters += letter.toUpperCase()
            atWordStart = isSpace
        }
        return letters
    }
    /** One colour per name, the same in every view. */
    function colorFor(name: string): color {
        let hash = 0
        for (let i = 0; i < name.length; ++i)
            hash = (hash * 31 + name.charCodeAt(i)) % 100003
        // Hues a golden angle apart: names that differ by a letter still get clearly other colours.
        return Qt.hsla(((hash * 137.508) % 360) / 360, 0.5, 0.40, 1)
    }

    visible: root.names.length > 0
    spacing: 2
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Friends going: %1").arg(root.namesText)
    Accessible.description: root.names.length === 1 ? qsTr("%1 goes to this too").arg(root.namesText)
                                                     : qsTr("%1 go to this too").arg(root.namesText)

    Repeater {
        model: root.names.slice(0, root.maxChips)
        delegate: Rectangle {
            id: chip
            required property string modelData
            width: root.chipSize
            height: root.chipSize
            radius: root.chipSize / 2
            color: root.colorFor(chip.modelData)
            Accessible.ignored: true
            Label {
                anchors.centerIn: parent
                text: root.initials(chip.modelData)
                textFormat: Text.PlainText
                color: "white"
                font.bold: true
                font.pixelSize: Math.round(root.chipSize * 0.45)
                Accessible.ignored: true
            }
        }
    }
    // Made only where needed: the chips sit on every row of long lists, most with no friend.
    Loader {
        active: root.names.length > root.maxChips
        sourceComponent: Label {
            height: root.chipSize
            verticalAlignment: Text.AlignVCenter
            text: "+" + (root.names.length - root.maxChips)
            textFormat: Text.PlainText
            font.pixelSize: Math.round(root.chipSize * 0.55)
            opacity: 0.8
            Accessible.ignored: true
        }
    }

    HoverHandler { id: hover }
    HoverToolTip {
        owner: root
        shown: hover.hovered
        delay: 400
        text: qsTr("Going: %1").arg(root.namesText)
    }
}
