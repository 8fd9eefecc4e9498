pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// Search people, tags and posts on this device (instant, offline), then what the server finds
// beyond them, labelled as such.
QQC2.Page {
    id: root

    required property SessionController session
    required property var nav
    property alias query: field.text

    title: qsTr("Search")

    SearchController {
        id: search
        session: root.session
        query: field.text
    }

    header: QQC2.ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.margins: 6
            QQC2.TextField {
                id: field
                Layout.fillWidth: true
                placeholderText: qsTr("Search people, #tags and posts")
                Accessible.name: qsTr("Search")
                focus: true
            }
        }
    }

    component SectionTitle: QQC2.Label {
        textFormat: Text.PlainText
        font.bold: true
        topPadding: 12
        visible: false
    }
    component PersonRow: QQC2.ItemDelegate {
        id: person
        required property var modelData
        Layout.fillWidth: true
        text: modelData.displayName + "  @" + modelData.username
        contentItem: PlainContentLabel { control: person }
        onClicked: root.nav.openProfile(modelData.userId, modelData.username)
    }
    component TagRow: QQC2.ItemDelegate {
        id: tag
        required property var modelData
        Layout.fillWidth: true
        text: "#" + modelData.tag + "  ·  " + qsTr("%n post(s)", "", modelData.count)
        contentItem: PlainContentLabel { control: tag }
        onClicked: root.nav.openTag(modelData.tag)
    }
    component PostRow: PostCard {
        required property var modelData
        Layout.fillWidth: true
        Layout.maximumWidth: 620
        post: modelData
        compact: true
        onOpenPost: id => root.nav.openPost(id)
        onOpenProfile: (userId, username) => root.nav.openProfile(userId, username)
        onOpenTag: tag => root.nav.openTag(tag)
    }

    QQC2.ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: 12
        contentWidth: availableWidth
        // Fixed, so the page's size does not depend on its own content width (a loop).
        implicitWidth: 480
        implicitHeight: 480
        ColumnLayout {
            width: scroll.availableWidth
            spacing: 4
            QQC2.Label {
                visible: field.text.trim() === ""
                text: qsTr("Type to search. Results on this device appear at once, even offline.")
                opacity: 0.7
            }
            SectionTitle { text: qsTr("People"); visible: search.people.length > 0 }
            Repeater { model: search.people; delegate: PersonRow {} }
            SectionTitle { text: qsTr("Tags"); visible: search.tags.length > 0 }
            Repeater { model: search.tags; delegate: TagRow {} }
            SectionTitle { text: qsTr("Posts"); visible: search.posts.length > 0 }
            Repeater { model: search.posts; delegate: PostRow {} }
            QQC2.Label {
                visible: field.text.trim() !== "" && search.people.length + search.tags.length + search.posts.length === 0
                text: qsTr("Nothing on this device matches.")
                opacity: 0.7
            }

            QQC2.Label {
                textFormat: Text.PlainText
                Layout.topMargin: 16
                visible: field.text.trim() !== ""
                font.bold: true
                text: search.serverState === "searching" ? qsTr("From the server: searching…")
                    : search.serverState === "unavailable" ? qsTr("From the server: not reachable (offline?). The results above are from this device.")
                    : search.serverState === "done" && search.serverPeople.length + search.serverTags.length + search.serverPosts.length === 0
                      ? qsTr("From the server: nothing more.")
                    : qsTr("From the server")
            }
            Repeater { model: search.serverPeople; delegate: PersonRow {} }
            Repeater { model: search.serverTags; delegate: TagRow {} }
            Repeater { model: search.serverPosts; delegate: PostRow {} }
        }
    }
}
