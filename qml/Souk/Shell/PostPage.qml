pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// A post with its comments and replies (one level). Your own post can be edited or deleted;
// you can delete your comments and any comment on your post.
QQC2.Page {
    id: root

    required property SessionController session
    required property var nav
    required property string postId
    property string replyTo: ""
    property string replyToName: ""

    title: qsTr("Post")

    PostController {
        id: controller
        session: root.session
        postId: root.postId
    }

    header: QQC2.ToolBar {
        RowLayout {
            anchors.fill: parent
            QQC2.ToolButton {
                text: qsTr("‹ Back")
                Accessible.name: qsTr("Back")
                onClicked: root.nav.back()
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: root.title
                font.bold: true
                Layout.fillWidth: true
            }
            QQC2.ToolButton {
                visible: controller.mine
                text: qsTr("Edit")
                Accessible.name: qsTr("Edit the caption")
                onClicked: editDialog.open()
            }
            QQC2.ToolButton {
                visible: controller.mine
                text: qsTr("Delete")
                Accessible.name: qsTr("Delete this post")
                onClicked: deleteDialog.open()
            }
            QQC2.ToolButton {
                visible: !controller.mine && root.postId !== ""
                text: qsTr("Report")
                Accessible.name: qsTr("Report this post")
                onClicked: root.nav.report("post", root.postId)
            }
        }
    }

    QQC2.Label {
        anchors.centerIn: parent
        visible: !controller.found
        text: controller.loading ? qsTr("Loading…") : qsTr("This post does not exist or was deleted.")
    }

    QQC2.ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: 12
        visible: controller.found
        contentWidth: availableWidth
        implicitWidth: 480 // fixed: the page's size must not depend on its content's
        implicitHeight: 480

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 8

            PostCard {
                Layout.fillWidth: true
                Layout.maximumWidth: 720
                Layout.alignment: Qt.AlignHCenter
                maxImageHeight: 340
                post: controller.post
                onOpenPost: {}
                onOpenProfile: (userId, username) => root.nav.openProfile(userId, username)
                onOpenTag: tag => root.nav.openTag(tag)
                onToggleLike: controller.toggleLike()
            }
            QQC2.Label {
                visible: controller.post.fromServer === true
                text: qsTr("Shown from the server: this post is not on this device.")
                opacity: 0.7
            }
            QQC2.Label {
                text: qsTr("Comments")
                font.bold: true
            }
            QQC2.Label {
                visible: controller.comments.length === 0
                text: qsTr("No comments yet.")
                opacity: 0.7
            }
            Repeater {
                model: controller.comments
                delegate: RowLayout {
                    id: comment
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 8
                    Item { Layout.preferredWidth: comment.modelData.isReply ? 36 : 0 }
                    Avatar {
                        name: comment.modelData.authorUsername
                        size: 28
                        Layout.alignment: Qt.AlignTop
                    }
                    ColumnLayout {
                        spacing: 2
                        Layout.fillWidth: true
                        RichCaption {
                            Layout.fillWidth: true
                            source: "@" + comment.modelData.authorUsername + "  " + comment.modelData.body
                            onTagActivated: tag => root.nav.openTag(tag)
                            onMentionActivated: username => root.nav.openProfile("", username)
                        }
                        RowLayout {
                            spacing: 12
                            QQC2.Label {
                                textFormat: Text.PlainText
                                text: comment.modelData.createdAt.toLocaleString(Qt.locale(), Locale.ShortFormat)
                                      + (comment.modelData.pending ? " · " + qsTr("Pending") : "")
                                opacity: 0.6
                                font.pixelSize: 11
                            }
                            // Only its author sees a comment a moderator marked; nobody else does.
                            QQC2.Label {
                                textFormat: Text.PlainText
                                visible: comment.modelData.moderation !== ""
                                text: comment.modelData.moderation === "removed" ? qsTr("Removed by a moderator")
                                      : qsTr("Hidden by a moderator: only you see it")
                                color: "#5c0b05"
                                font.pixelSize: 11
                            }
                            QQC2.Label {
                                text: "<a href=\"#\">" + qsTr("Reply") + "</a>"
                                textFormat: Text.StyledText
                                font.pixelSize: 11
                                Accessible.role: Accessible.Button
                                Accessible.name: qsTr("Reply to %1").arg(comment.modelData.authorUsername)
                                onLinkActivated: {
                                    root.replyTo = comment.modelData.isReply ? comment.modelData.parentId
                                                                             : comment.modelData.commentId
                                    root.replyToName = comment.modelData.authorUsername
                                    input.forceActiveFocus()
                                }
                            }
                            QQC2.Label {
                                visible: comment.modelData.mine || controller.mine
                                text: "<a href=\"#\">" + qsTr("Delete") + "</a>"
                                textFormat: Text.StyledText
                                font.pixelSize: 11
                                Accessible.role: Accessible.Button
                                Accessible.name: qsTr("Delete this comment")
                                onLinkActivated: controller.deleteComment(comment.modelData.commentId)
                            }
                            QQC2.Label {
                                visible: !comment.modelData.mine
                                text: "<a href=\"#\">" + qsTr("Report") + "</a>"
                                textFormat: Text.StyledText
                                font.pixelSize: 11
                                Accessible.role: Accessible.Button
                                Accessible.name: qsTr("Report this comment")
                                onLinkActivated: root.nav.report("comment", comment.modelData.commentId)
                            }
                        }
                    }
                }
            }
        }
    }

    footer: QQC2.Pane {
        visible: controller.found
        ColumnLayout {
            anchors.fill: parent
            RowLayout {
                visible: root.replyTo !== ""
                QQC2.Label {
                    textFormat: Text.PlainText
                    text: qsTr("Replying to @%1").arg(root.replyToName)
                    opacity: 0.7
                }
                QQC2.ToolButton {
                    text: "×"
                    Accessible.name: qsTr("Cancel the reply")
                    onClicked: root.replyTo = ""
                }
            }
            RowLayout {
                QQC2.TextField {
                    id: input
                    Layout.fillWidth: true
                    placeholderText: qsTr("Add a comment…")
                    maximumLength: 2200
                    Accessible.name: qsTr("Comment")
                    onAccepted: send.clicked()
                }
                QQC2.Button {
                    id: send
                    text: qsTr("Send")
                    enabled: input.text.trim().length > 0
                    onClicked: {
                        if (controller.addComment(input.text, root.replyTo)) {
                            input.clear()
                            root.replyTo = ""
                        }
                    }
                }
            }
            QQC2.Label {
                textFormat: Text.PlainText
                visible: controller.error !== ""
                text: controller.error
                color: "#c5221f"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    QQC2.Dialog {
        id: editDialog
        title: qsTr("Edit caption")
        modal: true
        anchors.centerIn: parent
        width: Math.min(root.width - 40, 520)
        standardButtons: QQC2.Dialog.Save | QQC2.Dialog.Cancel
        onAboutToShow: captionEdit.text = controller.post.caption
        onAccepted: controller.editCaption(captionEdit.text)
        QQC2.TextArea {
            id: captionEdit
            textFormat: TextEdit.PlainText
            anchors.fill: parent
            wrapMode: TextEdit.Wrap
            Accessible.name: qsTr("Caption")
        }
    }
    QQC2.Dialog {
        id: deleteDialog
        title: qsTr("Delete this post?")
        modal: true
        anchors.centerIn: parent
        standardButtons: QQC2.Dialog.Yes | QQC2.Dialog.No
        onAccepted: {
            if (controller.deletePost())
                root.nav.back()
        }
        QQC2.Label {
            text: qsTr("It disappears for everyone, with its comments.")
        }
    }
}
