pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// The market: browse the catalog, a product with its variants and reviews, the cart and
// checkout, and the buyer's orders. The cart and orders read the local database; the
// catalog needs the server and says so when it is not there.
QQC2.Page {
    id: root

    required property SessionController session
    required property MarketController market

    //! "Message seller" on an order: the home page opens the conversation.
    signal messageSellerRequested(string sellerId, string orderId)
    //! Report a product or a review: the home page opens the dialog.
    signal reportRequested(string targetType, string targetId)

    title: qsTr("Market")
    Component.onCompleted: search()

    function showTab(index: int) {
        tabs.currentIndex = index
    }
    function search() {
        const filters = bar.filters()
        if (root.shopId !== "")
            filters.shop = root.shopId
        root.market.browse(filters)
    }
    //! The public page of a shop: its profile above its products.
    function openShop(id: string) {
        root.shopId = id
        tabs.currentIndex = 0
        root.market.openShop(id)
    }

    //! The shop whose page is open, or "" for every shop.
    property string shopId: ""

    header: QQC2.TabBar {
        id: tabs
        QQC2.TabButton { text: qsTr("Browse") }
        QQC2.TabButton { text: qsTr("Cart (%1)").arg(root.market.cartCount) }  // trusted-text: a count
        QQC2.TabButton { text: qsTr("Orders") }
        QQC2.TabButton { text: qsTr("Wishlist (%1)").arg(root.market.wishlist.length) }  // trusted-text: a count
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        // --- browse and product --------------------------------------------------------
        RowLayout {
            spacing: 0
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.margins: 8
                CatalogBar {
                    id: bar
                    Layout.fillWidth: true
                    onChanged: root.search()
                }
                ShopHeader {
                    visible: root.shopId !== ""
                    Layout.fillWidth: true
                    shop: root.market.shop
                    onCloseRequested: {
                        root.shopId = ""
                        root.search()
                    }
                }
                QQC2.Label {
                    visible: root.market.browseState === "unavailable"
                             || root.market.browseState === "offline"
                    text: root.market.browseState === "offline"
                          ? qsTr("Offline: products saved on this device; prices and stock may have changed.")
                          : qsTr("The catalog needs the server; your cart and orders work offline.")
                    color: "#c5221f"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                GridView {
                    id: grid
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    cellWidth: 190
                    cellHeight: 250
                    model: root.market.results
                    delegate: QQC2.ItemDelegate {
                        id: card
                        required property var modelData
                        width: grid.cellWidth - 10
                        height: grid.cellHeight - 10
                        onClicked: root.market.openProduct(modelData.id)
                        contentItem: ColumnLayout {
                            spacing: 2
                            Rectangle {
                                Layout.fillWidth: true
                                Layout.preferredHeight: 150
                                color: "#e8eaed"
                                Image {
                                    anchors.fill: parent
                                    source: card.modelData.thumbnail ?? ""
                                    fillMode: Image.PreserveAspectCrop
                                    asynchronous: true
                                }
                            }
                            QQC2.Label {
                                textFormat: Text.PlainText
                                text: card.modelData.title
                                font.bold: true
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            QQC2.Label {
                                textFormat: Text.PlainText
                                text: card.modelData.priceText
                            }
                            QQC2.Label {
                                textFormat: Text.PlainText
                                text: card.modelData.shopName + (card.modelData.ratingText !== ""
                                                                 ? " · " + card.modelData.ratingText : "")
                                opacity: 0.7
                                font.pixelSize: 11
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            QQC2.Label {
                                visible: card.modelData.stock === 0
                                text: qsTr("Out of stock")
                                color: "#c5221f"
                                font.pixelSize: 11
                            }
                        }
                    }
                    QQC2.Label {
                        anchors.centerIn: parent
                        visible: grid.count === 0 && root.market.browseState === "done"
                        text: qsTr("No products match.")
                    }
                }
            }
            Rectangle {
                visible: detail.visible
                Layout.preferredWidth: 1
                Layout.fillHeight: true
                color: root.palette.mid
            }
            QQC2.ScrollView {
                id: detail
                visible: root.market.product.id !== undefined
                Layout.preferredWidth: 360
                Layout.fillHeight: true
                contentWidth: availableWidth
                ColumnLayout {
                    width: detail.availableWidth - 16
                    x: 8
                    spacing: 6
                    Image {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 240
                        source: root.market.product.images ? root.market.product.images[0] ?? "" : ""
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                    }
                    QQC2.Label {
                        textFormat: Text.PlainText
                        text: root.market.product.title ?? ""
                        font.bold: true
                        font.pixelSize: 18
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        QQC2.Label {
                            textFormat: Text.PlainText
                            text: root.market.product.priceText ?? ""
                        }
                        QQC2.Button {
                            id: visitShop
                            flat: true
                            text: qsTr("Visit %1").arg(root.market.product.shopName ?? "")
                            contentItem: PlainContentLabel { control: visitShop; horizontalAlignment: Text.AlignHCenter }
                            Accessible.name: qsTr("Open the shop's page")
                            onClicked: root.openShop(root.market.product.shopId)
                        }
                        QQC2.Button {
                            flat: true
                            text: qsTr("Report")
                            Accessible.name: qsTr("Report this product")
                            onClicked: root.reportRequested("product", root.market.product.id)
                        }
                    }
                    QQC2.Label {
                        textFormat: Text.PlainText
                        visible: text !== ""
                        text: root.market.product.ratingText ?? ""
                    }
                    QQC2.Label {
                        textFormat: Text.PlainText
                        text: root.market.product.description ?? ""
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    QQC2.ComboBox {
                        id: variantBox
                        Layout.fillWidth: true
                        model: root.market.product.variants ?? []
                        textRole: "name"
                        delegate: QQC2.ItemDelegate {
                            id: variantItem
                            required property var modelData
                            required property int index
                            width: ListView.view.width
                            text: modelData.name ?? ""
                            highlighted: variantBox.highlightedIndex === index
                            contentItem: PlainContentLabel { control: variantItem }
                        }
                        readonly property var chosen: currentIndex >= 0 && model.length > currentIndex
                                                      ? model[currentIndex] : null
                        displayText: chosen ? (chosen.name || chosen.sku) + " — "
                                              + qsTr("%n in stock", "", chosen.stock)
                                            : qsTr("Choose a variant")
                        Accessible.name: qsTr("Variant")
                    }
                    RowLayout {
                        QQC2.SpinBox {
                            id: quantity
                            from: 1
                            to: 10000
                            value: 1
                            editable: true
                            Accessible.name: qsTr("Quantity")
                        }
                        QQC2.Button {
                            text: qsTr("Add to cart")
                            enabled: variantBox.currentIndex >= 0
                            onClicked: root.market.addToCart(
                                           root.market.product.variants[variantBox.currentIndex].id,
                                           quantity.value)
                        }
                        QQC2.ToolButton {
                            text: root.market.product.wished ? qsTr("In wishlist") : qsTr("Wishlist")
                            checkable: true
                            checked: root.market.product.wished ?? false
                            Accessible.name: root.market.product.wished ? qsTr("Remove from wishlist")
                                                                        : qsTr("Add to wishlist")
                            onClicked: root.market.wish(root.market.product.id, !root.market.product.wished)
                        }
                    }
                    QQC2.Label {
                        text: qsTr("Reviews")
                        font.bold: true
                        visible: (root.market.product.reviews ?? []).length > 0
                    }
                    Repeater {
                        model: root.market.product.reviews ?? []
                        delegate: ColumnLayout {
                            id: review
                            required property var modelData
                            Layout.fillWidth: true
                            QQC2.Label {
                                textFormat: Text.PlainText
                                text: "★".repeat(review.modelData.stars) + "☆".repeat(5 - review.modelData.stars)
                                      + "  @" + review.modelData.author_username
                            }
                            QQC2.Label {
                                textFormat: Text.PlainText
                                text: review.modelData.body
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            QQC2.Label {
                                textFormat: Text.PlainText
                                visible: review.modelData.reply !== ""
                                text: qsTr("Shop: %1").arg(review.modelData.reply)
                                opacity: 0.7
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            QQC2.Label {
                                text: "<a href=\"#\">" + qsTr("Report") + "</a>"
                                textFormat: Text.StyledText
                                font.pixelSize: 11
                                Accessible.role: Accessible.Button
                                Accessible.name: qsTr("Report this review")
                                onLinkActivated: root.reportRequested("review", review.modelData.id)
                            }
                        }
                    }
                }
            }
        }

        // --- cart and checkout ---------------------------------------------------------
        ColumnLayout {
            ListView {
                id: cartList
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.margins: 8
                clip: true
                model: root.market.cart
                delegate: RowLayout {
                    id: line
                    required property var modelData
                    width: cartList.width
                    ColumnLayout {
                        Layout.fillWidth: true
                        QQC2.Label {
                            textFormat: Text.PlainText
                            text: line.modelData.title + (line.modelData.variantName !== ""
                                                          ? " · " + line.modelData.variantName : "")
                            font.bold: true
                        }
                        QQC2.Label {
                            textFormat: Text.PlainText
                            text: line.modelData.available ? line.modelData.priceText
                                                           : line.modelData.problem
                            color: line.modelData.available ? root.palette.text : "#c5221f"
                        }
                    }
                    QQC2.SpinBox {
                        from: 1
                        to: 10000
                        value: line.modelData.quantity
                        editable: true
                        Accessible.name: qsTr("Quantity")
                        onValueModified: root.market.setQuantity(line.modelData.variantId, value)
                    }
                    QQC2.Label {
                        textFormat: Text.PlainText
                        text: line.modelData.lineTotalText
                        Layout.preferredWidth: 110
                        horizontalAlignment: Text.AlignRight
                    }
                    QQC2.ToolButton {
                        text: "×"
                        Accessible.name: qsTr("Remove from cart")
                        onClicked: root.market.removeFromCart(line.modelData.variantId)
                    }
                }
                QQC2.Label {
                    anchors.centerIn: parent
                    visible: cartList.count === 0
                    text: qsTr("Your cart is empty.")
                }
            }
            QQC2.Pane {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    QQC2.Label {
                        textFormat: Text.PlainText
                        visible: root.market.cartTotals.length > 0
                        text: qsTr("Total: %1").arg(root.market.cartTotals.join(" + "))
                        font.bold: true
                    }
                    QQC2.Label {
                        text: qsTr("Payment")
                        font.bold: true
                    }
                    QQC2.ButtonGroup { id: paymentGroup }
                    Repeater {
                        model: root.market.paymentMethods
                        delegate: QQC2.RadioButton {
                            id: method
                            required property string modelData
                            required property int index
                            readonly property string method: modelData
                            checked: index === 0
                            QQC2.ButtonGroup.group: paymentGroup
                            text: modelData === "manual"
                                  ? qsTr("Manual: cash on delivery or bank transfer. No payment is taken in the app; the shop confirms when it has been paid.")
                                  : modelData
                            Layout.fillWidth: true
                            // A label that wraps, padded past the indicator as the style's own.
                            contentItem: QQC2.Label {
                                textFormat: Text.PlainText
                                leftPadding: method.mirrored ? 0 : method.indicator.width + method.spacing
                                rightPadding: method.mirrored ? method.indicator.width + method.spacing : 0
                                text: method.text
                                wrapMode: Text.Wrap
                                verticalAlignment: Text.AlignVCenter
                            }
                        }
                    }
                    Repeater {
                        model: root.market.waiting
                        delegate: QQC2.Label {
                            required property var modelData
                            text: qsTr("Checkout of %n item(s): waiting for the server, not placed yet", "",
                                       modelData.lineCount)
                            color: "#b06000"
                        }
                    }
                    QQC2.Label {
                        textFormat: Text.PlainText
                        visible: root.market.refusal !== ""
                        text: qsTr("Your last checkout was refused: %1").arg(root.market.refusal)
                        color: "#c5221f"
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    QQC2.Button {
                        text: qsTr("Place order")
                        enabled: root.market.cartTotals.length > 0
                        onClicked: root.market.checkout(paymentGroup.checkedButton
                                                        ? paymentGroup.checkedButton.method : "manual")
                    }
                    QQC2.Label {
                        textFormat: Text.PlainText
                        visible: root.market.error !== ""
                        text: root.market.error
                        color: "#c5221f"
                    }
                }
            }
        }

        // --- orders --------------------------------------------------------------------
        ListView {
            id: orderList
            clip: true
            spacing: 8
            model: root.market.orders
            delegate: QQC2.Pane {
                id: order
                required property var modelData
                width: orderList.width
                ColumnLayout {
                    width: parent.width
                    QQC2.Label {
                        textFormat: Text.PlainText
                        text: OrderStatus.text(order.modelData.status) + " · " + order.modelData.totalText
                              + " · " + order.modelData.createdAt.toLocaleDateString(Qt.locale(), Locale.ShortFormat)
                        font.bold: true
                    }
                    Repeater {
                        model: order.modelData.lines
                        delegate: RowLayout {
                            id: orderLine
                            required property var modelData
                            QQC2.Label {
                                textFormat: Text.PlainText
                                text: orderLine.modelData.quantity + " × " + orderLine.modelData.title
                                      + (orderLine.modelData.variant !== "" ? " (" + orderLine.modelData.variant + ")" : "")
                                      + " · " + orderLine.modelData.priceText
                            }
                            // Delivered: the buyer may review each line once.
                            QQC2.SpinBox {
                                id: stars
                                visible: order.modelData.status === "delivered"
                                from: 1
                                to: 5
                                value: 5
                                textFromValue: value => "★".repeat(value)
                                Accessible.name: qsTr("Stars")
                            }
                            QQC2.TextField {
                                id: reviewText
                                visible: order.modelData.status === "delivered"
                                placeholderText: qsTr("Your review")
                                Accessible.name: qsTr("Your review")
                            }
                            QQC2.Button {
                                visible: order.modelData.status === "delivered"
                                text: qsTr("Review")
                                onClicked: if (root.market.review(order.modelData.id, orderLine.modelData.variantId,
                                                                  stars.value, reviewText.text))
                                               reviewText.clear()
                            }
                        }
                    }
                    QQC2.Label {
                        textFormat: Text.PlainText
                        visible: order.modelData.tracking !== ""
                        text: qsTr("Tracking: %1").arg(order.modelData.tracking)
                    }
                    // The timeline: every step with its time.
                    Repeater {
                        model: order.modelData.timeline
                        delegate: QQC2.Label {
                            textFormat: Text.PlainText
                            required property var modelData
                            text: "• " + OrderStatus.text(modelData.status) + " — "
                                  + modelData.at.toLocaleString(Qt.locale(), Locale.ShortFormat)
                            opacity: 0.75
                        }
                    }
                    RowLayout {
                        QQC2.Button {
                            visible: order.modelData.status === "placed"
                            text: qsTr("Cancel order")
                            onClicked: root.market.setOrderStatus(order.modelData.id, "cancelled")
                        }
                        QQC2.Button {
                            visible: order.modelData.status === "shipped"
                            text: qsTr("I received it")
                            onClicked: root.market.setOrderStatus(order.modelData.id, "delivered")
                        }
                        QQC2.Button {
                            visible: order.modelData.sellerId !== ""
                            text: qsTr("Message seller")
                            onClicked: root.messageSellerRequested(order.modelData.sellerId, order.modelData.id)
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

        // --- wishlist ------------------------------------------------------------------
        ListView {
            id: wishList
            clip: true
            model: root.market.wishlist
            delegate: QQC2.ItemDelegate {
                id: wished
                required property var modelData
                width: wishList.width
                text: modelData.title + (modelData.priceText !== "" ? " · " + modelData.priceText : "")
                contentItem: PlainContentLabel { control: wished }
                onClicked: {
                    root.market.openProduct(modelData.id)
                    tabs.currentIndex = 0
                }
            }
            QQC2.Label {
                anchors.centerIn: parent
                visible: wishList.count === 0
                text: qsTr("Nothing on your wishlist yet.")
            }
        }
    }
}
