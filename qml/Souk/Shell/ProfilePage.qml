pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Souk.Shell

// A profile: picture, name, bio, counts, follow and block (or editing your own), and a grid of
// posts. Someone you do not follow is read from the server when online.
QQC2.Page {
    id: root

    required property SessionController session
    required property var nav
    property string userId
    property string username
    property bool showBack: true

    title: qsTr("Profile")

    ProfileController {
        id: profile
        session: root.session
        userId: root.userId
        username: root.username
    }
    PostsModel {
        id: localPosts
        session: root.session
        source: PostsModel.Author
        authorId: profile.profile.userId ?? ""
    }

    // The grid's posts: from this device when the profile is here, else the server's.
    readonly property var posts: {
        if (!profile.local)
            return profile.serverPosts
        let all = []
        for (let i = 0; i < localPosts.count; ++i)
            all.push(localPosts.get(i))
        return all
    }

    function count(value: var): string {
        return value === undefined || value < 0 ? "–" : Number(value).toLocaleString(Qt.locale(), "f", 0)
    }

    header: QQC2.ToolBar {
        RowLayout {
            anchors.fill: parent
            QQC2.ToolButton {
                visible: root.showBack
                text: qsTr("‹ Back")
                Accessible.name: qsTr("Back")
                onClicked: root.nav.back()
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: profile.profile.displayName ?? root.title
                font.bold: true
                leftPadding: root.showBack ? 0 : 12
                Layout.fillWidth: true
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 8
            RowLayout {
                spacing: 16
                Layout.bottomMargin: 8
                Avatar {
                    name: profile.profile.displayName ?? ""
                    source: profile.profile.avatar ?? ""
                    size: 88
                }
                ColumnLayout {
                    spacing: 4
                    QQC2.Label {
                        textFormat: Text.PlainText
                        text: profile.profile.displayName ?? ""
                        font.pixelSize: 20
                        font.bold: true
                    }
                    QQC2.Label {
                        textFormat: Text.PlainText
                        text: "@" + (profile.profile.username ?? "")
                        opacity: 0.7
                    }
                    RowLayout {
                        spacing: 18
                        QQC2.Label { textFormat: Text.PlainText; text: qsTr("%1 posts").arg(root.count(profile.profile.posts)) }
                        QQC2.Label { textFormat: Text.PlainText; text: qsTr("%1 followers").arg(root.count(profile.profile.followers)) }
                        QQC2.Label { textFormat: Text.PlainText; text: qsTr("%1 following").arg(root.count(profile.profile.following)) }
                    }
                    QQC2.Label {
                        textFormat: Text.PlainText
                        text: profile.profile.bio ?? ""
                        visible: text.length > 0
                        wrapMode: Text.Wrap
                        Layout.maximumWidth: 480
                    }
                    RowLayout {
                        visible: !profile.isMe
                        QQC2.Button {
                            text: profile.profile.followedByMe ? qsTr("Unfollow") : qsTr("Follow")
                            highlighted: !profile.profile.followedByMe
                            enabled: !profile.profile.blockedByMe
                            onClicked: profile.follow(!profile.profile.followedByMe)
                        }
                        QQC2.Button {
                            text: profile.profile.blockedByMe ? qsTr("Unblock") : qsTr("Block")
                            onClicked: profile.profile.blockedByMe ? profile.block(false) : blockDialog.open()
                        }
                        QQC2.Button {
                            text: qsTr("Report")
                            Accessible.name: qsTr("Report this account")
                            onClicked: root.nav.report("user", profile.profile.userId)
                        }
                    }
                    RowLayout {
                        visible: profile.isMe
                        QQC2.Button {
                            text: qsTr("Edit profile")
                            onClicked: editDialog.open()
                        }
                        QQC2.Button {
                            text: qsTr("Change picture")
                            onClicked: avatarPicker.open()
                        }
                    }
                    QQC2.Label {
                        textFormat: Text.PlainText
                        visible: profile.error !== ""
                        text: profile.error
                        color: "#c5221f"
                    }
                }
            }
            QQC2.Label {
                visible: !profile.local && profile.serverPosts.length > 0
                text: qsTr("From the server: you do not follow this account.")
                opacity: 0.7
            }
        }

        GridView {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            readonly property int columns: Math.max(2, Math.floor(width / 220))
            cellWidth: width / columns
            cellHeight: cellWidth
            model: root.posts
            delegate: Item {
                id: cell
                required property var modelData
                readonly property var post: modelData
                width: grid.cellWidth
                height: grid.cellHeight
                Image {
                    anchors.fill: parent
                    anchors.margins: 2
                    source: cell.post.thumbnails.length > 0 ? cell.post.thumbnails[0] : ""
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: true
                    sourceSize.width: 320
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("Open post")
                    TapHandler {
                        onTapped: root.nav.openPost(cell.post.postId)
                    }
                    QQC2.Label {
                        textFormat: Text.PlainText
                        visible: cell.post.imageCount > 1
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: 6
                        text: cell.post.imageCount
                        color: "white"
                        padding: 3
                        background: Rectangle { color: "#99000000"; radius: 3 }
                        Accessible.name: qsTr("%n photo(s)", "", cell.post.imageCount)
                    }
                }
            }
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
        }
    }

    FileDialog {
        id: avatarPicker
        title: qsTr("Choose a picture")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.webp)")]
        onAccepted: profile.setAvatar(selectedFile)
    }
    QQC2.Dialog {
        id: blockDialog
        title: qsTr("Block @%1?").arg(profile.profile.username ?? "")
        header: QQC2.Label {
            text: blockDialog.title
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.bold: true
            padding: 6
        }
        modal: true
        anchors.centerIn: parent
        standardButtons: QQC2.Dialog.Yes | QQC2.Dialog.No
        onAccepted: profile.block(true)
        QQC2.Label {
            width: 360
            wrapMode: Text.Wrap
            text: qsTr("You stop following each other. They cannot follow you, like or comment on your posts, and you will not be notified about them.")
        }
    }
    QQC2.Dialog {
        id: editDialog
        title: qsTr("Edit profile")
        modal: true
        anchors.centerIn: parent
        width: Math.min(root.width - 40, 480)
        standardButtons: QQC2.Dialog.Save | QQC2.Dialog.Cancel
        onAboutToShow: {
            nameField.text = profile.profile.displayName ?? ""
            bioField.text = profile.profile.bio ?? ""
        }
        onAccepted: profile.save(nameField.text, bioField.text)
        ColumnLayout {
            anchors.fill: parent
            QQC2.Label { text: qsTr("Display name") }
            QQC2.TextField {
                id: nameField
                Layout.fillWidth: true
                maximumLength: 50
                Accessible.name: qsTr("Display name")
            }
            QQC2.Label { text: qsTr("Bio") }
            QQC2.TextArea {
                id: bioField
                textFormat: TextEdit.PlainText
                Layout.fillWidth: true
                Layout.preferredHeight: 100
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Bio")
            }
        }
    }
}
