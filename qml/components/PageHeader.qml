import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * The header every page shares, so that all of them read alike: an optional Back button, the
 * page's title in the one title style, a short summary beside it ("3 items · 1 in conflict"), and
 * the page's own actions at the right (the children given to it: buttons with an icon, a
 * tooltip and, where there is one, the shortcut in the tooltip).
 */
ToolBar {
    id: root

    /** The page's name, a heading for screen readers. Empty: no title (the Back button alone). */
    property string title
    /** A line beside the title: counts, the day; empty for none. */
    property string summary
    /** The summary warns (e.g. conflicts): drawn in the warning colour. */
    property bool summaryWarns: false
    /** Shows the Back button (pages opened from another: an event, a speaker, a room). */
    property bool showsBack: false
    /** The Back button's text and icon ("Close" beside the schedule). */
    property string backText: qsTr("Back")
    property string backIcon: "go-previous"
    /** What Back returns to, for its tooltip and screen readers. */
    property string backTarget: qsTr("Back")
    /** The page's actions, laid out from left to right at the header's right end. */
    default property alias actions: actionRow.data

    signal backRequested()

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: root.showsBack ? 4 : 12
        anchors.rightMargin: 8
        spacing: 8

        ToolButton {
            id: backButton
            objectName: "backButton"
            visible: root.showsBack
            text: root.backText
            icon.name: root.backIcon
            display: AbstractButton.TextBesideIcon
            onClicked: root.backRequested()
            Accessible.name: text
            Accessible.description: root.backTarget
            HoverToolTip {
                owner: backButton
                shown: backButton.hovered
                text: qsTr("%1 (Esc)").arg(root.backTarget)
            }
        }
        HeadingLabel {
            objectName: "pageTitle"
            visible: root.title.length > 0
            Layout.maximumWidth: root.width / 2
            text: root.title
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.pixelSize: 18
            font.bold: true
        }
        Label {
            objectName: "pageSummary"
            Layout.fillWidth: true
            visible: root.summary.length > 0 || root.title.length > 0
            text: root.summary
            textFormat: Text.PlainText
            color: root.summaryWarns ? StatusColors.warningText : root.palette.text
            opacity: 0.8
            elide: Text.ElideRight
        }
        Item {
            // Keeps the actions at the right when there is neither title nor summary.
            visible: root.summary.length === 0 && root.title.length === 0
            Layout.fillWidth: true
        }
        RowLayout {
            id: actionRow
            spacing: 8
        }
    }
}
