import QtQuick
import QtQuick.Controls
import QtTest
import Lanyard

/**
 * The window in its own style (LanyardStyle), light and dark: radio buttons and check boxes show
 * their outline, and the keyboard focus its frame, at 3:1 or more against the page (WCAG 1.4.11,
 * non-text contrast). In Fusion's own drawing, a dark page left both near black on black.
 */
TestCase {
    id: testCase
    name: "Appearance"
    when: windowShown

    Component {
        id: mainWindow
        Main {}
    }
    Component {
        id: checkBox
        CheckBox { text: "Also in my agenda" }
    }
    Component {
        id: iconButton
        Button { text: "Export…"; icon.name: "document-save-as" }
    }
    Component {
        id: iconToolButton
        ToolButton { text: "Filter"; icon.name: "view-filter" }
    }
    Component {
        id: checkableMenuItem
        MenuItem { text: "Must see"; checkable: true }
    }

    property var win: null

    function cleanup() {
        Preferences.theme = "system"
        Preferences.showUserZone = true
        win = null
    }

    function luminance(c) {
        const channel = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    /** The WCAG contrast ratio of two opaque colours, 1 to 21. */
    function contrast(a, b) {
        const la = luminance(a)
        const lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function openSettings(theme) {
        Preferences.theme = theme
        win = createTemporaryObject(mainWindow, testCase)
        verify(win)
        win.showPage("settings", {})
        win.requestActivate()
        tryVerify(() => win.active, 5000, "the window becomes the active window")
        waitForRendering(win.contentItem)
        const page = findChild(win, "settingsPage")
        verify(page, "the settings page is shown")
        compare(Preferences.dark, theme === "dark")
        return page
    }

    function checkOutline(control, what) {
        const indicator = control.indicator
        verify(indicator, what + " has an indicator")
        const outline = indicator.border.color
        const page = win.palette.window
        verify(contrast(outline, page) >= 3, what + ": outline " + outline + " on the page " + page
               + ", contrast " + contrast(outline, page).toFixed(2))
        verify(contrast(outline, indicator.color) >= 3, what + ": outline " + outline + " on its own field " + indicator.color
               + ", contrast " + contrast(outline, indicator.color).toFixed(2))
    }

    function test_indicatorsStandOut_data() {
        return [{ tag: "light", theme: "light" }, { tag: "dark", theme: "dark" }]
    }
    function test_indicatorsStandOut(data) {
        const page = openSettings(data.theme)
        // The unchecked radio button of the time zones, and of the style.
        const zoneOnly = findChild(page, "conferenceZoneOnly")
        verify(zoneOnly && !zoneOnly.checked)
        checkOutline(zoneOnly, "radio button")
        checkOutline(findChild(page, "theme-system"), "radio button")
        const box = createTemporaryObject(checkBox, page)
        verify(box)
        checkOutline(box, "check box")
        box.checked = true
        checkOutline(box, "checked check box")
        // The timetable block menu's must see and maybe.
        const item = createTemporaryObject(checkableMenuItem, page)
        verify(item)
        checkOutline(item, "checkable menu item")
    }

    function test_warningTextReads_data() {
        return [{ tag: "light", theme: "light" }, { tag: "dark", theme: "dark" }]
    }
    /** A conflict, a cancelled talk or an error reads at 4.5:1 (WCAG 1.4.3) on the page and in lists. */
    function test_warningTextReads(data) {
        openSettings(data.theme)
        const warning = StatusColors.warningText
        for (const background of [win.palette.window, win.palette.base]) {
            verify(contrast(warning, background) >= 4.5, "warning " + warning + " on " + background + ": "
                   + contrast(warning, background).toFixed(2))
        }
    }

    function test_iconsFollowTheText_data() {
        return [{ tag: "light", theme: "light" }, { tag: "dark", theme: "dark" }]
    }
    /** Button and tool button icons take their text's colour: the theme's black outlines vanished on dark buttons. */
    function test_iconsFollowTheText(data) {
        const page = openSettings(data.theme)
        for (const component of [iconButton, iconToolButton]) {
            const button = createTemporaryObject(component, page)
            verify(button)
            compare(String(button.icon.color), String(button.palette.buttonText), button.text + ": the icon is drawn in the text's colour")
            verify(contrast(button.icon.color, win.palette.button) >= 3, button.text + ": icon " + button.icon.color + " on the button "
                   + win.palette.button + ", contrast " + contrast(button.icon.color, win.palette.button).toFixed(2))
        }
        const item = createTemporaryObject(checkableMenuItem, page)
        compare(String(item.icon.color), String(item.palette.text))
    }

    function test_focusRing_data() {
        return [{ tag: "light", theme: "light" }, { tag: "dark", theme: "dark" }]
    }
    function test_focusRing(data) {
        const page = openSettings(data.theme)
        const zoneOnly = findChild(page, "conferenceZoneOnly")
        zoneOnly.forceActiveFocus(Qt.TabFocusReason)
        verify(zoneOnly.visualFocus)
        const ring = findChild(win, "focusRing")
        verify(ring, "the window draws the keyboard focus")
        compare(ring.parent, zoneOnly, "the frame is around the control with the focus")
        verify(ring.visible)
        verify(ring.border.width >= 2, "a frame of " + ring.border.width + " px")
        verify(contrast(ring.border.color, win.palette.window) >= 3,
               "frame " + ring.border.color + " on " + win.palette.window + ": " + contrast(ring.border.color, win.palette.window).toFixed(2))
        compare(ring.width, zoneOnly.width)
        compare(ring.height, zoneOnly.height)

        // Tab takes it along.
        keyClick(Qt.Key_Tab)
        const next = win.activeFocusItem
        verify(next !== zoneOnly)
        if (next.visualFocus === true)
            compare(ring.parent, next)

        // A click gives no visual focus and no frame.
        mouseClick(zoneOnly)
        verify(!zoneOnly.visualFocus)
        verify(!ring.visible, "no frame after a click")
    }
}
