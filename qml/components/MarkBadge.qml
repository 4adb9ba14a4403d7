import QtQuick
import QtQuick.Controls

/** "New" or "Changed" on an event that an update added or changed, until the user has seen it. */
Label {
    id: root

    /** "new", "changed" or "". */
    property string mark

    visible: root.mark.length > 0
    text: root.mark === "new" ? qsTr("New") : qsTr("Changed")
    font.pixelSize: 10
    font.bold: true
    color: "white"
    leftPadding: 4
    rightPadding: 4
    topPadding: 1
    bottomPadding: 1
    background: Rectangle {
        radius: 3
        color: root.mark === "new" ? "#2e7d32" : "#c77700"
    }
    Accessible.name: root.mark === "new" ? qsTr("New since the last update") : qsTr("Changed by the last update")
}
