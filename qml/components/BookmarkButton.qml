import QtQuick
import QtQuick.Controls

/** The star on every row, block and event page. */
ToolButton {
    id: root

    property bool bookmarked
    property string eventTitle
    signal toggled()

    icon.name: root.bookmarked ? "starred" : "non-starred"
    icon.width: 18
    icon.height: 18
    icon.color: root.bookmarked ? "#e0a100" : root.palette.buttonText
    display: AbstractButton.IconOnly
    padding: 0
    focusPolicy: Qt.NoFocus
    onClicked: root.toggled()
    background: Item {}
    // A toggle: the name stays, the checked state says whether the event is in the agenda.
    Accessible.name: qsTr("Bookmark: %1").arg(root.eventTitle)
    Accessible.description: root.bookmarked ? qsTr("In my agenda") : qsTr("Not in my agenda")
    // Checkable for screen readers (a toggle button, checked while bookmarked); a click asks
    // for the change and the binding follows the agenda.
    checkable: true
    checked: root.bookmarked
    ToolTip.visible: hovered
    ToolTip.text: root.bookmarked ? qsTr("Remove from my agenda") : qsTr("Add to my agenda")
}
