import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// The moderators' and admins' view: the review queue and appeals (on this device, offline
// too), users, shop requests, and for admins the audit log and analytics (from the server).
QQC2.Page {
    id: root

    required property SessionController session
    required property ModerationController moderation
    readonly property bool isAdmin: root.session.role === "admin"

    function showTab(index: int) {
        tabs.currentIndex = index
    }

    title: qsTr("Moderation")

    header: QQC2.TabBar {
        id: tabs
        QQC2.TabButton { text: qsTr("Queue (%1)").arg(root.moderation.queue.length) }  // trusted-text: a count
        QQC2.TabButton { text: qsTr("Appeals (%1)").arg(root.moderation.appeals.length) }  // trusted-text: a count
        QQC2.TabButton { text: qsTr("Users") }
        QQC2.TabButton { text: qsTr("Shop requests") }
        QQC2.TabButton { text: qsTr("Audit log"); visible: root.isAdmin; width: visible ? implicitWidth : 0 }
        QQC2.TabButton { text: qsTr("Analytics"); visible: root.isAdmin; width: visible ? implicitWidth : 0 }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex
        ReviewQueue { moderation: root.moderation }
        AppealsView { moderation: root.moderation }
        Loader {
            active: tabs.currentIndex === 2
            sourceComponent: UsersView { moderation: root.moderation; isAdmin: root.isAdmin }
        }
        Loader {
            active: tabs.currentIndex === 3
            sourceComponent: ShopRequestsView { moderation: root.moderation }
        }
        Loader {
            active: tabs.currentIndex === 4 && root.isAdmin
            sourceComponent: AuditView { moderation: root.moderation }
        }
        Loader {
            active: tabs.currentIndex === 5 && root.isAdmin
            sourceComponent: AnalyticsView { moderation: root.moderation }
        }
    }
}
