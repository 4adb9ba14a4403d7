import QtQuick
import QtQuick.Controls.Fusion as Fusion

/**
 * Fusion's tool button with its icon drawn in the colour of its text: Fusion leaves an icon as the
 * theme draws it, and the theme's black outlines vanished on the dark window's buttons.
 */
Fusion.ToolButton {
    id: control

    icon.color: control.palette.buttonText
}
