pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// The shell: a sidebar on wide windows, a bottom bar on narrow ones. Feature pages (feed,
// chat, shop, admin) plug in here as their issues land.
QQC2.Page {
    id: root

    required property SessionController session
    required property Preferences preferences
    readonly property bool wide: width >= 720
    property int current: 0
    readonly property var pages: [qsTr("Home"), qsTr("Conflicts"), qsTr("Settings")]

    // Ctrl+1, Ctrl+2, ... open the pages, in the order of the navigation.
    Repeater {
        model: root.pages.length
        Item {
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                onActivated: root.current = index
            }
        }
    }

    header: SyncStatusBar {
        status: root.session.syncStatus
        pendingCount: root.session.pendingCount
        initialSyncRunning: root.session.initialSyncRunning
        initialSyncRows: root.session.initialSyncRows
        setAsideCount: root.session.setAside.count
        username: root.session.username
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            visible: root.wide
            Layout.preferredWidth: 200
            Layout.fillHeight: true
            model: root.pages
            delegate: QQC2.ItemDelegate {
                required property int index
                required property string modelData
                width: ListView.view.width
                text: modelData
                highlighted: index === root.current
                Accessible.name: modelData
                onClicked: root.current = index
            }
        }

        StackLayout {
            currentIndex: root.current
            Layout.fillWidth: true
            Layout.fillHeight: true

            QQC2.Label {
                text: qsTr("Welcome, %1.").arg(root.session.username)
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            ConflictsPage {
                session: root.session
            }
            ColumnLayout {
                QQC2.Label {
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
                        currentIndex: root.session.accounts.findIndex(a => a.username === root.session.username)
                        Accessible.name: qsTr("Switch account")
                        onActivated: index => root.session.switchAccount(root.session.accounts[index].userId)
                    }
                    QQC2.Button {
                        text: qsTr("Add account")
                        Accessible.name: qsTr("Sign in to another account")
                        onClicked: root.session.addAccount()
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
                RowLayout {
                    Layout.margins: 16
                    QQC2.Label {
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
    }

    footer: QQC2.TabBar {
        visible: !root.wide
        currentIndex: root.current
        onCurrentIndexChanged: root.current = currentIndex
        Repeater {
            model: root.pages
            QQC2.TabButton {
                required property string modelData
                text: modelData
                Accessible.name: modelData
            }
        }
    }
}
