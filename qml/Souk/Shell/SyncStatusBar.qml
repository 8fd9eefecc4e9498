import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// Always visible: online, offline or syncing, and how many changes wait to be sent. Plain
// properties, bound by the page, so the bar is tested on its own (tests/qml).
QQC2.ToolBar {
    id: root

    property string status: "offline" // "online", "syncing" or "offline"
    property int pendingCount: 0
    property bool initialSyncRunning: false
    property int initialSyncRows: 0
    property int setAsideCount: 0
    property string username

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 8

        Rectangle {
            width: 10
            height: 10
            radius: 5
            color: root.status === "online" ? "#2e7d32"
                 : root.status === "syncing" ? "#f9a825" : "#9e9e9e"
        }
        QQC2.Label {
            textFormat: Text.PlainText
            objectName: "statusLabel"
            text: root.status === "online" ? qsTr("Online")
                : root.status === "syncing" ? qsTr("Syncing…") : qsTr("Offline")
            Accessible.name: qsTr("Sync status: %1").arg(text)
        }
        QQC2.Label {
            objectName: "pendingLabel"
            visible: root.pendingCount > 0
            text: qsTr("%n change(s) waiting to be sent", "", root.pendingCount)
            Accessible.name: text
        }
        QQC2.ProgressBar {
            // A first download: the total is not known up front, so it runs indeterminate.
            visible: root.initialSyncRunning
            indeterminate: true
            Layout.preferredWidth: 120
            Accessible.name: qsTr("Downloading your data")
        }
        QQC2.Label {
            visible: root.initialSyncRunning
            text: qsTr("%n row(s) downloaded", "", root.initialSyncRows)
        }
        QQC2.Label {
            visible: root.setAsideCount > 0
            text: qsTr("%n change(s) not sent, see Conflicts", "", root.setAsideCount)
            color: "#b3261e"
            Accessible.name: text
        }
        Item {
            Layout.fillWidth: true
        }
        QQC2.Label {
            textFormat: Text.PlainText
            text: root.username
            Accessible.name: qsTr("Signed in as %1").arg(text)
        }
    }
}
