#include "CatalogFilter.h"

#include "Money.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Souk::App {

Result<CatalogFilter> CatalogFilter::fromMap(const QVariantMap &map)
{
    CatalogFilter f;
    f.text = map.value(u"text"_s).toString().trimmed();
    f.category = map.value(u"category"_s).toString().trimmed();
    if (const QString sort = map.value(u"sort"_s).toString(); !sort.isEmpty())
        f.sort = sort;
    f.inStockOnly = map.value(u"inStock"_s).toBool();
    f.currency = map.value(u"currency"_s).toString().trimmed().toUpper();
    f.shop = map.value(u"shop"_s).toString();
    for (const auto &[key, target] :
         {std::pair {u"minPrice"_s, &f.minPrice}, std::pair {u"maxPrice"_s, &f.maxPrice}}) {
        const QString typed = map.value(key).toString().trimmed();
        if (typed.isEmpty())
            continue;
        if (f.currency.isEmpty())
            f.currency = u"EUR"_s;
        const Result<qint64> minor = Money::parse(typed, f.currency);
        if (!minor)
            return Error::unprocessable(
                u"invalid_price"_s,
                QCoreApplication::translate("CatalogFilter",
                                            "Write a price such as 12.50, without a currency "
                                            "sign."),
                key);
        *target = *minor;
    }
    return f;
}

QUrlQuery CatalogFilter::query() const
{
    QUrlQuery q;
    if (!text.isEmpty())
        q.addQueryItem(u"q"_s, text);
    if (!category.isEmpty())
        q.addQueryItem(u"category"_s, category);
    if (!shop.isEmpty())
        q.addQueryItem(u"shop"_s, shop);
    if (minPrice)
        q.addQueryItem(u"min_price"_s, QString::number(*minPrice));
    if (maxPrice)
        q.addQueryItem(u"max_price"_s, QString::number(*maxPrice));
    if (!currency.isEmpty())
        q.addQueryItem(u"currency"_s, currency);
    q.addQueryItem(u"sort"_s, sort);
    if (inStockOnly)
        q.addQueryItem(u"in_stock"_s, u"true"_s);
    return q;
}

bool CatalogFilter::matches(const QJsonObject &p) const
{
    // The text was matched by the device's full-text search already.
    const QString c = p.value(u"category"_s).toString();
    if (!category.isEmpty() && c != category && !c.startsWith(category + u'/'))
        return false;
    if (!shop.isEmpty() && p.value(u"shop"_s).toObject().value(u"id"_s).toString() != shop)
        return false;
    if (!currency.isEmpty() && p.value(u"currency"_s).toString() != currency)
        return false;
    const qint64 price = p.value(u"price"_s).toInteger();
    if ((minPrice && price < *minPrice) || (maxPrice && price > *maxPrice))
        return false;
    return !inStockOnly || p.value(u"stock"_s).toInteger() > 0;
}

} // namespace Souk::App
