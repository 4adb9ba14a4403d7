pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Lanyard

/** One tab per conference day; Ctrl+1, Ctrl+2, ... switch too. */
TabBar {
    id: root

    property string day
    signal daySelected(string date)

    currentIndex: App.days.indexOf(root.day)
    Accessible.name: qsTr("Conference days")

    Repeater {
        model: App.days
        delegate: TabButton {
            required property string modelData
            required property int index
            // Preferences.effectiveLanguage: the day names are written anew when the language changes.
            text: (Preferences.effectiveLanguage ? Format.dayLabel(modelData) : "") + (App.today === modelData ? qsTr(" (today)") : "")
            width: Math.max(implicitWidth + 24, 120)
            onClicked: root.daySelected(modelData)
            // A tab is selected, not checked.
            Accessible.role: Accessible.PageTab
            Accessible.name: text
            Accessible.selectable: true
            Accessible.selected: checked
            PlainToolTip {
                visible: parent.hovered
                text: qsTr("%1 (Ctrl+%2)").arg(Format.longDayLabel(parent.modelData)).arg(parent.index + 1)
            }
        }
    }
}
