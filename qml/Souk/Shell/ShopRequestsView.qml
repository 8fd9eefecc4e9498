pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// Shop requests waiting for a decision, with their supporting documents: approving opens the
// shop and grants the role; rejecting needs a reason the applicant is told.
ListView {
    id: root

    required property ModerationController moderation

    clip: true
    spacing: 8
    model: root.moderation.shopRequests.filter(r => r.status === "pending")
    Component.onCompleted: root.moderation.loadShopRequests()
    Connections {
        target: root.moderation
        function onDocumentReady(file) { Qt.openUrlExternally(file) }
    }
    delegate: QQC2.Pane {
        id: request
        required property var modelData
        width: root.width
        ColumnLayout {
            width: parent.width
            QQC2.Label {
                textFormat: Text.PlainText
                text: request.modelData.shop_name
                font.bold: true
                font.pixelSize: 16
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: request.modelData.description
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: qsTr("Applied %1").arg(request.modelData.createdAt.toLocaleString(Qt.locale(), Locale.ShortFormat))
                opacity: 0.7
            }
            // The supporting documents: private, fetched with the moderator's token.
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: request.modelData.documents
                    QQC2.Button {
                        required property string modelData // the document's id
                        required property int index
                        text: qsTr("Open document %1").arg(index + 1)  // trusted-text: a number
                        onClicked: root.moderation.openDocument(modelData)
                    }
                }
            }
            RowLayout {
                QQC2.TextField {
                    id: reason
                    Layout.fillWidth: true
                    placeholderText: qsTr("Reason (needed to reject)")
                    Accessible.name: qsTr("Reason")
                }
                QQC2.Button {
                    text: qsTr("Approve")
                    onClicked: root.moderation.decideShopRequest(request.modelData.id, true, reason.text)
                }
                QQC2.Button {
                    text: qsTr("Reject")
                    enabled: reason.text.trim() !== ""
                    onClicked: root.moderation.decideShopRequest(request.modelData.id, false, reason.text)
                }
            }
        }
    }
    QQC2.Label {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        visible: root.count === 0
        text: root.moderation.error !== "" ? root.moderation.error : qsTr("No shop requests waiting.")
    }
}
