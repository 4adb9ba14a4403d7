pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Lanyard

/**
 * What an import or a first sync did: the summary and every warning (events skipped or repaired,
 * and why), or the error and that nothing was changed. A file that failed can be tried again with
 * a time zone.
 */
Dialog {
    id: root

    /** {ok, error, summary, title, conferenceId, warnings, path, fileName, url, timeZone, zoneGuessed}. */
    property var report: ({})
    readonly property bool ok: root.report.ok === true
    readonly property var warnings: root.report.warnings ?? []
    readonly property string sourceName: root.report.fileName ?? root.report.url ?? ""

    function show(report: var) {
        root.report = report
        retryZone.clear()
        root.open()
    }

    title: root.ok ? qsTr("Imported %1").arg(root.report.title ?? "")
                   : qsTr("Could not import %1").arg(root.sourceName)
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(720, (parent ? parent.width : 720) - 40)
    height: Math.min(implicitHeight, (parent ? parent.height : 600) - 40)
    padding: 16

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            Layout.fillWidth: true
            visible: root.ok
            text: root.report.summary ?? ""
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        TextEdit {
            Layout.fillWidth: true
            visible: !root.ok
            text: root.report.error ?? ""
            color: StatusColors.warningText
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            readOnly: true
            selectByMouse: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: !root.ok
            text: qsTr("Nothing was changed: the programme and your bookmarks are as they were.")
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            visible: root.ok
            text: root.warnings.length === 0 ? qsTr("No warnings: every event was read.")
                                             : qsTr("%n warning(s): events skipped or repaired, and why", "", root.warnings.length)
            font.bold: root.warnings.length > 0
            Layout.topMargin: 4
        }
        Frame {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.min(260, warningList.contentHeight + 16)
            visible: root.ok && root.warnings.length > 0
            padding: 4
            ListView {
                id: warningList
                anchors.fill: parent
                clip: true
                model: root.warnings
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Warnings")
                delegate: Label {
                    required property string modelData
                    width: ListView.view.width
                    text: "• " + modelData
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    padding: 2
                }
            }
        }
        ColumnLayout {
            objectName: "zoneHint"
            Layout.fillWidth: true
            // Only where a zone may be what is wrong: the file named none (times at its UTC
            // offsets), the user gave one, or the import failed.
            visible: (root.report.path ?? "").length > 0
                     && (!root.ok || root.report.zoneGuessed === true || (root.report.timeZone ?? "").length > 0)
            Layout.topMargin: 6
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: root.ok ? qsTr("Times wrong because the file names no time zone? Import it again with one:")
                              : qsTr("If the file names no time zone, give one and try again:")
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                TimeZoneField {
                    id: retryZone
                    Layout.fillWidth: true
                }
                Button {
                    text: root.ok ? qsTr("Import again") : qsTr("Try again")
                    enabled: retryZone.zone.length > 0 && retryZone.valid
                    onClicked: {
                        const path = root.report.path
                        root.close()
                        Sync.importPath(path, retryZone.zone)
                    }
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            visible: root.ok && (root.report.conferenceId ?? "").length > 0
            text: qsTr("Show the programme")
            highlighted: true
            onClicked: {
                App.conferenceId = root.report.conferenceId
                Navigation.showPage("schedule", {})
                root.close()
            }
        }
        Button {
            text: qsTr("Close")
            onClicked: root.close()
        }
    }
}
