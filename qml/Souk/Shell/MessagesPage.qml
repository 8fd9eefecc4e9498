pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Souk.Shell

// Messages: conversations on the left (unread badges, last message, presence) with search
// over all messages, the open conversation on the right, its details in a side panel.
// Everything reads the local database, so it works offline; a message written offline shows
// as sending and goes out in order once online.
QQC2.Page {
    id: root

    required property SessionController session
    required property ChatController chat

    //! Report a message: the home page opens the dialog.
    signal reportRequested(string targetType, string targetId)
    readonly property bool wide: width >= 640
    property string replyTo: ""
    property string replyExcerpt: ""
    property string editing: ""
    property string highlightedId: "" // the message a jump landed on, briefly
    //! Text to start the next message with (set by "Message seller"); consumed at once.
    property string prefill: ""
    onPrefillChanged: if (prefill !== "") {
        input.text = prefill
        input.forceActiveFocus()
        prefill = ""
    }

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
                Layout.bottomMargin: 0
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
                QQC2.Button {
                    text: qsTr("New group")
                    onClicked: newGroup.open()
                }
            }
            QQC2.TextField {
                id: searchField
                Layout.fillWidth: true
                Layout.margins: 8
                placeholderText: qsTr("Search messages")
                Accessible.name: qsTr("Search messages")
                onTextChanged: root.chat.search(text)
            }
            ListView {
                id: results
                visible: searchField.text.trim() !== ""
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: root.chat.searchResults
                delegate: QQC2.ItemDelegate {
                    id: result
                    required property var modelData
                    width: results.width
                    onClicked: root.chat.jumpTo(modelData.id)
                    contentItem: ColumnLayout {
                        spacing: 2
                        QQC2.Label {
                            textFormat: Text.PlainText
                            text: result.modelData.conversationTitle + " · @"
                                  + result.modelData.authorUsername
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        QQC2.Label {
                            textFormat: Text.PlainText
                            text: result.modelData.body
                            opacity: 0.8
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                }
                QQC2.Label {
                    anchors.centerIn: parent
                    visible: results.count === 0
                    text: qsTr("No messages match.")
                }
            }
            ListView {
                id: list
                visible: !results.visible
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
                            presence: conversation.modelData.presence
                        }
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            QQC2.Label {
                                textFormat: Text.PlainText
                                text: conversation.modelData.title
                                font.bold: conversation.modelData.unread > 0
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            QQC2.Label {
                                textFormat: Text.PlainText
                                text: conversation.modelData.lastPreview
                                opacity: 0.7
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        QQC2.Label {
                            textFormat: Text.PlainText
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
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Layout.leftMargin: 8
                        QQC2.Label {
                            textFormat: Text.PlainText
                            text: root.chat.currentTitle
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        QQC2.Label {
                            textFormat: Text.PlainText
                            visible: text !== ""
                            text: root.chat.currentSubtitle
                            font.pixelSize: 11
                            opacity: 0.7
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    QQC2.ToolButton {
                        text: qsTr("Details")
                        onClicked: details.open()
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
                // Stays at the newest message while the user has not scrolled away, also as
                // images load and grow their bubbles.
                property bool followEnd: true
                property string shownConversation
                onMovementEnded: followEnd = atYEnd
                onCountChanged: if (followEnd && root.highlightedId === "") positionViewAtEnd()
                onContentHeightChanged: if (followEnd && root.highlightedId === "") positionViewAtEnd()
                onHeightChanged: if (followEnd && root.highlightedId === "") positionViewAtEnd()
                topMargin: root.chat.hasOlder ? 40 : 8 // room for "Earlier messages"
                delegate: MessageBubble {
                    width: messages.width
                    chat: root.chat
                    onReportRequested: messageId => root.reportRequested("message", messageId)
                    highlighted: modelData.id === root.highlightedId
                    onReplyRequested: (messageId, excerpt) => {
                        root.replyTo = messageId
                        root.replyExcerpt = excerpt
                        input.forceActiveFocus()
                    }
                    onEditRequested: (messageId, text) => {
                        root.editing = messageId
                        input.text = text
                        input.forceActiveFocus()
                    }
                    onImageOpened: source => {
                        viewer.source = source
                        viewer.open()
                    }
                }
                QQC2.Button {
                    visible: root.chat.hasOlder
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: 4
                    text: qsTr("Earlier messages")
                    onClicked: root.chat.loadOlder()
                }
                Connections {
                    target: root.chat
                    function onCurrentChanged() {
                        // Another conversation opens at its newest message.
                        if (messages.shownConversation !== root.chat.currentId) {
                            messages.shownConversation = root.chat.currentId
                            messages.followEnd = true
                        }
                    }
                    function onPositionRequested(index: int) {
                        messages.followEnd = false
                        root.highlightedId = root.chat.messages[index].id
                        messages.positionViewAtIndex(index, ListView.Center)
                        unhighlight.restart()
                    }
                }
                Timer {
                    id: unhighlight
                    interval: 2000
                    onTriggered: root.highlightedId = ""
                }
            }

            QQC2.Label {
                textFormat: Text.PlainText
                visible: root.chat.typingNames.length > 0
                leftPadding: 14
                text: qsTr("%1 is typing…", "", root.chat.typingNames.length)
                          .arg(root.chat.typingNames.map(n => "@" + n).join(", "))
                opacity: 0.7
            }
            QQC2.Pane {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    RowLayout {
                        visible: root.replyTo !== "" || root.editing !== ""
                        QQC2.Label {
                            textFormat: Text.PlainText
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
                    Row {
                        visible: root.chat.attachments.length > 0
                        spacing: 6
                        Repeater {
                            model: root.chat.attachments
                            delegate: Image {
                                id: attachment
                                required property var modelData
                                required property int index
                                width: 56
                                height: 56
                                source: modelData.url
                                fillMode: Image.PreserveAspectCrop
                                sourceSize.width: 112
                                QQC2.ToolButton {
                                    anchors.right: parent.right
                                    anchors.top: parent.top
                                    width: 22
                                    height: 22
                                    text: "×"
                                    Accessible.name: qsTr("Remove image")
                                    onClicked: root.chat.removeAttachment(attachment.index)
                                }
                            }
                        }
                    }
                    RowLayout {
                        QQC2.ToolButton {
                            text: qsTr("Attach")
                            enabled: root.editing === ""
                            Accessible.name: qsTr("Attach images")
                            QQC2.ToolTip.text: qsTr("Attach images")
                            QQC2.ToolTip.visible: hovered
                            onClicked: picker.open()
                        }
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
                                     || (root.editing === "" && root.chat.attachments.length > 0)
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
                        textFormat: Text.PlainText
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

    FileDialog {
        id: picker
        title: qsTr("Choose images")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.webp)")]
        onAccepted: root.chat.attachFiles(selectedFiles)
    }

    DropArea {
        anchors.fill: parent
        enabled: root.chat.currentId !== ""
        keys: ["text/uri-list"]
        onDropped: drop => {
            root.chat.attachFiles(drop.urls)
            drop.acceptProposedAction()
        }
    }

    QQC2.Drawer {
        id: details
        edge: root.mirrored ? Qt.LeftEdge : Qt.RightEdge
        width: Math.min(360, root.width * 0.9)
        height: root.height
        ConversationDetails {
            anchors.fill: parent
            anchors.margins: 12
            session: root.session
            conversationId: root.chat.currentId
            onLeftConversation: {
                details.close()
                root.chat.currentId = ""
            }
        }
    }

    QQC2.Popup {
        id: viewer
        property url source
        anchors.centerIn: QQC2.Overlay.overlay
        width: Math.min(root.width * 0.9, 900)
        height: Math.min(root.height * 0.9, 900)
        modal: true
        Image {
            anchors.fill: parent
            source: viewer.source
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Image")
            TapHandler { onTapped: viewer.close() }
        }
    }

    QQC2.Dialog {
        id: newGroup
        anchors.centerIn: QQC2.Overlay.overlay
        width: Math.min(420, root.width * 0.9)
        modal: true
        title: qsTr("New group")
        standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
        onAccepted: {
            root.chat.createGroupWith(groupTitle.text, groupPeople.text)
            groupTitle.clear()
            groupPeople.clear()
        }
        ColumnLayout {
            anchors.fill: parent
            QQC2.TextField {
                id: groupTitle
                Layout.fillWidth: true
                placeholderText: qsTr("Group name")
                Accessible.name: qsTr("Group name")
                maximumLength: 100
            }
            QQC2.TextField {
                id: groupPeople
                Layout.fillWidth: true
                placeholderText: qsTr("People: @username, …")
                Accessible.name: qsTr("People in the group")
            }
        }
    }
}
