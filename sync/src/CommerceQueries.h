#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QStringList>

namespace Souk::Sync {

//! Read-only queries for the commerce screens over a local database (see SocialQueries): the
//! owner's shop with its products, variants, stock alerts and orders (all synced in its shop
//! bucket, so the dashboard works offline), and the buyer's cart, wishlist, orders and the
//! checkouts still waiting for the server.
class CommerceQueries
{
public:
    CommerceQueries(QSqlDatabase db, QString userId)
        : m_db(std::move(db))
        , m_me(std::move(userId))
    { }

    struct Shop
    {
        QString id, name, description;
        QJsonArray logo; // no item, or one image
    };
    struct Variant
    {
        QString id, sku, name;
        qint64 stock = 0;
    };
    struct Product
    {
        QString id, title, description, category, status, currency;
        qint64 price = 0;
        QList<Variant> variants;
        QJsonArray media; // [{id, sha256?}]
        QString moderation; // "", hidden or removed by a moderator
    };
    struct Alert
    {
        QString id, variantId, sku, productTitle;
        qint64 stock = 0, createdAt = 0;
    };
    struct Order
    {
        QString id, buyerId, shopId, sellerId, status, currency, tracking;
        qint64 total = 0, createdAt = 0;
        QJsonArray lines, timeline;
    };
    struct CartLine
    {
        QString variantId, productId;
        qint64 quantity = 0, added = 0;
    };
    //! A placeOrder still in the outbox: never shown as placed.
    struct Intent
    {
        qint64 seq = 0;
        QString id;
        QJsonArray lines;
    };

    //! The shops this user owns (usually one).
    Result<QList<Shop>> myShops();
    Result<QList<Product>> products(const QString &shopId);
    Result<QList<Alert>> openAlerts(const QString &shopId);
    //! A shop's orders (as its owner) or this user's (as a buyer), newest first.
    Result<QList<Order>> shopOrders(const QString &shopId);
    Result<QList<Order>> myOrders();
    Result<QList<CartLine>> cart();
    Result<QStringList> wishlist();
    Result<QList<Intent>> waitingCheckouts();
    //! Catalog products as last fetched: those matching `text` (full-text; all when empty),
    //! newest fetch first; and one by id.
    Result<QList<QJsonObject>> cachedCatalog(const QString &text, int limit);
    Result<std::optional<QJsonObject>> cachedProduct(const QString &id);

private:
    Result<QList<Order>> ordersWhere(const QString &where, const QString &value);

    QSqlDatabase m_db;
    QString m_me;
};

} // namespace Souk::Sync
