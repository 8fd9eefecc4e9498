pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// A tag page, or Explore: a grid of posts. A tag shows the posts on this device at once and
// adds the server's when online; Explore is the server's recent public posts.
QQC2.Page {
    id: root

    required property SessionController session
    required property var nav
    property string tag // empty: Explore

    title: tag !== "" ? "#" + tag : qsTr("Explore")

    PostsModel {
        id: local
        session: root.session
        source: PostsModel.Tag
        tag: root.tag
    }
    ServerPostList {
        id: remote
        session: root.session
        path: root.tag !== "" ? "/api/v1/tags/" + encodeURIComponent(root.tag) : "/api/v1/explore"
    }

    header: QQC2.ToolBar {
        RowLayout {
            anchors.fill: parent
            QQC2.ToolButton {
                text: qsTr("‹ Back")
                Accessible.name: qsTr("Back")
                onClicked: root.nav.back()
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: root.title
                font.bold: true
                Layout.fillWidth: true
            }
            QQC2.Label {
                textFormat: Text.PlainText
                rightPadding: 12
                opacity: 0.7
                text: remote.state === "unavailable" ? qsTr("Offline: showing this device only")
                                                    : remote.state === "loading" ? qsTr("Loading…") : ""
            }
        }
    }

    // Posts from both sources, each once (local first: they are up to date).
    readonly property var posts: {
        let seen = {}
        let all = []
        if (root.tag !== "") {
            for (let i = 0; i < local.count; ++i) {
                const p = local.get(i)
                seen[p.postId] = true
                all.push(p)
            }
        }
        for (const p of remote.posts) {
            if (!seen[p.postId])
                all.push(p)
        }
        return all
    }

    GridView {
        id: grid
        anchors.fill: parent
        anchors.margins: 12
        clip: true
        readonly property int columns: Math.max(2, Math.floor(width / 220))
        cellWidth: width / columns
        cellHeight: cellWidth
        model: root.posts
        onAtYEndChanged: if (atYEnd && remote.hasMore) remote.loadMore()
        delegate: Item {
            id: cell
            required property var modelData
            width: grid.cellWidth
            height: grid.cellHeight
            Image {
                anchors.fill: parent
                anchors.margins: 2
                source: cell.modelData.thumbnails.length > 0 ? cell.modelData.thumbnails[0] : ""
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
                sourceSize.width: 320
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Post by %1").arg(cell.modelData.authorUsername)
                TapHandler {
                    onTapped: root.nav.openPost(cell.modelData.postId)
                }
            }
        }
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
        QQC2.Label {
            anchors.centerIn: parent
            visible: grid.count === 0 && remote.state !== "loading"
            text: qsTr("No posts yet.")
        }
    }
}
