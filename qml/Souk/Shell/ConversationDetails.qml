pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// A conversation's details: its members with their presence; in a group, admins rename it,
// add people, remove them and make them admins, and anyone can leave. Changes are queued like
// every other, so this works offline too.
ColumnLayout {
    id: root

    required property SessionController session
    required property string conversationId

    signal leftConversation()

    spacing: 8

    ConversationSettings {
        id: settings
        session: root.session
        conversationId: root.conversationId
    }

    QQC2.Label {
        text: settings.isGroup ? qsTr("Group") : qsTr("Conversation")
        font.bold: true
        font.pixelSize: 18
    }
    RowLayout {
        visible: settings.isGroup
        QQC2.TextField {
            id: title
            Layout.fillWidth: true
            text: settings.title
            enabled: settings.amAdmin
            maximumLength: 100
            Accessible.name: qsTr("Group name")
            onAccepted: rename.clicked()
        }
        QQC2.Button {
            id: rename
            visible: settings.amAdmin
            text: qsTr("Rename")
            enabled: title.text.trim() !== "" && title.text !== settings.title
            onClicked: settings.rename(title.text)
        }
    }
    QQC2.Label {
        text: qsTr("%n member(s)", "", settings.members.length)
        opacity: 0.7
    }
    ListView {
        id: members
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: settings.members
        delegate: QQC2.ItemDelegate {
            id: member
            required property var modelData
            width: members.width
            contentItem: RowLayout {
                spacing: 8
                Avatar {
                    name: member.modelData.username
                    size: 32
                    presence: member.modelData.presence
                }
                QQC2.Label {
                    textFormat: Text.PlainText
                    text: "@" + member.modelData.username
                          + (member.modelData.me ? " " + qsTr("(you)") : "")
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                QQC2.Label {
                    visible: member.modelData.admin
                    text: qsTr("admin")
                    opacity: 0.7
                    font.pixelSize: 11
                }
                QQC2.ToolButton {
                    visible: settings.amAdmin && !member.modelData.me
                    text: "⋯"
                    Accessible.name: qsTr("Actions for @%1").arg(member.modelData.username)
                    onClicked: actions.popup()
                    QQC2.Menu {
                        id: actions
                        QQC2.MenuItem {
                            enabled: !member.modelData.admin
                            text: qsTr("Make admin")
                            onTriggered: settings.promote(member.modelData.userId)
                        }
                        QQC2.MenuItem {
                            text: qsTr("Remove from group")
                            onTriggered: settings.removeMember(member.modelData.userId)
                        }
                    }
                }
            }
        }
    }
    RowLayout {
        visible: settings.amAdmin
        QQC2.TextField {
            id: people
            Layout.fillWidth: true
            placeholderText: qsTr("Add people: @username, …")
            Accessible.name: qsTr("People to add")
            onAccepted: add.clicked()
        }
        QQC2.Button {
            id: add
            text: qsTr("Add")
            enabled: people.text.trim() !== ""
            onClicked: {
                settings.addMembers(people.text)
                people.clear()
            }
        }
    }
    QQC2.Button {
        visible: settings.isGroup
        text: qsTr("Leave group")
        onClicked: if (settings.leave()) root.leftConversation()
    }
    QQC2.Label {
        textFormat: Text.PlainText
        visible: settings.error !== ""
        text: settings.error
        color: "#c5221f"
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
