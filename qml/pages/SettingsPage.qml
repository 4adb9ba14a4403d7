pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** Time zones, reminders, sync, the light or dark style and the language; saved as they change. */
Page {
    id: root
    objectName: "settingsPage"

    title: qsTr("Settings")

    Component.onCompleted: Reminders.recheck()

    component SectionHeading: HeadingLabel {
        font.pixelSize: 16
        font.bold: true
        Layout.topMargin: 14
    }

    header: PageHeader {
        title: root.title
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            id: form
            width: Math.min(scroll.availableWidth - 48, 720)
            x: 24
            spacing: 8

            // --- Time zones -----------------------------------------------------------------
            SectionHeading { text: qsTr("Times") }
            ButtonGroup { id: zoneGroup }
            RadioButton {
                id: conferenceZoneOnly
                objectName: "conferenceZoneOnly"
                text: qsTr("Show times in the conference's time zone only")
                checked: !Preferences.showUserZone
                ButtonGroup.group: zoneGroup
                onToggled: if (checked) Preferences.showUserZone = false
                Accessible.name: text
            }
            RadioButton {
                id: alsoMyZone
                text: qsTr("Also show times in my time zone when it differs")
                checked: Preferences.showUserZone
                ButtonGroup.group: zoneGroup
                onToggled: if (checked) Preferences.showUserZone = true
                Accessible.name: text
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.leftMargin: 32
                wrapMode: Text.Wrap
                opacity: 0.75
                text: App.conference.timeZone ? qsTr("This conference runs in %1.").arg(Format.zoneLabel)
                                              : qsTr("Times are always shown in the conference's time zone first.")
            }

            // --- Reminders ------------------------------------------------------------------
            SectionHeading { text: qsTr("Reminders") }
            Switch {
                id: remindersSwitch
                objectName: "remindersSwitch"
                text: qsTr("Remind me before each bookmarked talk, with its room")
                checked: Reminders.enabled
                enabled: Reminders.available
                onToggled: Reminders.enabled = checked
                Accessible.name: text
            }
            RowLayout {
                Layout.leftMargin: 32
                spacing: 8
                SpinBox {
                    id: reminderMinutes
                    objectName: "reminderMinutes"
                    from: 1
                    to: 240
                    editable: true
                    enabled: Reminders.available && Reminders.enabled
                    value: Reminders.minutesBefore
                    onValueModified: Reminders.minutesBefore = value
                    Accessible.name: qsTr("Minutes before the start")
                }
                Label {
                    text: qsTr("minutes before the start")
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                wrapMode: Text.Wrap
                opacity: 0.75
                text: Reminders.available ? qsTr("Reminders come as desktop notifications while Lanyard is open.")
                                          : qsTr("This desktop session offers no notification service (org.freedesktop.Notifications on the session bus), so Lanyard cannot show reminders here.")
            }
            Button {
                Layout.leftMargin: 32
                visible: !Reminders.available
                text: qsTr("Check again")
                Accessible.name: qsTr("Check again for a notification service")
                onClicked: Reminders.recheck()
            }

            // --- Sync -----------------------------------------------------------------------
            SectionHeading { text: qsTr("Programme updates") }
            RowLayout {
                spacing: 8
                Label { text: qsTr("Check subscribed programmes for changes") }
                ComboBox {
                    id: syncInterval
                    objectName: "syncInterval"
                    textRole: "text"
                    valueRole: "minutes"
                    model: [
                        { text: qsTr("every 15 minutes"), minutes: 15 },
                        { text: qsTr("every 30 minutes"), minutes: 30 },
                        { text: qsTr("every hour"), minutes: 60 },
                        { text: qsTr("every 3 hours"), minutes: 180 },
                        { text: qsTr("once a day"), minutes: 1440 },
                        { text: qsTr("only when I ask"), minutes: 0 }
                    ]
                    // count in the binding: indexOfValue() only works once the model is there; model
                    // too: a new language makes a new model, and the box then went back to its first entry.
                    currentIndex: model && count > 0 ? Math.max(0, indexOfValue(Preferences.syncIntervalMinutes)) : -1
                    onActivated: Preferences.syncIntervalMinutes = currentValue
                    Accessible.name: qsTr("How often to check subscribed programmes for changes")
                    // The read-only field inside the box says the choice.
                    Component.onCompleted: contentItem.Accessible.name = Qt.binding(() => displayText)
                    Layout.preferredWidth: 220
                }
            }
            RowLayout {
                spacing: 8
                Label { text: qsTr("Give up on a download after") }
                SpinBox {
                    objectName: "stallTimeout"
                    from: 1
                    to: 600
                    editable: true
                    value: Sync.stallTimeoutSeconds
                    onValueModified: Sync.stallTimeoutSeconds = value
                    Accessible.name: qsTr("Seconds without data before a download is abandoned")
                }
                Label { text: qsTr("seconds without data, or") }
                SpinBox {
                    objectName: "totalTimeout"
                    from: 1
                    to: 600
                    editable: true
                    value: Sync.totalTimeoutSeconds
                    onValueModified: Sync.totalTimeoutSeconds = value
                    Accessible.name: qsTr("Seconds before a download is abandoned")
                }
                Label { text: qsTr("seconds in all") }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                opacity: 0.75
                text: qsTr("Subscriptions are checked on start, when the network comes back and at this interval while a conference runs; less often before it, never after it. A slow conference Wi-Fi may need longer time limits.")
            }

            // --- Appearance -----------------------------------------------------------------
            SectionHeading { text: qsTr("Appearance") }
            ButtonGroup { id: themeGroup }
            Repeater {
                model: [
                    { value: "system", text: qsTr("Follow the system (now %1)").arg(Preferences.systemPrefersDark ? qsTr("dark") : qsTr("light")) },
                    { value: "light", text: qsTr("Light") },
                    { value: "dark", text: qsTr("Dark") }
                ]
                delegate: RadioButton {
                    required property var modelData
                    objectName: "theme-" + modelData.value
                    text: modelData.text
                    checked: Preferences.theme === modelData.value
                    ButtonGroup.group: themeGroup
                    onToggled: if (checked) Preferences.theme = modelData.value
                    Accessible.name: qsTr("Style: %1").arg(text)
                }
            }

            // --- Language -------------------------------------------------------------------
            SectionHeading { text: qsTr("Language") }
            ComboBox {
                id: languageBox
                objectName: "languageBox"
                textRole: "name"
                valueRole: "code"
                model: Preferences.languages
                currentIndex: count > 0 ? Math.max(0, indexOfValue(Preferences.language)) : -1
                onActivated: Preferences.language = currentValue
                Accessible.name: qsTr("Language of the interface")
                Layout.preferredWidth: 220
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                opacity: 0.75
                text: qsTr("Dates are written the way the language writes them. The conference's own texts stay as the organisers wrote them.")
            }

            // --- Calendar -------------------------------------------------------------------
            SectionHeading { text: qsTr("Calendar") }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                opacity: 0.75
                text: qsTr("Keep your bookmarks and trips in a calendar on your own CalDAV server (Nextcloud, Radicale, Fastmail, …): your phone shows them, and Lanyard on another computer picks them up.")
            }
            GridLayout {
                objectName: "calendarConnect"
                visible: !Calendar.connected
                columns: 2
                columnSpacing: 8
                Label { text: qsTr("Server") }
                TextField {
                    id: calendarUrl
                    objectName: "calendarUrl"
                    placeholderText: "https://dav.example.org/"
                    Layout.preferredWidth: 320
                    Accessible.name: qsTr("Calendar server address")
                }
                Label { text: qsTr("User name") }
                TextField {
                    id: calendarUser
                    objectName: "calendarUser"
                    Layout.preferredWidth: 320
                    Accessible.name: qsTr("User name on the calendar server")
                }
                Label { text: qsTr("Password") }
                TextField {
                    id: calendarPassword
                    objectName: "calendarPassword"
                    echoMode: TextInput.Password
                    Layout.preferredWidth: 320
                    Accessible.name: qsTr("Password on the calendar server")
                }
                Label { text: qsTr("Calendar") }
                TextField {
                    id: calendarName
                    objectName: "calendarName"
                    text: "Lanyard"
                    Layout.preferredWidth: 320
                    Accessible.name: qsTr("Name of the calendar to use or make")
                }
                Item { Layout.preferredWidth: 1 }
                Button {
                    objectName: "calendarConnectButton"
                    text: qsTr("Connect")
                    enabled: !Calendar.busy && calendarUrl.text.length > 0 && calendarUser.text.length > 0
                    Accessible.name: qsTr("Connect to the calendar")
                    onClicked: {
                        calendarError.text = Calendar.connectTo(calendarUrl.text, calendarUser.text, calendarPassword.text, calendarName.text)
                        calendarPassword.text = ""
                    }
                }
            }
            Label {
                objectName: "calendarAccount"
                textFormat: Text.PlainText
                visible: Calendar.connected
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: Calendar.account
            }
            Label {
                objectName: "calendarStatus"
                textFormat: Text.PlainText
                visible: Calendar.connected
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: Calendar.status
            }
            RowLayout {
                visible: Calendar.connected && Calendar.needsPassword
                spacing: 8
                Label { text: qsTr("No keyring has the password; for this session:") }
                TextField {
                    id: sessionPassword
                    echoMode: TextInput.Password
                    Layout.preferredWidth: 200
                    Accessible.name: qsTr("Password on the calendar server, for this session")
                    onAccepted: { Calendar.setSessionPassword(text); text = ""; calendarError.text = Calendar.syncNow() }
                }
            }
            RowLayout {
                visible: Calendar.connected
                spacing: 8
                Button {
                    objectName: "calendarSyncNow"
                    text: qsTr("Sync now")
                    enabled: !Calendar.busy
                    Accessible.name: qsTr("Sync the calendar now")
                    onClicked: calendarError.text = Calendar.syncNow()
                }
                Button {
                    objectName: "calendarDisconnect"
                    text: qsTr("Disconnect")
                    enabled: !Calendar.busy
                    Accessible.name: qsTr("Disconnect from the calendar; everything here and on the server stays")
                    onClicked: { Calendar.disconnectCalendar(); calendarError.text = "" }
                }
            }
            Label {
                id: calendarError
                objectName: "calendarError"
                visible: text.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: "firebrick"
            }
            Repeater {
                model: Calendar.connected ? Calendar.changes : []
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    text: "• " + modelData
                }
            }

            // --- Help -----------------------------------------------------------------------
            SectionHeading { text: qsTr("Help") }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Button {
                    text: qsTr("Keyboard shortcuts")
                    onClicked: Navigation.showShortcuts()
                    Accessible.name: qsTr("Show the keyboard shortcuts")
                }
                Button {
                    text: qsTr("Show the tips again")
                    enabled: Preferences.dismissedHints.length > 0
                    onClicked: Preferences.resetHints()
                    Accessible.name: qsTr("Show the first-run tips again")
                }
                Button {
                    text: qsTr("About Lanyard")
                    onClicked: Navigation.showAbout()
                    Accessible.name: text
                }
            }
            Item { Layout.preferredHeight: 24 }
        }
    }
}
