import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// Settings: server and accounts, language, theme, notifications, the local cache, sign-out.
QQC2.ScrollView {
    id: root

    required property SessionController session
    required property Preferences preferences
    required property ChatController chat

    //! "Account standing": the home page opens the user's strikes and appeals.
    signal standingRequested()

    contentWidth: availableWidth

    ColumnLayout {
        QQC2.Label {
            textFormat: Text.PlainText
            text: qsTr("Server: %1").arg(root.session.serverUrl)
            Layout.margins: 16
        }
        RowLayout {
            Layout.margins: 16
            QQC2.Label { text: qsTr("Account") }
            QQC2.ComboBox {
                id: accountBox
                Layout.preferredWidth: 220
                model: root.session.accounts.map(a => a.username)
                delegate: QQC2.ItemDelegate {
                    id: accountItem
                    required property string modelData
                    required property int index
                    width: ListView.view.width
                    text: modelData
                    highlighted: accountBox.highlightedIndex === index
                    contentItem: PlainContentLabel { control: accountItem }
                }
                currentIndex: root.session.accounts.findIndex(a => a.username === root.session.username)
                Accessible.name: qsTr("Switch account")
                onActivated: index => root.session.switchAccount(root.session.accounts[index].userId)
            }
            QQC2.Button {
                text: qsTr("Add account")
                Accessible.name: qsTr("Sign in to another account")
                onClicked: root.session.addAccount()
            }
            QQC2.Button {
                text: qsTr("Account standing")
                Accessible.name: qsTr("Moderators' actions on this account, and appeals")
                onClicked: root.standingRequested()
            }
        }
        RowLayout {
            Layout.margins: 16
            QQC2.Label { text: qsTr("Language") }
            QQC2.ComboBox {
                model: [qsTr("English"), qsTr("German"), qsTr("Arabic")]
                Layout.preferredWidth: 220
                currentIndex: root.preferences.languages.indexOf(root.preferences.language)
                Accessible.name: qsTr("Language")
                onActivated: index => root.preferences.setLanguage(root.preferences.languages[index])
            }
        }
        RowLayout {
            Layout.margins: 16
            QQC2.Label { text: qsTr("Theme") }
            QQC2.ComboBox {
                readonly property var themes: ["system", "light", "dark"]
                model: [qsTr("Follow the system"), qsTr("Light"), qsTr("Dark")]
                Layout.preferredWidth: 220
                currentIndex: themes.indexOf(root.preferences.theme)
                Accessible.name: qsTr("Theme")
                onActivated: index => root.preferences.theme = themes[index]
            }
        }
        QQC2.Switch {
            Layout.margins: 16
            text: qsTr("Desktop notifications")
            checked: root.preferences.notifications
            Accessible.name: text
            onToggled: root.preferences.notifications = checked
        }
        QQC2.Switch {
            Layout.margins: 16
            Layout.topMargin: 0
            text: qsTr("Show others when I am online")
            checked: !root.chat.presenceHidden
            Accessible.name: text
            onToggled: root.chat.presenceHidden = !checked
        }
        RowLayout {
            Layout.margins: 16
            QQC2.Label {
                textFormat: Text.PlainText
                text: qsTr("Local cache: %1").arg(Qt.locale().formattedDataSize(root.session.cacheBytes))
            }
            QQC2.Button {
                text: qsTr("Clear cache")
                Accessible.name: qsTr("Clear the local cache (unsent changes are kept)")
                onClicked: root.session.clearCache()
            }
        }
        QQC2.Button {
            text: qsTr("Sign out")
            Accessible.name: text
            Layout.margins: 16
            onClicked: root.session.signOut()
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
