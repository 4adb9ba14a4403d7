pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Lanyard

/**
 * The window's search field, always one keystroke away: Ctrl+F, or typing on a page (Main.qml
 * sends the letter here). Its text is Navigation.searchText, which the search page searches for;
 * Enter opens the best result, Down moves into the results, Escape clears and goes back.
 */
TextField {
    id: root

    placeholderText: qsTr("Search (Ctrl+F)")
    selectByMouse: true
    Accessible.name: qsTr("Search events by title, speaker, abstract or note")
    onTextChanged: Navigation.searchText = root.text
    onAccepted: Navigation.searchAccepted()
    Keys.onDownPressed: Navigation.searchResultsRequested()
    Keys.onEscapePressed: {
        root.text = ""
        Navigation.showPage("schedule", {})
    }

    Connections {
        target: Navigation
        function onSearchTextChanged() {
            if (root.text !== Navigation.searchText)
                root.text = Navigation.searchText
        }
        function onSearchFocusRequested(typed: string) {
            if (typed)
                root.text = typed
            else
                root.selectAll()
            root.forceActiveFocus()
        }
    }
}
