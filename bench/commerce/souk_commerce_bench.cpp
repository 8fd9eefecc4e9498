// Commerce benchmark against the real souk-server on loopback:
//   1. a catalog query with filters over PRODUCTS products, on the server (GET /api/v1/catalog)
//      and on the owner's device (its synced replica), p50 and p99;
//   2. checkout throughput under contention: BUYERS buyers placing orders as fast as the
//      server answers, over HOT hot variants, for CHECKOUT_S seconds, in orders per second;
//   3. importing a CSV_ROWS-line inventory CSV on a device: parsing and checking, queueing the
//      mutations, and pushing them to the server.
//
// Environment: PRODUCTS (100000), QUERIES (200), BUYERS (20), HOT (100), CHECKOUT_S (10),
// CSV_ROWS (10000). The last stdout line is a JSON object with the figures.
#include "Categories.h"
#include "CommerceMutators.h"
#include "InventoryCsv.h"
#include "SyncHarness.h"
#include "TestImages.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Souk;
using namespace Souk::Test;
using Souk::Sync::Hlc;
using Souk::Sync::SyncEngine;

namespace {

//! One of 20 leaf categories of the tree, so each holds about 5,000 of the 100,000 products.
QString category(int i)
{
    static const QStringList leaves = [] {
        QStringList out;
        for (const QString &path : Souk::Categories::paths())
            if (path.contains(u'/'))
                out << path;
        return out.mid(0, 20);
    }();
    return leaves.at(i % leaves.size());
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index =
        std::min(values.size() - 1, qsizetype(std::ceil(p / 100.0 * double(values.size())) - 1));
    return values.at(std::max<qsizetype>(0, index));
}

QString idOf(const char *kind, int i)
{
    const QString hex = u"%1%2"_s.arg(QLatin1String(kind)).arg(i, 28, 16, QLatin1Char('0'));
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-'
        + hex.mid(20);
}

QJsonObject mutation(qint64 seq, const QString &name, const QJsonObject &args)
{
    return {{u"seq"_s, seq},
            {u"name"_s, name},
            {u"version"_s, 1},
            {u"args"_s, args},
            {u"hlc"_s,
             Hlc {QDateTime::currentMSecsSinceEpoch(), quint32(seq % 60000), u"b"_s}.toString()}};
}

//! Pushes mutations in batches as one client; false when a push fails.
bool pushAll(SyncHarness &h, const Account &who, const QString &clientId,
             const QList<QJsonObject> &all)
{
    for (qsizetype start = 0; start < all.size(); start += 999) {
        QJsonArray batch;
        for (qsizetype i = start; i < std::min(all.size(), start + 999); ++i)
            batch.append(all.at(i));
        const HttpReply reply = h.http().send(
            "POST", h.server().url(u"/api/v1/sync/push"_s),
            toJson({{u"client_id"_s, clientId}, {u"schema_version"_s, 1}, {u"mutations"_s, batch}}),
            who.accessToken);
        if (reply.status != 200) {
            err() << "push failed: " << reply.status << " " << reply.body.left(300) << Qt::endl;
            return false;
        }
    }
    return true;
}

const QString CatalogFilter =
    u"p.status = 'active' AND p.category = ? AND p.price BETWEEN ? AND ?"
    " AND (SELECT COALESCE(SUM(v.stock), 0) FROM variants v WHERE v.product_id = p.id) > 0"_s;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int products = envInt("PRODUCTS", 100'000);
    const int queries = envInt("QUERIES", 200);
    const int buyers = envInt("BUYERS", 20);
    const int hot = envInt("HOT", 100);
    const int checkoutS = envInt("CHECKOUT_S", 10);
    const int csvRows = envInt("CSV_ROWS", 10'000);

    SyncHarness h(relaxedLimits() + QStringList {u"--log-level"_s, u"warning"_s});
    if (!h.startServer()) {
        err() << "server did not start: " << h.server().error() << Qt::endl;
        return 1;
    }
    const Account admin = h.account(u"bench_admin"_s);
    const Account owner = h.account(u"bench_shop"_s);
    const HttpReply opened = h.http().send(
        "POST", h.server().url(u"/api/v1/admin/shops"_s),
        toJson({{u"owner_id"_s, owner.id}, {u"name"_s, u"Bench bazaar"_s}}), admin.accessToken);
    const QString shop = opened.json.value(u"id"_s).toString();
    if (shop.isEmpty()) {
        err() << "no shop: " << opened.body << Qt::endl;
        return 1;
    }

    // A product on sale needs an image: one upload serves them all.
    const QString image = h.http()
                              .send("POST", h.server().url(u"/api/v1/media"_s),
                                    Images::make(64, 64, "png", 1), owner.accessToken, "image/png")
                              .json.value(u"id"_s)
                              .toString();

    // --- 0. PRODUCTS products in 20 categories, each with one variant and some stock ---------
    err() << "seeding " << products << " products" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    QList<QJsonObject> seed;
    qint64 seq = 0;
    for (int i = 0; i < products; ++i) {
        const QString product = idOf("a1", i);
        const QString variant = idOf("b2", i);
        seed << mutation(++seq, u"upsertProduct"_s,
                         {{u"id"_s, product},
                          {u"shop_id"_s, shop},
                          {u"title"_s, u"Item %1"_s.arg(i)},
                          {u"category"_s, category(i % 20)},
                          {u"price"_s, 100 + (qint64(i) * 7919) % 100'000},
                          {u"currency"_s, u"EUR"_s},
                          {u"media"_s, QJsonArray {image}},
                          {u"status"_s, u"active"_s}});
        seed << mutation(
            ++seq, u"setVariant"_s,
            {{u"id"_s, variant}, {u"product_id"_s, product}, {u"sku"_s, u"S%1"_s.arg(i)}});
        if (i % 3 != 0)
            seed << mutation(++seq, u"adjustStock"_s,
                             {{u"id"_s, idOf("c3", i)},
                              {u"variant_id"_s, variant},
                              {u"delta"_s, 1 + i % 9},
                              {u"reason"_s, u"received"_s}});
    }
    if (!pushAll(h, owner, u"bench-seed-client"_s, seed))
        return 1;
    const double seedS = double(timer.elapsed()) / 1000.0;
    err() << "seeded " << seed.size() << " mutations in " << seedS << " s" << Qt::endl;

    // --- 1a. The catalog query on the server --------------------------------------------------
    QRandomGenerator rng(42);
    QList<double> serverMs;
    int serverHits = 0;
    for (int q = 0; q < queries; ++q) {
        const qint64 low = rng.bounded(90'000);
        const QUrl url =
            h.server().url(u"/api/v1/catalog?category=%1&min_price=%2&max_price=%3&in_stock=true"
                           "&sort=price_asc&limit=24"_s.arg(category(rng.bounded(20)))
                               .arg(low)
                               .arg(low + 10'000));
        QElapsedTimer t;
        t.start();
        const HttpReply page = h.http().get(url, QByteArray());
        serverMs << double(t.nsecsElapsed()) / 1e6;
        serverHits += int(page.json.value(u"products"_s).toArray().size());
        if (page.status != 200) {
            err() << "catalog query failed: " << page.status << Qt::endl;
            return 1;
        }
    }

    // --- 1b. The same query on the owner's device (after its first download) ------------------
    err() << "first download on the owner's device" << Qt::endl;
    timer.restart();
    auto device = h.device(owner);
    if (!device || !SyncHarness::sync(*device, 600'000)) {
        err() << "device did not sync" << Qt::endl;
        return 1;
    }
    const double downloadS = double(timer.elapsed()) / 1000.0;
    QList<double> localMs;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-local"_s);
        db.setDatabaseName(device->database().path());
        db.open();
        for (int q = 0; q < queries; ++q) {
            const qint64 low = rng.bounded(90'000);
            QElapsedTimer t;
            t.start();
            QSqlQuery query(db);
            query.prepare(u"SELECT p.id, p.title, p.price FROM products p WHERE "_s + CatalogFilter
                          + u" ORDER BY p.price LIMIT 24"_s);
            query.addBindValue(category(rng.bounded(20)));
            query.addBindValue(low);
            query.addBindValue(low + 10'000);
            query.exec();
            while (query.next()) { }
            localMs << double(t.nsecsElapsed()) / 1e6;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-local"_s);

    // --- 2. Checkout throughput under contention ----------------------------------------------
    err() << buyers << " buyers over " << hot << " hot variants for " << checkoutS << " s"
          << Qt::endl;
    QList<QJsonObject> hotSeed;
    for (int i = 0; i < hot; ++i) {
        const QString product = idOf("d4", i);
        const QString variant = idOf("e5", i);
        hotSeed << mutation(++seq, u"upsertProduct"_s,
                            {{u"id"_s, product},
                             {u"shop_id"_s, shop},
                             {u"title"_s, u"Hot %1"_s.arg(i)},
                             {u"price"_s, 999},
                             {u"currency"_s, u"EUR"_s},
                             {u"media"_s, QJsonArray {image}},
                             {u"status"_s, u"active"_s}});
        hotSeed << mutation(
            ++seq, u"setVariant"_s,
            {{u"id"_s, variant}, {u"product_id"_s, product}, {u"sku"_s, u"HOT%1"_s.arg(i)}});
        hotSeed << mutation(++seq, u"adjustStock"_s,
                            {{u"id"_s, idOf("f6", i)},
                             {u"variant_id"_s, variant},
                             {u"delta"_s, 1'000'000},
                             {u"reason"_s, u"received"_s}});
    }
    if (!pushAll(h, owner, u"bench-hot-client"_s, hotSeed))
        return 1;
    QList<Account> people;
    for (int b = 0; b < buyers; ++b)
        people << h.account(u"bench_buyer_%1"_s.arg(b));
    // The owner's device stays online during the rush (it receives every order) unless
    // OWNER_OFFLINE is set, to tell the server's cost from the device's.
    const int pullsBefore = device->pullCount();
    if (qEnvironmentVariableIsSet("OWNER_OFFLINE"))
        device->setNetworkEnabled(false);
    QNetworkAccessManager nam;
    int placed = 0, refused = 0;
    QList<double> checkoutMs;
    QElapsedTimer window;
    window.start();
    QEventLoop loop;
    int running = buyers;
    std::function<void(int, qint64)> next = [&](int b, qint64 pushSeq) {
        if (window.elapsed() >= checkoutS * 1000) {
            if (--running == 0)
                loop.quit();
            return;
        }
        const QJsonObject order {
            {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"lines"_s,
             QJsonArray {QJsonObject {{u"variant_id"_s, idOf("e5", int(rng.bounded(hot)))},
                                      {u"quantity"_s, 1},
                                      {u"unit_price"_s, 999}}}},
            {u"payment"_s, u"manual"_s}};
        QNetworkRequest request(h.server().url(u"/api/v1/sync/push"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + people.at(b).accessToken);
        const QJsonObject push {
            {u"client_id"_s, u"bench-buyer-client-%1"_s.arg(b)},
            {u"schema_version"_s, 1},
            {u"mutations"_s, QJsonArray {mutation(pushSeq, u"placeOrder"_s, order)}}};
        auto *t = new QElapsedTimer;
        t->start();
        QNetworkReply *reply =
            nam.post(request, QJsonDocument(push).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, t, b, pushSeq] {
            checkoutMs << double(t->nsecsElapsed()) / 1e6;
            delete t;
            const QJsonObject result = QJsonDocument::fromJson(reply->readAll())
                                           .object()
                                           .value(u"results"_s)
                                           .toArray()
                                           .at(0)
                                           .toObject();
            reply->deleteLater();
            (result.value(u"status"_s) == u"applied"_s ? placed : refused) += 1;
            next(b, pushSeq + 1);
        });
    };
    for (int b = 0; b < buyers; ++b)
        next(b, 1);
    loop.exec();
    const double checkoutSeconds = double(window.elapsed()) / 1000.0;
    device->setNetworkEnabled(true);
    const int devicePulls = device->pullCount() - pullsBefore;

    // --- 3. A CSV_ROWS-line inventory CSV, imported on the owner's device ---------------------
    QString csv = InventoryCsv::header() + u"\n"_s;
    for (int i = 0; i < csvRows; ++i)
        csv +=
            InventoryCsv::formatLine({0, u"CSV-%1"_s.arg(i), u"Imported %1"_s.arg(i), u"One size"_s,
                                      u"EUR"_s, u"active"_s, 250 + i % 5000, i % 40})
            + u"\n"_s;
    timer.restart();
    const InventoryCsv::Parsed parsed = InventoryCsv::parse(csv);
    const double parseMs = double(timer.nsecsElapsed()) / 1e6;
    if (!parsed.errors.isEmpty()) {
        err() << "csv: " << parsed.errors.first() << Qt::endl;
        return 1;
    }
    timer.restart();
    // As the shop page imports: every change queued in one local transaction.
    QList<QPair<QString, QJsonObject>> changes;
    for (const InventoryCsv::Line &line : parsed.lines) {
        const QString product = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString variant = QUuid::createUuid().toString(QUuid::WithoutBraces);
        changes << qMakePair(
            u"upsertProduct"_s,
            QJsonObject {{u"id"_s, product},
                         {u"shop_id"_s, shop},
                         {u"title"_s, line.product},
                         {u"price"_s, line.price},
                         {u"currency"_s, line.currency},
                         // New and without an image: a draft, as the page does.
                         {u"status"_s, line.status == u"active"_s ? u"draft"_s : line.status}});
        changes << qMakePair(u"setVariant"_s,
                             QJsonObject {{u"id"_s, variant},
                                          {u"product_id"_s, product},
                                          {u"sku"_s, line.sku},
                                          {u"name"_s, line.variant}});
        if (line.stock > 0)
            changes << qMakePair(
                u"adjustStock"_s,
                QJsonObject {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {u"variant_id"_s, variant},
                             {u"delta"_s, line.stock},
                             {u"reason"_s, u"import"_s}});
    }
    if (Result<QList<qint64>> queued = device->mutateAll(changes); !queued) {
        err() << "import refused: " << queued.error().message << Qt::endl;
        return 1;
    }
    const double queueS = double(timer.elapsed()) / 1000.0;
    timer.restart();
    if (!SyncHarness::sync(*device, 600'000)) {
        err() << "the import did not reach the server" << Qt::endl;
        return 1;
    }
    const double importPushS = double(timer.elapsed()) / 1000.0;
    const int pending = device->pendingCount();

    const QJsonObject figures {{u"products"_s, products},
                               {u"seed_mutations"_s, qint64(seed.size())},
                               {u"seed_s"_s, seedS},
                               {u"catalog_server_p50_ms"_s, percentile(serverMs, 50)},
                               {u"catalog_server_p99_ms"_s, percentile(serverMs, 99)},
                               {u"catalog_server_results"_s, serverHits},
                               {u"device_first_download_s"_s, downloadS},
                               {u"catalog_local_p50_ms"_s, percentile(localMs, 50)},
                               {u"catalog_local_p99_ms"_s, percentile(localMs, 99)},
                               {u"buyers"_s, buyers},
                               {u"hot_variants"_s, hot},
                               {u"orders_placed"_s, placed},
                               {u"orders_refused"_s, refused},
                               {u"orders_per_s"_s, double(placed) / checkoutSeconds},
                               {u"checkout_p50_ms"_s, percentile(checkoutMs, 50)},
                               {u"checkout_p99_ms"_s, percentile(checkoutMs, 99)},
                               {u"owner_device_pulls"_s, devicePulls},
                               {u"csv_rows"_s, csvRows},
                               {u"csv_parse_ms"_s, parseMs},
                               {u"csv_queue_s"_s, queueS},
                               {u"csv_push_s"_s, importPushS},
                               {u"csv_pending_after"_s, pending}};
    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}
