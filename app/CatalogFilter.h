#pragma once

#include "Error.h"
#include "Result.h"

#include <QJsonObject>
#include <QUrlQuery>
#include <QVariantMap>
#include <optional>

namespace Souk::App {

//! What the buyer asks the catalog for: the same filter becomes the server's query and, with
//! no server, the test for the products this device kept, so offline results match.
struct CatalogFilter
{
    QString text;
    QString category; // a category path: finds everything under it too
    QString sort = QStringLiteral("newest"); // newest, price_asc, price_desc or rating
    bool inStockOnly = false;
    std::optional<qint64> minPrice, maxPrice; // minor units of `currency`
    QString currency; // ISO 4217; required by a price range
    QString shop; // a shop's id

    //! From the page's map {text, category, sort, inStock, minPrice, maxPrice, currency, shop};
    //! prices are typed text ("12.50"). An unreadable price is an error.
    static Result<CatalogFilter> fromMap(const QVariantMap &map);
    QUrlQuery query() const;
    bool matches(const QJsonObject &product) const;
};

} // namespace Souk::App
