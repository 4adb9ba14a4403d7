import QtQuick
import QtQuick.Controls.Fusion as Fusion
import QtQuick.Controls.Fusion.impl as FusionImpl
import LanyardStyle

/**
 * Fusion's menu item with the check box outline of CheckBox.qml (a checkable item was blank in
 * dark), and its icon in the colour of its text (Fusion leaves the theme's black).
 */
Fusion.MenuItem {
    id: control

    icon.color: control.down || control.highlighted ? FusionImpl.Fusion.highlightedText(control.palette) : control.palette.text

    indicator: FusionImpl.CheckIndicator {
        x: control.mirrored ? control.width - width - control.rightPadding : control.leftPadding
        y: control.topPadding + (control.availableHeight - height) / 2
        control: control
        visible: control.checkable
        border.color: IndicatorColors.outline(control.palette)
    }
}
