pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// The shell: a sidebar on wide windows, a bottom bar on narrow ones. Pages opened from inside
// a page (a post, a profile, a tag, the composer) stack over the current one; Back or another
// section closes them. It is also the navigator the pages call (nav).
QQC2.Page {
    id: root

    required property SessionController session
    required property Preferences preferences
    readonly property bool wide: width >= 720
    property int current: 0
    // Moderators and admins also have the moderation view, last.
    readonly property bool moderator: root.session.role === "moderator" || root.session.role === "admin"
    readonly property var pages: [qsTr("Home"), qsTr("Search"), qsTr("Notifications"),
                                  qsTr("Profile"), qsTr("Messages"), qsTr("Market"),
                                  qsTr("My shop"), qsTr("Conflicts"), qsTr("Settings")]
                                 .concat(moderator ? [qsTr("Moderation")] : [])
    readonly property int notificationsPage: 2
    readonly property int messagesPage: 4
    readonly property int marketPage: 5
    readonly property int shopPage: 6
    readonly property int moderationPage: 9

    MarketController {
        id: market
        session: root.session
    }
    ShopController {
        id: shop
        session: root.session
    }

    ChatController {
        id: chat
        session: root.session
    }
    SafetyController {
        id: safety
        session: root.session
    }
    ModerationController {
        id: moderation
        session: root.session
    }
    ReportDialog {
        id: reportDialog
        safety: safety
        anchors.centerIn: QQC2.Overlay.overlay
        width: Math.min(420, root.width * 0.9)
    }
    // The unread count a section shows on its badge.
    function unreadOf(index: int): int {
        return index === notificationsPage ? notifications.unreadCount
             : index === messagesPage ? chat.unreadCount
             : index === marketPage ? market.cartCount
             : index === shopPage ? shop.alerts.length
             : index === moderationPage ? moderation.queue.length + moderation.appeals.length : 0
    }

    NotificationsModel {
        id: notifications
        session: root.session
    }

    // --- navigation, called by the pages --------------------------------------------------
    function openPost(postId: string) {
        details.push(postPage, {postId: postId})
    }
    function openProfile(userId: string, username: string) {
        details.push(profilePage, {userId: userId, username: username})
    }
    function openTag(tag: string) {
        details.push(gridPage, {tag: tag})
    }
    //! Report something (post, comment, message, product, review, user) to the moderators.
    function report(targetType: string, targetId: string) {
        reportDialog.reportOn(targetType, targetId)
    }
    //! The user's own strikes and appeals.
    function openStanding() {
        details.push(standingPage)
    }
    function openExplore() {
        details.push(gridPage, {tag: ""})
    }
    function compose() {
        details.push(composerPage)
    }
    function back() {
        details.pop()
    }
    //! "post:<id>", "profile:<username>", "tag:<tag>", "compose", "search:<text>",
    //! "conversation:<id>", "product:<id>", "shopfront:<shop id>" (a shop's public page),
    //! "cart", "orders", "shop" or "edit-product" (the command line's
    //! --open, for links and screenshots).
    function open(what: string) {
        const colon = what.indexOf(":")
        const kind = colon < 0 ? what : what.substring(0, colon)
        const arg = colon < 0 ? "" : what.substring(colon + 1)
        if (kind === "post")
            openPost(arg)
        else if (kind === "profile")
            openProfile("", arg)
        else if (kind === "tag")
            openTag(arg)
        else if (kind === "compose")
            compose()
        else if (kind === "search") {
            current = 1
            searchPage.query = arg
        } else if (kind === "conversation") {
            current = messagesPage
            chat.currentId = arg
        } else if (kind === "product") {
            current = marketPage
            market.openProduct(arg)
        } else if (kind === "shopfront") {
            current = marketPage
            marketView.openShop(arg)
        } else if (kind === "cart" || kind === "orders") {
            current = marketPage
            marketView.showTab(kind === "cart" ? 1 : 2)
        } else if (kind === "shop") {
            current = shopPage
        } else if (kind === "edit-product") {
            current = shopPage
            shopView.editFirst()
        } else if (kind === "standing") {
            openStanding()
        } else if (kind === "moderation") {
            // moderation:queue|appeals|users|requests|audit|analytics, or a report in context
            // (moderation:report:<type>:<id>), a record (moderation:user:<id> or :@<username>) or an
            // appeal (moderation:appeal:<strike id>).
            current = moderationPage
            const [tab, ...rest] = arg.split(":")
            const tabs = ["queue", "appeals", "users", "requests", "audit", "analytics"]
            if (tab === "report") {
                moderation.select(rest.join(":"))
            } else if (tab === "user") {
                moderationView.showTab(2)
                if (rest[0].startsWith("@"))
                    moderation.openUserNamed(rest[0].substring(1))
                else
                    moderation.openUser(rest[0])
            } else if (tab === "appeal") {
                moderationView.showTab(1)
                moderation.openAppeal(rest[0])
            } else if (tabs.indexOf(tab) > 0) {
                moderationView.showTab(tabs.indexOf(tab))
            }
        }
    }
    onCurrentChanged: details.clear()

    Component { id: postPage; PostPage { session: root.session; nav: root } }
    Component { id: profilePage; ProfilePage { session: root.session; nav: root } }
    Component { id: gridPage; PostGridPage { session: root.session; nav: root } }
    Component { id: composerPage; ComposerPage { session: root.session; nav: root } }
    Component { id: standingPage; StandingPage { session: root.session; safety: safety; nav: root } }

    // Ctrl+1, Ctrl+2, ... open the sections, in the order of the navigation; Ctrl+N writes.
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
    Shortcut {
        sequence: StandardKey.New
        onActivated: root.compose()
    }
    Shortcut {
        sequences: [StandardKey.Back, "Esc"]
        enabled: details.depth > 0
        onActivated: root.back()
    }

    header: SyncStatusBar {
        status: root.session.syncStatus
        pendingCount: root.session.pendingCount
        initialSyncRunning: root.session.initialSyncRunning
        initialSyncRows: root.session.initialSyncRows
        setAsideCount: root.session.setAside.count
        username: root.session.username
    }

    component Badge: QQC2.Label {
        textFormat: Text.PlainText
        property int count
        visible: count > 0
        text: count > 99 ? "99+" : count
        color: "white"
        font.pixelSize: 11
        font.bold: true
        leftPadding: 6
        rightPadding: 6
        topPadding: 1
        bottomPadding: 1
        background: Rectangle { radius: 9; color: "#d93025" }
        Accessible.name: qsTr("%n unread", "", count)
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
                id: entry
                required property int index
                required property string modelData
                width: ListView.view.width
                text: modelData // trusted-text: the translated page names
                highlighted: index === root.current
                Accessible.name: root.unreadOf(index) > 0
                                 ? qsTr("%1 (%n unread)", "", root.unreadOf(index)).arg(modelData)
                                 : modelData
                onClicked: root.current = index
                Badge {
                    textFormat: Text.PlainText
                    anchors.right: parent.right
                    anchors.rightMargin: 12
                    anchors.verticalCenter: parent.verticalCenter
                    count: root.unreadOf(entry.index)
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            StackLayout {
                anchors.fill: parent
                currentIndex: root.current
                visible: details.depth === 0

                FeedPage {
                    session: root.session
                    nav: root
                }
                SearchPage {
                    id: searchPage
                    session: root.session
                    nav: root
                }
                NotificationsPage {
                    session: root.session
                    nav: root
                    notifications: notifications
                }
                ProfilePage {
                    session: root.session
                    nav: root
                    userId: root.session.userId
                    showBack: false
                }
                MessagesPage {
                    id: messagesView
                    session: root.session
                    chat: chat
                    onReportRequested: (type, id) => root.report(type, id)
                }
                MarketPage {
                    id: marketView
                    session: root.session
                    market: market
                    onReportRequested: (type, id) => root.report(type, id)
                    // A conversation tied to the order: the first words name it.
                    onMessageSellerRequested: (sellerId, orderId) => {
                        if (chat.startDirect(sellerId)) {
                            root.current = root.messagesPage
                            messagesView.prefill = qsTr("About my order %1: ").arg(orderId.substring(0, 8))
                        }
                    }
                }
                ShopPage {
                    id: shopView
                    session: root.session
                    shop: shop
                }
                ConflictsPage {
                    session: root.session
                }
                SettingsPage {
                    session: root.session
                    preferences: root.preferences
                    chat: chat
                    onStandingRequested: root.openStanding()
                }
                ModerationPage {
                    id: moderationView
                    session: root.session
                    moderation: moderation
                }
            }
            QQC2.StackView {
                id: details
                anchors.fill: parent
                visible: depth > 0
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
                id: tab
                required property int index
                required property string modelData
                text: modelData // trusted-text: the translated page names
                Accessible.name: modelData
                Badge {
                    textFormat: Text.PlainText
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 2
                    count: root.unreadOf(tab.index)
                }
            }
        }
    }
}
