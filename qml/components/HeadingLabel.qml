import QtQuick
import QtQuick.Controls

/**
 * A heading: looks as the Label it is, and a screen reader hears a heading. Qt 6.4 gives a Label
 * its own accessible role (static text) whatever the Label sets, so the heading is an item over
 * the text, and the Label itself is left out of the tree.
 */
Label {
    id: root

    /** What a screen reader says: the text, unless set. */
    property string accessibleName: root.text

    Accessible.ignored: true

    Item {
        objectName: "heading"
        anchors.fill: parent
        Accessible.role: Accessible.Heading
        Accessible.name: root.accessibleName
    }
}
