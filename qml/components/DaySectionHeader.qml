import QtQuick
import QtQuick.Controls
import Lanyard

/** The heading above one day's items in My agenda and Catch up: the model names the day. */
Pane {
    id: root

    required property string section
    /** The list model (AgendaModel, CatchUpModel): it turns a section key into a heading. */
    property var model

    padding: 6
    leftPadding: 12
    background: Rectangle { color: root.palette.alternateBase }

    Label {
        text: root.model ? root.model.sectionLabel(root.section) : root.section
        textFormat: Text.PlainText
        font.bold: true
        Accessible.role: Accessible.Heading
    }
}
