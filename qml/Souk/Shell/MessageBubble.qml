pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// One message in the conversation view: author, the message it replies to (a tap jumps to
// it), text or "message deleted", images, reactions, and time, "edited", "sending" and
// "seen by". A right click or long press opens the actions.
Item {
    id: row

    required property var modelData
    required property ChatController chat
    property bool highlighted: false

    signal replyRequested(string messageId, string excerpt)
    signal editRequested(string messageId, string text)
    signal imageOpened(url source)
    signal reportRequested(string messageId)

    height: bubble.height + 4

    Rectangle {
        id: bubble
        // Own messages at the end of the line: the right, or the left in right-to-left.
        x: row.modelData.mine !== (Qt.application.layoutDirection === Qt.RightToLeft)
           ? row.width - width - 12 : 12
        width: Math.min(Math.max(content.implicitWidth, images.visible ? 220 : 0) + 20,
                        row.width * 0.72)
        height: content.implicitHeight + 14
        radius: 10
        color: row.modelData.refused ? "#fce8e6" : row.modelData.mine ? "#d2e3fc" : row.palette.base
        border.color: row.highlighted ? "#f9ab00" : row.modelData.refused ? "#c5221f" : row.palette.mid
        border.width: row.highlighted ? 3 : 1
        Behavior on border.width { NumberAnimation { duration: 300 } }
        ColumnLayout {
            id: content
            x: 10
            y: 7
            width: bubble.width - 20
            spacing: 3
            QQC2.Label {
                textFormat: Text.PlainText
                visible: !row.modelData.mine
                text: "@" + row.modelData.authorUsername
                font.bold: true
                font.pixelSize: 11
                color: "#1f1f1f"
            }
            QQC2.Label {
                textFormat: Text.PlainText
                visible: row.modelData.replyExcerpt !== ""
                text: "↪ " + row.modelData.replyExcerpt
                font.italic: true
                opacity: 0.7
                color: "#1f1f1f"
                elide: Text.ElideRight
                Layout.fillWidth: true
                Accessible.role: Accessible.Link
                Accessible.name: qsTr("Show the message this replies to")
                HoverHandler { cursorShape: Qt.PointingHandCursor }
                TapHandler { onTapped: row.chat.jumpTo(row.modelData.replyTo) }
            }
            // Escaped by TextLinks, with its http(s) addresses as links to open in the browser.
            RichCaption {
                visible: source !== ""
                source: row.modelData.moderated ? qsTr("Removed by a moderator")
                        : row.modelData.removed ? qsTr("Message deleted") : row.modelData.body
                font.italic: row.modelData.removed
                color: "#1f1f1f"
                Layout.fillWidth: true
            }
            Flow {
                id: images
                visible: !row.modelData.removed && row.modelData.thumbnails.length > 0
                spacing: 4
                Layout.fillWidth: true
                Repeater {
                    model: row.modelData.thumbnails
                    delegate: Image {
                        id: thumb
                        required property url modelData
                        required property int index
                        width: row.modelData.thumbnails.length === 1 ? 220 : 106
                        height: width
                        source: modelData
                        fillMode: Image.PreserveAspectCrop
                        asynchronous: true
                        sourceSize.width: width * 2
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Image %1 of %2").arg(index + 1)
                                             .arg(row.modelData.thumbnails.length)
                        Rectangle {
                            anchors.fill: parent
                            visible: thumb.status !== Image.Ready
                            color: "#e8eaed"
                        }
                        TapHandler { onTapped: row.imageOpened(row.modelData.images[thumb.index]) }
                    }
                }
            }
            QQC2.Label {
                textFormat: Text.PlainText
                visible: row.modelData.reactions.length > 0
                text: row.modelData.reactions.join("  ")
                color: "#1f1f1f"
            }
            // Refused by the server: why, and what the user can do about it.
            QQC2.Label {
                textFormat: Text.PlainText
                visible: row.modelData.refused
                text: qsTr("Not sent: %1").arg(row.modelData.refusal)
                color: "#c5221f"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                visible: row.modelData.refused
                QQC2.Button {
                    text: qsTr("Retry")
                    onClicked: row.chat.retrySend(row.modelData.outboxSeq)
                }
                QQC2.Button {
                    text: qsTr("Discard")
                    onClicked: row.chat.discardSend(row.modelData.outboxSeq)
                }
            }
            QQC2.Label {
                textFormat: Text.PlainText
                visible: !row.modelData.refused
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
            onTapped: if (!row.modelData.removed && !row.modelData.refused) menu.popup()
        }
        TapHandler {
            onLongPressed: if (!row.modelData.removed && !row.modelData.refused) menu.popup()
        }
        QQC2.Menu {
            id: menu
            QQC2.MenuItem {
                text: qsTr("Reply")
                onTriggered: row.replyRequested(row.modelData.id, row.modelData.body)
            }
            // The reaction picker: a tap on a reaction already given takes it back.
            Row {
                Repeater {
                    model: ["👍", "❤️", "😂", "😮", "😢", "🙏"]
                    delegate: QQC2.ToolButton {
                        required property string modelData
                        readonly property bool given: row.modelData.myReactions.indexOf(modelData) >= 0
                        text: modelData // trusted-text: the picker's own emoji above
                        checkable: true
                        checked: given
                        Accessible.name: given ? qsTr("Take back %1").arg(modelData)
                                               : qsTr("React with %1").arg(modelData)
                        onClicked: {
                            row.chat.react(row.modelData.id, modelData, !given)
                            menu.close()
                        }
                    }
                }
            }
            QQC2.MenuItem {
                visible: row.modelData.mine
                height: visible ? implicitHeight : 0
                text: qsTr("Edit")
                onTriggered: row.editRequested(row.modelData.id, row.modelData.body)
            }
            QQC2.MenuItem {
                visible: row.modelData.mine
                height: visible ? implicitHeight : 0
                text: qsTr("Delete")
                onTriggered: row.chat.remove(row.modelData.id)
            }
            QQC2.MenuItem {
                visible: !row.modelData.mine
                height: visible ? implicitHeight : 0
                text: qsTr("Report")
                onTriggered: row.reportRequested(row.modelData.id)
            }
        }
    }
}
