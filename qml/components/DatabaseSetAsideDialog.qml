import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/**
 * Shown on start when the database file could not be used and was moved aside: what was wrong,
 * where the file is now, and how to get back what it held. Created by GuiRunner.
 */
Dialog {
    id: root

    /** "notSqlite", "newerVersion" or "failedCheck". */
    property string reason
    /** Where the file was, and where it is now. */
    property string path
    property string keptAs
    /** SQLite's or the schema check's own words, for a bug report. */
    property string detail

    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 80 : 600, 600)
    title: root.reason === "newerVersion" ? qsTr("Database from a newer Lanyard") : qsTr("Database could not be opened")
    standardButtons: Dialog.Ok

    contentItem: ColumnLayout {
        spacing: 12

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: {
                if (root.reason === "newerVersion")
                    return qsTr("The database %1 was written by a newer version of Lanyard, which this version cannot read.").arg(root.path)
                if (root.reason === "notSqlite")
                    return qsTr("The file %1 is not a Lanyard database.").arg(root.path)
                return qsTr("The database %1 is damaged.").arg(root.path)
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Nothing was deleted: the file was moved aside, and Lanyard started with a new database in its place. The file is now:")
        }
        TextField {
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            text: root.keptAs
            Accessible.name: qsTr("Where the file was kept")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: root.reason === "newerVersion"
                  ? qsTr("To go on using it, open it with the newer Lanyard after renaming it back. To bring your bookmarks, notes and ratings here instead, restore a backup in My agenda.")
                  : qsTr("To bring back your bookmarks, notes and ratings, restore a backup in My agenda.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            opacity: 0.7
            font.pointSize: Qt.application.font.pointSize * 0.9
            text: qsTr("Details: %1 %2").arg(root.path).arg(root.detail)
        }
    }
}
