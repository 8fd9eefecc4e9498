import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// The catalog's search and filters: text, a category from the tree, a price range in one
// currency, in stock only, and the order. `filters()` is what MarketController.browse takes.
ColumnLayout {
    id: bar

    //! Any filter changed: search again.
    signal changed()

    function filters(): var {
        const items = CategoryTree.items()
        return {
            text: query.text,
            category: category.currentIndex > 0 ? items[category.currentIndex - 1].path : "",
            sort: sortBox.sorts[sortBox.currentIndex],
            inStock: inStock.checked,
            minPrice: minPrice.text,
            maxPrice: maxPrice.text,
            currency: minPrice.text !== "" || maxPrice.text !== "" ? currency.text : ""
        }
    }

    RowLayout {
        QQC2.TextField {
            id: query
            Layout.fillWidth: true
            placeholderText: qsTr("Search products")
            Accessible.name: qsTr("Search products")
            onAccepted: bar.changed()
        }
        QQC2.ComboBox {
            id: category
            Layout.preferredWidth: 190
            // "All categories", then the tree, children indented under their parent.
            model: [qsTr("All categories")].concat(CategoryTree.items().map(c => c.label))  // trusted-text: our category names
            displayText: currentIndex > 0 ? CategoryTree.label(CategoryTree.items()[currentIndex - 1].path)
                                          : currentText
            Accessible.name: qsTr("Category")
            onActivated: bar.changed()
        }
        QQC2.ComboBox {
            id: sortBox
            readonly property var sorts: ["newest", "price_asc", "price_desc", "rating"]
            model: [qsTr("Newest"), qsTr("Price: low to high"), qsTr("Price: high to low"),
                    qsTr("Best rated")]
            Accessible.name: qsTr("Sort by")
            onActivated: bar.changed()
        }
    }
    RowLayout {
        QQC2.Label { text: qsTr("Price") }
        QQC2.TextField {
            id: minPrice
            Layout.preferredWidth: 80
            placeholderText: qsTr("from")
            Accessible.name: qsTr("Lowest price")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            onAccepted: bar.changed()
        }
        QQC2.Label { text: "–" }
        QQC2.TextField {
            id: maxPrice
            Layout.preferredWidth: 80
            placeholderText: qsTr("to")
            Accessible.name: qsTr("Highest price")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            onAccepted: bar.changed()
        }
        QQC2.TextField {
            id: currency
            Layout.preferredWidth: 60
            text: Qt.locale().currencySymbol(Locale.CurrencyIsoCode) || "EUR"
            Accessible.name: qsTr("Currency of the price range")
            onAccepted: bar.changed()
        }
        QQC2.CheckBox {
            id: inStock
            text: qsTr("In stock")
            onToggled: bar.changed()
        }
        Item { Layout.fillWidth: true }
    }
}
