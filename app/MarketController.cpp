#include "MarketController.h"

#include "IsoTime.h"
#include "Money.h"
#include "Payment.h"
#include "SessionBinding.h"
#include "ShopController.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Souk::App {

MarketController::MarketController(QObject *parent)
    : QObject(parent)
{ }

void MarketController::setSession(SessionController *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session->setAside(), nullptr, this, nullptr);
    bindSession(this, m_session, session, {u"cart_lines"_s, u"wishlist"_s, u"orders"_s}, [this] {
        reloadCart();
        reloadOrders();
    });
    if (m_session) {
        connect(m_session->setAside(), &SetAsideModel::countChanged, this,
                &MarketController::reloadOrders);
        // A checkout leaves "waiting" when the server has answered it.
        connect(m_session, &SessionController::pendingCountChanged, this,
                &MarketController::reloadOrders, Qt::UniqueConnection);
    }
    Q_EMIT sessionChanged();
}

namespace {
QString ratingText(const QJsonObject &p)
{
    const qint64 count = p.value(u"rating_count"_s).toInteger();
    if (count == 0)
        return {};
    const qint64 tenths = p.value(u"rating_tenths"_s).toInteger();
    return u"★ %1.%2 (%3)"_s.arg(tenths / 10).arg(tenths % 10).arg(count);
}
} // namespace

QVariantMap MarketController::productMap(const QJsonObject &p) const
{
    const QString currency = p.value(u"currency"_s).toString();
    QVariantList thumbs, images;
    for (const QJsonValue &m : p.value(u"media"_s).toArray()) {
        thumbs << m_session->local()->mediaUrl(m.toObject(), u"thumb"_s);
        images << m_session->local()->mediaUrl(m.toObject(), u"large"_s);
    }
    QVariantList variants;
    for (const QJsonValue &v : p.value(u"variants"_s).toArray())
        variants << v.toObject().toVariantMap();
    QVariantList reviews;
    for (const QJsonValue &r : p.value(u"reviews"_s).toArray())
        reviews << r.toObject().toVariantMap();
    return {{u"id"_s, p.value(u"id"_s).toString()},
            {u"title"_s, p.value(u"title"_s).toString()},
            {u"description"_s, p.value(u"description"_s).toString()},
            {u"shopName"_s, p.value(u"shop"_s).toObject().value(u"name"_s).toString()},
            {u"shopId"_s, p.value(u"shop"_s).toObject().value(u"id"_s).toString()},
            {u"priceText"_s, Money::format(p.value(u"price"_s).toInteger(), currency)},
            {u"ratingText"_s, ratingText(p)},
            {u"stock"_s, p.value(u"stock"_s).toInteger()},
            {u"thumbnail"_s, thumbs.value(0)},
            {u"images"_s, images},
            {u"variants"_s, variants},
            {u"reviews"_s, reviews}};
}

void MarketController::browse(const QVariantMap &filters)
{
    if (!m_session)
        return;
    Result<CatalogFilter> filter = CatalogFilter::fromMap(filters);
    if (!filter) {
        m_error = filter.error().message;
        Q_EMIT errorChanged();
        return;
    }
    m_browseState = u"loading"_s;
    Q_EMIT resultsChanged();
    const quint64 generation = ++m_browseGeneration;
    m_session->local()->get(
        u"/api/v1/catalog"_s, filter->query(),
        [self = QPointer(this), generation, filter = *filter](int status, const QJsonObject &json) {
            if (!self || generation != self->m_browseGeneration)
                return; // a newer search is on its way
            self->showResults(status, json.value(u"products"_s).toArray(), filter);
        });
}

void MarketController::showResults(int status, const QJsonArray &products,
                                   const CatalogFilter &filter)
{
    m_results.clear();
    Sync::CommerceQueries *commerce = m_session ? m_session->local()->commerce() : nullptr;
    if (status == 200) {
        m_browseState = u"done"_s;
        for (const QJsonValue &p : products)
            m_results << productMap(p.toObject());
        if (m_session)
            m_session->cacheCatalog(products); // searchable offline next time
    } else if (commerce) {
        // No server: what this device saw before, searched and sorted on the device.
        m_browseState = u"offline"_s;
        QList<QJsonObject> kept;
        for (const QJsonObject &p : commerce->cachedCatalog(filter.text, 200).value_or({}))
            if (filter.matches(p))
                kept << p;
        const auto number = [](const QJsonObject &p, const QString &key) {
            return p.value(key).toInteger();
        };
        std::stable_sort(kept.begin(), kept.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            if (filter.sort == u"price_asc"_s)
                return number(a, u"price"_s) < number(b, u"price"_s);
            if (filter.sort == u"price_desc"_s)
                return number(a, u"price"_s) > number(b, u"price"_s);
            if (filter.sort == u"rating"_s)
                return number(a, u"rating_tenths"_s) > number(b, u"rating_tenths"_s);
            // Products cached from servers before ISO times hold numbers: both read.
            return timeFromJson(a.value(u"created_at"_s)) > timeFromJson(b.value(u"created_at"_s));
        });
        for (const QJsonObject &p : kept)
            m_results << productMap(p);
    } else {
        m_browseState = u"unavailable"_s;
    }
    Q_EMIT resultsChanged();
}

void MarketController::openShop(const QString &shopId)
{
    if (!m_session)
        return;
    m_shop.clear();
    Q_EMIT shopChanged();
    browse({{u"shop"_s, shopId}});
    m_session->local()->get(
        u"/api/v1/shops/"_s + shopId, {},
        [self = QPointer(this)](int status, const QJsonObject &json) {
            if (!self || !self->m_session || status != 200)
                return;
            const QJsonArray logo = json.value(u"logo"_s).toArray();
            const QJsonObject owner = json.value(u"owner"_s).toObject();
            self->m_shop = {{u"id"_s, json.value(u"id"_s).toString()},
                            {u"name"_s, json.value(u"name"_s).toString()},
                            {u"description"_s, json.value(u"description"_s).toString()},
                            {u"logo"_s,
                             logo.isEmpty() ? QUrl()
                                            : self->m_session->local()->mediaUrl(
                                                logo.first().toObject(), u"thumb"_s)},
                            {u"ratingText"_s, ratingText(json)},
                            {u"owner"_s, owner.value(u"username"_s).toString()},
                            {u"ownerName"_s, owner.value(u"display_name"_s).toString()},
                            {u"productCount"_s, json.value(u"product_count"_s).toInteger()}};
            Q_EMIT self->shopChanged();
        });
}

QStringList MarketController::paymentMethods() const
{
    return Payment::ids();
}

void MarketController::openProduct(const QString &productId)
{
    if (!m_session)
        return;
    m_product.clear();
    if (m_known.contains(productId))
        m_product = productMap(m_known.value(productId));
    Q_EMIT productChanged();
    m_session->local()->get(
        u"/api/v1/products/"_s + productId, {},
        [self = QPointer(this), productId](int status, const QJsonObject &json) {
            // The account may have closed while the answer was on its way.
            Sync::CommerceQueries *commerce =
                self && self->m_session ? self->m_session->local()->commerce() : nullptr;
            if (!commerce)
                return;
            QJsonObject product = json;
            if (status == 200)
                self->m_session->cacheCatalog({json});
            else if (status == 0) // offline: the copy this device kept, if any
                product = commerce->cachedProduct(productId)
                              .value_or(std::nullopt)
                              .value_or(QJsonObject {});
            else
                return;
            if (product.isEmpty())
                return;
            self->m_known.insert(productId, product);
            self->m_product = self->productMap(product);
            const QStringList wished = commerce->wishlist().value_or({});
            self->m_product.insert(u"wished"_s, wished.contains(productId));
            Q_EMIT self->productChanged();
            self->reloadCart();
        });
}

void MarketController::learn(const QString &productId)
{
    if (productId.isEmpty() || m_asked.contains(productId))
        return;
    m_asked.insert(productId);
    m_session->local()->get(
        u"/api/v1/products/"_s + productId, {},
        [self = QPointer(this), productId](int status, const QJsonObject &json) {
            if (!self)
                return;
            if (status == 200) {
                self->m_known.insert(productId, json);
                self->m_session->cacheCatalog({json});
            } else if (status == 404) { // archived or gone: flagged in the cart
                self->m_known.insert(productId, QJsonObject {{u"gone"_s, true}});
            } else {
                // Not now (offline): asked again at the next reload, not in a loop.
                self->m_asked.remove(productId);
                return;
            }
            self->reloadCart();
        });
}

QJsonObject MarketController::known(const QString &productId)
{
    if (!m_known.contains(productId)) {
        // The copy this device kept, until the server says more.
        Sync::CommerceQueries *commerce = m_session->local()->commerce();
        if (const auto cached = commerce->cachedProduct(productId).value_or(std::nullopt))
            m_known.insert(productId, *cached);
        learn(productId);
    }
    return m_known.value(productId);
}

void MarketController::reloadCart()
{
    m_cart.clear();
    m_cartTotals.clear();
    Sync::CommerceQueries *commerce = m_session ? m_session->local()->commerce() : nullptr;
    QMap<QString, qint64> totals;
    for (const auto &line :
         commerce ? commerce->cart().value_or({}) : QList<Sync::CommerceQueries::CartLine> {}) {
        const QJsonObject p = known(line.productId);
        QJsonObject variant;
        for (const QJsonValue &v : p.value(u"variants"_s).toArray()) {
            if (v.toObject().value(u"id"_s).toString() == line.variantId)
                variant = v.toObject();
        }
        const QString currency = p.value(u"currency"_s).toString();
        const qint64 price = p.value(u"price"_s).toInteger();
        const qint64 stock = variant.value(u"stock"_s).toInteger();
        // Current price and stock, as last seen; a line that cannot be bought says why.
        QString problem;
        if (p.value(u"gone"_s).toBool())
            problem = tr("No longer sold");
        else if (!p.isEmpty() && variant.isEmpty())
            problem = tr("This variant is no longer sold");
        else if (!p.isEmpty() && stock < line.quantity)
            problem = stock == 0 ? tr("Out of stock") : tr("Only %n left", nullptr, int(stock));
        const bool known = !p.isEmpty() && !p.value(u"gone"_s).toBool();
        if (known && problem.isEmpty())
            totals[currency] += price * line.quantity;
        m_cart << QVariantMap {
            {u"variantId"_s, line.variantId},
            {u"productId"_s, line.productId},
            {u"title"_s, known ? p.value(u"title"_s).toString() : tr("Loading…")},
            {u"variantName"_s, variant.value(u"name"_s).toString()},
            {u"quantity"_s, line.quantity},
            {u"added"_s, line.added},
            {u"priceText"_s, known ? Money::format(price, currency) : QString()},
            {u"lineTotalText"_s,
             known ? Money::format(price * line.quantity, currency) : QString()},
            {u"available"_s, known && problem.isEmpty()},
            {u"problem"_s, problem}};
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        m_cartTotals << Money::format(it.value(), it.key());
    m_wishlist.clear();
    for (const QString &id : commerce ? commerce->wishlist().value_or({}) : QStringList {}) {
        const QJsonObject p = known(id);
        m_wishlist << QVariantMap {
            {u"id"_s, id},
            {u"title"_s, p.isEmpty() ? tr("Loading…") : p.value(u"title"_s).toString()},
            {u"priceText"_s,
             p.isEmpty() ? QString()
                         : Money::format(p.value(u"price"_s).toInteger(),
                                         p.value(u"currency"_s).toString())}};
    }
    Q_EMIT cartChanged();
}

void MarketController::reloadOrders()
{
    m_orders.clear();
    m_waiting.clear();
    m_refusal.clear();
    Sync::CommerceQueries *commerce = m_session ? m_session->local()->commerce() : nullptr;
    if (commerce) {
        for (const auto &o : commerce->myOrders().value_or({}))
            m_orders << orderMap(o);
        for (const auto &i : commerce->waitingCheckouts().value_or({}))
            m_waiting << QVariantMap {{u"seq"_s, i.seq}, {u"lineCount"_s, int(i.lines.size())}};
        SetAsideModel *setAside = m_session->setAside();
        for (int r = 0; r < setAside->rowCount(); ++r) {
            const QModelIndex index = setAside->index(r);
            if (setAside->data(index, SetAsideModel::NameRole).toString() == u"placeOrder"_s)
                m_refusal = setAside->data(index, SetAsideModel::ReasonRole).toString();
        }
    }
    Q_EMIT ordersChanged();
}

bool MarketController::run(const QString &mutator, const QJsonObject &args)
{
    return runForPage(m_session, mutator, args, m_error, [this] { Q_EMIT errorChanged(); });
}

bool MarketController::addToCart(const QString &variantId, int quantity)
{
    return run(u"addToCart"_s, {{u"variant_id"_s, variantId}, {u"quantity"_s, quantity}});
}

bool MarketController::setQuantity(const QString &variantId, int quantity)
{
    return run(u"setCartQuantity"_s, {{u"variant_id"_s, variantId}, {u"quantity"_s, quantity}});
}

bool MarketController::removeFromCart(const QString &variantId)
{
    // Names how many adds it saw: an add made meanwhile on another device keeps the line.
    qint64 seen = 0;
    for (const QVariant &l : std::as_const(m_cart)) {
        if (l.toMap().value(u"variantId"_s).toString() == variantId)
            seen = l.toMap().value(u"added"_s).toLongLong();
    }
    return run(u"removeFromCart"_s, {{u"variant_id"_s, variantId}, {u"seen_added"_s, seen}});
}

bool MarketController::wish(const QString &productId, bool on)
{
    const bool ok = run(on ? u"wish"_s : u"unwish"_s, {{u"product_id"_s, productId}});
    if (ok && m_product.value(u"id"_s).toString() == productId) {
        m_product.insert(u"wished"_s, on);
        Q_EMIT productChanged();
    }
    return ok;
}

bool MarketController::checkout(const QString &payment)
{
    QJsonArray lines;
    for (const QVariant &l : std::as_const(m_cart)) {
        const QVariantMap line = l.toMap();
        if (!line.value(u"available"_s).toBool())
            continue;
        lines.append(QJsonObject {
            {u"variant_id"_s, line.value(u"variantId"_s).toString()},
            {u"quantity"_s, line.value(u"quantity"_s).toLongLong()},
            {u"unit_price"_s,
             m_known.value(line.value(u"productId"_s).toString()).value(u"price"_s).toInteger()}});
    }
    if (lines.isEmpty()) {
        m_error = tr("Nothing in the cart can be ordered now.");
        Q_EMIT errorChanged();
        return false;
    }
    const bool queued = run(u"placeOrder"_s,
                            {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {u"lines"_s, lines},
                             {u"payment"_s, payment}});
    reloadOrders();
    return queued;
}

bool MarketController::review(const QString &orderId, const QString &variantId, int stars,
                              const QString &text)
{
    return run(u"review"_s,
               {{u"order_id"_s, orderId},
                {u"variant_id"_s, variantId},
                {u"stars"_s, stars},
                {u"body"_s, text}});
}

bool MarketController::setOrderStatus(const QString &orderId, const QString &status)
{
    return run(u"setOrderStatus"_s, {{u"order_id"_s, orderId}, {u"status"_s, status}});
}

} // namespace Souk::App
