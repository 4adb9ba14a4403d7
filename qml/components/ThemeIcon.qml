import QtQuick
import QtQuick.Controls.impl as ControlsImpl

/**
 * An icon by its freedesktop name ("dialog-warning", "starred"): from the desktop's icon theme,
 * else from the set Lanyard draws (resources/icons/lanyard/). Drawn in one colour, the text's
 * unless told otherwise, so it suits light and dark alike. Decoration: the text beside it says
 * the same to a screen reader.
 */
ControlsImpl.IconImage {
    id: root

    property int size: 16

    width: root.size
    height: root.size
    sourceSize: Qt.size(root.size, root.size)
    fillMode: Image.PreserveAspectFit
    color: root.palette.windowText
    Accessible.ignored: true
}
