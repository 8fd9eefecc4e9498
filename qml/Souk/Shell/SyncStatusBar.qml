import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// Always visible: online, offline or syncing, and how many changes wait to be sent.
QQC2.ToolBar {
    id: root

    required property SessionController session

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 8

        Rectangle {
            width: 10
            height: 10
            radius: 5
            color: root.session.syncStatus === "online" ? "#2e7d32"
                 : root.session.syncStatus === "syncing" ? "#f9a825" : "#9e9e9e"
        }
        QQC2.Label {
            text: root.session.syncStatus === "online" ? qsTr("Online")
                : root.session.syncStatus === "syncing" ? qsTr("Syncing…") : qsTr("Offline")
            Accessible.name: qsTr("Sync status: %1").arg(text)
        }
        QQC2.Label {
            visible: root.session.pendingCount > 0
            text: qsTr("%n change(s) waiting to be sent", "", root.session.pendingCount)
            Accessible.name: text
        }
        QQC2.ProgressBar {
            // A first download: the total is not known up front, so it runs indeterminate.
            visible: root.session.initialSyncRunning
            indeterminate: true
            Layout.preferredWidth: 120
            Accessible.name: qsTr("Downloading your data")
        }
        QQC2.Label {
            visible: root.session.initialSyncRunning
            text: qsTr("%n row(s) downloaded", "", root.session.initialSyncRows)
        }
        QQC2.Label {
            visible: root.session.setAside.count > 0
            text: qsTr("%n change(s) not sent, see Conflicts", "", root.session.setAside.count)
            color: "#b3261e"
            Accessible.name: text
        }
        Item {
            Layout.fillWidth: true
        }
        QQC2.Label {
            text: root.session.username
            Accessible.name: qsTr("Signed in as %1").arg(text)
        }
    }
}
