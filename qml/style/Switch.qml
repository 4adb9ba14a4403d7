import QtQuick
import QtQuick.Controls.Fusion as Fusion
import QtQuick.Controls.Fusion.impl as FusionImpl
import LanyardStyle

/** Fusion's switch with its track outlined as CheckBox.qml outlines a box, so it shows on a dark window. */
Fusion.Switch {
    id: control

    indicator: FusionImpl.SwitchIndicator {
        x: control.text ? (control.mirrored ? control.width - width - control.rightPadding : control.leftPadding)
                        : control.leftPadding + (control.availableWidth - width) / 2
        y: control.topPadding + (control.availableHeight - height) / 2
        control: control
        border.color: IndicatorColors.outline(control.palette)
    }
}
