pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/**
 * "Jump to a room" (Ctrl+J in the timetable): a congress has seventy rooms a day, most of them
 * off to the side. Typing narrows the list (any part of the name, case and accents aside); Enter
 * or a click jumps to the room picked, Up and Down move through the list.
 */
Popup {
    id: root

    /** The day's rooms, in the timetable's order ("" is the column of events without a room). */
    property var rooms: []
    signal chosen(int column)

    readonly property var matches: {
        const wanted = root.fold(filterField.text.trim())
        const found = []
        for (let i = 0; i < root.rooms.length; ++i) {
            const name = root.rooms[i].length > 0 ? root.rooms[i] : qsTr("(no room)")
            if (wanted.length === 0 || root.fold(name).indexOf(wanted) >= 0)
                found.push({ column: i, name: name })
        }
        return found
    }

    /** Lower case without accents: "Saal Zuse" is found as "zuse", "Hörsaal" as "horsaal". */
    function fold(text: string): string {
        return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    }

    function choose(index: int) {
        if (index < 0 || index >= root.matches.length)
            return
        root.close()
        root.chosen(root.matches[index].column)
    }

    modal: false
    focus: true
    padding: 8
    width: 300
    height: Math.min(420, layout.implicitHeight + 2 * padding)
    onOpened: {
        filterField.text = ""
        list.currentIndex = 0
        filterField.forceActiveFocus()
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        spacing: 6

        TextField {
            id: filterField
            objectName: "roomJumpField"
            Layout.fillWidth: true
            placeholderText: qsTr("Jump to a room…")
            Accessible.name: qsTr("Jump to a room")
            Accessible.description: qsTr("%n room(s) match", "", root.matches.length)
            onTextChanged: list.currentIndex = 0
            Keys.onDownPressed: list.currentIndex = Math.min(list.count - 1, list.currentIndex + 1)
            Keys.onUpPressed: list.currentIndex = Math.max(0, list.currentIndex - 1)
            Keys.onReturnPressed: root.choose(list.currentIndex)
            Keys.onEnterPressed: root.choose(list.currentIndex)
        }
        Label {
            visible: root.matches.length === 0
            text: qsTr("No room of this day is called that.")
            opacity: 0.75
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "roomJumpList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: contentHeight
            clip: true
            model: root.matches
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Rooms")
            delegate: ItemDelegate {
                id: entry
                required property var modelData
                required property int index
                width: ListView.view.width
                text: entry.modelData.name.replace(/&/g, "&&")
                highlighted: ListView.isCurrentItem
                focusPolicy: Qt.NoFocus
                onClicked: root.choose(entry.index)
                Accessible.name: entry.modelData.name
            }
        }
    }
}
