pragma Singleton
import QtQuick

/** The colours the style's indicators share, all taken from the palette (light or dark). */
QtObject {
    /**
     * The outline of an unchecked box or circle: text over the field's colour, at least 3:1
     * against the window and the field in the light and the dark palette (WCAG 1.4.11).
     */
    function outline(palette: var): color {
        return Qt.tint(palette.base, Qt.alpha(palette.text, 0.6))
    }
}
