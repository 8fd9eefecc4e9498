pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// Find a user and read their record: restriction, strikes, reports against them, sessions.
// From here: end every session, act on the account, and (admins) change the role.
RowLayout {
    id: root

    required property ModerationController moderation
    required property bool isAdmin

    // A date of the record in the reader's locale; "" for "never" (undefined).
    function when(date) {
        return date ? date.toLocaleString(Qt.locale(), Locale.ShortFormat) : ""
    }

    ColumnLayout {
        Layout.preferredWidth: 320
        Layout.maximumWidth: 320
        Layout.fillHeight: true
        Layout.margins: 8
        QQC2.TextField {
            id: query
            Layout.fillWidth: true
            placeholderText: qsTr("Username or email")
            Accessible.name: qsTr("Search users")
            onAccepted: root.moderation.searchUsers(text)
            Component.onCompleted: root.moderation.searchUsers("")
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.moderation.users
            delegate: QQC2.ItemDelegate {
                id: userRow
                required property var modelData
                width: list.width
                highlighted: modelData.id === (root.moderation.record.user?.id ?? "")
                contentItem: PlainContentLabel { control: userRow }
                text: "@" + modelData.username + " · " + modelData.role
                      + (modelData.active_strikes > 0 ? " · " + qsTr("%n strike(s)", "", modelData.active_strikes) : "")
                      + (modelData.banned ? " · " + qsTr("banned") : "")
                onClicked: root.moderation.openUser(modelData.id)
            }
        }
    }
    Rectangle {
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        color: root.palette.mid
    }
    QQC2.ScrollView {
        id: scroll
        Layout.fillWidth: true
        Layout.minimumWidth: 300
        Layout.fillHeight: true
        contentWidth: availableWidth
        visible: root.moderation.record.user !== undefined
        ColumnLayout {
            id: record
            readonly property var user: root.moderation.record.user ?? ({})
            // Times arrive as dates; "never" is undefined.
            readonly property bool suspended: !!user.suspended_until && user.suspended_until > new Date()
            width: scroll.availableWidth - 16
            x: 8
            QQC2.Label {
                textFormat: Text.PlainText
                text: (record.user.display_name ?? "") + "  @" + (record.user.username ?? "")
                font.bold: true
                font.pixelSize: 18
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: qsTr("%1 · joined %2").arg(record.user.role ?? "").arg(
                          record.user.created_at ? record.user.created_at.toLocaleDateString(Qt.locale(), Locale.ShortFormat) : "")
                      + " · " + (record.user.email ?? "")
                opacity: 0.7
            }
            QQC2.Label {
                textFormat: Text.PlainText
                visible: !!record.user.banned || record.suspended || !!record.user.limited
                text: (record.user.banned ? qsTr("Banned")
                       : record.suspended
                         ? qsTr("Suspended until %1").arg(root.when(record.user.suspended_until))
                         : qsTr("Limited: new posts are reviewed"))
                      + (record.user.restriction_reason ? " — " + record.user.restriction_reason : "")
                color: "#c5221f"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                QQC2.Button {
                    text: qsTr("End all sessions")
                    onClicked: root.moderation.endSessions(record.user.id)
                }
                QQC2.ComboBox {
                    id: roleBox
                    visible: root.isAdmin
                    readonly property var roles: ["user", "shop", "moderator", "admin"]
                    model: roles  // trusted-text: the role codes above
                    currentIndex: roles.indexOf(record.user.role ?? "user")
                    Accessible.name: qsTr("Role")
                }
                QQC2.Button {
                    visible: root.isAdmin
                    text: qsTr("Change role")
                    enabled: roleBox.currentIndex >= 0 && roleBox.roles[roleBox.currentIndex] !== record.user.role
                    onClicked: root.moderation.setRole(record.user.id, roleBox.roles[roleBox.currentIndex])
                }
            }
            RowLayout {
                QQC2.TextField {
                    id: why
                    Layout.fillWidth: true
                    placeholderText: qsTr("Reason the user is told")
                    Accessible.name: qsTr("Reason")
                }
                QQC2.ComboBox {
                    id: actionBox
                    readonly property var actions: ["warn", "limit", "suspend", "ban", "lift"]
                    model: actions.map(a => ModerationText.action(a))  // trusted-text: our action names
                    Accessible.name: qsTr("Action")
                }
                QQC2.SpinBox {
                    id: days
                    visible: actionBox.actions[actionBox.currentIndex] === "suspend"
                    from: 1
                    to: 365
                    value: 7
                    Accessible.name: qsTr("Days of suspension")
                }
                QQC2.Button {
                    text: qsTr("Apply")
                    enabled: why.text.trim() !== ""
                    onClicked: {
                        root.moderation.actOnUser(record.user.id, actionBox.actions[actionBox.currentIndex],
                                                  why.text, "", days.value)
                        why.clear()
                    }
                }
            }
            QQC2.Label {
                text: qsTr("Strikes")
                font.bold: true
            }
            Repeater {
                model: root.moderation.record.strikes ?? []
                StrikeCard {
                    required property var modelData
                    Layout.fillWidth: true
                    enabled: false
                    strike: Object.assign({}, modelData, {
                        targetType: modelData.target_type,
                        createdAt: modelData.created_at,
                        until: modelData.until ?? null
                    })
                }
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: qsTr("Reports against this account: %1 · filed by it: %2")
                      .arg((root.moderation.record.reports_against ?? []).length)
                      .arg(root.moderation.record.reports_filed ?? 0)
            }
            QQC2.Label {
                text: qsTr("Sessions")
                font.bold: true
            }
            Repeater {
                model: root.moderation.record.sessions ?? []
                QQC2.Label {
                    textFormat: Text.PlainText
                    required property var modelData
                    text: qsTr("Signed in %1, last used %2").arg(
                              root.when(modelData.created_at)).arg(root.when(modelData.last_used_at))
                          + (modelData.revoked_at ? " · " + qsTr("ended (%1)").arg(modelData.revoke_reason) : "")
                    opacity: modelData.revoked_at ? 0.6 : 1
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
