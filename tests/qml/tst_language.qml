import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/**
 * German chosen in the settings, from the keyboard, while the window is open: the day tabs, the
 * header's dates and the settings' own boxes all speak German at once, and the boxes keep what
 * they showed (the update interval stayed "every 30 minutes", not the first entry).
 */
TestCase {
    id: testCase
    name: "LiveLanguageSwitch"
    when: windowShown

    Component {
        id: mainWindow
        Main {}
    }

    function cleanup() {
        Preferences.language = "system"
        Preferences.syncIntervalMinutes = 60
    }

    function find(item, predicate) {
        if (!item)
            return null
        if (predicate(item))
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = find(item.children[i], predicate)
            if (found)
                return found
        }
        return null
    }

    function test_everythingFollowsAtOnce() {
        Preferences.language = "en"
        Preferences.syncIntervalMinutes = 30
        const win = createTemporaryObject(mainWindow, testCase)
        win.requestActivate()
        tryVerify(() => win.active)
        win.showPage("settings", {})
        waitForRendering(win.contentItem)
        const page = findChild(win, "settingsPage")
        const interval = findChild(page, "syncInterval")
        compare(interval.displayText, "every 30 minutes")
        const dates = find(win.contentItem.parent, item => item.objectName === "conferenceDates")
        verify(dates.text.indexOf("July") >= 0, dates.text)

        // Choose Deutsch in the language box, from the keyboard: open it, go down to it, Enter.
        const box = findChild(page, "languageBox")
        box.forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryVerify(() => box.popup.opened)
        const index = box.indexOfValue("de")
        verify(index >= 0)
        while (box.highlightedIndex < index)
            keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        tryCompare(Preferences, "effectiveLanguage", "de")

        compare(interval.displayText, "alle 30 Minuten", "the box keeps its value in the new language")
        compare(Preferences.syncIntervalMinutes, 30)
        verify(dates.text.indexOf("Juli") >= 0, "the header's dates: " + dates.text)

        win.showPage("schedule", {})
        waitForRendering(win.contentItem)
        const tabs = find(win.contentItem, item => item.objectName === "daySwitcher")
        const labels = []
        for (let i = 0; i < tabs.count; ++i)
            labels.push(tabs.itemAt(i).text)
        compare(labels.length, 3)
        compare(labels[0].indexOf("Fr"), 0, "day tabs in German: " + labels.join(" | "))
        compare(labels[1].indexOf("Sa"), 0, labels.join(" | "))
        compare(labels[2].indexOf("So"), 0, labels.join(" | "))
        verify(labels[1].indexOf("heute") >= 0, "today is marked in German: " + labels[1])
    }
}
