import QtQuick
import QtQuick.Controls.Fusion as Fusion
import QtQuick.Controls.Fusion.impl as FusionImpl
import LanyardStyle

/**
 * Fusion's check box with an outline drawn from the text colour: Fusion draws it a shade
 * darker than the window, which on a dark window is black on near black.
 */
Fusion.CheckBox {
    id: control

    indicator: FusionImpl.CheckIndicator {
        x: control.text ? (control.mirrored ? control.width - width - control.rightPadding : control.leftPadding)
                        : control.leftPadding + (control.availableWidth - width) / 2
        y: control.topPadding + (control.availableHeight - height) / 2
        control: control
        border.color: control.visualFocus ? control.palette.highlight : IndicatorColors.outline(control.palette)
    }
}
