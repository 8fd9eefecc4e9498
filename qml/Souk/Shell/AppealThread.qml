pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts

// An appeal's thread: the user's messages on one side, the moderators' on the other (signed
// "Moderator", never by name), and a field to write the next one.
ColumnLayout {
    id: thread

    required property var messages
    //! Whose side is "mine": the user's own view, or a moderator's.
    property bool moderatorView: false
    property bool canWrite: true
    property string placeholder: qsTr("Write a message")

    signal send(string text)

    Repeater {
        model: thread.messages
        // Sized by hand, not by layouts: a bubble as wide as its text, at most 80% of the
        // thread, on the writer's side.
        delegate: Item {
            id: bubble
            required property var modelData
            readonly property bool mine: modelData.fromModerator === thread.moderatorView
            Layout.fillWidth: true
            implicitHeight: box.height
            Rectangle {
                id: box
                x: bubble.mine ? bubble.width - width : 0
                width: Math.min(Math.max(meta.implicitWidth, body.implicitWidth) + 20, bubble.width * 0.8)
                height: column.implicitHeight + 16
                radius: 8
                color: bubble.mine ? "#d2e3fc" : "#e8eaed"
                Column {
                    id: column
                    x: 10
                    y: 8
                    width: box.width - 20
                    spacing: 2
                    QQC2.Label {
                        id: meta
                        textFormat: Text.PlainText
                        width: parent.width
                        text: (bubble.modelData.fromModerator ? qsTr("Moderator") : qsTr("Appeal"))
                              + " · " + bubble.modelData.createdAt.toLocaleString(Qt.locale(), Locale.ShortFormat)
                        font.pixelSize: 11
                        color: "#3c4043"
                        elide: Text.ElideRight
                    }
                    QQC2.Label {
                        id: body
                        textFormat: Text.PlainText
                        width: parent.width
                        text: bubble.modelData.body
                        wrapMode: Text.Wrap
                        color: "#202124"
                    }
                }
            }
        }
    }
    RowLayout {
        visible: thread.canWrite
        Layout.fillWidth: true
        QQC2.TextField {
            id: field
            Layout.fillWidth: true
            placeholderText: thread.placeholder
            Accessible.name: thread.placeholder
            onAccepted: sendButton.clicked()
        }
        QQC2.Button {
            id: sendButton
            text: qsTr("Send")
            enabled: field.text.trim() !== ""
            onClicked: {
                thread.send(field.text)
                field.clear()
            }
        }
    }
}
