import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/** Version, licence and where the bundled programme comes from. */
Dialog {
    id: root

    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 80 : 560, 600)
    height: Math.min(parent ? parent.height - 80 : 640, implicitHeight)
    title: qsTr("About Lanyard")
    standardButtons: Dialog.Close

    contentItem: ScrollView {
        id: scroll
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 12

            RowLayout {
                spacing: 16
                Image {
                    source: "qrc:/images/org.lanyard.Lanyard.svg"
                    sourceSize.width: 72
                    sourceSize.height: 72
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Lanyard icon")
                }
                ColumnLayout {
                    spacing: 2
                    HeadingLabel {
                        text: "Lanyard"
                        font.pixelSize: 22
                        font.bold: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Version %1").arg(App.version)
                        Accessible.name: text
                    }
                    Label {
                        text: qsTr("A companion for conference attendees: programmes, timetable and agenda, offline.")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        opacity: 0.8
                    }
                }
            }

            HeadingLabel {
                text: qsTr("Licence")
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Lanyard is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.")
            }
            Button {
                text: qsTr("Read the licence")
                Accessible.name: qsTr("Read the GNU General Public License in the browser")
                onClicked: App.openLink("https://www.gnu.org/licenses/gpl-3.0.html")
            }

            HeadingLabel {
                text: qsTr("Bundled programme")
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Lanyard comes with the programme of PyCon Australia 2013 (5–7 July 2013, Wrest Point, Hobart) so that it shows a real conference without a network. It was compiled from:")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                text: "• " + qsTr("the archived conference site (2013.pycon-au.org, the pyconau/2013-archive repository): schedule grids and miniconf pages")
                      + "\n• " + qsTr("pyvideo.org's data (CC0): recording links on YouTube and archive.org; the recordings are licensed CC-BY-SA")
                      + "\n• " + qsTr("the PyCon AU archives (pyconau/archives)")
                      + "\n• " + qsTr("coordinates of the venue and places around Hobart, each from its cited source (encyclopedia infoboxes, the Gazetteer of Australia)")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                opacity: 0.8
                text: qsTr("Talk abstracts were not copied. Some details are missing in the sources, for example the title of the dinner keynote and the speakers of the lightning talks.")
            }
        }
    }
}
