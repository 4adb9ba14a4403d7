import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/** The settings page changes what it says, at once, and the window remembers its state. */
TestCase {
    id: testCase
    name: "Settings"
    when: windowShown

    Component {
        id: mainWindow
        Main {}
    }

    function cleanup() {
        Preferences.theme = "system"
        Preferences.language = "system"
        Preferences.showUserZone = true
        Reminders.enabled = true
        Reminders.minutesBefore = 10
        Preferences.syncIntervalMinutes = 60
    }

    function lightness(color) {
        return 0.299 * color.r + 0.587 * color.g + 0.114 * color.b
    }

    function test_themeFollowsTheChoice() {
        const win = createTemporaryObject(mainWindow, testCase)
        verify(win)
        compare(Preferences.theme, "system")
        compare(Preferences.dark, Preferences.systemPrefersDark)
        Preferences.theme = "dark"
        verify(Preferences.dark)
        verify(lightness(win.palette.window) < 0.3, "dark window: " + win.palette.window)
        verify(lightness(win.palette.windowText) > 0.7, "light text: " + win.palette.windowText)
        compare(LanyardTest.setting("appearance/theme"), "dark")
        Preferences.theme = "light"
        verify(!Preferences.dark)
        verify(lightness(win.palette.window) > 0.7, "light window: " + win.palette.window)
        compare(LanyardTest.setting("appearance/theme"), "light")
        Preferences.theme = "nonsense"
        compare(Preferences.theme, "system", "an unknown theme means the system's")
    }

    function test_keysOtherPartsRead() {
        Preferences.syncIntervalMinutes = 180
        compare(LanyardTest.setting("sync/intervalMinutes"), 180)
        Preferences.syncIntervalMinutes = -3
        compare(Preferences.syncIntervalMinutes, 0, "never less than 'only when I ask'")
    }

    function test_settingsPageControls() {
        const win = createTemporaryObject(mainWindow, testCase)
        win.showPage("settings", {})
        win.requestActivate()
        tryVerify(() => win.active)
        waitForRendering(win.contentItem)
        const page = findChild(win, "settingsPage")
        verify(page, "the settings page is shown")

        const dark = findChild(page, "theme-dark")
        verify(dark)
        mouseClick(dark)
        compare(Preferences.theme, "dark")

        const onlyConference = findChild(page, "conferenceZoneOnly")
        mouseClick(onlyConference)
        compare(Preferences.showUserZone, false)
        compare(LanyardTest.setting("time/showUserZone"), false)

        const sync = findChild(page, "syncInterval")
        compare(sync.currentValue, 60, "the box shows the saved interval")
        sync.currentIndex = sync.indexOfValue(0)
        sync.activated(sync.currentIndex)
        compare(Preferences.syncIntervalMinutes, 0)

        const reminders = findChild(page, "remindersSwitch")
        verify(reminders.checked)
        mouseClick(reminders)
        compare(Reminders.enabled, false)
        compare(LanyardTest.setting("reminders/enabled"), false)
        const minutes = findChild(page, "reminderMinutes")
        verify(!minutes.enabled, "the minutes follow the switch")
        mouseClick(reminders)
        verify(minutes.enabled)
        minutes.value = 25
        minutes.valueModified()
        compare(Reminders.minutesBefore, 25)
        compare(LanyardTest.setting("reminders/minutesBefore"), 25)
    }

    function test_calendarConnectFailsClearly() {
        const win = createTemporaryObject(mainWindow, testCase)
        win.showPage("settings", {})
        waitForRendering(win.contentItem)
        const page = findChild(win, "settingsPage")
        verify(!Calendar.connected)
        const form = findChild(page, "calendarConnect")
        verify(form.visible, "the connect form shows while not connected")
        const button = findChild(page, "calendarConnectButton")
        verify(!button.enabled, "nothing to connect to yet")
        findChild(page, "calendarUrl").text = "http://127.0.0.1:1/"
        findChild(page, "calendarUser").text = "alice"
        findChild(page, "calendarPassword").text = "secret"
        verify(button.enabled)
        button.clicked()
        const error = findChild(page, "calendarError")
        verify(error.visible)
        verify(error.text.indexOf("127.0.0.1") >= 0, error.text)
        verify(!Calendar.connected, "a failed connect connects nothing")
        compare(findChild(page, "calendarPassword").text, "", "the password field is emptied")
    }

    function test_windowRemembersSizeAndView() {
        let win = createTemporaryObject(mainWindow, testCase)
        win.width = 1000
        win.height = 700
        win.viewMode = "list"
        win.showPage("settings", {})
        win.saveState()
        // Qt.labs.settings writes a moment later.
        tryVerify(() => LanyardTest.setting("window/width") === 1000, 3000, "width saved")
        tryVerify(() => LanyardTest.setting("window/height") === 700, 3000, "height saved")
        tryVerify(() => LanyardTest.setting("view/page") === "settings", 3000, "page saved")
        tryVerify(() => LanyardTest.setting("view/viewMode") === "list", 3000, "view saved")
        win.destroy()
        wait(0)

        win = createTemporaryObject(mainWindow, testCase)
        compare(win.width, 1000)
        compare(win.height, 700)
        compare(win.viewMode, "list")
        compare(win.currentPage, "settings")
        win.viewMode = "timetable"
        win.showPage("schedule", {})
        win.saveState()
    }

    function test_languageSwitchesAtOnce() {
        const win = createTemporaryObject(mainWindow, testCase)
        win.showPage("settings", {})
        waitForRendering(win.contentItem)
        const page = findChild(win, "settingsPage")
        compare(page.title, "Settings")
        Preferences.language = "de"
        compare(Preferences.effectiveLanguage, "de")
        compare(LanyardTest.setting("appearance/language"), "de")
        compare(page.title, "Einstellungen", "the page speaks German without a restart")
        compare(Format.dayLabel("2013-07-05").indexOf("Fr"), 0, "day names follow: " + Format.dayLabel("2013-07-05"))
        keyClick(Qt.Key_F1)
        let help = null
        tryVerify(() => (help = findChild(win, "helpOverlay")) && help.opened)
        compare(help.pages[help.pages.length - 1].label, "Einstellungen", "the sidebar's pages too")
        help.close()
        Preferences.language = "en"
        compare(Preferences.effectiveLanguage, "en")
        compare(page.title, "Settings")
    }
}
