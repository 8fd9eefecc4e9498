pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// The audit log (admins): every moderator and admin action, newest first, filtered by who
// and what. Nobody can edit or delete it.
ColumnLayout {
    id: root

    required property ModerationController moderation

    Component.onCompleted: root.moderation.loadAudit("", "")
    RowLayout {
        Layout.margins: 8
        QQC2.TextField {
            id: actor
            placeholderText: qsTr("Moderator's username")
            Accessible.name: qsTr("Moderator's username")
            onAccepted: root.moderation.loadAudit(actor.text, action.text)
        }
        QQC2.TextField {
            id: action
            placeholderText: qsTr("Action, e.g. hide_content")
            Accessible.name: qsTr("Action")
            onAccepted: root.moderation.loadAudit(actor.text, action.text)
        }
        QQC2.Button {
            text: qsTr("Filter")
            onClicked: root.moderation.loadAudit(actor.text, action.text)
        }
    }
    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: 8
        clip: true
        model: root.moderation.auditEntries
        delegate: RowLayout {
            required property var modelData
            width: list.width
            QQC2.Label {
                textFormat: Text.PlainText
                text: modelData.at.toLocaleString(Qt.locale(), Locale.ShortFormat)
                Layout.preferredWidth: 150
                opacity: 0.7
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: "@" + modelData.actor_username
                Layout.preferredWidth: 110
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: modelData.action
                font.bold: true
                Layout.preferredWidth: 140
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: modelData.target_type + " " + modelData.target_id.substring(0, 8)
                Layout.preferredWidth: 130
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: modelData.why
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        QQC2.Label {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            visible: list.count === 0
            text: root.moderation.error !== "" ? root.moderation.error : qsTr("No entries.")
        }
    }
}
