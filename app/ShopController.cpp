#include "ShopController.h"

#include "InventoryCsv.h"
#include "Money.h"
#include "SessionBinding.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Souk::App {

QVariantMap orderMap(const Sync::CommerceQueries::Order &o)
{
    QVariantList lines;
    for (const QJsonValue &l : o.lines) {
        const QJsonObject line = l.toObject();
        lines << QVariantMap {
            {u"variantId"_s, line.value(u"variant_id"_s).toString()},
            {u"title"_s, line.value(u"title"_s).toString()},
            {u"variant"_s, line.value(u"variant"_s).toString()},
            {u"quantity"_s, line.value(u"quantity"_s).toInteger()},
            {u"priceText"_s, Money::format(line.value(u"unit_price"_s).toInteger(), o.currency)}};
    }
    QVariantList timeline;
    for (const QJsonValue &t : o.timeline)
        timeline << QVariantMap {
            {u"status"_s, t.toObject().value(u"status"_s).toString()},
            {u"at"_s, QDateTime::fromMSecsSinceEpoch(t.toObject().value(u"at"_s).toInteger())}};
    return {{u"id"_s, o.id},
            {u"status"_s, o.status},
            {u"totalText"_s, Money::format(o.total, o.currency)},
            {u"tracking"_s, o.tracking},
            {u"buyerId"_s, o.buyerId},
            {u"sellerId"_s, o.sellerId},
            {u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(o.createdAt)},
            {u"lines"_s, lines},
            {u"timeline"_s, timeline}};
}

ShopController::ShopController(QObject *parent)
    : QObject(parent)
{ }

void ShopController::setSession(SessionController *session)
{
    if (m_session == session)
        return;
    bindSession(this, m_session, session,
                {u"shops"_s, u"products"_s, u"variants"_s, u"stock_alerts"_s, u"orders"_s},
                [this] { reload(); });
    refreshRequest();
    Q_EMIT sessionChanged();
}

void ShopController::reload()
{
    m_shopId.clear();
    m_shopName.clear();
    m_shopDescription.clear();
    m_shopLogo.clear();
    m_products.clear();
    m_alerts.clear();
    m_orders.clear();
    Sync::CommerceQueries *commerce = m_session ? m_session->local()->commerce() : nullptr;
    const auto shops =
        commerce ? commerce->myShops().value_or({}) : QList<Sync::CommerceQueries::Shop> {};
    if (!shops.isEmpty()) {
        m_shopId = shops.first().id;
        m_shopName = shops.first().name;
        m_shopDescription = shops.first().description;
        if (!shops.first().logo.isEmpty())
            m_shopLogo = m_session->local()
                             ->mediaUrl(shops.first().logo.first().toObject(), u"thumb"_s)
                             .toString();
        for (const auto &p : commerce->products(m_shopId).value_or({})) {
            QVariantList variants;
            qint64 stock = 0;
            for (const auto &v : p.variants) {
                variants << QVariantMap {
                    {u"id"_s, v.id}, {u"sku"_s, v.sku}, {u"name"_s, v.name}, {u"stock"_s, v.stock}};
                stock += v.stock;
            }
            QVariantList thumbnails, mediaIds;
            for (const QJsonValue &m : p.media) {
                thumbnails << m_session->local()->mediaUrl(m.toObject(), u"thumb"_s);
                mediaIds << m.toObject().value(u"id"_s).toString();
            }
            m_products << QVariantMap {{u"id"_s, p.id},
                                       {u"thumbnails"_s, thumbnails},
                                       {u"mediaIds"_s, mediaIds},
                                       {u"title"_s, p.title},
                                       {u"description"_s, p.description},
                                       {u"category"_s, p.category},
                                       {u"status"_s, p.status},
                                       {u"price"_s, p.price},
                                       {u"priceText"_s, Money::format(p.price, p.currency)},
                                       {u"currency"_s, p.currency},
                                       {u"stock"_s, stock},
                                       {u"variants"_s, variants},
                                       {u"moderation"_s, p.moderation}};
        }
        for (const auto &a : commerce->openAlerts(m_shopId).value_or({}))
            m_alerts << QVariantMap {{u"id"_s, a.id},
                                     {u"sku"_s, a.sku},
                                     {u"productTitle"_s, a.productTitle},
                                     {u"stock"_s, a.stock}};
        for (const auto &o : commerce->shopOrders(m_shopId).value_or({}))
            m_orders << orderMap(o);
    }
    Q_EMIT changed();
}

void ShopController::setError(const QString &message)
{
    m_error = message;
    Q_EMIT errorChanged();
}

bool ShopController::run(const QString &mutator, const QJsonObject &args)
{
    return runForPage(m_session, mutator, args, m_error, [this] { Q_EMIT errorChanged(); });
}

QString ShopController::saveProduct(const QString &id, const QString &title,
                                    const QString &description, const QString &category,
                                    const QString &price, const QString &currency,
                                    const QString &status)
{
    const Result<qint64> minor = Money::parse(price, currency.trimmed().toUpper());
    if (!minor) {
        setError(tr("Write a price such as 12.50, without a currency sign."));
        return {};
    }
    const QString productId = id.isEmpty() ? newId() : id;
    QJsonObject args {{u"id"_s, productId},
                      {u"shop_id"_s, m_shopId},
                      {u"title"_s, title},
                      {u"description"_s, description},
                      {u"category"_s, category.trimmed()},
                      {u"price"_s, *minor},
                      {u"currency"_s, currency.trimmed().toUpper()},
                      {u"status"_s, status}};
    return run(u"upsertProduct"_s, args) ? productId : QString();
}

bool ShopController::saveProfile(const QString &name, const QString &description)
{
    return run(u"updateShop"_s,
               {{u"shop_id"_s, m_shopId}, {u"name"_s, name}, {u"description"_s, description}});
}

bool ShopController::setLogo(const QUrl &file)
{
    QJsonArray logo;
    if (!file.isEmpty()) {
        QFile image(file.toLocalFile());
        if (!image.open(QIODevice::ReadOnly)) {
            setError(tr("%1 cannot be read.").arg(file.fileName()));
            return false;
        }
        Result<QString> id = m_session->addMedia(image.readAll());
        if (!id) {
            setError(id.error().message);
            return false;
        }
        logo << *id;
    }
    return run(u"updateShop"_s, {{u"shop_id"_s, m_shopId}, {u"logo"_s, logo}});
}

bool ShopController::addVariant(const QString &productId, const QString &sku, const QString &name)
{
    return run(u"setVariant"_s,
               {{u"id"_s, newId()},
                {u"product_id"_s, productId},
                {u"sku"_s, sku.trimmed()},
                {u"name"_s, name.trimmed()}});
}

bool ShopController::adjustStock(const QString &variantId, int delta, const QString &reason)
{
    return run(u"adjustStock"_s,
               {{u"id"_s, newId()},
                {u"variant_id"_s, variantId},
                {u"delta"_s, delta},
                {u"reason"_s, reason}});
}

bool ShopController::countStock(const QString &variantId, int counted, int shown)
{
    return run(u"countStock"_s,
               {{u"id"_s, newId()},
                {u"variant_id"_s, variantId},
                {u"counted"_s, counted},
                {u"base"_s, shown}});
}

bool ShopController::archive(const QString &productId)
{
    return run(u"archiveProduct"_s, {{u"id"_s, productId}});
}

namespace {
QStringList mediaOf(const QVariantList &products, const QString &productId)
{
    for (const QVariant &p : products) {
        if (p.toMap().value(u"id"_s).toString() == productId)
            return p.toMap().value(u"mediaIds"_s).toStringList();
    }
    return {};
}
} // namespace

int ShopController::addImages(const QString &productId, const QList<QUrl> &files)
{
    QStringList media = mediaOf(m_products, productId);
    int added = 0;
    for (const QUrl &url : files) {
        if (media.size() >= 10) {
            setError(tr("A product has at most 10 images."));
            break;
        }
        QFile file(url.toLocalFile());
        if (!file.open(QIODevice::ReadOnly)) {
            setError(tr("%1 cannot be read.").arg(url.fileName()));
            continue;
        }
        Result<QString> id = m_session->addMedia(file.readAll());
        if (!id) {
            setError(id.error().message);
            continue;
        }
        if (!media.contains(*id)) {
            media << *id;
            ++added;
        }
    }
    if (added > 0
        && !run(u"upsertProduct"_s,
                {{u"id"_s, productId},
                 {u"shop_id"_s, m_shopId},
                 {u"media"_s, QJsonArray::fromStringList(media)}}))
        return 0;
    return added;
}

bool ShopController::removeImage(const QString &productId, int index)
{
    QStringList media = mediaOf(m_products, productId);
    if (index < 0 || index >= media.size())
        return false;
    media.removeAt(index);
    return run(u"upsertProduct"_s,
               {{u"id"_s, productId},
                {u"shop_id"_s, m_shopId},
                {u"media"_s, QJsonArray::fromStringList(media)}});
}

bool ShopController::setOrderStatus(const QString &orderId, const QString &status,
                                    const QString &tracking)
{
    QJsonObject args {{u"order_id"_s, orderId}, {u"status"_s, status}};
    if (!tracking.trimmed().isEmpty())
        args.insert(u"tracking"_s, tracking.trimmed());
    return run(u"setOrderStatus"_s, args);
}

bool ShopController::exportCsv(const QUrl &file)
{
    QString text = InventoryCsv::header() + u"\r\n"_s;
    for (const QVariant &p : std::as_const(m_products)) {
        const QVariantMap product = p.toMap();
        for (const QVariant &v : product.value(u"variants"_s).toList()) {
            const QVariantMap variant = v.toMap();
            text +=
                InventoryCsv::formatLine(
                    {0, variant.value(u"sku"_s).toString(), product.value(u"title"_s).toString(),
                     variant.value(u"name"_s).toString(), product.value(u"currency"_s).toString(),
                     product.value(u"status"_s).toString(), product.value(u"price"_s).toLongLong(),
                     variant.value(u"stock"_s).toLongLong()})
                + u"\r\n"_s;
        }
    }
    QFile out(file.toLocalFile());
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text.toUtf8()) < 0) {
        setError(tr("%1 cannot be written.").arg(file.fileName()));
        return false;
    }
    return true;
}

int ShopController::importCsv(const QUrl &file)
{
    QFile in(file.toLocalFile());
    if (!in.open(QIODevice::ReadOnly)) {
        setError(tr("%1 cannot be read.").arg(file.fileName()));
        return 0;
    }
    return importCsvText(QString::fromUtf8(in.readAll()));
}

int ShopController::importCsvText(const QString &text)
{
    const InventoryCsv::Parsed parsed = InventoryCsv::parse(text);
    m_csvErrors = parsed.errors;
    m_csvNotes.clear();
    Q_EMIT csvChanged();
    if (!parsed.errors.isEmpty() || !hasShop())
        return 0;
    // What this device knows: products by title, variants by SKU (with their stock).
    QHash<QString, QVariantMap> productsByTitle;
    QHash<QString, QPair<QString, QVariantMap>> variantsBySku; // sku -> (product id, variant)
    for (const QVariant &p : std::as_const(m_products)) {
        const QVariantMap product = p.toMap();
        productsByTitle.insert(product.value(u"title"_s).toString(), product);
        for (const QVariant &v : product.value(u"variants"_s).toList())
            variantsBySku.insert(v.toMap().value(u"sku"_s).toString(),
                                 {product.value(u"id"_s).toString(), v.toMap()});
    }
    // Every change is checked first; only a file that is entirely valid is queued.
    QList<QPair<QString, QJsonObject>> changes;
    QHash<QString, QString> newProducts; // title -> id
    QStringList notes;
    QHash<QString, InventoryCsv::Line> firstLineOf; // title -> its first line in the file
    for (const InventoryCsv::Line &line : parsed.lines) {
        // A product's price, currency and status are per product: its lines must agree.
        const InventoryCsv::Line &first =
            *firstLineOf.insert(line.product, firstLineOf.value(line.product, line));
        if (first.price != line.price || first.currency != line.currency
            || first.status != line.status) {
            m_csvErrors << tr("line %1: %2 has another price, currency or status on line %3")
                               .arg(line.number)
                               .arg(line.product)
                               .arg(first.number);
            continue;
        }
        QString productId;
        if (productsByTitle.contains(line.product)) {
            const QVariantMap known = productsByTitle.value(line.product);
            productId = known.value(u"id"_s).toString();
            if (known.value(u"price"_s).toLongLong() != line.price
                || known.value(u"currency"_s).toString() != line.currency
                || known.value(u"status"_s).toString() != line.status)
                changes << qMakePair(u"upsertProduct"_s,
                                     QJsonObject {{u"id"_s, productId},
                                                  {u"shop_id"_s, m_shopId},
                                                  {u"price"_s, line.price},
                                                  {u"currency"_s, line.currency},
                                                  {u"status"_s, line.status}});
            productsByTitle[line.product].insert(u"price"_s, line.price);
            productsByTitle[line.product].insert(u"currency"_s, line.currency);
            productsByTitle[line.product].insert(u"status"_s, line.status);
        } else if (newProducts.contains(line.product)) {
            productId = newProducts.value(line.product);
        } else {
            productId = newId();
            newProducts.insert(line.product, productId);
            // On sale needs an image, which a CSV file cannot carry: a new product waits as a
            // draft, and the owner is told.
            QString status = line.status;
            if (status == u"active"_s) {
                status = u"draft"_s;
                notes << tr("%1 is new: saved as a draft until it has an image.").arg(line.product);
            }
            changes << qMakePair(u"upsertProduct"_s,
                                 QJsonObject {{u"id"_s, productId},
                                              {u"shop_id"_s, m_shopId},
                                              {u"title"_s, line.product},
                                              {u"price"_s, line.price},
                                              {u"currency"_s, line.currency},
                                              {u"status"_s, status}});
        }
        if (variantsBySku.contains(line.sku)) {
            const auto &[owner, variant] = variantsBySku.value(line.sku);
            if (owner != productId) {
                m_csvErrors << tr("line %1: the SKU %2 belongs to another product")
                                   .arg(line.number)
                                   .arg(line.sku);
                continue;
            }
            if (variant.value(u"name"_s).toString() != line.variant)
                changes << qMakePair(u"setVariant"_s,
                                     QJsonObject {{u"id"_s, variant.value(u"id"_s).toString()},
                                                  {u"product_id"_s, productId},
                                                  {u"sku"_s, line.sku},
                                                  {u"name"_s, line.variant}});
            const qint64 shown = variant.value(u"stock"_s).toLongLong();
            if (shown != line.stock && line.stock < 0) {
                m_csvErrors << tr("line %1: a count cannot be below zero").arg(line.number);
                continue;
            }
            if (shown != line.stock)
                changes << qMakePair(
                    u"countStock"_s,
                    QJsonObject {{u"id"_s, newId()},
                                 {u"variant_id"_s, variant.value(u"id"_s).toString()},
                                 {u"counted"_s, line.stock},
                                 {u"base"_s, shown}});
        } else if (line.stock < 0) {
            m_csvErrors << tr("line %1: a new variant cannot start below zero").arg(line.number);
            continue;
        } else {
            const QString variantId = newId();
            changes << qMakePair(u"setVariant"_s,
                                 QJsonObject {{u"id"_s, variantId},
                                              {u"product_id"_s, productId},
                                              {u"sku"_s, line.sku},
                                              {u"name"_s, line.variant}});
            if (line.stock > 0)
                changes << qMakePair(u"adjustStock"_s,
                                     QJsonObject {{u"id"_s, newId()},
                                                  {u"variant_id"_s, variantId},
                                                  {u"delta"_s, line.stock},
                                                  {u"reason"_s, u"import"_s}});
        }
    }
    if (!m_csvErrors.isEmpty()) {
        Q_EMIT csvChanged();
        return 0;
    }
    // One local transaction: a change refused on this device leaves nothing half-applied.
    if (Result<QList<qint64>> queued = m_session->mutateAll(changes); !queued) {
        setError(queued.error().message);
        return 0;
    }
    setError({});
    m_csvNotes = notes;
    Q_EMIT csvChanged();
    return int(parsed.lines.size());
}

void ShopController::refreshRequest()
{
    if (!m_session || m_session->userId().isEmpty())
        return;
    m_session->local()->get(u"/api/v1/shop-requests"_s, {},
                            [self = QPointer(this)](int status, const QJsonObject &json) {
                                if (!self || status != 200)
                                    return;
                                const QJsonObject latest =
                                    json.value(u"requests"_s).toArray().at(0).toObject();
                                self->m_requestStatus = latest.value(u"status"_s).toString();
                                self->m_requestReason = latest.value(u"reason"_s).toString();
                                Q_EMIT self->requestChanged();
                            });
}

void ShopController::applyForShop(const QString &name, const QString &description,
                                  const QList<QUrl> &documents)
{
    if (!m_session)
        return;
    if (documents.isEmpty()) {
        setError(tr("Attach at least one document that shows your business."));
        return;
    }
    // Upload each document, then send the request naming them.
    auto ids = std::make_shared<QJsonArray>();
    auto left = std::make_shared<qsizetype>(documents.size());
    auto failed = std::make_shared<bool>(false);
    for (const QUrl &url : documents) {
        QFile file(url.toLocalFile());
        if (!file.open(QIODevice::ReadOnly)) {
            setError(tr("%1 cannot be read.").arg(url.fileName()));
            return;
        }
        m_session->local()->post(
            u"/api/v1/documents"_s, "application/octet-stream", file.readAll(),
            [self = QPointer(this), ids, left, failed, name, description](int status,
                                                                          const QJsonObject &json) {
                if (!self)
                    return;
                if (status == 201)
                    ids->append(json.value(u"id"_s));
                else if (!*failed) {
                    *failed = true;
                    self->setError(
                        status == 0
                            ? tr("The server is not reachable; applying needs it.")
                            : json.value(u"error"_s).toObject().value(u"message"_s).toString());
                }
                if (--*left > 0 || *failed || !self->m_session)
                    return;
                const QJsonObject body {{u"shop_name"_s, name},
                                        {u"description"_s, description},
                                        {u"documents"_s, *ids}};
                self->m_session->local()->post(
                    u"/api/v1/shop-requests"_s, "application/json",
                    QJsonDocument(body).toJson(QJsonDocument::Compact),
                    [self](int status, const QJsonObject &json) {
                        if (!self)
                            return;
                        if (status != 201) {
                            self->setError(
                                json.value(u"error"_s).toObject().value(u"message"_s).toString());
                            return;
                        }
                        self->setError({});
                        self->refreshRequest();
                    });
            });
    }
}

} // namespace Souk::App
