pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Souk.Shell

// The shop: without one, the application form; with one, the dashboard — products with their
// variants and stock (editable offline, on any of the owner's devices), stock alerts, and the
// orders to fulfil.
QQC2.Page {
    id: root

    required property SessionController session
    required property ShopController shop

    title: qsTr("My shop")

    //! Opens the editor on the first product once the products are here (--open edit-product).
    property bool editFirstWhenLoaded: false
    function editFirst() {
        editFirstWhenLoaded = true
        openPendingEditor()
    }
    function openPendingEditor() {
        if (editFirstWhenLoaded && root.shop.products.length > 0) {
            editFirstWhenLoaded = false
            editor.edit(root.shop.products[0])
        }
    }
    Connections {
        target: root.shop
        function onChanged() { root.openPendingEditor() }
    }

    // --- the application form ------------------------------------------------------------
    ColumnLayout {
        visible: !root.shop.hasShop
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8
        QQC2.Label {
            text: qsTr("Open a shop")
            font.bold: true
            font.pixelSize: 20
        }
        QQC2.Label {
            text: qsTr("Tell the moderators about your shop and attach a document that shows your business (PDF or image). Only you and the moderators can see the documents.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        QQC2.Label {
            textFormat: Text.PlainText
            visible: root.shop.requestStatus !== ""
            text: root.shop.requestStatus === "pending" ? qsTr("Your request is waiting for a moderator.")
                  : root.shop.requestStatus === "rejected" ? qsTr("Your last request was declined: %1").arg(root.shop.requestReason)
                  : qsTr("Your request was approved.")
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        QQC2.TextField {
            id: shopName
            Layout.fillWidth: true
            placeholderText: qsTr("Shop name")
            Accessible.name: qsTr("Shop name")
            maximumLength: 100
        }
        FramedTextArea {
            id: shopDescription
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.preferredHeight: 100
            placeholderText: qsTr("What do you sell?")
            Accessible.name: qsTr("Shop description")
        }
        RowLayout {
            QQC2.Button {
                text: qsTr("Attach documents…")
                onClicked: documentPicker.open()
            }
            QQC2.Label {
                text: qsTr("%n document(s) attached", "", documentPicker.chosen.length)
            }
        }
        QQC2.Button {
            text: qsTr("Apply")
            enabled: shopName.text.trim() !== "" && documentPicker.chosen.length > 0
                     && root.shop.requestStatus !== "pending"
            onClicked: root.shop.applyForShop(shopName.text, shopDescription.text, documentPicker.chosen)
        }
        QQC2.Label {
            textFormat: Text.PlainText
            visible: root.shop.error !== ""
            text: root.shop.error
            color: "#c5221f"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
        FileDialog {
            id: documentPicker
            property var chosen: []
            title: qsTr("Choose documents")
            fileMode: FileDialog.OpenFiles
            nameFilters: [qsTr("Documents (*.pdf *.png *.jpg *.jpeg *.webp)")]
            onAccepted: chosen = selectedFiles
        }
    }

    // --- the dashboard -------------------------------------------------------------------
    header: QQC2.TabBar {
        id: tabs
        visible: root.shop.hasShop
        QQC2.TabButton { text: qsTr("Products") }
        QQC2.TabButton { text: qsTr("Orders (%1)").arg(root.shop.orders.filter(o => o.status === "placed" || o.status === "paid").length) }  // trusted-text: a count
        QQC2.TabButton { text: qsTr("Alerts (%1)").arg(root.shop.alerts.length) }  // trusted-text: a count
    }

    StackLayout {
        visible: root.shop.hasShop
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        ColumnLayout {
            RowLayout {
                Layout.margins: 8
                Image {
                    visible: root.shop.shopLogo !== ""
                    Layout.preferredWidth: 36
                    Layout.preferredHeight: 36
                    source: root.shop.shopLogo
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: true
                }
                QQC2.Label {
                    textFormat: Text.PlainText
                    text: root.shop.shopName
                    font.bold: true
                    font.pixelSize: 18
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                QQC2.Button {
                    text: qsTr("Profile…")
                    Accessible.name: qsTr("Edit the shop's profile")
                    onClicked: profileDialog.open()
                }
                QQC2.Button {
                    text: qsTr("Export CSV…")
                    onClicked: exportDialog.open()
                }
                QQC2.Button {
                    text: qsTr("Import CSV…")
                    onClicked: importDialog.open()
                }
                QQC2.Button {
                    text: qsTr("New product")
                    onClicked: editor.edit(null)
                }
            }
            // A file with problems changes nothing; each problem names its line.
            QQC2.Label {
                textFormat: Text.PlainText
                visible: root.shop.csvNotes.length > 0
                text: root.shop.csvNotes.join("\n")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 8
            }
            QQC2.Label {
                textFormat: Text.PlainText
                visible: root.shop.csvErrors.length > 0
                text: qsTr("Nothing was imported:") + "\n" + root.shop.csvErrors.slice(0, 10).join("\n")
                      + (root.shop.csvErrors.length > 10 ? "\n" + qsTr("…and %n more", "", root.shop.csvErrors.length - 10) : "")
                color: "#c5221f"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 8
            }
            FileDialog {
                id: exportDialog
                title: qsTr("Export the inventory")
                fileMode: FileDialog.SaveFile
                defaultSuffix: "csv"
                nameFilters: [qsTr("CSV files (*.csv)")]
                onAccepted: root.shop.exportCsv(selectedFile)
            }
            FileDialog {
                id: importDialog
                title: qsTr("Import an inventory")
                fileMode: FileDialog.OpenFile
                nameFilters: [qsTr("CSV files (*.csv)")]
                onAccepted: root.shop.importCsv(selectedFile)
            }
            QQC2.Label {
                textFormat: Text.PlainText
                visible: root.shop.error !== ""
                text: root.shop.error
                color: "#c5221f"
                Layout.leftMargin: 8
            }
            ListView {
                id: productList
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: root.shop.products
                delegate: QQC2.Pane {
                    id: product
                    required property var modelData
                    width: productList.width
                    ColumnLayout {
                        width: parent.width
                        RowLayout {
                            // The product's images, then a button to add more.
                            Repeater {
                                model: product.modelData.thumbnails
                                delegate: Image {
                                    required property url modelData
                                    required property int index
                                    Layout.preferredWidth: 40
                                    Layout.preferredHeight: 40
                                    source: modelData
                                    fillMode: Image.PreserveAspectCrop
                                    sourceSize.width: 80
                                    asynchronous: true
                                    Accessible.role: Accessible.Graphic
                                    Accessible.name: qsTr("Image %1").arg(index + 1)
                                }
                            }
                            QQC2.ToolButton {
                                text: qsTr("Images…")
                                Accessible.name: qsTr("Add images to %1").arg(product.modelData.title)
                                onClicked: {
                                    imagePicker.productId = product.modelData.id
                                    imagePicker.open()
                                }
                            }
                            QQC2.Label {
                                textFormat: Text.PlainText
                                text: product.modelData.title
                                font.bold: true
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                            }
                            QQC2.Label {
                                textFormat: Text.PlainText
                                text: product.modelData.priceText
                            }
                            QQC2.Label {
                                textFormat: Text.PlainText
                                text: product.modelData.moderation === "removed" ? qsTr("Removed by a moderator")
                                      : product.modelData.moderation === "hidden" ? qsTr("Hidden by a moderator")
                                      : product.modelData.status === "active" ? qsTr("On sale")
                                      : product.modelData.status === "draft" ? qsTr("Draft") : qsTr("Archived")
                                color: product.modelData.moderation !== "" ? "#c5221f" : root.palette.text
                                opacity: product.modelData.moderation !== "" ? 1 : 0.7
                            }
                            QQC2.ToolButton {
                                text: qsTr("Edit")
                                onClicked: editor.edit(product.modelData)
                            }
                        }
                        Repeater {
                            model: product.modelData.variants
                            delegate: RowLayout {
                                id: variant
                                required property var modelData
                                QQC2.Label {
                                    textFormat: Text.PlainText
                                    text: variant.modelData.sku + (variant.modelData.name !== "" ? " · " + variant.modelData.name : "")
                                    Layout.preferredWidth: 200
                                    elide: Text.ElideRight
                                }
                                QQC2.Label {
                                    textFormat: Text.PlainText
                                    // Below zero when offline sales went past it: shown as is.
                                    text: qsTr("Stock: %1").arg(variant.modelData.stock)
                                    color: variant.modelData.stock < 0 ? "#c5221f" : root.palette.text
                                    Layout.preferredWidth: 110
                                }
                                QQC2.ToolButton {
                                    text: qsTr("Sold one")
                                    onClicked: root.shop.adjustStock(variant.modelData.id, -1, qsTr("sold in person"))
                                }
                                QQC2.SpinBox {
                                    id: received
                                    from: 1
                                    to: 100000
                                    value: 10
                                    editable: true
                                    Accessible.name: qsTr("Units received")
                                }
                                QQC2.ToolButton {
                                    text: qsTr("Received")
                                    onClicked: root.shop.adjustStock(variant.modelData.id, received.value, qsTr("received"))
                                }
                                QQC2.TextField {
                                    id: counted
                                    Layout.preferredWidth: 70
                                    placeholderText: qsTr("Count")
                                    validator: IntValidator { bottom: 0; top: 1000000 }
                                    Accessible.name: qsTr("Counted on the shelf")
                                    onAccepted: {
                                        root.shop.countStock(variant.modelData.id, parseInt(text), variant.modelData.stock)
                                        clear()
                                    }
                                }
                            }
                        }
                        RowLayout {
                            QQC2.TextField {
                                id: sku
                                placeholderText: qsTr("New variant SKU")
                                Accessible.name: qsTr("New variant SKU")
                            }
                            QQC2.TextField {
                                id: variantName
                                placeholderText: qsTr("Name (size, colour)")
                                Accessible.name: qsTr("New variant name")
                            }
                            QQC2.Button {
                                text: qsTr("Add variant")
                                enabled: sku.text.trim() !== ""
                                onClicked: if (root.shop.addVariant(product.modelData.id, sku.text, variantName.text)) {
                                               sku.clear()
                                               variantName.clear()
                                           }
                            }
                        }
                    }
                }
                QQC2.Label {
                    anchors.centerIn: parent
                    visible: productList.count === 0
                    text: qsTr("No products yet.")
                }
            }
        }

        ListView {
            id: orderList
            clip: true
            spacing: 8
            model: root.shop.orders
            delegate: QQC2.Pane {
                id: order
                required property var modelData
                width: orderList.width
                ColumnLayout {
                    width: parent.width
                    QQC2.Label {
                        textFormat: Text.PlainText
                        text: OrderStatus.text(order.modelData.status) + " · " + order.modelData.totalText
                              + " · " + order.modelData.createdAt.toLocaleString(Qt.locale(), Locale.ShortFormat)
                        font.bold: true
                    }
                    Repeater {
                        model: order.modelData.lines
                        delegate: QQC2.Label {
                            textFormat: Text.PlainText
                            required property var modelData
                            text: modelData.quantity + " × " + modelData.title
                                  + (modelData.variant !== "" ? " (" + modelData.variant + ")" : "")
                        }
                    }
                    RowLayout {
                        QQC2.Button {
                            visible: order.modelData.status === "placed"
                            text: qsTr("Mark paid")
                            onClicked: root.shop.setOrderStatus(order.modelData.id, "paid")
                        }
                        QQC2.TextField {
                            id: tracking
                            visible: order.modelData.status === "paid"
                            placeholderText: qsTr("Tracking (optional)")
                            Accessible.name: qsTr("Tracking number")
                        }
                        QQC2.Button {
                            visible: order.modelData.status === "paid"
                            text: qsTr("Mark shipped")
                            onClicked: root.shop.setOrderStatus(order.modelData.id, "shipped", tracking.text)
                        }
                        QQC2.Button {
                            visible: order.modelData.status === "placed" || order.modelData.status === "paid"
                            text: qsTr("Cancel")
                            onClicked: root.shop.setOrderStatus(order.modelData.id, "cancelled")
                        }
                        QQC2.Button {
                            visible: order.modelData.status === "paid" || order.modelData.status === "shipped"
                                     || order.modelData.status === "delivered"
                            text: qsTr("Refund")
                            onClicked: root.shop.setOrderStatus(order.modelData.id, "refunded")
                        }
                    }
                }
            }
            QQC2.Label {
                anchors.centerIn: parent
                visible: orderList.count === 0
                text: qsTr("No orders yet.")
            }
        }

        ListView {
            id: alertList
            clip: true
            model: root.shop.alerts
            delegate: QQC2.ItemDelegate {
                id: alert
                required property var modelData
                width: alertList.width
                contentItem: PlainContentLabel { control: alert; wrapMode: Text.Wrap; elide: Text.ElideNone }
                text: qsTr("%1 (%2) is at %3: sales recorded offline went past the stock. Count it and correct it.")
                          .arg(modelData.productTitle).arg(modelData.sku).arg(modelData.stock)
            }
            QQC2.Label {
                anchors.centerIn: parent
                visible: alertList.count === 0
                text: qsTr("Nothing to reconcile.")
            }
        }
    }

    FileDialog {
        id: imagePicker
        property string productId
        title: qsTr("Choose images")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png *.webp)")]
        onAccepted: root.shop.addImages(productId, selectedFiles)
    }

    ShopProfileDialog {
        id: profileDialog
        shop: root.shop
        anchors.centerIn: QQC2.Overlay.overlay
        width: Math.min(480, root.width * 0.9)
    }

    // --- the product editor --------------------------------------------------------------
    QQC2.Dialog {
        id: editor
        property string productId: ""
        anchors.centerIn: QQC2.Overlay.overlay
        width: Math.min(480, root.width * 0.9)
        modal: true
        title: productId === "" ? qsTr("New product") : qsTr("Edit product")
        standardButtons: QQC2.Dialog.Save | QQC2.Dialog.Cancel
        function edit(p) {
            productId = p ? p.id : ""
            titleField.text = p ? p.title : ""
            descriptionField.text = p ? p.description : ""
            // 0 is "not filed"; a category the tree no longer has is not offered again.
            categoryField.currentIndex = p ? CategoryTree.indexOf(p.category) + 1 : 0
            priceField.text = p ? p.priceText.split(" ")[0] : ""
            currencyField.text = p ? p.currency : "EUR"
            statusBox.currentIndex = p ? ["draft", "active", "archived"].indexOf(p.status) : 1
            open()
        }
        onAccepted: root.shop.saveProduct(productId, titleField.text, descriptionField.text,
                                          categoryField.currentIndex > 0
                                          ? CategoryTree.items()[categoryField.currentIndex - 1].path : "",
                                          priceField.text, currencyField.text,
                                          ["draft", "active", "archived"][statusBox.currentIndex])
        GridLayout {
            anchors.fill: parent
            columns: 2
            QQC2.Label { text: qsTr("Title") }
            QQC2.TextField { id: titleField; Layout.fillWidth: true; maximumLength: 200; Accessible.name: qsTr("Title") }
            QQC2.Label { text: qsTr("Description") }
            FramedTextArea { id: descriptionField; Layout.fillWidth: true; Layout.preferredHeight: 80; Accessible.name: qsTr("Description") }
            QQC2.Label { text: qsTr("Category") }
            QQC2.ComboBox {
                id: categoryField
                Layout.fillWidth: true
                model: [qsTr("Not filed")].concat(CategoryTree.items().map(c => c.label))  // trusted-text: our category names
                // The full name ("Home › Decor"), where the list shows it indented.
                displayText: currentIndex > 0 ? CategoryTree.label(CategoryTree.items()[currentIndex - 1].path)
                                              : currentText
                Accessible.name: qsTr("Category")
            }
            QQC2.Label { text: qsTr("Price") }
            RowLayout {
                QQC2.TextField { id: priceField; Layout.fillWidth: true; placeholderText: "12.50"; Accessible.name: qsTr("Price") }
                QQC2.TextField { id: currencyField; Layout.preferredWidth: 70; maximumLength: 3; Accessible.name: qsTr("Currency") }
            }
            QQC2.Label { text: qsTr("Status") }
            QQC2.ComboBox {
                id: statusBox
                model: [qsTr("Draft"), qsTr("On sale"), qsTr("Archived")]
                Accessible.name: qsTr("Status")
            }
        }
    }
}
