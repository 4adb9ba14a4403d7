pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** Shown after an update that changed talks in the user's agenda: what happened to each of them. */
Dialog {
    id: root

    property string conferenceId
    property string conferenceTitle
    property var yourChanges: []
    property int changeCount: 0

    function show(conferenceId: string, title: string, yourChanges: var, changeCount: int) {
        if (root.opened && root.conferenceId === conferenceId) {
            // A second update while this is open: keep what was already said.
            root.yourChanges = root.yourChanges.concat(yourChanges)
            root.changeCount += changeCount
            return
        }
        root.conferenceId = conferenceId
        root.conferenceTitle = title
        root.yourChanges = yourChanges
        root.changeCount = changeCount
        root.open()
    }

    title: qsTr("%1: your agenda changed").arg(root.conferenceTitle)
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(680, (parent ? parent.width : 680) - 40)
    padding: 16

    contentItem: ColumnLayout {
        spacing: 10
        Repeater {
            model: root.yourChanges
            delegate: RowLayout {
                id: line
                required property string modelData
                Layout.fillWidth: true
                spacing: 8
                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: 6
                    width: 8
                    height: 8
                    radius: 4
                    color: "#c77700"
                }
                Label {
                    Layout.fillWidth: true
                    text: line.modelData
                    font.pixelSize: 16
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                }
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: 4
            text: qsTr("The update made %n change(s) to the programme in all.", "", root.changeCount)
            opacity: 0.75
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Show all changes")
            highlighted: true
            onClicked: {
                App.conferenceId = root.conferenceId
                Navigation.showPage("changes", {})
                root.close()
            }
        }
        Button {
            text: qsTr("Close")
            onClicked: root.close()
        }
    }
}
