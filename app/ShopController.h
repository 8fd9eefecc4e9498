#pragma once

#include "SessionController.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Souk::App {

//! The shop dashboard: the owner's products with their variants and stock, stock alerts and
//! the orders to fulfil, all from the local database (the shop's bucket syncs in full), so
//! the owner manages the whole inventory offline. Without a shop, the application form:
//! supporting documents and the request, which need the server.
class ShopController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Souk::App::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    Q_PROPERTY(bool hasShop READ hasShop NOTIFY changed)
    Q_PROPERTY(QString shopId READ shopId NOTIFY changed)
    Q_PROPERTY(QString shopName READ shopName NOTIFY changed)
    Q_PROPERTY(QString shopDescription READ shopDescription NOTIFY changed)
    //! The logo's thumbnail URL, empty without one.
    Q_PROPERTY(QString shopLogo READ shopLogo NOTIFY changed)
    //! [{id, title, description, category, status, price, priceText, currency, stock,
    //!   thumbnails, mediaIds, variants: [{id, sku, name, stock}]}]
    Q_PROPERTY(QVariantList products READ products NOTIFY changed)
    //! [{id, sku, productTitle, stock}] stock below zero, to reconcile.
    Q_PROPERTY(QVariantList alerts READ alerts NOTIFY changed)
    //! [{id, status, totalText, tracking, createdAt, lines: [{title, variant, quantity}],
    //!   timeline: [{status, at}]}] newest first
    Q_PROPERTY(QVariantList orders READ orders NOTIFY changed)
    //! The latest shop request: "" (none), "pending", "approved" or "rejected", and why.
    Q_PROPERTY(QString requestStatus READ requestStatus NOTIFY requestChanged)
    Q_PROPERTY(QString requestReason READ requestReason NOTIFY requestChanged)
    //! What was wrong with the last CSV import, line by line (nothing was applied).
    Q_PROPERTY(QStringList csvErrors READ csvErrors NOTIFY csvChanged)
    //! What the last import did differently from the file (new products kept as drafts).
    Q_PROPERTY(QStringList csvNotes READ csvNotes NOTIFY csvChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit ShopController(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    bool hasShop() const { return !m_shopId.isEmpty(); }
    QString shopId() const { return m_shopId; }
    QString shopName() const { return m_shopName; }
    QString shopDescription() const { return m_shopDescription; }
    QString shopLogo() const { return m_shopLogo; }
    QVariantList products() const { return m_products; }
    QVariantList alerts() const { return m_alerts; }
    QVariantList orders() const { return m_orders; }
    QString requestStatus() const { return m_requestStatus; }
    QString requestReason() const { return m_requestReason; }
    QString error() const { return m_error; }
    QStringList csvErrors() const { return m_csvErrors; }
    QStringList csvNotes() const { return m_csvNotes; }

    //! Creates (empty id) or edits a product; the price is typed text ("12.50"). Returns the
    //! product's id, or empty when refused (error says why).
    Q_INVOKABLE QString saveProduct(const QString &id, const QString &title,
                                    const QString &description, const QString &category,
                                    const QString &price, const QString &currency,
                                    const QString &status);
    //! The shop's public profile: name and description (offline too, like any edit).
    Q_INVOKABLE bool saveProfile(const QString &name, const QString &description);
    //! A new logo from an image file; an empty URL removes the logo.
    Q_INVOKABLE bool setLogo(const QUrl &file);
    Q_INVOKABLE bool addVariant(const QString &productId, const QString &sku, const QString &name);
    Q_INVOKABLE bool adjustStock(const QString &variantId, int delta, const QString &reason);
    //! A stocktake: what is on the shelf, against the stock shown when counting.
    Q_INVOKABLE bool countStock(const QString &variantId, int counted, int shown);
    Q_INVOKABLE bool archive(const QString &productId);
    //! Adds images (from the file picker) to a product, up to ten; they upload in the
    //! background and the product names them at once.
    Q_INVOKABLE int addImages(const QString &productId, const QList<QUrl> &files);
    Q_INVOKABLE bool removeImage(const QString &productId, int index);
    Q_INVOKABLE bool setOrderStatus(const QString &orderId, const QString &status,
                                    const QString &tracking = {});
    //! Uploads the documents, then sends the request (both need the server).
    Q_INVOKABLE void applyForShop(const QString &name, const QString &description,
                                  const QList<QUrl> &documents);
    Q_INVOKABLE void refreshRequest();
    //! The inventory as CSV (sku,product,variant,price,currency,stock,status).
    Q_INVOKABLE bool exportCsv(const QUrl &file);
    //! Reads a CSV file: when every line is valid, queues the changes (new products and
    //! variants, prices, stock counted against what this device shows); otherwise applies
    //! nothing and lists the problems in csvErrors. Returns how many lines were applied.
    Q_INVOKABLE int importCsv(const QUrl &file);
    int importCsvText(const QString &text);

Q_SIGNALS:
    void sessionChanged();
    void changed();
    void requestChanged();
    void errorChanged();
    void csvChanged();

private:
    void reload();
    bool run(const QString &mutator, const QJsonObject &args);
    void setError(const QString &message);

    QPointer<SessionController> m_session;
    QString m_shopId;
    QString m_shopName;
    QString m_shopDescription;
    QString m_shopLogo;
    QVariantList m_products;
    QVariantList m_alerts;
    QVariantList m_orders;
    QString m_requestStatus;
    QString m_requestReason;
    QString m_error;
    QStringList m_csvErrors;
    QStringList m_csvNotes;
};

//! An order as the pages show it (shop and buyer alike).
QVariantMap orderMap(const Sync::CommerceQueries::Order &order);

} // namespace Souk::App
