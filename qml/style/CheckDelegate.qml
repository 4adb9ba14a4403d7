import QtQuick
import QtQuick.Controls.Fusion as Fusion
import QtQuick.Controls.Fusion.impl as FusionImpl
import LanyardStyle

/** Fusion's check delegate (a list row with a check box) with the outline of CheckBox.qml. */
Fusion.CheckDelegate {
    id: control

    indicator: FusionImpl.CheckIndicator {
        x: control.mirrored ? control.leftPadding : control.width - width - control.rightPadding
        y: control.topPadding + (control.availableHeight - height) / 2
        control: control
        border.color: control.visualFocus ? control.palette.highlight : IndicatorColors.outline(control.palette)
    }
}
