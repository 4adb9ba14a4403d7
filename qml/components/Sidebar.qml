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
    /** Icons only, the names in tooltips: for narrow windows (Main sets it below about 1000 px). */
    property bool compact: false
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
    implicitWidth: root.compact ? 48 : 200
    background: Rectangle { color: palette.alternateBase }

    // The counts beside two entries: what the agenda holds, and the last update's changes to
    // bookmarked talks (the ones that need a look).
    ChangeListModel {
        id: changes
        appController: App
    }

    ListModel {
        id: pages
        ListElement { name: "schedule"; iconName: "x-office-calendar"; label: qsTr("Schedule"); source: "pages/SchedulePage.qml"; shortcut: "Alt+1" }
        ListElement { name: "agenda"; iconName: "view-calendar-agenda"; label: qsTr("My agenda"); source: "pages/AgendaPage.qml"; shortcut: "Alt+2" }
        ListElement { name: "catchup"; iconName: "media-playback-start"; label: qsTr("Catch up"); source: "pages/CatchUpPage.qml"; shortcut: "Alt+3" }
        ListElement { name: "changes"; iconName: "document-open-recent"; label: qsTr("What changed"); source: "pages/ChangesPage.qml"; shortcut: "Alt+4" }
        ListElement { name: "conferences"; iconName: "view-calendar-list"; label: qsTr("Conferences"); source: "pages/ConferencesPage.qml"; shortcut: "Alt+5" }
        ListElement { name: "now"; iconName: "appointment-soon"; label: qsTr("Now & Next"); source: "pages/NowNextPage.qml"; shortcut: "Alt+6" }
        ListElement { name: "speakers"; iconName: "system-users"; label: qsTr("Speakers"); source: "pages/SpeakersPage.qml"; shortcut: "Alt+7" }
        ListElement { name: "trips"; iconName: "lanyard-trip"; label: qsTr("Trips"); source: "pages/TripsPage.qml"; shortcut: "Alt+8" }
        ListElement { name: "places"; iconName: "mark-location"; label: qsTr("Places and map"); source: "pages/PlacesPage.qml"; shortcut: "Alt+9" }
        ListElement { name: "hidden"; iconName: "view-hidden"; label: qsTr("Hidden"); source: "pages/HiddenPage.qml"; shortcut: "Alt+0" }
        ListElement { name: "search"; iconName: "edit-find"; label: qsTr("Search"); source: "pages/SearchPage.qml"; shortcut: "Ctrl+F" }
        ListElement { name: "settings"; iconName: "preferences-system"; label: qsTr("Settings"); source: "pages/SettingsPage.qml"; shortcut: "Ctrl+," }
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
            required property string iconName
            readonly property int count: entry.name === "agenda" ? App.agendaCount
                                       : entry.name === "changes" ? changes.bookmarkedCount : 0
            readonly property string countText: entry.name === "agenda" ? qsTr("%n item(s)", "", entry.count)
                                              : qsTr("%n change(s) to your talks", "", entry.count)
            width: ListView.view.width
            // "&" would mark a mnemonic ("Now & Next"): shown as written.
            text: entry.label.replace(/&/g, "&&")
            icon.name: entry.iconName
            icon.color: entry.highlighted ? entry.palette.highlightedText : entry.palette.windowText
            display: root.compact ? AbstractButton.IconOnly : AbstractButton.TextBesideIcon
            highlighted: ListView.isCurrentItem
            focusPolicy: Qt.NoFocus
            onClicked: root.pageSelected(entry.name, entry.source)
            PlainToolTip {
                visible: entry.hovered
                // Narrow, the tooltip is the only place the name shows.
                delay: root.compact ? 300 : 800
                text: entry.count > 0 ? qsTr("%1 (%2): %3").arg(entry.label).arg(entry.shortcut).arg(entry.countText)
                                      : qsTr("%1 (%2)").arg(entry.label).arg(entry.shortcut)
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
            // The name stays the page's; the count is said after it, with the shortcut.
            Accessible.name: entry.label
            Accessible.selected: entry.highlighted
            Accessible.selectable: true
            Accessible.description: entry.count > 0 ? qsTr("%1. Shortcut: %2").arg(entry.countText).arg(entry.shortcut)
                                                    : qsTr("Shortcut: %1").arg(entry.shortcut)
            // The count: a pill at the right, or on the icon's corner when the sidebar is narrow.
            Label {
                objectName: "sidebarCount_" + entry.name
                visible: entry.count > 0
                x: root.compact ? parent.width - width - 3 : parent.width - width - 10
                y: root.compact ? 2 : (parent.height - height) / 2
                text: entry.count > 99 ? "99+" : entry.count
                textFormat: Text.PlainText
                font.pixelSize: root.compact ? 9 : 11
                font.bold: true
                leftPadding: root.compact ? 3 : 6
                rightPadding: leftPadding
                color: entry.highlighted ? entry.palette.highlight : entry.palette.highlightedText
                background: Rectangle {
                    radius: height / 2
                    color: entry.highlighted ? entry.palette.highlightedText : entry.palette.highlight
                }
                Accessible.ignored: true
            }
            Shortcut {
                sequence: entry.shortcut
                onActivated: root.pageSelected(entry.name, entry.source)
            }
        }
    }
}
