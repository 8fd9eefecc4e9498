#include "CommerceQueries.h"

#include "Columns.h"
#include "ReadQuery.h"
#include "SocialQueries.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

namespace {

QJsonArray array(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

const Columns ProductColumns {
    {u"id"_s},       {u"title"_s},  {u"description"_s},
    {u"category"_s}, {u"status"_s}, {u"currency"_s},
    {u"price"_s},    {u"media"_s},  {u"moderation"_s, u"COALESCE(moderation, '')"_s}};

const Columns VariantColumns {{u"product_id"_s}, {u"id"_s}, {u"sku"_s}, {u"name"_s}, {u"stock"_s}};

const Columns AlertColumns {{u"id"_s, u"a.id"_s},
                            {u"variant_id"_s, u"a.variant_id"_s},
                            {u"sku"_s, u"COALESCE(v.sku, '')"_s},
                            {u"product_title"_s, u"COALESCE(p.title, '')"_s},
                            {u"stock"_s, u"a.stock"_s},
                            {u"created_at"_s, u"a.created_at"_s}};

const Columns OrderColumns {{u"id"_s},         {u"buyer_id"_s}, {u"shop_id"_s},  {u"seller_id"_s},
                            {u"status"_s},     {u"currency"_s}, {u"tracking"_s}, {u"total"_s},
                            {u"created_at"_s}, {u"lines"_s},    {u"timeline"_s}};

} // namespace

Result<QList<CommerceQueries::Shop>> CommerceQueries::myShops()
{
    Result<QSqlQuery> q = readQuery(
        m_db,
        u"SELECT id, name, description, logo FROM shops WHERE owner_id = ? ORDER BY created_at"_s,
        {m_me});
    if (!q)
        return q.error();
    QList<Shop> out;
    while (q->next())
        out << Shop {.id = q->value(0).toString(),
                     .name = q->value(1).toString(),
                     .description = q->value(2).toString(),
                     .logo = array(q->value(3).toString())};
    return out;
}

Result<QList<CommerceQueries::Product>> CommerceQueries::products(const QString &shopId)
{
    Result<QSqlQuery> q = readQuery(m_db,
                                    u"SELECT "_s + ProductColumns.sql()
                                        + u" FROM products WHERE shop_id = ?"
                                          " ORDER BY status = 'archived', title COLLATE NOCASE"_s,
                                    {shopId});
    if (!q)
        return q.error();
    QList<Product> out;
    QHash<QString, qsizetype> at;
    while (q->next()) {
        const ColumnRow p(*q, ProductColumns);
        at.insert(p.text(u"id"), out.size());
        out << Product {.id = p.text(u"id"),
                        .title = p.text(u"title"),
                        .description = p.text(u"description"),
                        .category = p.text(u"category"),
                        .status = p.text(u"status"),
                        .currency = p.text(u"currency"),
                        .price = p.integer(u"price"),
                        .variants = {},
                        .media = array(p.text(u"media")),
                        .moderation = p.text(u"moderation")};
    }
    Result<QSqlQuery> v = readQuery(m_db,
                                    u"SELECT "_s + VariantColumns.sql()
                                        + u" FROM variants WHERE shop_id = ? ORDER BY sku"_s,
                                    {shopId});
    if (!v)
        return v.error();
    while (v->next()) {
        const ColumnRow row(*v, VariantColumns);
        const auto it = at.constFind(row.text(u"product_id"));
        if (it != at.constEnd())
            out[*it].variants << Variant {.id = row.text(u"id"),
                                          .sku = row.text(u"sku"),
                                          .name = row.text(u"name"),
                                          .stock = row.integer(u"stock")};
    }
    return out;
}

Result<QList<CommerceQueries::Alert>> CommerceQueries::openAlerts(const QString &shopId)
{
    Result<QSqlQuery> q =
        readQuery(m_db,
                  u"SELECT "_s + AlertColumns.sql()
                      + u" FROM stock_alerts a LEFT JOIN variants v ON v.id = a.variant_id"
                        " LEFT JOIN products p ON p.id = v.product_id"
                        " WHERE a.shop_id = ? AND a.resolved = 0 ORDER BY a.created_at DESC"_s,
                  {shopId});
    if (!q)
        return q.error();
    QList<Alert> out;
    while (q->next()) {
        const ColumnRow a(*q, AlertColumns);
        out << Alert {.id = a.text(u"id"),
                      .variantId = a.text(u"variant_id"),
                      .sku = a.text(u"sku"),
                      .productTitle = a.text(u"product_title"),
                      .stock = a.integer(u"stock"),
                      .createdAt = a.integer(u"created_at")};
    }
    return out;
}

Result<QList<CommerceQueries::Order>> CommerceQueries::ordersWhere(const QString &where,
                                                                   const QString &value)
{
    Result<QSqlQuery> q = readQuery(m_db,
                                    u"SELECT "_s + OrderColumns.sql() + u" FROM orders WHERE "_s
                                        + where + u" ORDER BY created_at DESC LIMIT 500"_s,
                                    {value});
    if (!q)
        return q.error();
    QList<Order> out;
    while (q->next()) {
        const ColumnRow o(*q, OrderColumns);
        out << Order {.id = o.text(u"id"),
                      .buyerId = o.text(u"buyer_id"),
                      .shopId = o.text(u"shop_id"),
                      .sellerId = o.text(u"seller_id"),
                      .status = o.text(u"status"),
                      .currency = o.text(u"currency"),
                      .tracking = o.text(u"tracking"),
                      .total = o.integer(u"total"),
                      .createdAt = o.integer(u"created_at"),
                      .lines = array(o.text(u"lines")),
                      .timeline = array(o.text(u"timeline"))};
    }
    return out;
}

Result<QList<CommerceQueries::Order>> CommerceQueries::shopOrders(const QString &shopId)
{
    return ordersWhere(u"shop_id = ?"_s, shopId);
}

Result<QList<CommerceQueries::Order>> CommerceQueries::myOrders()
{
    return ordersWhere(u"buyer_id = ?"_s, m_me);
}

Result<QList<CommerceQueries::CartLine>> CommerceQueries::cart()
{
    Result<QSqlQuery> q =
        readQuery(m_db,
                  u"SELECT variant_id, product_id, quantity, added FROM cart_lines"
                  " WHERE user_id = ? AND active = 1 ORDER BY rowid"_s,
                  {m_me});
    if (!q)
        return q.error();
    QList<CartLine> out;
    while (q->next())
        out << CartLine {.variantId = q->value(0).toString(),
                         .productId = q->value(1).toString(),
                         .quantity = q->value(2).toLongLong(),
                         .added = q->value(3).toLongLong()};
    return out;
}

Result<QStringList> CommerceQueries::wishlist()
{
    Result<QSqlQuery> q = readQuery(
        m_db, u"SELECT product_id FROM wishlist WHERE user_id = ? AND active = 1"_s, {m_me});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QList<QJsonObject>> CommerceQueries::cachedCatalog(const QString &text, int limit)
{
    const QString match = SocialQueries::ftsQuery(text);
    Result<QSqlQuery> q = match.isEmpty()
        ? readQuery(m_db, u"SELECT json FROM _catalog ORDER BY fetched_at DESC LIMIT ?"_s, {limit})
        : readQuery(
            m_db,
            u"SELECT c.json FROM _catalog c WHERE c.rowid IN (SELECT rowid FROM"
            " _catalog_fts WHERE _catalog_fts MATCH ?) ORDER BY c.fetched_at DESC LIMIT ?"_s,
            {match, limit});
    if (!q)
        return q.error();
    QList<QJsonObject> out;
    while (q->next())
        out << QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    return out;
}

Result<std::optional<QJsonObject>> CommerceQueries::cachedProduct(const QString &id)
{
    Result<QSqlQuery> q = readQuery(m_db, u"SELECT json FROM _catalog WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QJsonObject> {};
    return std::optional<QJsonObject> {
        QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object()};
}

Result<QList<CommerceQueries::Intent>> CommerceQueries::waitingCheckouts()
{
    Result<QSqlQuery> q = readQuery(m_db,
                                    u"SELECT seq, args FROM _outbox WHERE name = 'placeOrder'"
                                    " AND status IN ('pending', 'acked') ORDER BY seq"_s,
                                    {});
    if (!q)
        return q.error();
    QList<Intent> out;
    while (q->next()) {
        const QJsonObject args = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
        out << Intent {q->value(0).toLongLong(), args.value(u"id"_s).toString(),
                       args.value(u"lines"_s).toArray()};
    }
    return out;
}

} // namespace Souk::Sync
