import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// A shop's public page above its products: logo, name, owner, rating and description.
RowLayout {
    id: header

    //! MarketController.shop: {id, name, description, logo, ratingText, owner, productCount}.
    required property var shop

    signal closeRequested()

    spacing: 12
    Rectangle {
        Layout.preferredWidth: 72
        Layout.preferredHeight: 72
        Layout.alignment: Qt.AlignTop
        radius: 8
        color: "#e8eaed"
        clip: true
        Image {
            anchors.fill: parent
            source: header.shop.logo ?? ""
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
        }
        QQC2.Label {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            visible: !(header.shop.logo ?? "").toString()
            text: (header.shop.name ?? "?").charAt(0)
            font.pixelSize: 30
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        QQC2.Label {
            textFormat: Text.PlainText
            text: header.shop.name ?? qsTr("Loading the shop…")
            font.bold: true
            font.pixelSize: 18
        }
        QQC2.Label {
            textFormat: Text.PlainText
            visible: header.shop.owner !== undefined
            text: qsTr("by @%1").arg(header.shop.owner ?? "")
                  + (header.shop.ratingText ? " · " + header.shop.ratingText : "")
                  + " · " + qsTr("%n product(s)", "", header.shop.productCount ?? 0)
            opacity: 0.7
        }
        QQC2.Label {
            textFormat: Text.PlainText
            visible: text !== ""
            text: header.shop.description ?? ""
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    QQC2.Button {
        Layout.alignment: Qt.AlignTop
        text: qsTr("All shops")
        onClicked: header.closeRequested()
    }
}
