pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// Home: your posts and those of the people you follow, newest first, from the local database
// (so it works offline). Pages in as you scroll.
QQC2.Page {
    id: root

    required property SessionController session
    required property var nav

    title: qsTr("Home")

    header: QQC2.ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            QQC2.Label {
                textFormat: Text.PlainText
                text: root.title
                font.bold: true
                font.pixelSize: 18
                Layout.fillWidth: true
            }
            QQC2.Button {
                text: qsTr("Explore")
                Accessible.name: qsTr("Explore recent posts from everyone")
                onClicked: root.nav.openExplore()
            }
            QQC2.Button {
                text: qsTr("New post")
                highlighted: true
                Accessible.name: qsTr("Write a new post")
                onClicked: root.nav.compose()
            }
        }
    }

    ListView {
        id: list
        anchors.fill: parent
        anchors.topMargin: 12
        spacing: 12
        clip: true
        model: PostsModel {
            id: posts
            session: root.session
        }
        delegate: Item {
            id: row
            required property int index
            // The roles that change in place (a like, a comment, an edit, the upload finishing):
            // reading them below makes the card take a fresh copy of its row when they do.
            required property int likeCount
            required property bool liked
            required property int commentCount
            required property string caption
            required property bool pending
            width: list.width
            height: card.implicitHeight
            PostCard {
                id: card
                width: Math.min(row.width - 24, 620)
                anchors.horizontalCenter: parent.horizontalCenter
                post: [row.likeCount, row.liked, row.commentCount, row.caption, row.pending]
                      && posts.get(row.index)
                onOpenPost: id => root.nav.openPost(id)
                onOpenProfile: (userId, username) => root.nav.openProfile(userId, username)
                onOpenTag: tag => root.nav.openTag(tag)
                onToggleLike: posts.toggleLike(row.index)
            }
        }
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        QQC2.Label {
            anchors.centerIn: parent
            width: Math.min(parent.width - 48, 420)
            visible: list.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Nothing here yet. Share your first photo, or follow people to see theirs.")
        }
    }
}
