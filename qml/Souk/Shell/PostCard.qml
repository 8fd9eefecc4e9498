pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts

// One post as the feed, profiles and search show it: author, images (swipe through them),
// likes and comments, caption with links. `post` is a model row or a map with the same keys.
QQC2.Pane {
    id: root

    required property var post
    // The post over empty values, so a post still loading (or gone) shows as blank.
    readonly property var item: Object.assign({
        postId: "", authorId: "", authorUsername: "", authorName: "", caption: "",
        thumbnails: [], images: [], imageCount: 0, createdAt: undefined, edited: false,
        likeCount: 0, commentCount: 0, liked: false, pending: false, moderation: ""
    }, post ?? {})
    property bool compact: false // no caption links or actions (search results)
    property int maxImageHeight: compact ? 180 : 460

    signal openPost(string postId)
    signal openProfile(string userId, string username)
    signal openTag(string tag)
    signal toggleLike()

    padding: 12
    background: Rectangle {
        color: root.palette.base
        radius: 8
        border.color: root.palette.mid
        border.width: 1
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            spacing: 10
            Avatar {
                name: root.item.authorName
                MouseArea {
                    anchors.fill: parent
                    cursorShape: Qt.PointingHandCursor
                    onClicked: root.openProfile(root.item.authorId, root.item.authorUsername)
                }
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                QQC2.Label {
                    textFormat: Text.PlainText
                    text: root.item.authorName
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                QQC2.Label {
                    textFormat: Text.PlainText
                    text: "@" + root.item.authorUsername + " · "
                          + (root.item.createdAt ? root.item.createdAt.toLocaleString(Qt.locale(), Locale.ShortFormat) : "")
                          + (root.item.edited ? " · " + qsTr("edited") : "")
                    opacity: 0.7
                    font.pixelSize: 12
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            QQC2.Label {
                visible: root.item.pending
                text: qsTr("Pending")
                font.pixelSize: 12
                padding: 4
                leftPadding: 8
                rightPadding: 8
                background: Rectangle { radius: 10; color: "#f0c36d" }
                color: "#3a2a00"
                Accessible.name: qsTr("Pending: not yet on the server")
            }
            // Only the author sees their post in this state; nobody else sees it at all.
            QQC2.Label {
                textFormat: Text.PlainText
                visible: root.item.moderation !== ""
                text: root.item.moderation === "pending" ? qsTr("Waiting for review")
                      : root.item.moderation === "removed" ? qsTr("Removed by a moderator")
                      : qsTr("Hidden by a moderator, pending review")
                font.pixelSize: 12
                padding: 4
                leftPadding: 8
                rightPadding: 8
                background: Rectangle { radius: 10; color: "#f6c7c3" }
                color: "#5c0b05"
            }
        }

        ListView {
            id: images
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(width, root.maxImageHeight)
            orientation: ListView.Horizontal
            snapMode: ListView.SnapOneItem
            highlightRangeMode: ListView.StrictlyEnforceRange
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            model: root.compact ? root.item.thumbnails : root.item.images
            delegate: Image {
                required property url modelData
                width: images.width
                height: images.height
                source: modelData
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
                sourceSize.width: 1080
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Photo")
                Rectangle {
                    anchors.fill: parent
                    visible: parent.status !== Image.Ready
                    color: root.palette.alternateBase
                    QQC2.BusyIndicator {
                        anchors.centerIn: parent
                        running: parent.visible
                    }
                }
                TapHandler {
                    onTapped: root.openPost(root.item.postId)
                }
            }
            Row {
                anchors.bottom: parent.bottom
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottomMargin: 8
                spacing: 6
                visible: root.item.imageCount > 1
                Repeater {
                    model: root.item.imageCount
                    Rectangle {
                        required property int index
                        width: 7
                        height: 7
                        radius: 4
                        color: index === images.currentIndex ? "white" : "#99ffffff"
                    }
                }
            }
        }

        RowLayout {
            visible: !root.compact
            spacing: 4
            QQC2.ToolButton {
                text: (root.item.liked ? "♥ " : "♡ ") + root.item.likeCount  // trusted-text: a count
                font.pixelSize: 15
                palette.buttonText: root.item.liked ? "#d93025" : root.palette.buttonText
                Accessible.name: root.item.liked ? qsTr("Unlike (%n like(s))", "", root.item.likeCount)
                                                 : qsTr("Like (%n like(s))", "", root.item.likeCount)
                onClicked: root.toggleLike()
            }
            QQC2.ToolButton {
                text: qsTr("%n comment(s)", "", root.item.commentCount)
                Accessible.name: qsTr("%n comment(s)", "", root.item.commentCount)
                onClicked: root.openPost(root.item.postId)
            }
            Item { Layout.fillWidth: true }
        }

        RichCaption {
            Layout.fillWidth: true
            visible: root.item.caption.length > 0
            source: root.item.caption
            maximumLineCount: root.compact ? 2 : 12
            elide: Text.ElideRight
            onTagActivated: tag => root.openTag(tag)
            onMentionActivated: username => root.openProfile("", username)
        }
    }
}
