pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// Likes, comments, replies, follows and mentions, newest first; unread ones stand out.
// "Mark all read" moves a read marker that syncs to your other devices.
QQC2.Page {
    id: root

    required property SessionController session
    required property var nav
    required property NotificationsModel notifications

    title: qsTr("Notifications")

    header: QQC2.ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            QQC2.Label {
                textFormat: Text.PlainText
                text: root.title
                font.bold: true
                font.pixelSize: 18
                Layout.fillWidth: true
            }
            QQC2.Button {
                text: qsTr("Mark all read")
                enabled: root.notifications.unreadCount > 0
                onClicked: root.notifications.markAllRead()
            }
        }
    }

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        model: root.notifications
        delegate: QQC2.ItemDelegate {
            id: item
            required property string kind
            required property string sentence
            required property string actorId
            required property string actorUsername
            required property string postId
            required property string excerpt
            required property date createdAt
            required property bool unread
            width: list.width
            Accessible.name: sentence
            // Moderation and appeals open the user's standing, where each can be appealed.
            onClicked: kind.startsWith("mod_") || kind.startsWith("appeal_") ? root.nav.openStanding()
                       : postId !== "" ? root.nav.openPost(postId) : root.nav.openProfile(actorId, actorUsername)
            contentItem: RowLayout {
                spacing: 12
                Rectangle {
                    width: 8
                    height: 8
                    radius: 4
                    color: item.unread ? item.palette.highlight : "transparent"
                }
                Avatar {
                    name: item.actorUsername
                }
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    QQC2.Label {
                        textFormat: Text.PlainText
                        text: item.sentence
                        font.bold: item.unread
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    QQC2.Label {
                        textFormat: Text.PlainText
                        visible: item.excerpt !== ""
                        text: "“" + item.excerpt + "”"
                        opacity: 0.75
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    QQC2.Label {
                        textFormat: Text.PlainText
                        text: item.createdAt.toLocaleString(Qt.locale(), Locale.ShortFormat)
                        opacity: 0.6
                        font.pixelSize: 11
                    }
                }
            }
        }
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
        QQC2.Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No notifications yet.")
        }
    }
}
