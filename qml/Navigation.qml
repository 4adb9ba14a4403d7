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
    /** Show the list of keyboard shortcuts. */
    signal shortcutsRequested()
    /** Open a speaker's page (all their events, across days and conferences). */
    signal speakerRequested(string name)
    /** Open a room's day list. */
    signal roomRequested(string room, string day)

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
}
