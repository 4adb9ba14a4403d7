import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/** A dismissable strip for a message the user must see (a failed write, a refused link). */
Pane {
    id: root

    property string message

    function show(text: string) {
        root.message = text
    }

    visible: root.message.length > 0
    padding: 8
    background: Rectangle { color: "#f8d7da"; border.color: "#e0a0a8" }

    RowLayout {
        anchors.fill: parent
        Label {
            text: root.message
            textFormat: Text.PlainText
            color: "#58151c"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
        }
        Button {
            text: qsTr("Dismiss")
            onClicked: root.message = ""
        }
    }
}
