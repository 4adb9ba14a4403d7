pragma Singleton
import QtQuick
import Lanyard

/**
 * The colours that carry a meaning of their own, for text and icons: a conflict, an error, a time
 * that does not fit. One red cannot serve both themes (#c0392b on a dark window is 2.9:1, too dim
 * to read), so each has a light and a dark form, both at least 4.5:1 on the window's background.
 */
QtObject {
    /** A conflict, an error message, an input that is not accepted. */
    readonly property color warningText: Preferences.dark ? "#ff8a80" : "#c0392b"
}
