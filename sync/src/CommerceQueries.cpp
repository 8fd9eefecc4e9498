#include "CommerceQueries.h"

#include "ReadQuery.h"
#include "SocialQueries.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

namespace {
QJsonArray array(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).array();
}
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
        out << Shop {q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                     QJsonDocument::fromJson(q->value(3).toByteArray()).array()};
    return out;
}

Result<QList<CommerceQueries::Product>> CommerceQueries::products(const QString &shopId)
{
    Result<QSqlQuery> q =
        readQuery(m_db,
                  u"SELECT id, title, description, category, status, currency, price, media,"
                  " COALESCE(moderation, '') FROM products WHERE shop_id = ?"
                  " ORDER BY status = 'archived', title COLLATE NOCASE"_s,
                  {shopId});
    if (!q)
        return q.error();
    QList<Product> out;
    QHash<QString, qsizetype> at;
    while (q->next()) {
        at.insert(q->value(0).toString(), out.size());
        out << Product {q->value(0).toString(),   q->value(1).toString(),
                        q->value(2).toString(),   q->value(3).toString(),
                        q->value(4).toString(),   q->value(5).toString(),
                        q->value(6).toLongLong(), {},
                        array(q->value(7)),       q->value(8).toString()};
    }
    Result<QSqlQuery> v = readQuery(
        m_db,
        u"SELECT product_id, id, sku, name, stock FROM variants WHERE shop_id = ? ORDER BY sku"_s,
        {shopId});
    if (!v)
        return v.error();
    while (v->next()) {
        const auto it = at.constFind(v->value(0).toString());
        if (it != at.constEnd())
            out[*it].variants << Variant {v->value(1).toString(), v->value(2).toString(),
                                          v->value(3).toString(), v->value(4).toLongLong()};
    }
    return out;
}

Result<QList<CommerceQueries::Alert>> CommerceQueries::openAlerts(const QString &shopId)
{
    Result<QSqlQuery> q =
        readQuery(m_db,
                  u"SELECT a.id, a.variant_id, COALESCE(v.sku, ''), COALESCE(p.title, ''), a.stock,"
                  " a.created_at FROM stock_alerts a LEFT JOIN variants v ON v.id = a.variant_id"
                  " LEFT JOIN products p ON p.id = v.product_id"
                  " WHERE a.shop_id = ? AND a.resolved = 0 ORDER BY a.created_at DESC"_s,
                  {shopId});
    if (!q)
        return q.error();
    QList<Alert> out;
    while (q->next())
        out << Alert {q->value(0).toString(), q->value(1).toString(),   q->value(2).toString(),
                      q->value(3).toString(), q->value(4).toLongLong(), q->value(5).toLongLong()};
    return out;
}

Result<QList<CommerceQueries::Order>> CommerceQueries::ordersWhere(const QString &where,
                                                                   const QString &value)
{
    Result<QSqlQuery> q = readQuery(
        m_db,
        u"SELECT id, buyer_id, shop_id, seller_id, status, currency, tracking, total, created_at,"
        " lines, timeline FROM orders WHERE "_s
            + where + u" ORDER BY created_at DESC LIMIT 500"_s,
        {value});
    if (!q)
        return q.error();
    QList<Order> out;
    while (q->next())
        out << Order {q->value(0).toString(), q->value(1).toString(),   q->value(2).toString(),
                      q->value(3).toString(), q->value(4).toString(),   q->value(5).toString(),
                      q->value(6).toString(), q->value(7).toLongLong(), q->value(8).toLongLong(),
                      array(q->value(9)),     array(q->value(10))};
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
        out << CartLine {q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                         q->value(3).toLongLong()};
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
