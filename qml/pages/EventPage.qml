pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** Everything about one event: when (in the conference's zone and the user's), where, who, what, recordings. */
Page {
    id: root
    objectName: "eventPage"

    property alias eventId: details.eventId
    /** Shown in the side panel beside the schedule (wide windows) rather than in place of it. */
    property bool inPanel: false
    signal backRequested()

    title: details.title

    EventDetails {
        id: details
        appController: App
        tripController: Trips
        syncController: Sync
        onLoaded: noteArea.text = details.note
        onUserDataChanged: {
            // Never overwrite what the user is typing; take changes made elsewhere otherwise.
            if (!noteArea.activeFocus && !noteTimer.running)
                noteArea.text = details.note
        }
    }

    function saveNote() {
        noteTimer.stop()
        if (details.valid && noteArea.text !== details.note)
            App.setNote(details.eventId, details.conferenceId, noteArea.text)
    }

    // Typing saves after a short pause; leaving the page saves at once.
    Timer {
        id: noteTimer
        interval: 600
        onTriggered: root.saveNote()
    }
    Component.onDestruction: root.saveNote()

    Shortcut {
        sequence: "Ctrl+D"
        enabled: (root.inPanel || root.StackView.status === StackView.Active) && details.valid
        onActivated: App.toggleBookmark(details.eventId, details.conferenceId)
    }

    header: PageHeader {
        showsBack: true
        backText: root.inPanel ? qsTr("Close") : qsTr("Back")
        backIcon: root.inPanel ? "window-close" : "go-previous"
        backTarget: root.inPanel ? qsTr("Close the event's details") : qsTr("Back to the schedule")
        onBackRequested: root.backRequested()
        ToolButton {
            id: hideButton
            text: qsTr("Hide…")
            visible: details.valid
            onClicked: hideMenu.open()
            Accessible.name: qsTr("Hide this event's track, room, language or type from every view")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Hide what you will never attend")
            Menu {
                id: hideMenu
                y: hideButton.height
                x: hideButton.width - width
                width: 380
                MenuItem {
                    visible: details.track.length > 0
                    height: visible ? implicitHeight : 0
                    text: qsTr("Hide the track “%1” everywhere").arg(details.track)
                    onTriggered: App.setHidden("track", details.track, true)
                }
                MenuItem {
                    visible: details.room.length > 0
                    height: visible ? implicitHeight : 0
                    text: qsTr("Hide the room “%1” everywhere").arg(details.room)
                    onTriggered: App.setHidden("room", details.room, true)
                }
                MenuItem {
                    visible: details.language.length > 0
                    height: visible ? implicitHeight : 0
                    text: qsTr("Hide the language “%1” everywhere").arg(Format.languageName(details.language))
                    onTriggered: App.setHidden("language", details.language, true)
                }
                MenuItem {
                    visible: details.type.length > 0
                    height: visible ? implicitHeight : 0
                    text: qsTr("Hide the type “%1” everywhere").arg(Format.typeName(details.type))
                    onTriggered: App.setHidden("type", details.type, true)
                }
                MenuSeparator {}
                MenuItem {
                    text: qsTr("Manage hidden items…")
                    onTriggered: Navigation.showPage("hidden", {})
                }
            }
        }
        Button {
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Bookmark (Ctrl+D)")
            text: details.bookmarked ? qsTr("In my agenda") : qsTr("Add to my agenda")
            icon.name: details.bookmarked ? "starred" : "non-starred"
            highlighted: details.bookmarked
            onClicked: App.toggleBookmark(details.eventId, details.conferenceId)
            Accessible.name: details.bookmarked ? qsTr("In my agenda") : qsTr("Add to my agenda")
            Accessible.description: details.bookmarked ? qsTr("Remove the bookmark (Ctrl+D)") : qsTr("Bookmark this event (Ctrl+D)")
            checkable: true
            checked: details.bookmarked
        }
    }

    ScrollView {
        id: scroll
        objectName: "eventScroll"
        anchors.fill: parent
        contentWidth: availableWidth
        focus: true

        ColumnLayout {
            objectName: "eventContent"
            width: Math.min(scroll.availableWidth, 900)
            x: Math.max(0, (scroll.availableWidth - width) / 2)
            spacing: 10

            Item { Layout.preferredHeight: 8 }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                visible: details.hiddenKinds.length > 0
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Hidden from every view: its %1 is hidden.")
                              .arg(details.hiddenKinds.map(kind => ({ track: qsTr("track"), room: qsTr("room"), language: qsTr("language"), type: qsTr("type") })[kind]).join(qsTr(" and ")))
                    opacity: 0.85
                }
                Button {
                    text: qsTr("Show again")
                    onClicked: details.showAgain()
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                visible: details.cancelled
                text: qsTr("This event is no longer in the programme.")
                color: StatusColors.warningText
                font.bold: true
            }
            HeadingLabel {
                id: titleLabel
                objectName: "eventTitle"
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                text: details.title
                font.pixelSize: 24
                font.bold: true
                font.strikeout: details.cancelled
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                visible: details.subtitle.length > 0
                text: details.subtitle
                font.pixelSize: 16
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                opacity: 0.85
            }
            Label {
                objectName: "eventNotRecorded"
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                visible: details.notRecorded
                text: qsTr("Not recorded: see it live")
                font.bold: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }

            // The facts, a name column and a value column. A Column of rows, not a GridLayout:
            // Qt 6.4's layouts sized the rows from the values' unwrapped heights and let wrapped
            // values and the speaker links spill onto the "My agenda" box.
            Column {
                id: facts
                objectName: "eventFacts"
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: implicitHeight
                spacing: 6
                /** Wide enough for the longest name shown, in any language. */
                readonly property real nameWidth: Math.max(whenName.implicitWidth, whereName.implicitWidth, trackName.implicitWidth,
                                                           typeName.implicitWidth, languageName.implicitWidth, speakersName.implicitWidth,
                                                           friendsName.implicitWidth)
                readonly property real valueX: nameWidth + 16
                readonly property real valueWidth: Math.max(0, width - valueX)

                Item {
                    width: facts.width
                    height: Math.max(whenName.height, whenValue.height)
                    Label { id: whenName; text: qsTr("When"); font.bold: true }
                    Column {
                        id: whenValue
                        x: facts.valueX
                        width: facts.valueWidth
                        spacing: 2
                        Label {
                            id: whenLabel
                            objectName: "eventWhen"
                            width: parent.width
                            text: Format.longRange(details.start, details.end) + " · " + Format.duration(details.start, details.end)
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                        }
                        Label {
                            id: userTimeLabel
                            objectName: "eventUserTime"
                            width: parent.width
                            visible: text.length > 0
                            text: Format.userRange(details.start, details.end)
                            textFormat: Text.PlainText
                            opacity: 0.75
                            wrapMode: Text.Wrap
                        }
                    }
                }

                Item {
                    visible: details.room.length > 0
                    width: facts.width
                    height: Math.max(whereName.height, roomLabel.height)
                    Label { id: whereName; text: qsTr("Where"); font.bold: true }
                    LinkLabel {
                        id: roomLabel
                        objectName: "eventRoom"
                        x: facts.valueX
                        // Elided, not wrapped: a wrapping text's implicit width follows its width.
                        width: Math.min(implicitWidth, facts.valueWidth)
                        elide: Text.ElideRight
                        text: details.room
                        accessibleName: qsTr("%1: everything in this room that day").arg(details.room)
                        toolTip: qsTr("Everything in %1 that day").arg(details.room)
                        onActivated: Navigation.openRoom(details.room, details.day)
                    }
                }

                Item {
                    visible: details.track.length > 0
                    width: facts.width
                    height: Math.max(trackName.height, trackLabel.height)
                    Label { id: trackName; text: qsTr("Track"); font.bold: true }
                    Rectangle {
                        x: facts.valueX
                        y: (trackName.height - height) / 2
                        width: 12
                        height: 12
                        radius: 3
                        color: App.trackColor(details.track)
                    }
                    Label {
                        id: trackLabel
                        x: facts.valueX + 18
                        width: Math.max(0, facts.valueWidth - 18)
                        text: details.track
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                    }
                }

                Item {
                    visible: details.type.length > 0
                    width: facts.width
                    height: Math.max(typeName.height, typeLabel.height)
                    Label { id: typeName; text: qsTr("Type"); font.bold: true }
                    Label {
                        id: typeLabel
                        x: facts.valueX
                        width: facts.valueWidth
                        text: Format.typeName(details.type)
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                    }
                }

                Item {
                    visible: details.language.length > 0
                    width: facts.width
                    height: Math.max(languageName.height, languageLabel.height)
                    Label { id: languageName; text: qsTr("Language"); font.bold: true }
                    Label {
                        id: languageLabel
                        objectName: "eventLanguage"
                        x: facts.valueX
                        width: facts.valueWidth
                        text: Format.languageName(details.language)
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                    }
                }

                Item {
                    visible: details.speakers.length > 0
                    width: facts.width
                    height: Math.max(speakersName.height, speakersLabel.height)
                    Label {
                        id: speakersName
                        text: details.speakers.length === 1 ? qsTr("Speaker") : qsTr("Speakers")
                        font.bold: true
                    }
                    Flow {
                        id: speakersLabel
                        objectName: "eventSpeakers"
                        /** The names as one text (what the links say, in order). */
                        readonly property string text: details.speakers.join(", ")
                        x: facts.valueX
                        width: facts.valueWidth
                        spacing: 12
                        Repeater {
                            model: details.speakers
                            delegate: LinkLabel {
                                required property string modelData
                                width: Math.min(implicitWidth, speakersLabel.width)
                                elide: Text.ElideRight
                                text: modelData
                                accessibleName: qsTr("%1: all their events").arg(modelData)
                                toolTip: qsTr("All events of %1").arg(modelData)
                                onActivated: Navigation.openSpeaker(modelData)
                            }
                        }
                    }
                }

                // Friends whose calendars have this event: their initials, and their names in full.
                Item {
                    visible: details.friends.length > 0
                    width: facts.width
                    height: Math.max(friendsName.height, friendsValue.height)
                    Label { id: friendsName; text: qsTr("Friends"); font.bold: true }
                    Row {
                        id: friendsValue
                        x: facts.valueX
                        width: facts.valueWidth
                        spacing: 8
                        FriendChips {
                            id: friendChips
                            objectName: "eventFriends"
                            names: details.friends
                            maxChips: 6
                        }
                        Label {
                            objectName: "eventFriendNames"
                            width: Math.max(0, friendsValue.width - friendChips.width - friendsValue.spacing)
                            text: details.friends.length === 1 ? qsTr("%1 goes").arg(details.friends[0])
                                                               : qsTr("%1 go").arg(details.friends.join(", "))
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            Accessible.ignored: true
                        }
                    }
                }
            }

            // What the talk is about comes before what the user makes of it.
            ColumnLayout {
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                Layout.fillWidth: true
                visible: details.abstract.length > 0
                Label { text: qsTr("About"); font.bold: true }
                TextEdit {
                    id: abstractText
                    Layout.fillWidth: true
                    text: details.abstract
                    textFormat: TextEdit.PlainText
                    wrapMode: TextEdit.Wrap
                    readOnly: true
                    selectByMouse: true
                    color: palette.text
                    font: whenLabel.font
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Description")
                }
            }

            // The user's own: priority, conflicts, rating, watched, note.
            // Its heading in the page's text column, as About, Recordings and Links have theirs.
            Label {
                Layout.leftMargin: 20
                text: qsTr("My agenda")
                font.bold: true
            }
            Frame {
                id: mine
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                Layout.fillWidth: true
                Layout.topMargin: -4
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("My agenda")
                GridLayout {
                    anchors.fill: parent
                    columns: 2
                    columnSpacing: 16
                    rowSpacing: 6

                    Label { text: qsTr("Bookmark"); font.bold: true }
                    RowLayout {
                        spacing: 4
                        Accessible.role: Accessible.Grouping
                        Accessible.name: qsTr("Bookmark priority")
                        RadioButton {
                            text: qsTr("None")
                            checked: details.priority === 0
                            onClicked: App.setPriority(details.eventId, details.conferenceId, 0)
                        }
                        RadioButton {
                            text: qsTr("Must see")
                            checked: details.priority === 1
                            onClicked: App.setPriority(details.eventId, details.conferenceId, 1)
                            Accessible.name: qsTr("Must see")
                        }
                        RadioButton {
                            text: qsTr("Maybe")
                            checked: details.priority === 2
                            onClicked: App.setPriority(details.eventId, details.conferenceId, 2)
                            Accessible.name: qsTr("Maybe (a fallback)")
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("A fallback for when a must-see is full")
                        }
                    }

                    Label {
                        text: qsTr("Conflicts")
                        font.bold: true
                        color: "#c0392b"
                        visible: details.conflicts.length > 0
                        Layout.alignment: Qt.AlignTop
                    }
                    ColumnLayout {
                        visible: details.conflicts.length > 0
                        Layout.fillWidth: true
                        spacing: 2
                        Repeater {
                            model: details.conflicts
                            delegate: Button {
                                required property var modelData
                                flat: true
                                icon.name: "dialog-warning"
                                icon.color: "#c0392b"
                                text: qsTr("%1 (%2, %3)").arg(modelData.title).arg(Format.timeRange(modelData.start, modelData.end)).arg(modelData.room)
                                onClicked: Navigation.openEvent(modelData.id)
                                Accessible.name: qsTr("Overlaps with %1; open it").arg(modelData.title)
                            }
                        }
                    }

                    Label { text: qsTr("Rating"); font.bold: true }
                    RatingControl {
                        rating: details.rating
                        onRated: value => App.setRating(details.eventId, details.conferenceId, value)
                    }

                    Label { text: qsTr("Recording"); font.bold: true }
                    CheckBox {
                        text: qsTr("Watched")
                        checked: details.watched
                        onToggled: App.setWatched(details.eventId, details.conferenceId, checked)
                        Accessible.name: qsTr("I have watched the recording")
                    }

                    Label { text: qsTr("Note"); font.bold: true; Layout.alignment: Qt.AlignTop }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        TextArea {
                            id: noteArea
                            Layout.fillWidth: true
                            Layout.minimumHeight: 90
                            wrapMode: TextEdit.Wrap
                            placeholderText: qsTr("A private note: questions to ask, what to follow up…")
                            textFormat: TextEdit.PlainText
                            selectByMouse: true
                            onTextChanged: {
                                if (activeFocus)
                                    noteTimer.restart()
                            }
                            onActiveFocusChanged: {
                                if (!activeFocus)
                                    root.saveNote()
                            }
                            Accessible.name: qsTr("Private note")
                            background: Rectangle {
                                color: palette.base
                                border.color: noteArea.activeFocus ? palette.highlight : palette.mid
                                radius: 3
                            }
                        }
                        Label {
                            text: noteTimer.running ? qsTr("Saving…") : (noteArea.text.length > 0 ? qsTr("Saved") : "")
                            textFormat: Text.PlainText
                            opacity: 0.6
                            font.pixelSize: 11
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                visible: details.videos.length > 0
                Label { text: qsTr("Recordings"); font.bold: true }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Repeater {
                        model: details.videos
                        delegate: Button {
                            required property var modelData
                            text: qsTr("Watch on %1").arg(modelData.label)
                            icon.name: "media-playback-start"
                            onClicked: App.openLink(modelData.url)
                            Accessible.name: qsTr("Watch the recording on %1").arg(modelData.label)
                            PlainToolTip {
                                visible: parent.hovered
                                text: parent.modelData.url
                            }
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                visible: details.links.length > 0
                Label { text: qsTr("Links"); font.bold: true }
                Repeater {
                    model: details.links
                    delegate: Label {
                        required property var modelData
                        text: modelData.title
                        color: palette.link
                        textFormat: Text.PlainText
                        Accessible.role: Accessible.Link
                        Accessible.name: modelData.title
                        Accessible.description: modelData.url
                        Accessible.onPressAction: App.openLink(modelData.url)
                        activeFocusOnTab: true
                        Keys.onReturnPressed: App.openLink(modelData.url)
                        Keys.onEnterPressed: App.openLink(modelData.url)
                        font.underline: linkHover.hovered || activeFocus
                        PlainToolTip {
                            visible: linkHover.hovered
                            text: parent.modelData.url
                        }
                        HoverHandler { id: linkHover; cursorShape: Qt.PointingHandCursor }
                        TapHandler { onTapped: App.openLink(parent.modelData.url) }
                    }
                }
            }
            Item { Layout.preferredHeight: 20 }
        }
    }
}
