#pragma once

#include "CatalogFilter.h"
#include "SessionController.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Souk::App {

//! The buyer's side: the catalog (browsed on the server), a product with its variants and
//! reviews, the wishlist and cart (synced, so they work offline and on every device), checkout
//! and the buyer's orders. A checkout made offline waits as an intent, marked "waiting for
//! server" and never shown as placed; a refused one shows the server's reasons.
class MarketController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Souk::App::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    //! [{id, title, shopName, priceText, ratingText, stock, thumbnail}]
    Q_PROPERTY(QVariantList results READ results NOTIFY resultsChanged)
    //! "idle", "loading", "done", "offline" (no server: products this device kept, searched
    //! here) or "unavailable".
    Q_PROPERTY(QString browseState READ browseState NOTIFY resultsChanged)
    //! {id, title, description, shopName, priceText, ratingText, images, variants: [{id, name,
    //!  sku, stock}], reviews: [{author, stars, body, reply}], wished}
    Q_PROPERTY(QVariantMap product READ product NOTIFY productChanged)
    //! The shop page opened last: {id, name, description, logo, ratingText, owner,
    //! productCount}; empty while it loads or when the server cannot be reached.
    Q_PROPERTY(QVariantMap shop READ shop NOTIFY shopChanged)
    //! The payment methods checkout offers (Payment::ids()).
    Q_PROPERTY(QStringList paymentMethods READ paymentMethods CONSTANT)
    //! [{variantId, productId, title, variantName, quantity, priceText, lineTotalText,
    //!   available, problem}]
    Q_PROPERTY(QVariantList cart READ cart NOTIFY cartChanged)
    //! One total per currency: ["37.50 EUR", ...]
    Q_PROPERTY(QStringList cartTotals READ cartTotals NOTIFY cartChanged)
    Q_PROPERTY(int cartCount READ cartCount NOTIFY cartChanged)
    //! The wishlist (synced): [{id, title, priceText}] from the copies this device keeps.
    Q_PROPERTY(QVariantList wishlist READ wishlist NOTIFY cartChanged)
    //! Checkouts not yet answered by the server: [{seq, lineCount}]
    Q_PROPERTY(QVariantList waiting READ waiting NOTIFY ordersChanged)
    //! The buyer's orders (see orderMap) newest first.
    Q_PROPERTY(QVariantList orders READ orders NOTIFY ordersChanged)
    //! Why the last checkout was refused, if it was (with retry or discard on Conflicts).
    Q_PROPERTY(QString refusal READ refusal NOTIFY ordersChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit MarketController(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    QVariantList results() const { return m_results; }
    QString browseState() const { return m_browseState; }
    QVariantMap product() const { return m_product; }
    QVariantMap shop() const { return m_shop; }
    QStringList paymentMethods() const;
    QVariantList cart() const { return m_cart; }
    QStringList cartTotals() const { return m_cartTotals; }
    int cartCount() const { return int(m_cart.size()); }
    QVariantList wishlist() const { return m_wishlist; }
    QVariantList waiting() const { return m_waiting; }
    QVariantList orders() const { return m_orders; }
    QString refusal() const { return m_refusal; }
    QString error() const { return m_error; }

    //! filters: {text, category, sort (newest, price_asc, price_desc or rating), inStock,
    //! minPrice, maxPrice (typed, "12.50"), currency, shop (an id)}.
    Q_INVOKABLE void browse(const QVariantMap &filters);
    //! A shop's public page: its profile (shop) and its products (results).
    Q_INVOKABLE void openShop(const QString &shopId);
    Q_INVOKABLE void openProduct(const QString &productId);
    Q_INVOKABLE bool addToCart(const QString &variantId, int quantity);
    Q_INVOKABLE bool setQuantity(const QString &variantId, int quantity);
    Q_INVOKABLE bool removeFromCart(const QString &variantId);
    Q_INVOKABLE bool wish(const QString &productId, bool on);
    //! Places one order per shop for the cart's available lines, at the prices shown, paid
    //! through one of paymentMethods.
    Q_INVOKABLE bool checkout(const QString &payment = QStringLiteral("manual"));
    Q_INVOKABLE bool setOrderStatus(const QString &orderId, const QString &status);
    //! A review of one delivered line: 1 to 5 stars and a text.
    Q_INVOKABLE bool review(const QString &orderId, const QString &variantId, int stars,
                            const QString &text);

Q_SIGNALS:
    void sessionChanged();
    void resultsChanged();
    void productChanged();
    void shopChanged();
    void cartChanged();
    void ordersChanged();
    void errorChanged();

private:
    void showResults(int status, const QJsonArray &products, const CatalogFilter &filter);
    void reloadCart();
    void reloadOrders();
    //! Fetches a product for the cart (price, stock, variants) once; cached for offline use.
    void learn(const QString &productId);
    //! The product as last seen (in memory, else this device's cache), asking the server too.
    QJsonObject known(const QString &productId);
    QVariantMap productMap(const QJsonObject &p) const;
    bool run(const QString &mutator, const QJsonObject &args);

    QPointer<SessionController> m_session;
    QVariantList m_results;
    QString m_browseState = QStringLiteral("idle");
    QVariantMap m_product;
    QVariantMap m_shop;
    QVariantList m_cart;
    QStringList m_cartTotals;
    QVariantList m_wishlist;
    QVariantList m_waiting;
    QVariantList m_orders;
    QString m_refusal;
    QString m_error;
    QHash<QString, QJsonObject> m_known; // product id -> the server's product, last seen
    QSet<QString> m_asked;
    quint64 m_browseGeneration = 0;
};

} // namespace Souk::App
