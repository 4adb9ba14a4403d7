pragma Singleton
import QtQuick

/**
 * Where the UI goes next. Any page or component asks for a destination here; Main.qml listens
 * and shows it, so pages do not need to know how the window is put together.
 */
QtObject {
    id: root

    /** Open an event's page. */
    signal eventRequested(string eventId)
    /** Show one of the sidebar's pages by name ("schedule", "agenda", ...), with optional properties. */
    signal pageRequested(string name, var properties)
    /** Go back one step (closes an event page). */
    signal backRequested()
    /** Show the About dialog. */
    signal aboutRequested()
    /** Print ("agenda" or "day"), or save it as PDF. */
    signal printRequested(string kind)
    /** Show the list of keyboard shortcuts. */
    signal shortcutsRequested()
    /** Open a speaker's page (all their events, across days and conferences). */
    signal speakerRequested(string name)
    /** Open a room's day list. */
    signal roomRequested(string room, string day)

    /** What the search field holds; the search page searches for it. */
    property string searchText
    /** Put the keyboard in the search field, starting a new search with `typed` when given. */
    signal searchFocusRequested(string typed)
    /** Enter in the search field: open the best result. */
    signal searchAccepted()
    /** Down in the search field: move into the results. */
    signal searchResultsRequested()

    function openEvent(eventId: string) {
        root.eventRequested(eventId)
    }
    function showPage(name: string, properties: var) {
        root.pageRequested(name, properties ?? {})
    }
    function openSpeaker(name: string) {
        root.speakerRequested(name)
    }
    function openRoom(room: string, day: string) {
        root.roomRequested(room, day)
    }
    function back() {
        root.backRequested()
    }
    function showAbout() {
        root.aboutRequested()
    }
    function showShortcuts() {
        root.shortcutsRequested()
    }
    function focusSearch(typed: string) {
        root.searchFocusRequested(typed)
    }
}
