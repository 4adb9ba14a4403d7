pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Lanyard

/**
 * The list of pages on the left of the window. Each entry names its page file (relative to the
 * module) and its shortcut; a new page is one more ListElement here.
 */
Pane {
    id: root

    property string currentPage: "schedule"
    signal pageSelected(string name, string source)

    /** The source of a page by name, "" when unknown. */
    function sourceOf(name: string): string {
        for (let i = 0; i < pages.count; ++i) {
            if (pages.get(i).name === name)
                return pages.get(i).source
        }
        return ""
    }

    /** [{ label, shortcut }] of every page, for the list of shortcuts. */
    function shortcuts(): var {
        const list = []
        for (let i = 0; i < pages.count; ++i)
            list.push({ label: pages.get(i).label, shortcut: pages.get(i).shortcut })
        return list
    }

    padding: 0
    implicitWidth: 200
    background: Rectangle { color: palette.alternateBase }

    ListModel {
        id: pages
        ListElement { name: "schedule"; label: qsTr("Schedule"); source: "pages/SchedulePage.qml"; shortcut: "Alt+1" }
        ListElement { name: "agenda"; label: qsTr("My agenda"); source: "pages/AgendaPage.qml"; shortcut: "Alt+2" }
        ListElement { name: "catchup"; label: qsTr("Catch up"); source: "pages/CatchUpPage.qml"; shortcut: "Alt+3" }
        ListElement { name: "changes"; label: qsTr("What changed"); source: "pages/ChangesPage.qml"; shortcut: "Alt+4" }
        ListElement { name: "conferences"; label: qsTr("Conferences"); source: "pages/ConferencesPage.qml"; shortcut: "Alt+5" }
        ListElement { name: "now"; label: qsTr("Now & Next"); source: "pages/NowNextPage.qml"; shortcut: "Alt+6" }
        ListElement { name: "speakers"; label: qsTr("Speakers"); source: "pages/SpeakersPage.qml"; shortcut: "Alt+7" }
        ListElement { name: "trips"; label: qsTr("Trips"); source: "pages/TripsPage.qml"; shortcut: "Alt+8" }
        ListElement { name: "places"; label: qsTr("Places and map"); source: "pages/PlacesPage.qml"; shortcut: "Alt+9" }
        ListElement { name: "hidden"; label: qsTr("Hidden"); source: "pages/HiddenPage.qml"; shortcut: "Alt+0" }
        ListElement { name: "search"; label: qsTr("Search"); source: "pages/SearchPage.qml"; shortcut: "Ctrl+F" }
        ListElement { name: "settings"; label: qsTr("Settings"); source: "pages/SettingsPage.qml"; shortcut: "Ctrl+," }
    }

    ListView {
        id: list
        anchors.fill: parent
        anchors.topMargin: 8
        model: pages
        currentIndex: {
            for (let i = 0; i < pages.count; ++i) {
                if (pages.get(i).name === root.currentPage)
                    return i
            }
            return -1
        }
        // One Tab stop for the whole list, like a tab bar: Up and Down show the previous or next page.
        activeFocusOnTab: true
        keyNavigationEnabled: false
        Keys.onUpPressed: list.select(list.currentIndex - 1)
        Keys.onDownPressed: list.select(list.currentIndex + 1)
        function select(index: int) {
            if (index >= 0 && index < pages.count)
                root.pageSelected(pages.get(index).name, pages.get(index).source)
        }
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Pages")
        delegate: ItemDelegate {
            id: entry
            required property int index
            required property string name
            required property string label
            required property string source
            required property string shortcut
            width: ListView.view.width
            // "&" would mark a mnemonic ("Now & Next"): shown as written.
            text: entry.label.replace(/&/g, "&&")
            highlighted: ListView.isCurrentItem
            focusPolicy: Qt.NoFocus
            onClicked: root.pageSelected(entry.name, entry.source)
            PlainToolTip {
                visible: entry.hovered
                delay: 800
                text: qsTr("%1 (%2)").arg(entry.label).arg(entry.shortcut)
            }
            // The page shown is highlighted; the keyboard focus is a frame around the entry.
            background: Rectangle {
                color: entry.highlighted ? entry.palette.highlight
                                         : (entry.hovered ? Qt.rgba(entry.palette.highlight.r, entry.palette.highlight.g,
                                                                    entry.palette.highlight.b, 0.15) : "transparent")
                border.width: entry.highlighted && list.activeFocus ? 2 : 0
                border.color: entry.highlighted ? entry.palette.highlightedText : entry.palette.highlight
            }
            // Qt 6.4 keeps an ItemDelegate's own role (list item) whatever is set here: the
            // sidebar is a list whose current page is the selected item.
            Accessible.name: entry.label
            Accessible.selected: entry.highlighted
            Accessible.selectable: true
            Accessible.description: qsTr("Shortcut: %1").arg(entry.shortcut)
            Shortcut {
                sequence: entry.shortcut
                onActivated: root.pageSelected(entry.name, entry.source)
            }
        }
    }
}
