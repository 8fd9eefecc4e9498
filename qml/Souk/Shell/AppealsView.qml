pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// Open appeals, oldest first: the strike, its thread, a reply (to ask for more), and the
// decision. Upholding reverses the action: hidden content returns, a restriction is lifted.
// Anchored, not a RowLayout: the thread's wrapped text fed the row's polish loop.
Item {
    id: root

    required property ModerationController moderation

    // The oldest open appeal is opened until the moderator picks another.
    function openFirst() {
        if (root.moderation.appeal.strike === undefined && root.moderation.appeals.length > 0)
            root.moderation.openAppeal(root.moderation.appeals[0].id)
    }
    // Later, not while the layouts are being polished: opening one changes their content.
    Component.onCompleted: Qt.callLater(openFirst)
    Connections {
        target: root.moderation
        function onAppealsChanged() { Qt.callLater(root.openFirst) }
    }

    ListView {
        id: list
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: 8
        width: 340
        clip: true
        model: root.moderation.appeals
        delegate: StrikeCard {
            required property var modelData
            width: list.width
            strike: modelData
            highlighted: modelData.id === (root.moderation.appeal.strike?.id ?? "")
            onClicked: root.moderation.openAppeal(modelData.id)
        }
        QQC2.Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No open appeals.")
        }
    }
    Rectangle {
        id: divider
        anchors.left: list.right
        anchors.leftMargin: 8
        width: 1
        height: parent.height
        color: root.palette.mid
    }
    QQC2.ScrollView {
        id: scroll
        anchors.left: divider.right
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        contentWidth: availableWidth
        visible: root.moderation.appeal.strike !== undefined
        ColumnLayout {
            width: scroll.availableWidth - 16
            x: 8
            StrikeCard {
                Layout.preferredWidth: scroll.availableWidth - 16
                strike: root.moderation.appeal.strike ?? ({})
                enabled: false
            }
            AppealThread {
                Layout.fillWidth: true
                moderatorView: true
                messages: root.moderation.appeal.thread ?? []
                placeholder: qsTr("Reply, or ask for more")
                onSend: text => root.moderation.replyToAppeal(text)
            }
            QQC2.TextField {
                id: decisionText
                Layout.fillWidth: true
                placeholderText: qsTr("What the user is told with the decision")
                Accessible.name: qsTr("Decision message")
            }
            RowLayout {
                QQC2.Button {
                    text: qsTr("Uphold: reverse the action")
                    enabled: decisionText.text.trim() !== ""
                    onClicked: root.moderation.decideAppeal("uphold", decisionText.text)
                }
                QQC2.Button {
                    text: qsTr("Deny")
                    enabled: decisionText.text.trim() !== ""
                    onClicked: root.moderation.decideAppeal("deny", decisionText.text)
                }
            }
            QQC2.Label {
                textFormat: Text.PlainText
                visible: root.moderation.error !== ""
                text: root.moderation.error
                color: "#c5221f"
            }
        }
    }
}
