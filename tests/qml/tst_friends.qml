import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/**
 * Planning with friends as a user does: two friends added on the command line beside the window
 * (Ana from Lanyard's export, Ben from another calendar app), their initials on My agenda, and the
 * trip editor's free slots for a group: ticking friends changes the slots, and a group's slot
 * fills in who goes. The test clock stands at Saturday 6 July 2013, 10:30 in Hobart.
 */
TestCase {
    id: testCase
    name: "Friends"
    when: windowShown

    Component {
        id: mainWindow
        Main {}
    }

    property var win: null
    readonly property string testingTalk: "c42b25f0d1c2367d"

    function init() {
        Preferences.resetHints()
        compare(LanyardTest.runLanyard(["friends", "add", "Ana", LanyardTest.sourceDir + "/tests/data/friends/ana.ics"]), 0)
        compare(LanyardTest.runLanyard(["friends", "add", "Ben", LanyardTest.sourceDir + "/tests/data/friends/ben.ics"]), 0)
        App.reloadFriends()
        compare(App.friendNames, ["Ana", "Ben"])
        win = createTemporaryObject(mainWindow, testCase)
        verify(win)
        win.showPage("schedule", {})
        wait(0)
        win.requestActivate()
        tryVerify(() => win.active, 5000)
        waitForRendering(win.contentItem)
    }

    function cleanup() {
        // The database is shared with the other test files: leave no friend and no bookmark behind.
        if (App.isBookmarked(testCase.testingTalk))
            App.toggleBookmark(testCase.testingTalk, App.conferenceId)
        compare(LanyardTest.runLanyard(["friends", "remove", "Ana"]), 0)
        compare(LanyardTest.runLanyard(["friends", "remove", "Ben"]), 0)
        App.reloadFriends()
        compare(App.friendNames, [])
    }

    /** The first visible item below `item` with this objectName whose `names` are `names`. */
    function findChips(item, objectName, names) {
        if (!item)
            return null
        if (item.visible && item.objectName === objectName && item.names && item.names.join(",") === names.join(","))
            return item
        const children = item.children
        for (let i = 0; children && i < children.length; ++i) {
            const found = findChips(children[i], objectName, names)
            if (found)
                return found
        }
        return null
    }

    function slotTimes(slots) {
        const times = []
        for (let i = 0; i < slots.count; ++i)
            times.push(Format.timeRange(slots.itemAt(i).start, slots.itemAt(i).end))
        return times
    }

    function test_pickFriendsInTheFreeSlots() {
        win.showPage("trips", {})
        wait(0)
        const page = findChild(win, "tripsPage")
        verify(page)
        waitForRendering(page)
        keyClick(Qt.Key_N, Qt.ControlModifier)
        const editor = page.editor
        tryVerify(() => editor.opened)
        const slots = findChild(editor.contentItem, "tripSlots")
        // Nothing bookmarked: the whole Saturday is free for the user alone.
        compare(slots.count, 1)
        const alone = slotTimes(slots)

        const ana = findChild(editor.contentItem, "tripFriend_Ana")
        const ben = findChild(editor.contentItem, "tripFriend_Ben")
        verify(ana && ana.visible)
        verify(ben && ben.visible)
        compare(ana.checked, false)
        waitForRendering(editor.contentItem)

        // Ana: two talks (10:20, 13:00) and coffee at 14:30. Four gaps are left.
        mouseClick(ana)
        tryCompare(slots, "count", 4)
        const withAna = slotTimes(slots)
        verify(withAna[0] !== alone[0] || withAna.length !== alone.length)
        compare(Format.time(slots.itemAt(1).start), Format.time(new Date("2013-07-06T01:05:00Z")))

        // Ben instead: the same two talks, no coffee. Three gaps.
        mouseClick(ana)
        mouseClick(ben)
        tryCompare(slots, "count", 3)
        compare(editor.pickedFriends, ["Ben"])

        // Both: the slot picked fills in who goes.
        mouseClick(ana)
        tryCompare(slots, "count", 4)
        compare(editor.pickedFriends, ["Ana", "Ben"])
        const who = findChild(editor.contentItem, "tripWho")
        compare(who.text, "")
        // The slot buttons flow anew when their number changes: click where they are now.
        waitForRendering(editor.contentItem)
        mouseClick(slots.itemAt(2))
        compare(who.text, "Ana, Ben and me")
        compare(findChild(editor.contentItem, "tripStart").text, Format.time(slots.itemAt(2).start))

        keyClick(Qt.Key_Escape)
        tryVerify(() => !editor.opened)
    }

    function test_myAgendaShowsWhoGoes() {
        App.toggleBookmark(testCase.testingTalk, App.conferenceId)
        win.showPage("agenda", {})
        let chips = null
        tryVerify(() => {
            chips = findChips(win.contentItem, "agendaFriends", ["Ana", "Ben"])
            return chips !== null
        }, 5000, "the agenda row of the talk shows Ana and Ben")
        compare(chips.Accessible.name, "Friends going: Ana, Ben")
        // A chip holds the first letters of the first two words, whatever the spacing.
        compare(chips.initials("ana  lopez garcia"), "AL")
        compare(chips.initials(" Ben "), "B")
        compare(chips.initials("Émile\tZola"), "ÉZ")
        // Each name has its own colour, the same every time.
        verify(Qt.colorEqual(chips.colorFor("Ana"), chips.colorFor("Ana")))
        verify(!Qt.colorEqual(chips.colorFor("Ana"), chips.colorFor("Ben")))
        verify(!Qt.colorEqual(chips.colorFor("Ana"), "transparent"))
        const drawn = Array.from(chips.children).filter(child => child.radius !== undefined)
        compare(drawn.length, 2)
        verify(Qt.colorEqual(drawn[0].color, chips.colorFor("Ana")), "the chip is drawn in Ana's colour")

        // A friend removed beside the window goes from the row.
        compare(LanyardTest.runLanyard(["friends", "remove", "Ben"]), 0)
        App.reloadFriends()
        tryVerify(() => findChips(win.contentItem, "agendaFriends", ["Ana"]) !== null, 5000)
        compare(LanyardTest.runLanyard(["friends", "add", "Ben", LanyardTest.sourceDir + "/tests/data/friends/ben.ics"]), 0)
    }
}
