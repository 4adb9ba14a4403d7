pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Lanyard

/**
 * A timetable block's context menu: open it, put it in My agenda as must see or maybe (or take it
 * out), plan a trip after it, hide its room or track, copy its link. A trip's block offers its
 * editor instead.
 */
Menu {
    id: root

    /** The block the menu is for. */
    property EventBlock block: null
    /** The day shown ("YYYY-MM-DD"), for a trip planned after the block. */
    property string day

    readonly property bool isTrip: root.block !== null && root.block.isTrip
    readonly property bool isEvent: root.block !== null && !root.block.isTrip

    EventDetails {
        id: details
        appController: App
        tripController: Trips
        syncController: Sync
        eventId: root.isEvent && root.opened ? root.block.eventId : ""
    }

    component ShownItem: MenuItem {
        // A hidden item takes no room in the menu.
        height: visible ? implicitHeight : 0
    }

    ShownItem {
        objectName: "blockMenuOpen"
        text: root.isTrip ? qsTr("Edit the trip") : qsTr("Open")
        onTriggered: {
            if (root.isTrip)
                Navigation.showPage("trips", { editTripId: root.block.eventId })
            else
                Navigation.openEvent(root.block.eventId)
        }
    }
    MenuSeparator { visible: root.isEvent; height: visible ? implicitHeight : 0 }
    ShownItem {
        objectName: "blockMenuMustSee"
        visible: root.isEvent
        checkable: true
        checked: root.isEvent && root.block.bookmarked && !root.block.maybe
        text: qsTr("Must see")
        onTriggered: {
            App.setPriority(root.block.eventId, root.block.conferenceId, 1)
            // A click toggles the mark itself, which would cut it loose from the bookmark.
            checked = Qt.binding(() => root.isEvent && root.block.bookmarked && !root.block.maybe)
        }
    }
    ShownItem {
        objectName: "blockMenuMaybe"
        visible: root.isEvent
        checkable: true
        checked: root.isEvent && root.block.maybe
        text: qsTr("Maybe")
        onTriggered: {
            App.setPriority(root.block.eventId, root.block.conferenceId, 2)
            checked = Qt.binding(() => root.isEvent && root.block.maybe)
        }
    }
    ShownItem {
        objectName: "blockMenuRemove"
        visible: root.isEvent && root.block.bookmarked
        text: qsTr("Remove from my agenda")
        onTriggered: App.setPriority(root.block.eventId, root.block.conferenceId, 0)
    }
    MenuSeparator {}
    ShownItem {
        objectName: "blockMenuTripAfter"
        text: qsTr("Plan a trip after this")
        onTriggered: Navigation.showPage("trips", { newTripFrom: { day: root.day, start: root.block.end } })
    }
    MenuSeparator { visible: root.isEvent; height: visible ? implicitHeight : 0 }
    ShownItem {
        objectName: "blockMenuHideRoom"
        visible: root.isEvent && root.block.room.length > 0
        text: root.block ? qsTr("Hide the room %1").arg(root.block.room) : ""
        onTriggered: App.setHidden("room", root.block.room, true)
    }
    ShownItem {
        objectName: "blockMenuHideTrack"
        visible: root.isEvent && root.block.track.length > 0
        text: root.block ? qsTr("Hide the track %1").arg(root.block.track) : ""
        onTriggered: App.setHidden("track", root.block.track, true)
    }
    ShownItem {
        objectName: "blockMenuCopyLink"
        visible: root.isEvent
        enabled: details.url.length > 0
        text: details.url.length > 0 ? qsTr("Copy the link") : qsTr("Copy the link (this talk has none)")
        onTriggered: App.copyText(details.url)
    }
}
