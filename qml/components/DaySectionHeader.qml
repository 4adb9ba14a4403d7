import QtQuick
import QtQuick.Controls
import Lanyard

/** The heading above one day's items in My agenda and Catch up: the model names the day. */
Pane {
    id: root

    required property string section
    /** The list model (AgendaModel, CatchUpModel): it turns a section key into a heading. */
    property var model

    // Read before its day's rows: the list adds a heading right after the first row of its day,
    // so that row is moved behind it (re-added to the same parent, which puts it last).
    function precedeFirstRow() {
        const siblings = root.parent ? root.parent.children : []
        const count = siblings.length
        if (count < 2 || siblings[count - 1] !== root)
            return
        const row = siblings[count - 2]
        if (row.firstOfDay === true) {
            const parentItem = row.parent
            row.parent = null
            row.parent = parentItem
        }
    }
    onParentChanged: root.precedeFirstRow()
    Component.onCompleted: root.precedeFirstRow()

    padding: 6
    leftPadding: 12
    background: Rectangle { color: root.palette.alternateBase }

    HeadingLabel {
        text: root.model ? root.model.sectionLabel(root.section) : root.section
        textFormat: Text.PlainText
        font.bold: true
    }
}
