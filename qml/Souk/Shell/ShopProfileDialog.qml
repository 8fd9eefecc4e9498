import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Souk.Shell

// The shop's public profile: name, description and logo. Saved like any edit, offline too.
QQC2.Dialog {
    id: dialog

    required property ShopController shop

    modal: true
    title: qsTr("Shop profile")
    standardButtons: QQC2.Dialog.Save | QQC2.Dialog.Cancel
    onAboutToShow: {
        nameField.text = dialog.shop.shopName
        descriptionField.text = dialog.shop.shopDescription
    }
    onAccepted: dialog.shop.saveProfile(nameField.text, descriptionField.text)

    GridLayout {
        anchors.fill: parent
        columns: 2
        QQC2.Label { text: qsTr("Logo") }
        RowLayout {
            Rectangle {
                Layout.preferredWidth: 56
                Layout.preferredHeight: 56
                radius: 6
                color: "#e8eaed"
                clip: true
                Image {
                    anchors.fill: parent
                    source: dialog.shop.shopLogo
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: true
                }
            }
            QQC2.Button {
                text: qsTr("Choose…")
                onClicked: logoPicker.open()
            }
            QQC2.Button {
                text: qsTr("Remove")
                enabled: dialog.shop.shopLogo !== ""
                onClicked: dialog.shop.setLogo("")
            }
        }
        QQC2.Label { text: qsTr("Name") }
        QQC2.TextField {
            id: nameField
            Layout.fillWidth: true
            maximumLength: 100
            Accessible.name: qsTr("Shop name")
        }
        QQC2.Label { text: qsTr("Description") }
        FramedTextArea {
            id: descriptionField
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.preferredHeight: 100
            Accessible.name: qsTr("Shop description")
        }
    }

    FileDialog {
        id: logoPicker
        title: qsTr("Choose a logo")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.webp)")]
        onAccepted: dialog.shop.setLogo(selectedFile)
    }
}
