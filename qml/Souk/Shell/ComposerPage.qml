pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Souk.Shell

// The composer: images by file picker, drag and drop or paste (Ctrl+V), in an order you can
// change; a caption with #tags and @mentions. It autosaves as a draft on all your devices.
// Offline, the post waits as pending and goes out, images first, when the network is back.
QQC2.Page {
    id: root

    required property SessionController session
    required property var nav

    title: qsTr("New post")

    ComposerController {
        id: composer
        session: root.session
    }

    Shortcut {
        sequences: [StandardKey.Paste]
        enabled: !caption.activeFocus
        onActivated: composer.pasteImage()
    }

    header: QQC2.ToolBar {
        RowLayout {
            anchors.fill: parent
            QQC2.ToolButton {
                text: qsTr("‹ Back")
                Accessible.name: qsTr("Back (the draft is kept)")
                onClicked: root.nav.back()
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: root.title
                font.bold: true
                Layout.fillWidth: true
            }
            QQC2.Button {
                text: qsTr("Discard")
                Accessible.name: qsTr("Discard the draft")
                onClicked: composer.discard()
            }
            QQC2.Button {
                text: qsTr("Post")
                highlighted: true
                enabled: composer.canPublish
                Accessible.name: qsTr("Publish the post")
                onClicked: {
                    if (composer.publish())
                        root.nav.back()
                }
            }
        }
    }

    FileDialog {
        id: picker
        title: qsTr("Choose images")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.webp)")]
        onAccepted: composer.addFiles(selectedFiles)
    }

    DropArea {
        id: drop
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: event => {
            composer.addFiles(event.urls)
            event.acceptProposedAction()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        QQC2.Label {
            visible: composer.otherVersions.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("This draft was also edited on another device; that version is kept too.")
            padding: 8
            background: Rectangle { color: "#fff4ce"; radius: 4 }
            color: "#3a2a00"
        }
        Repeater {
            model: composer.otherVersions
            RowLayout {
                id: version
                required property string modelData
                required property int index
                Layout.fillWidth: true
                QQC2.Label {
                    textFormat: Text.PlainText
                    text: version.modelData
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    opacity: 0.8
                }
                QQC2.Button {
                    text: qsTr("Use this version")
                    onClicked: composer.useOtherVersion(version.index)
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 10

            // Where images come in: the picker, the clipboard, or files dropped on the page.
            Rectangle {
                Layout.preferredWidth: 160
                Layout.preferredHeight: 160
                Layout.alignment: Qt.AlignTop
                radius: 8
                color: drop.containsDrag ? root.palette.highlight : "transparent"
                border.color: root.palette.mid
                border.width: 2
                ColumnLayout {
                    anchors.centerIn: parent
                    QQC2.Button {
                        text: qsTr("Add images")
                        enabled: strip.count < composer.imageLimit
                        Layout.alignment: Qt.AlignHCenter
                        onClicked: picker.open()
                    }
                    QQC2.Button {
                        text: qsTr("Paste")
                        enabled: strip.count < composer.imageLimit
                        Layout.alignment: Qt.AlignHCenter
                        Accessible.name: qsTr("Paste an image from the clipboard")
                        onClicked: composer.pasteImage()
                    }
                    QQC2.Label {
                        text: qsTr("or drop files here")
                        opacity: 0.7
                        font.pixelSize: 11
                        Layout.alignment: Qt.AlignHCenter
                    }
                }
            }

            ListView {
                id: strip
                Layout.fillWidth: true
                Layout.preferredHeight: 180
                orientation: ListView.Horizontal
                spacing: 10
                clip: true
                model: composer.images
                delegate: Item {
                    id: tile
                    required property var modelData
                    required property int index
                    width: 160
                    height: 180
                    Image {
                        id: thumb
                        width: 160
                        height: 160
                        source: tile.modelData.url
                        fillMode: Image.PreserveAspectCrop
                        sourceSize.width: 320
                        asynchronous: true
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Image %1").arg(tile.index + 1)
                    }
                    QQC2.Label {
                        textFormat: Text.PlainText
                        anchors.left: thumb.left
                        anchors.top: thumb.top
                        anchors.margins: 6
                        text: tile.index + 1
                        color: "white"
                        padding: 3
                        background: Rectangle { color: "#99000000"; radius: 3 }
                    }
                    Row {
                        anchors.top: thumb.bottom
                        anchors.horizontalCenter: thumb.horizontalCenter
                        QQC2.ToolButton {
                            text: "◀"
                            enabled: tile.index > 0
                            Accessible.name: qsTr("Move image %1 earlier").arg(tile.index + 1)
                            onClicked: composer.moveImage(tile.index, tile.index - 1)
                        }
                        QQC2.ToolButton {
                            text: "✕"
                            Accessible.name: qsTr("Remove image %1").arg(tile.index + 1)
                            onClicked: composer.removeImage(tile.index)
                        }
                        QQC2.ToolButton {
                            text: "▶"
                            enabled: tile.index < strip.count - 1
                            Accessible.name: qsTr("Move image %1 later").arg(tile.index + 1)
                            onClicked: composer.moveImage(tile.index, tile.index + 1)
                        }
                    }
                }
            }
        }

        QQC2.ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            QQC2.TextArea {
                id: caption
                textFormat: TextEdit.PlainText
                text: composer.caption
                placeholderText: qsTr("Write a caption… #tags and @mentions work")
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Caption")
                onTextChanged: composer.caption = text
            }
        }
        RowLayout {
            QQC2.Label {
                textFormat: Text.PlainText
                text: composer.error
                color: "#c5221f"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: qsTr("%1 / %2").arg(caption.length).arg(composer.captionLimit)
                color: caption.length > composer.captionLimit ? "#c5221f" : root.palette.text
                opacity: 0.7
            }
        }
    }
}
