import QtQuick

/**
 * An object (a dialog, an overlay) made the first time it is asked for, then kept: the window's
 * dialogs cost a cold start about 140 ms and 7 MiB when all were made with it, and most sessions
 * open none of them (the pattern of HoverToolTip, for objects the window asks for by name).
 *
 *     MadeOnDemand { id: about; component: Component { AboutDialog {} } }
 *     ... (about.get() as AboutDialog).open()
 */
QtObject {
    id: root

    required property Component component
    /**
     * The item the object is made in. A popup needs an item, not the window: made with the window
     * as its parent it has none, opens nowhere and gets no keys. The window's overlay is what a
     * popup declared in the window is laid out in.
     */
    required property Item parentObject
    /** The object, once made. */
    property QtObject object: null

    /** The object, made now if it was not yet. */
    function get(): QtObject {
        if (!root.object)
            root.object = root.component.createObject(root.parentObject)
        return root.object
    }
}
