// No "pragma ComponentBehavior: Bound" here: with it, Qt 6.4 cannot create ListView section
// delegates ("Component is not ready").
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qt.labs.settings
import Lanyard

/**
 * What runs now in every room and what starts in the next hour; bookmarked events first, clashes
 * marked. Before the conference it says when it starts; afterwards it points to Catch up.
 */
Page {
    id: root

    title: qsTr("Now & Next")

    NowNextModel {
        id: nowNext
        appController: App
        bookmarkedOnly: settings.bookmarkedOnly
    }

    Settings {
        id: settings
        category: "nowNext"
        property bool bookmarkedOnly: false
    }

    header: ColumnLayout {
        spacing: 0
        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Now & Next")
            summary: Format.dateTime(nowNext.at)

            ToolButton {
                id: bookmarkedOnlyButton
                objectName: "bookmarkedOnlyButton"
                text: qsTr("Bookmarked only")
                icon.name: "starred"
                checkable: true
                checked: settings.bookmarkedOnly
                onToggled: settings.bookmarkedOnly = checked
                Accessible.name: text
                HoverToolTip {
                    owner: bookmarkedOnlyButton
                    shown: bookmarkedOnlyButton.hovered
                    text: qsTr("Show only the events you bookmarked, not every room (B)")
                }
            }
        }
        Pane {
            Layout.fillWidth: true
            visible: statusLabel.text.length > 0 || nowNext.phase === NowNextModel.After || nowNext.conflictCount > 0
            padding: 16
            topPadding: 8
            bottomPadding: 8
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 4
                Label {
                    textFormat: Text.PlainText
                    id: statusLabel
                    Layout.fillWidth: true
                    visible: text.length > 0
                    wrapMode: Text.Wrap
                    font.pixelSize: 16
                    text: {
                        const name = App.conference.title ?? ""
                        switch (nowNext.phase) {
                        case NowNextModel.NoProgramme:
                            return App.filter.active && nowNext.filtered ? qsTr("The filter hides every event. Filter, then Show all, brings them back.")
                                                                         : qsTr("There is no programme to show yet.")
                        case NowNextModel.Before:
                            return qsTr("%1 starts %2, on %3.").arg(name).arg(Format.until(nowNext.at, nowNext.firstStart))
                                                             .arg(Format.dateTime(nowNext.firstStart))
                        case NowNextModel.Between:
                            return qsTr("Nothing more today. The programme continues on %1.").arg(Format.dateTime(nowNext.nextStart))
                        case NowNextModel.After:
                            return qsTr("%1 is over.").arg(name)
                        default:
                            if (nowNext.bookmarkedOnly && nowNext.count === 0)
                                return nowNext.windowMinutes === 60 ? qsTr("None of your bookmarks runs now or starts within the hour.")
                                                                    : qsTr("None of your bookmarks runs now or starts in the next %1 min.").arg(nowNext.windowMinutes)
                            if (nowNext.count === 0 && nowNext.nextStart)
                                return qsTr("Nothing runs right now. The next events start at %1.").arg(Format.time(nowNext.nextStart))
                            if (nowNext.nowCount === 0 && nowNext.nextCount > 0)
                                return qsTr("Nothing runs right now.")
                            return ""
                        }
                    }
                }
                Button {
                    visible: nowNext.phase === NowNextModel.After
                    text: qsTr("Catch up on what you missed")
                    onClicked: Navigation.showPage("catchup", {})
                    Accessible.name: qsTr("Open Catch up: recordings and talks you missed")
                }
                IconText {
                    visible: nowNext.conflictCount > 0
                    iconName: "dialog-warning"
                    text: qsTr("Some of your bookmarks clash: you cannot be at all of them.")
                    color: StatusColors.warningText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    EventListView {
        id: list
        anchors.fill: parent
        model: nowNext
        focus: true
        Accessible.name: qsTr("Now and next events")

        onActivated: row => Navigation.openEvent(nowNext.eventIdAt(row))
        Keys.onPressed: event => {
            if (event.key === Qt.Key_B && event.modifiers === Qt.NoModifier) {
                settings.bookmarkedOnly = !settings.bookmarkedOnly
                event.accepted = true
            }
        }
        onToggleRequested: row => {
            const id = nowNext.eventIdAt(row)
            if (id)
                App.toggleBookmark(id, App.conferenceId)
        }

        section.property: "section"
        section.criteria: ViewSection.FullString
        // The heading of the part in view stays at the top while its rows scroll under it: on a
        // big congress "Starting within the hour" is dozens of rows below "Now".
        section.labelPositioning: ViewSection.InlineLabels | ViewSection.CurrentLabelAtStart
        section.delegate: Pane {
            id: sectionHeader
            objectName: "nowNextSection"
            z: 2
            required property string section
            width: ListView.view.width
            padding: 6
            leftPadding: 16
            background: Rectangle { color: sectionHeader.palette.alternateBase }
            HeadingLabel {
                textFormat: Text.PlainText
                text: sectionHeader.section === "now" ? qsTr("Now")
                                                      : nowNext.windowMinutes === 60 ? qsTr("Starting within the hour")
                                                                                     : qsTr("Starting in the next %1 min").arg(nowNext.windowMinutes)
                font.bold: true
            }
        }

        delegate: NowNextRow {
            width: ListView.view.width
            current: ListView.isCurrentItem && list.showsCurrent
            onClicked: {
                list.currentIndex = index
                Navigation.openEvent(eventId)
            }
        }
    }
}
