pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// Messages: conversations on the left (unread badges, last message), the open conversation on
// the right. Everything reads the local database, so it works offline; a message written
// offline shows as sending and goes out in order once online.
QQC2.Page {
    id: root

    required property SessionController session
    required property ChatController chat
    readonly property bool wide: width >= 640
    property string replyTo: ""
    property string replyExcerpt: ""
    property string editing: ""

    title: qsTr("Messages")

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            visible: root.wide || root.chat.currentId === ""
            Layout.preferredWidth: root.wide ? 300 : root.width
            Layout.maximumWidth: root.wide ? 320 : root.width
            Layout.fillHeight: true
            spacing: 0
            RowLayout {
                Layout.margins: 8
                QQC2.TextField {
                    id: newWith
                    Layout.fillWidth: true
                    placeholderText: qsTr("Message @username")
                    Accessible.name: qsTr("Start a conversation with")
                    onAccepted: {
                        root.chat.startDirectWith(text)
                        clear()
                    }
                }
            }
            ListView {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: root.chat.conversations
                delegate: QQC2.ItemDelegate {
                    id: conversation
                    required property var modelData
                    width: list.width
                    highlighted: modelData.id === root.chat.currentId
                    Accessible.name: modelData.unread > 0
                                     ? qsTr("%1, %n unread", "", modelData.unread).arg(modelData.title)
                                     : modelData.title
                    onClicked: root.chat.currentId = modelData.id
                    contentItem: RowLayout {
                        spacing: 10
                        Avatar {
                            name: conversation.modelData.title.replace("@", "")
                        }
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            QQC2.Label {
                                text: conversation.modelData.title
                                font.bold: conversation.modelData.unread > 0
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            QQC2.Label {
                                text: conversation.modelData.lastPreview
                                opacity: 0.7
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        QQC2.Label {
                            visible: conversation.modelData.unread > 0
                            text: conversation.modelData.unread
                            color: "white"
                            font.pixelSize: 11
                            font.bold: true
                            leftPadding: 6
                            rightPadding: 6
                            background: Rectangle { radius: 9; color: "#d93025" }
                        }
                    }
                }
                QQC2.Label {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    text: qsTr("No conversations yet.")
                }
            }
        }

        Rectangle {
            visible: root.wide
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            color: root.palette.mid
        }

        ColumnLayout {
            visible: root.chat.currentId !== ""
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            QQC2.ToolBar {
                Layout.fillWidth: true
                RowLayout {
                    anchors.fill: parent
                    QQC2.ToolButton {
                        visible: !root.wide
                        text: qsTr("‹ Back")
                        onClicked: root.chat.currentId = ""
                    }
                    QQC2.Label {
                        text: root.chat.currentTitle
                        font.bold: true
                        leftPadding: 8
                        Layout.fillWidth: true
                    }
                }
            }

            ListView {
                id: messages
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 6
                model: root.chat.messages
                onCountChanged: positionViewAtEnd()
                topMargin: root.chat.hasOlder ? 40 : 8 // room for "Earlier messages"
                delegate: Item {
                    id: row
                    required property var modelData
                    width: messages.width
                    height: bubble.height + 4
                    Rectangle {
                        id: bubble
                        x: row.modelData.mine ? row.width - width - 12 : 12
                        width: Math.min(content.implicitWidth + 20, row.width * 0.72)
                        height: content.implicitHeight + 14
                        radius: 10
                        color: row.modelData.mine ? "#d2e3fc" : root.palette.base
                        border.color: root.palette.mid
                        ColumnLayout {
                            id: content
                            x: 10
                            y: 7
                            width: bubble.width - 20
                            spacing: 3
                            QQC2.Label {
                                visible: !row.modelData.mine
                                text: "@" + row.modelData.authorUsername
                                font.bold: true
                                font.pixelSize: 11
                                color: "#1f1f1f"
                            }
                            QQC2.Label {
                                visible: row.modelData.replyExcerpt !== ""
                                text: "↪ " + row.modelData.replyExcerpt
                                font.italic: true
                                opacity: 0.7
                                color: "#1f1f1f"
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            QQC2.Label {
                                text: row.modelData.removed ? qsTr("Message deleted") : row.modelData.body
                                font.italic: row.modelData.removed
                                wrapMode: Text.Wrap
                                color: "#1f1f1f"
                                Layout.fillWidth: true
                            }
                            QQC2.Label {
                                visible: row.modelData.reactions.length > 0
                                text: row.modelData.reactions.join("  ")
                                color: "#1f1f1f"
                            }
                            QQC2.Label {
                                text: (row.modelData.sending ? qsTr("Sending…")
                                       : row.modelData.createdAt.toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
                                      + (row.modelData.edited && !row.modelData.removed ? " · " + qsTr("edited") : "")
                                      + (row.modelData.mine && row.modelData.seenBy.length > 0
                                         ? " · " + qsTr("Seen by %1").arg(row.modelData.seenBy.join(", ")) : "")
                                font.pixelSize: 10
                                opacity: 0.6
                                color: "#1f1f1f"
                            }
                        }
                        TapHandler {
                            acceptedButtons: Qt.RightButton
                            onTapped: if (!row.modelData.removed) menu.popup()
                        }
                        TapHandler {
                            onLongPressed: if (!row.modelData.removed) menu.popup()
                        }
                        QQC2.Menu {
                            id: menu
                            QQC2.MenuItem {
                                text: qsTr("Reply")
                                onTriggered: {
                                    root.replyTo = row.modelData.id
                                    root.replyExcerpt = row.modelData.body
                                    input.forceActiveFocus()
                                }
                            }
                            QQC2.MenuItem { text: "👍"; onTriggered: root.chat.react(row.modelData.id, "👍", true) }
                            QQC2.MenuItem { text: "❤️"; onTriggered: root.chat.react(row.modelData.id, "❤️", true) }
                            QQC2.MenuItem { text: "😂"; onTriggered: root.chat.react(row.modelData.id, "😂", true) }
                            QQC2.MenuItem {
                                visible: row.modelData.mine
                                height: visible ? implicitHeight : 0
                                text: qsTr("Edit")
                                onTriggered: {
                                    root.editing = row.modelData.id
                                    input.text = row.modelData.body
                                    input.forceActiveFocus()
                                }
                            }
                            QQC2.MenuItem {
                                visible: row.modelData.mine
                                height: visible ? implicitHeight : 0
                                text: qsTr("Delete")
                                onTriggered: root.chat.remove(row.modelData.id)
                            }
                        }
                    }
                }
                QQC2.Button {
                    visible: root.chat.hasOlder
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: 4
                    text: qsTr("Earlier messages")
                    onClicked: root.chat.loadOlder()
                }
            }

            QQC2.Label {
                visible: root.chat.typingNames.length > 0
                leftPadding: 14
                text: qsTr("%1 is typing…", "", root.chat.typingNames.length)
                          .arg(root.chat.typingNames.map(n => "@" + n).join(", "))
                font.italic: true
                opacity: 0.7
            }
            QQC2.Pane {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    RowLayout {
                        visible: root.replyTo !== "" || root.editing !== ""
                        QQC2.Label {
                            text: root.editing !== "" ? qsTr("Editing your message")
                                                      : qsTr("Replying to “%1”").arg(root.replyExcerpt)
                            opacity: 0.7
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        QQC2.ToolButton {
                            text: "×"
                            Accessible.name: qsTr("Cancel")
                            onClicked: {
                                root.replyTo = ""
                                root.editing = ""
                                input.clear()
                            }
                        }
                    }
                    RowLayout {
                        QQC2.TextField {
                            id: input
                            Layout.fillWidth: true
                            placeholderText: qsTr("Write a message…")
                            maximumLength: 4000
                            Accessible.name: qsTr("Message")
                            onAccepted: sendButton.clicked()
                            onTextEdited: if (root.editing === "") root.chat.userTyping()
                        }
                        QQC2.Button {
                            id: sendButton
                            text: root.editing !== "" ? qsTr("Save") : qsTr("Send")
                            enabled: input.text.trim().length > 0
                            onClicked: {
                                const ok = root.editing !== "" ? root.chat.edit(root.editing, input.text)
                                                               : root.chat.send(input.text, root.replyTo)
                                if (ok) {
                                    input.clear()
                                    root.replyTo = ""
                                    root.editing = ""
                                }
                            }
                        }
                    }
                    QQC2.Label {
                        visible: root.chat.error !== ""
                        text: root.chat.error
                        color: "#c5221f"
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }

        QQC2.Label {
            visible: root.wide && root.chat.currentId === ""
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Choose a conversation, or message someone by their @username.")
            opacity: 0.7
        }
    }
}
