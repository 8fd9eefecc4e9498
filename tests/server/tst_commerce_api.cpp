// Commerce through the sync API against the real server: shops opened by an admin, products,
// variants and stock edited offline on two devices, checkout that never oversells under 50
// concurrent buyers, exact money, order transitions that restore stock, who may touch what,
// and bad input. Each refusal checks that nothing changed.
#include "CommerceMutators.h"
#include "SyncHarness.h"
#include "TestImages.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Souk::Test;
using Souk::Sync::Row;
namespace Commerce = Souk::Sync::Commerce;

class CommerceApiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onlyAdminsOpenShops();
    void shopRequestFromApplicationToDecision();
    void fiftyBuyersRaceForTenUnits();
    void stockDeltasFromTwoOfflineDevicesAddUp();
    void stocktakeRacesSales();
    void concurrentPriceChangesRaiseAConflict();
    void totalsAreExactAndCurrenciesDoNotMix();
    void checkoutRejectsWithAReasonPerLine();
    void cancelRestoresStockAndTransitionsAreChecked();
    void cartAddWinsOverAConcurrentRemove();
    void othersCannotTouchAShopOrAnOrder();
    void skuIsUniqueWithinAShop();
    void reviewsOnlyAfterDeliveryAndOneReply();
    void catalogFiltersSortsAndPages();
    void aBatchOfChangesIsQueuedWholeOrNotAtAll();
    void refusals_data();
    void refusals();

private:
    QJsonObject run(const Account &who, const QString &name, const QJsonObject &args);
    QString code(const QJsonObject &result) const
    {
        return result.value(u"error"_s).toObject().value(u"code"_s).toString();
    }
    QString openShop(const Account &owner, const QString &name);
    //! A product at `price` cents with one variant holding `stock` units; returns the variant.
    QString stockedVariant(const Account &owner, const QString &shop, qint64 price, qint64 stock,
                           const QString &currency = u"EUR"_s);
    std::optional<Row> row(const Account &who, const QString &table, const QString &id);
    qint64 stock(const QString &variant);
    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    std::unique_ptr<SyncHarness> m_h;
    Account m_admin, m_owner, m_buyer;
    QString m_shop;
    QString m_image; // an uploaded image: a product on sale needs one
};

void CommerceApiTest::initTestCase()
{
    m_h = std::make_unique<SyncHarness>();
    QVERIFY2(m_h->startServer(), qPrintable(m_h->server().error()));
    m_admin = m_h->account(u"root_admin"_s); // the first account is the server's admin
    m_owner = m_h->account(u"hana"_s);
    m_buyer = m_h->account(u"idris"_s);
    m_shop = openShop(m_owner, u"Hana's ceramics"_s);
    QVERIFY(!m_shop.isEmpty());
    m_image = m_h->http()
                  .send("POST", m_h->server().url(u"/api/v1/media"_s),
                        Images::make(48, 48, "png", 4), m_owner.accessToken, "image/png")
                  .json.value(u"id"_s)
                  .toString();
    QVERIFY(!m_image.isEmpty());
}

QJsonObject CommerceApiTest::run(const Account &who, const QString &name, const QJsonObject &args)
{
    return m_h->push(who, name, args);
}

QString CommerceApiTest::openShop(const Account &owner, const QString &name)
{
    const HttpReply made = m_h->http().send("POST", m_h->server().url(u"/api/v1/admin/shops"_s),
                                            toJson({{u"owner_id"_s, owner.id}, {u"name"_s, name}}),
                                            m_admin.accessToken);
    return made.status == 201 ? made.json.value(u"id"_s).toString() : QString();
}

QString CommerceApiTest::stockedVariant(const Account &owner, const QString &shop, qint64 price,
                                        qint64 stock, const QString &currency)
{
    const QString product = newId();
    const QString variant = newId();
    if (code(run(owner, u"upsertProduct"_s,
                 {{u"id"_s, product},
                  {u"shop_id"_s, shop},
                  {u"title"_s, u"Bowl"_s},
                  {u"price"_s, price},
                  {u"currency"_s, currency},
                  {u"media"_s, QJsonArray {m_image}},
                  {u"status"_s, u"active"_s}}))
            != QString()
        || code(run(owner, u"setVariant"_s,
                    {{u"id"_s, variant},
                     {u"product_id"_s, product},
                     {u"sku"_s, u"B-%1"_s.arg(variant.left(8))},
                     {u"name"_s, u"blue"_s}}))
            != QString())
        return {};
    if (stock != 0
        && code(run(owner, u"adjustStock"_s,
                    {{u"id"_s, newId()},
                     {u"variant_id"_s, variant},
                     {u"delta"_s, stock},
                     {u"reason"_s, u"received"_s}}))
            != QString())
        return {};
    return variant;
}

std::optional<Row> CommerceApiTest::row(const Account &who, const QString &table, const QString &id)
{
    for (const Row &r : m_h->serverView(who).value(table)) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

qint64 CommerceApiTest::stock(const QString &variant)
{
    const auto v = row(m_owner, u"variants"_s, variant);
    return v ? v->fields.value(u"stock"_s).toInteger() : -999'999;
}

void CommerceApiTest::onlyAdminsOpenShops()
{
    const HttpReply denied = m_h->http().send(
        "POST", m_h->server().url(u"/api/v1/admin/shops"_s),
        toJson({{u"owner_id"_s, m_buyer.id}, {u"name"_s, u"Mine"_s}}), m_buyer.accessToken);
    QCOMPARE(denied.status, 403);
    // Approving your own shop: refused, and the buyer has no shop bucket afterwards.
    QVERIFY(!m_h->serverView(m_buyer).contains(u"shops"_s)
            || m_h->serverView(m_buyer).value(u"shops"_s).isEmpty());
    const HttpReply unknown = m_h->http().send(
        "POST", m_h->server().url(u"/api/v1/admin/shops"_s),
        toJson({{u"owner_id"_s, newId()}, {u"name"_s, u"Ghost"_s}}), m_admin.accessToken);
    QCOMPARE(unknown.status, 422);
    // One shop per account, however it was asked for.
    const HttpReply second = m_h->http().send(
        "POST", m_h->server().url(u"/api/v1/admin/shops"_s),
        toJson({{u"owner_id"_s, m_owner.id}, {u"name"_s, u"Another"_s}}), m_admin.accessToken);
    QCOMPARE(second.status, 409);
    QCOMPARE(m_h->serverView(m_owner).value(u"shops"_s).size(), 1);
    // The owner got the shop role and the shop's bucket.
    const HttpReply me = m_h->http().get(m_h->server().url(u"/api/v1/me"_s), m_owner.accessToken);
    QCOMPARE(me.json.value(u"role"_s).toString(), u"shop"_s);
    QVERIFY(row(m_owner, u"shops"_s, m_shop).has_value());
}

void CommerceApiTest::shopRequestFromApplicationToDecision()
{
    const Account applicant = m_h->account(u"zeyna"_s);
    const Account stranger = m_h->account(u"onlooker"_s);
    HttpClient &http = m_h->http();
    auto url = [this](const QString &path) {
        return m_h->server().url(path);
    };
    const QByteArray pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";
    const HttpReply uploaded = http.send("POST", url(u"/api/v1/documents"_s), pdf,
                                         applicant.accessToken, "application/pdf");
    QCOMPARE(uploaded.status, 201);
    const QString document = uploaded.json.value(u"id"_s).toString();
    QCOMPARE(uploaded.json.value(u"mime"_s).toString(), u"application/pdf"_s);
    QCOMPARE(http.send("POST", url(u"/api/v1/documents"_s), "just text", applicant.accessToken,
                       "application/pdf")
                 .status,
             415); // the bytes decide, not the header
    // Private: another user learns nothing; a moderator (the admin) reads it.
    QCOMPARE(http.get(url(u"/api/v1/documents/"_s + document), stranger.accessToken).status, 404);
    const HttpReply read = http.get(url(u"/api/v1/documents/"_s + document), m_admin.accessToken);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.body, pdf);

    const QJsonObject request {{u"shop_name"_s, u"Zeyna's spices"_s},
                               {u"description"_s, u"Saffron and sumac from the family farm."_s},
                               {u"documents"_s, QJsonArray {document}}};
    // Someone else's document cannot support this applicant's request.
    QCOMPARE(
        http.send("POST", url(u"/api/v1/shop-requests"_s), toJson(request), stranger.accessToken)
            .json.value(u"error"_s)
            .toObject()
            .value(u"code"_s)
            .toString(),
        u"unknown_document"_s);
    const HttpReply submitted =
        http.send("POST", url(u"/api/v1/shop-requests"_s), toJson(request), applicant.accessToken);
    QCOMPARE(submitted.status, 201);
    const QString id = submitted.json.value(u"id"_s).toString();
    QCOMPARE(submitted.json.value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(
        http.send("POST", url(u"/api/v1/shop-requests"_s), toJson(request), applicant.accessToken)
            .status,
        409); // one pending request at a time
    // The admin (a moderator too) is told.
    bool told = false;
    for (const Row &n : m_h->serverView(m_admin).value(u"notifications"_s))
        told = told || n.fields.value(u"kind"_s).toString() == u"shop_request"_s;
    QVERIFY(told);

    // Users cannot see the queue or decide; the applicant cannot decide their own.
    QCOMPARE(http.get(url(u"/api/v1/admin/shop-requests"_s), stranger.accessToken).status, 403);
    const QString decision = u"/api/v1/admin/shop-requests/%1/decision"_s.arg(id);
    QCOMPARE(http.send("POST", url(decision), toJson({{u"approve"_s, true}}), applicant.accessToken)
                 .status,
             403);
    QCOMPARE(http.send("POST", url(decision), toJson({{u"approve"_s, false}}), m_admin.accessToken)
                 .status,
             422); // a rejection says why
    const HttpReply queue =
        http.get(url(u"/api/v1/admin/shop-requests?status=pending"_s), m_admin.accessToken);
    QCOMPARE(queue.status, 200);
    QCOMPARE(queue.json.value(u"requests"_s).toArray().size(), 1);
    QCOMPARE(http.get(url(u"/api/v1/me"_s), applicant.accessToken).json.value(u"role"_s).toString(),
             u"user"_s); // nothing changed yet

    const HttpReply approved =
        http.send("POST", url(decision), toJson({{u"approve"_s, true}}), m_admin.accessToken);
    QCOMPARE(approved.status, 200);
    QCOMPARE(approved.json.value(u"status"_s).toString(), u"approved"_s);
    const QString shop = approved.json.value(u"shop_id"_s).toString();
    QVERIFY(!shop.isEmpty());
    QCOMPARE(http.get(url(u"/api/v1/me"_s), applicant.accessToken).json.value(u"role"_s).toString(),
             u"shop"_s);
    const auto view = m_h->serverView(applicant);
    QVERIFY(std::any_of(view.value(u"shops"_s).cbegin(), view.value(u"shops"_s).cend(),
                        [&](const Row &r) { return r.id == shop; }));
    QVERIFY(std::any_of(
        view.value(u"notifications"_s).cbegin(), view.value(u"notifications"_s).cend(),
        [](const Row &n) { return n.fields.value(u"kind"_s).toString() == u"shop_approved"_s; }));
    QCOMPARE(http.send("POST", url(decision),
                       toJson({{u"approve"_s, false}, {u"reason"_s, u"x"_s}}), m_admin.accessToken)
                 .status,
             409); // decided once

    // A moderator applying cannot approve their own request; another moderator rejects it.
    const Account moderator = m_h->account(u"mod_maya"_s);
    QCOMPARE(http.send("PATCH", url(u"/api/v1/admin/users/"_s + moderator.id),
                       toJson({{u"role"_s, u"moderator"_s}}), m_admin.accessToken)
                 .status,
             200);
    const QString modDoc = http.send("POST", url(u"/api/v1/documents"_s), pdf + "m",
                                     moderator.accessToken, "application/pdf")
                               .json.value(u"id"_s)
                               .toString();
    const QString own = http.send("POST", url(u"/api/v1/shop-requests"_s),
                                  toJson({{u"shop_name"_s, u"Maya's"_s},
                                          {u"description"_s, u""_s},
                                          {u"documents"_s, QJsonArray {modDoc}}}),
                                  moderator.accessToken)
                            .json.value(u"id"_s)
                            .toString();
    const QString ownDecision = u"/api/v1/admin/shop-requests/%1/decision"_s.arg(own);
    QCOMPARE(
        http.send("POST", url(ownDecision), toJson({{u"approve"_s, true}}), moderator.accessToken)
            .status,
        403);
    const HttpReply rejected = http.send(
        "POST", url(ownDecision),
        toJson({{u"approve"_s, false}, {u"reason"_s, u"Documents do not show a business."_s}}),
        m_admin.accessToken);
    QCOMPARE(rejected.json.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(rejected.json.value(u"shop_id"_s).toString(), QString());
    bool heard = false;
    for (const Row &n : m_h->serverView(moderator).value(u"notifications"_s))
        heard = heard
            || (n.fields.value(u"kind"_s).toString() == u"shop_rejected"_s
                && n.fields.value(u"excerpt"_s).toString().contains(u"business"_s));
    QVERIFY(heard);
}

void CommerceApiTest::fiftyBuyersRaceForTenUnits()
{
    const QString variant = stockedVariant(m_owner, m_shop, 2500, 10);
    QVERIFY(!variant.isEmpty());
    QList<Account> buyers;
    for (int i = 0; i < 50; ++i)
        buyers << m_h->account(u"racer_%1"_s.arg(i));
    // All at once: 50 pushes in flight on 50 connections.
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < buyers.size(); ++i) {
        QNetworkRequest request(m_h->server().url(u"/api/v1/sync/push"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + buyers.at(i).accessToken);
        const QJsonObject order {
            {u"id"_s, newId()},
            {u"lines"_s,
             QJsonArray {QJsonObject {
                 {u"variant_id"_s, variant}, {u"quantity"_s, 1}, {u"unit_price"_s, 2500}}}},
            {u"payment"_s, u"manual"_s}};
        const QJsonObject push {
            {u"client_id"_s, u"racer-client-%1"_s.arg(i)},
            {u"schema_version"_s, 1},
            {u"mutations"_s,
             QJsonArray {QJsonObject {
                 {u"seq"_s, 1},
                 {u"name"_s, u"placeOrder"_s},
                 {u"version"_s, 1},
                 {u"args"_s, order},
                 {u"hlc"_s,
                  Souk::Sync::Hlc {QDateTime::currentMSecsSinceEpoch(), quint32(i), u"r"_s}
                      .toString()}}}}};
        replies << nam.post(request, QJsonDocument(push).toJson(QJsonDocument::Compact));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *r) { return r->isFinished(); }),
                             60000);
    int placed = 0, outOfStock = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const QByteArray body = reply->readAll();
        const QJsonObject result =
            QJsonDocument::fromJson(body).object().value(u"results"_s).toArray().at(0).toObject();
        if (result.value(u"status"_s) == u"applied"_s)
            ++placed;
        else if (code(result) == u"order_rejected"_s
                 && result.value(u"error"_s)
                        .toObject()
                        .value(u"message"_s)
                        .toString()
                        .contains(u"out of stock"_s))
            ++outOfStock;
        else
            qWarning() << "unexpected answer" << body;
        reply->deleteLater();
    }
    QCOMPARE(placed, 10);
    QCOMPARE(outOfStock, 40);
    QCOMPARE(stock(variant), 0);
    // The shop sees exactly ten orders for it.
    int orders = 0;
    for (const Row &o : m_h->serverView(m_owner).value(u"orders"_s))
        orders += o.fields.value(u"lines"_s).toString().contains(variant) ? 1 : 0;
    QCOMPARE(orders, 10);
}

void CommerceApiTest::stockDeltasFromTwoOfflineDevicesAddUp()
{
    const QString variant = stockedVariant(m_owner, m_shop, 900, 20);
    auto counter = m_h->device(m_owner);
    auto backRoom = m_h->device(m_owner);
    QVERIFY(SyncHarness::sync(*counter) && SyncHarness::sync(*backRoom));
    counter->setNetworkEnabled(false);
    backRoom->setNetworkEnabled(false);
    // In-person sales at the counter, a delivery in the back room, both offline.
    for (int i = 0; i < 3; ++i)
        QVERIFY(counter->mutate(u"adjustStock"_s,
                                {{u"id"_s, newId()},
                                 {u"variant_id"_s, variant},
                                 {u"delta"_s, -2},
                                 {u"reason"_s, u"sold in person"_s}}));
    QVERIFY(backRoom->mutate(u"adjustStock"_s,
                             {{u"id"_s, newId()},
                              {u"variant_id"_s, variant},
                              {u"delta"_s, 12},
                              {u"reason"_s, u"received"_s}}));
    QCOMPARE(counter->row(u"variants"_s, variant).value()->fields.value(u"stock"_s).toInteger(),
             14);
    counter->setNetworkEnabled(true);
    backRoom->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*counter) && SyncHarness::sync(*backRoom)
            && SyncHarness::sync(*counter));
    QCOMPARE(stock(variant), 20 - 6 + 12);
    QCOMPARE(counter->row(u"variants"_s, variant).value()->fields.value(u"stock"_s).toInteger(),
             26);
    QCOMPARE(SyncHarness::replica(*counter), m_h->serverView(m_owner));

    // Offline sales beyond the stock: recorded as fact, with an alert for the owner.
    counter->setNetworkEnabled(false);
    QVERIFY(counter->mutate(u"adjustStock"_s,
                            {{u"id"_s, newId()},
                             {u"variant_id"_s, variant},
                             {u"delta"_s, -30},
                             {u"reason"_s, u"market day"_s}}));
    counter->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*counter));
    QCOMPARE(stock(variant), -4);
    bool alerted = false;
    for (const Row &a : m_h->serverView(m_owner).value(u"stock_alerts"_s))
        alerted = alerted
            || (a.fields.value(u"variant_id"_s).toString() == variant
                && a.fields.value(u"stock"_s).toInteger() == -4);
    QVERIFY(alerted);
}

void CommerceApiTest::stocktakeRacesSales()
{
    const QString variant = stockedVariant(m_owner, m_shop, 900, 50);
    auto office = m_h->device(m_owner);
    QVERIFY(SyncHarness::sync(*office));
    office->setNetworkEnabled(false);
    // The owner counts 47 on the shelf, having seen 50 on the screen...
    QVERIFY(office->mutate(
        u"countStock"_s,
        {{u"id"_s, newId()}, {u"variant_id"_s, variant}, {u"counted"_s, 47}, {u"base"_s, 50}}));
    // ...while two units sell online before the count reaches the server.
    for (int i = 0; i < 2; ++i)
        QCOMPARE(
            run(m_buyer, u"placeOrder"_s,
                {{u"id"_s, newId()},
                 {u"lines"_s,
                  QJsonArray {QJsonObject {
                      {u"variant_id"_s, variant}, {u"quantity"_s, 1}, {u"unit_price"_s, 900}}}},
                 {u"payment"_s, u"manual"_s}})
                .value(u"status"_s),
            u"applied"_s);
    office->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*office));
    QCOMPARE(stock(variant), 47 - 2); // the count, minus the sales it did not see
}

void CommerceApiTest::concurrentPriceChangesRaiseAConflict()
{
    // On sale means 1 to 10 images: without one a product stays a draft, and nothing changes.
    const QString bare = newId();
    const auto before = m_h->serverView(m_owner);
    QCOMPARE(code(run(m_owner, u"upsertProduct"_s,
                      {{u"id"_s, bare},
                       {u"shop_id"_s, m_shop},
                       {u"title"_s, u"Bare"_s},
                       {u"price"_s, 100},
                       {u"currency"_s, u"EUR"_s},
                       {u"status"_s, u"active"_s}})),
             u"no_images"_s);
    QCOMPARE(m_h->serverView(m_owner), before);
    const QString product = newId();
    QCOMPARE(code(run(m_owner, u"upsertProduct"_s,
                      {{u"id"_s, product},
                       {u"shop_id"_s, m_shop},
                       {u"title"_s, u"Lantern"_s},
                       {u"price"_s, 4000},
                       {u"currency"_s, u"EUR"_s}})),
             QString());
    auto phone = m_h->device(m_owner);
    auto laptop = m_h->device(m_owner);
    QVERIFY(SyncHarness::sync(*phone) && SyncHarness::sync(*laptop));
    phone->setNetworkEnabled(false);
    laptop->setNetworkEnabled(false);
    // Both change the price, and both the title.
    QVERIFY(phone->mutate(u"upsertProduct"_s,
                          {{u"id"_s, product},
                           {u"shop_id"_s, m_shop},
                           {u"price"_s, 4500},
                           {u"title"_s, u"Lantern, large"_s}}));
    QTest::qWait(5); // the laptop's write is the later one (HLC: wall-clock milliseconds first)
    QVERIFY(laptop->mutate(u"upsertProduct"_s,
                           {{u"id"_s, product},
                            {u"shop_id"_s, m_shop},
                            {u"price"_s, 3900},
                            {u"title"_s, u"Brass lantern"_s}}));
    phone->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*phone));
    laptop->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*laptop) && SyncHarness::sync(*phone));
    // The later write holds; the other price is kept as a conflict for the owner to confirm.
    const auto stored = row(m_owner, u"products"_s, product);
    QVERIFY(stored);
    QCOMPARE(stored->fields.value(u"price"_s).toInteger(), 3900);
    QCOMPARE(stored->fields.value(u"title"_s).toString(), u"Brass lantern"_s);
    bool conflict = false;
    for (const Row &c : m_h->serverView(m_owner).value(u"conflicts"_s))
        conflict = conflict
            || (c.fields.value(u"row_id"_s).toString() == product
                && c.fields.value(u"field"_s).toString() == u"price"_s
                && c.fields.value(u"lost_value"_s).toString() == u"4500"_s);
    QVERIFY(conflict);
    // The title: last writer wins, the other kept as a conflict too.
    bool titleKept = false;
    for (const Row &c : m_h->serverView(m_owner).value(u"conflicts"_s))
        titleKept = titleKept
            || (c.fields.value(u"row_id"_s).toString() == product
                && c.fields.value(u"field"_s).toString() == u"title"_s
                && c.fields.value(u"lost_value"_s).toString() == u"Lantern, large"_s);
    QVERIFY(titleKept);
    // Confirming the other price from the Conflicts page restores it, as a number.
    QString conflictId;
    for (const Row &c : m_h->serverView(m_owner).value(u"conflicts"_s)) {
        if (c.fields.value(u"row_id"_s).toString() == product
            && c.fields.value(u"lost_value"_s).toString() == u"4500"_s)
            conflictId = c.id;
    }
    QCOMPARE(code(run(m_owner, u"resolveConflict"_s,
                      {{u"id"_s, conflictId}, {u"choice"_s, u"keep_mine"_s}})),
             QString());
    QCOMPARE(row(m_owner, u"products"_s, product)->fields.value(u"price"_s).toInteger(), 4500);
}

void CommerceApiTest::totalsAreExactAndCurrenciesDoNotMix()
{
    // Prices that floating point gets wrong when summed: 0.10 + 0.20 and friends, many lines.
    QJsonArray lines;
    qint64 expected = 0;
    const QList<qint64> prices {10, 20, 30, 70, 1999, 333'333'333, 1};
    for (int i = 0; i < prices.size(); ++i) {
        const QString variant = stockedVariant(m_owner, m_shop, prices.at(i), 10'000);
        QVERIFY(!variant.isEmpty());
        const qint64 quantity = 1 + i * 1000;
        lines.append(QJsonObject {{u"variant_id"_s, variant},
                                  {u"quantity"_s, quantity},
                                  {u"unit_price"_s, prices.at(i)}});
        expected += prices.at(i) * quantity;
    }
    const QString intent = newId();
    QCOMPARE(run(m_buyer, u"placeOrder"_s,
                 {{u"id"_s, intent}, {u"lines"_s, lines}, {u"payment"_s, u"manual"_s}})
                 .value(u"status"_s),
             u"applied"_s);
    const auto order = row(m_buyer, u"orders"_s, Commerce::orderId(intent, m_shop));
    QVERIFY(order);
    QCOMPARE(order->fields.value(u"total"_s).toInteger(), expected);
    QCOMPARE(order->fields.value(u"currency"_s).toString(), u"EUR"_s);

    // A shop's products in two currencies: one order cannot hold both; stock is untouched.
    const QString eur = stockedVariant(m_owner, m_shop, 500, 5);
    const QString usd = stockedVariant(m_owner, m_shop, 500, 5, u"USD"_s);
    const QJsonObject mixed = run(
        m_buyer, u"placeOrder"_s,
        {{u"id"_s, newId()},
         {u"lines"_s,
          QJsonArray {
              QJsonObject {{u"variant_id"_s, eur}, {u"quantity"_s, 1}, {u"unit_price"_s, 500}},
              QJsonObject {{u"variant_id"_s, usd}, {u"quantity"_s, 1}, {u"unit_price"_s, 500}}}},
         {u"payment"_s, u"manual"_s}});
    QCOMPARE(code(mixed), u"mixed_currency"_s);
    QCOMPARE(stock(eur), 5);
    QCOMPARE(stock(usd), 5);
}

void CommerceApiTest::checkoutRejectsWithAReasonPerLine()
{
    const QString cheap = stockedVariant(m_owner, m_shop, 100, 1);
    const QString repriced = stockedVariant(m_owner, m_shop, 700, 5);
    const QJsonObject result = run(
        m_buyer, u"placeOrder"_s,
        {{u"id"_s, newId()},
         {u"lines"_s,
          QJsonArray {
              QJsonObject {{u"variant_id"_s, cheap}, {u"quantity"_s, 2}, {u"unit_price"_s, 100}},
              QJsonObject {{u"variant_id"_s, repriced}, {u"quantity"_s, 1}, {u"unit_price"_s, 650}},
              QJsonObject {{u"variant_id"_s, newId()}, {u"quantity"_s, 1}, {u"unit_price"_s, 1}}}},
         {u"payment"_s, u"manual"_s}});
    QCOMPARE(code(result), u"order_rejected"_s);
    const QString why = result.value(u"error"_s).toObject().value(u"message"_s).toString();
    QVERIFY2(why.contains(u"line 1"_s) && why.contains(u"out of stock, 1 left"_s), qPrintable(why));
    QVERIFY2(why.contains(u"line 2"_s) && why.contains(u"price changed to 7.00 EUR"_s),
             qPrintable(why));
    QVERIFY2(why.contains(u"line 3"_s) && why.contains(u"no such product"_s), qPrintable(why));
    QCOMPARE(stock(cheap), 1);
    QCOMPARE(stock(repriced), 5);
}

void CommerceApiTest::cancelRestoresStockAndTransitionsAreChecked()
{
    const QString variant = stockedVariant(m_owner, m_shop, 1200, 4);
    const QString intent = newId();
    QCOMPARE(run(m_buyer, u"placeOrder"_s,
                 {{u"id"_s, intent},
                  {u"lines"_s,
                   QJsonArray {QJsonObject {
                       {u"variant_id"_s, variant}, {u"quantity"_s, 3}, {u"unit_price"_s, 1200}}}},
                  {u"payment"_s, u"manual"_s}})
                 .value(u"status"_s),
             u"applied"_s);
    const QString order = Commerce::orderId(intent, m_shop);
    QCOMPARE(stock(variant), 1);
    // The buyer cannot mark it paid or shipped; nothing changes.
    QCOMPARE(
        code(run(m_buyer, u"setOrderStatus"_s, {{u"order_id"_s, order}, {u"status"_s, u"paid"_s}})),
        u"forbidden"_s);
    QCOMPARE(code(run(m_owner, u"setOrderStatus"_s,
                      {{u"order_id"_s, order}, {u"status"_s, u"delivered"_s}})),
             u"invalid_transition"_s);
    QCOMPARE(row(m_buyer, u"orders"_s, order)->fields.value(u"status"_s).toString(), u"placed"_s);
    QCOMPARE(
        code(run(m_owner, u"setOrderStatus"_s, {{u"order_id"_s, order}, {u"status"_s, u"paid"_s}})),
        QString());
    QCOMPARE(code(run(m_owner, u"setOrderStatus"_s,
                      {{u"order_id"_s, order}, {u"status"_s, u"refunded"_s}})),
             QString());
    QCOMPARE(stock(variant), 4); // refunded: the units are back
    // Each side heard of every step the other took.
    QStringList buyerHeard, sellerHeard;
    for (const Row &n : m_h->serverView(m_buyer).value(u"notifications"_s)) {
        if (n.fields.value(u"comment_id"_s).toString() == order)
            buyerHeard << n.fields.value(u"kind"_s).toString();
    }
    for (const Row &n : m_h->serverView(m_owner).value(u"notifications"_s)) {
        if (n.fields.value(u"comment_id"_s).toString() == order)
            sellerHeard << n.fields.value(u"kind"_s).toString();
    }
    buyerHeard.sort();
    QCOMPARE(buyerHeard, (QStringList {u"order_paid"_s, u"order_refunded"_s}));
    QCOMPARE(sellerHeard, QStringList {u"order_placed"_s});
    const auto done = row(m_buyer, u"orders"_s, order);
    QCOMPARE(done->fields.value(u"status"_s).toString(), u"refunded"_s);
    const QJsonArray timeline =
        QJsonDocument::fromJson(done->fields.value(u"timeline"_s).toString().toUtf8()).array();
    QCOMPARE(timeline.size(), 3); // placed, paid, refunded
    QCOMPARE(code(run(m_owner, u"setOrderStatus"_s,
                      {{u"order_id"_s, order}, {u"status"_s, u"shipped"_s}})),
             u"invalid_transition"_s);
    QCOMPARE(stock(variant), 4);
}

void CommerceApiTest::cartAddWinsOverAConcurrentRemove()
{
    const QString variant = stockedVariant(m_owner, m_shop, 300, 9);
    auto phone = m_h->device(m_buyer);
    auto laptop = m_h->device(m_buyer);
    QVERIFY(phone->mutate(u"addToCart"_s, {{u"variant_id"_s, variant}, {u"quantity"_s, 1}}));
    QVERIFY(SyncHarness::sync(*phone) && SyncHarness::sync(*laptop));
    const QString line = Commerce::cartLineId(m_buyer.id, variant);
    const qint64 seen =
        laptop->row(u"cart_lines"_s, line).value()->fields.value(u"added"_s).toInteger();
    phone->setNetworkEnabled(false);
    laptop->setNetworkEnabled(false);
    QVERIFY(
        laptop->mutate(u"removeFromCart"_s, {{u"variant_id"_s, variant}, {u"seen_added"_s, seen}}));
    QVERIFY(phone->mutate(u"addToCart"_s, {{u"variant_id"_s, variant}, {u"quantity"_s, 2}}));
    phone->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*phone));
    laptop->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*laptop) && SyncHarness::sync(*phone));
    const auto kept = row(m_buyer, u"cart_lines"_s, line);
    QVERIFY(kept && kept->fields.value(u"active"_s).toVariant().toBool());
    QCOMPARE(kept->fields.value(u"quantity"_s).toInteger(), 2);
    QCOMPARE(SyncHarness::replica(*laptop), m_h->serverView(m_buyer));
}

void CommerceApiTest::othersCannotTouchAShopOrAnOrder()
{
    const QString variant = stockedVariant(m_owner, m_shop, 800, 3);
    const auto before = row(m_owner, u"variants"_s, variant);
    // Another shop's owner edits this shop's stock and products: 403, nothing changes.
    const Account rival = m_h->account(u"rival"_s);
    QVERIFY(!openShop(rival, u"Rival wares"_s).isEmpty());
    QCOMPARE(code(run(rival, u"adjustStock"_s,
                      {{u"id"_s, newId()},
                       {u"variant_id"_s, variant},
                       {u"delta"_s, -3},
                       {u"reason"_s, u"sabotage"_s}})),
             u"forbidden"_s);
    const QString product = before->fields.value(u"product_id"_s).toString();
    QCOMPARE(code(run(rival, u"upsertProduct"_s,
                      {{u"id"_s, product}, {u"shop_id"_s, m_shop}, {u"price"_s, 1}})),
             u"forbidden"_s);
    QCOMPARE(row(m_owner, u"variants"_s, variant), before);
    // Nor its profile.
    const auto shopBefore = row(m_owner, u"shops"_s, m_shop);
    QCOMPARE(
        code(run(rival, u"updateShop"_s, {{u"shop_id"_s, m_shop}, {u"name"_s, u"Mine now"_s}})),
        u"forbidden"_s);
    QCOMPARE(row(m_owner, u"shops"_s, m_shop), shopBefore);
    // Another buyer's order: invisible to the rival, and not theirs to cancel.
    const QString intent = newId();
    QCOMPARE(run(m_buyer, u"placeOrder"_s,
                 {{u"id"_s, intent},
                  {u"lines"_s,
                   QJsonArray {QJsonObject {
                       {u"variant_id"_s, variant}, {u"quantity"_s, 1}, {u"unit_price"_s, 800}}}},
                  {u"payment"_s, u"manual"_s}})
                 .value(u"status"_s),
             u"applied"_s);
    const QString order = Commerce::orderId(intent, m_shop);
    QVERIFY(!row(rival, u"orders"_s, order));
    QCOMPARE(code(run(rival, u"setOrderStatus"_s,
                      {{u"order_id"_s, order}, {u"status"_s, u"cancelled"_s}})),
             u"order_not_found"_s);
    QCOMPARE(row(m_buyer, u"orders"_s, order)->fields.value(u"status"_s).toString(), u"placed"_s);
}

void CommerceApiTest::skuIsUniqueWithinAShop()
{
    const QString first = stockedVariant(m_owner, m_shop, 100, 0);
    const QString product =
        row(m_owner, u"variants"_s, first)->fields.value(u"product_id"_s).toString();
    QCOMPARE(code(run(m_owner, u"setVariant"_s,
                      {{u"id"_s, first}, {u"product_id"_s, product}, {u"sku"_s, u"DUP-1"_s}})),
             QString());
    const auto before = m_h->serverView(m_owner);
    const QString second = newId();
    QCOMPARE(code(run(m_owner, u"setVariant"_s,
                      {{u"id"_s, second}, {u"product_id"_s, product}, {u"sku"_s, u"DUP-1"_s}})),
             u"sku_taken"_s);
    QCOMPARE(m_h->serverView(m_owner), before);
    // Renaming the first frees its old SKU for the second.
    QCOMPARE(code(run(m_owner, u"setVariant"_s,
                      {{u"id"_s, first}, {u"product_id"_s, product}, {u"sku"_s, u"DUP-2"_s}})),
             QString());
    QCOMPARE(code(run(m_owner, u"setVariant"_s,
                      {{u"id"_s, second}, {u"product_id"_s, product}, {u"sku"_s, u"DUP-1"_s}})),
             QString());
    QCOMPARE(code(run(m_owner, u"setVariant"_s,
                      {{u"id"_s, newId()}, {u"product_id"_s, product}, {u"sku"_s, u"bad sku!"_s}})),
             u"invalid_sku"_s);
}

void CommerceApiTest::reviewsOnlyAfterDeliveryAndOneReply()
{
    const QString variant = stockedVariant(m_owner, m_shop, 1500, 5);
    const QString product =
        row(m_owner, u"variants"_s, variant)->fields.value(u"product_id"_s).toString();
    const QString intent = newId();
    QCOMPARE(run(m_buyer, u"placeOrder"_s,
                 {{u"id"_s, intent},
                  {u"lines"_s,
                   QJsonArray {QJsonObject {
                       {u"variant_id"_s, variant}, {u"quantity"_s, 1}, {u"unit_price"_s, 1500}}}},
                  {u"payment"_s, u"manual"_s}})
                 .value(u"status"_s),
             u"applied"_s);
    const QString order = Commerce::orderId(intent, m_shop);
    const QJsonObject review {{u"order_id"_s, order},
                              {u"variant_id"_s, variant},
                              {u"stars"_s, 4},
                              {u"body"_s, u"Lovely glaze."_s}};
    QCOMPARE(code(run(m_buyer, u"review"_s, review)), u"forbidden"_s); // not delivered yet
    for (const QString &status : {u"paid"_s, u"shipped"_s})
        QCOMPARE(code(run(m_owner, u"setOrderStatus"_s,
                          {{u"order_id"_s, order}, {u"status"_s, status}})),
                 QString());
    QCOMPARE(code(run(m_buyer, u"setOrderStatus"_s,
                      {{u"order_id"_s, order}, {u"status"_s, u"delivered"_s}})),
             QString());
    // Reviewing without a delivered order of one's own: refused, nothing stored.
    const Account stranger = m_h->account(u"reviewer_x"_s);
    QCOMPARE(code(run(stranger, u"review"_s, review)), u"forbidden"_s);
    QCOMPARE(code(run(m_buyer, u"review"_s,
                      {{u"order_id"_s, order},
                       {u"variant_id"_s, variant},
                       {u"stars"_s, 6},
                       {u"body"_s, u""_s}})),
             u"invalid_stars"_s);
    QCOMPARE(code(run(m_buyer, u"review"_s, review)), QString());
    QCOMPARE(code(run(m_buyer, u"review"_s, review)), u"already_reviewed"_s);
    const auto rated = row(m_owner, u"products"_s, product);
    QCOMPARE(rated->fields.value(u"rating_total"_s).toInteger(), 4);
    QCOMPARE(rated->fields.value(u"rating_count"_s).toInteger(), 1);
    QVERIFY(row(m_owner, u"shops"_s, m_shop)->fields.value(u"rating_count"_s).toInteger() >= 1);
    // The shop replies once; nobody else can.
    const QString id = Commerce::reviewId(order, variant);
    QCOMPARE(code(run(stranger, u"replyToReview"_s, {{u"review_id"_s, id}, {u"body"_s, u"Hi"_s}})),
             u"forbidden"_s);
    QCOMPARE(code(run(m_owner, u"replyToReview"_s,
                      {{u"review_id"_s, id}, {u"body"_s, u"Thank you!"_s}})),
             QString());
    QCOMPARE(
        code(run(m_owner, u"replyToReview"_s, {{u"review_id"_s, id}, {u"body"_s, u"Again"_s}})),
        u"already_replied"_s);
    QCOMPARE(row(m_buyer, u"reviews"_s, id)->fields.value(u"reply"_s).toString(), u"Thank you!"_s);
}

void CommerceApiTest::catalogFiltersSortsAndPages()
{
    // A shop of its own, so the figures are this test's.
    const Account potter = m_h->account(u"potter"_s);
    const QString shop = openShop(potter, u"Clay and kiln"_s);
    struct Item
    {
        QString title, category;
        qint64 price, stock;
        QString status;
    };
    QHash<QString, QString> ids;
    for (const Item &item : {Item {u"Tea bowl"_s, u"home/kitchen"_s, 1800, 4, u"active"_s},
                             Item {u"Vase"_s, u"home/decor"_s, 5200, 0, u"active"_s},
                             Item {u"Mug"_s, u"home/kitchen"_s, 900, 12, u"active"_s},
                             Item {u"Secret glaze"_s, u"home/kitchen"_s, 100, 3, u"draft"_s}}) {
        const QString product = newId();
        QCOMPARE(code(run(potter, u"upsertProduct"_s,
                          {{u"id"_s, product},
                           {u"shop_id"_s, shop},
                           {u"title"_s, item.title},
                           {u"category"_s, item.category},
                           {u"price"_s, item.price},
                           {u"currency"_s, u"EUR"_s},
                           {u"media"_s, QJsonArray {m_image}},
                           {u"status"_s, item.status}})),
                 QString());
        const QString variant = newId();
        QCOMPARE(code(run(potter, u"setVariant"_s,
                          {{u"id"_s, variant},
                           {u"product_id"_s, product},
                           {u"sku"_s, u"P-%1"_s.arg(variant.left(6))}})),
                 QString());
        if (item.stock > 0)
            QCOMPARE(code(run(potter, u"adjustStock"_s,
                              {{u"id"_s, newId()},
                               {u"variant_id"_s, variant},
                               {u"delta"_s, item.stock},
                               {u"reason"_s, u"kiln"_s}})),
                     QString());
        ids.insert(item.title, product);
    }
    auto titles = [this, shop](const QString &extra) {
        const HttpReply page = m_h->http().get(
            m_h->server().url(u"/api/v1/catalog?shop=%1%2"_s.arg(shop, extra)), QByteArray());
        QStringList out;
        for (const QJsonValue &p : page.json.value(u"products"_s).toArray())
            out << p.toObject().value(u"title"_s).toString();
        return out;
    };
    // Drafts are not for sale; sorting by price both ways; stock and price filters.
    QCOMPARE(titles(u"&sort=price_asc"_s), (QStringList {u"Mug"_s, u"Tea bowl"_s, u"Vase"_s}));
    QCOMPARE(titles(u"&sort=price_desc"_s), (QStringList {u"Vase"_s, u"Tea bowl"_s, u"Mug"_s}));
    QCOMPARE(titles(u"&sort=price_asc&in_stock=true"_s), (QStringList {u"Mug"_s, u"Tea bowl"_s}));
    QCOMPARE(titles(u"&sort=price_asc&min_price=1000&max_price=6000"_s),
             (QStringList {u"Tea bowl"_s, u"Vase"_s}));
    QCOMPARE(titles(u"&category=home/kitchen&sort=price_asc"_s),
             (QStringList {u"Mug"_s, u"Tea bowl"_s}));
    QCOMPARE(titles(u"&q=bowl"_s), QStringList {u"Tea bowl"_s});
    QCOMPARE(titles(u"&q=100%25"_s), QStringList {}); // % is a character, not a wildcard
    // Pages: two, then the rest.
    const HttpReply first = m_h->http().get(
        m_h->server().url(u"/api/v1/catalog?shop=%1&sort=price_asc&limit=2"_s.arg(shop)), {});
    QCOMPARE(first.json.value(u"products"_s).toArray().size(), 2);
    QCOMPARE(first.json.value(u"next_offset"_s).toInt(), 2);
    QCOMPARE(titles(u"&sort=price_asc&limit=2&offset=2"_s), QStringList {u"Vase"_s});
    // Bad parameters: a clear error.
    for (const auto &[extra, status] : {std::pair {u"&sort=cheapest"_s, 422},
                                        {u"&limit=0"_s, 422},
                                        {u"&min_price=-1"_s, 422},
                                        {u"&in_stock=yes"_s, 422},
                                        {u"&colour=red"_s, 400}}) {
        QCOMPARE(m_h->http()
                     .get(m_h->server().url(u"/api/v1/catalog?shop=%1%2"_s.arg(shop, extra)), {})
                     .status,
                 status);
    }
    // One product: its variants; a draft is not found.
    const HttpReply bowl =
        m_h->http().get(m_h->server().url(u"/api/v1/products/"_s + ids.value(u"Tea bowl"_s)), {});
    QCOMPARE(bowl.status, 200);
    QCOMPARE(bowl.json.value(u"variants"_s).toArray().size(), 1);
    QCOMPARE(bowl.json.value(u"stock"_s).toInt(), 4);
    QCOMPARE(bowl.json.value(u"shop"_s).toObject().value(u"name"_s).toString(), u"Clay and kiln"_s);
    QCOMPARE(m_h->http()
                 .get(m_h->server().url(u"/api/v1/products/"_s + ids.value(u"Secret glaze"_s)), {})
                 .status,
             404);

    // The shop's public page: its profile as the owner set it, and its count of products on
    // sale (the draft is not one).
    QCOMPARE(code(run(potter, u"updateShop"_s,
                      {{u"shop_id"_s, shop},
                       {u"name"_s, u"  Clay & kiln  "_s},
                       {u"description"_s, u"Stoneware from Safi."_s}})),
             QString());
    const HttpReply page = m_h->http().get(m_h->server().url(u"/api/v1/shops/"_s + shop), {});
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json.value(u"name"_s).toString(), u"Clay & kiln"_s);
    QCOMPARE(page.json.value(u"description"_s).toString(), u"Stoneware from Safi."_s);
    QCOMPARE(page.json.value(u"owner"_s).toObject().value(u"username"_s).toString(), u"potter"_s);
    QCOMPARE(page.json.value(u"product_count"_s).toInt(), 3);
    QVERIFY(page.json.value(u"logo"_s).toArray().isEmpty());
    QCOMPARE(m_h->http().get(m_h->server().url(u"/api/v1/shops/"_s + newId()), {}).status, 404);
    QCOMPARE(m_h->http().get(m_h->server().url(u"/api/v1/shops/%1?x=1"_s.arg(shop)), {}).status,
             400);
    // A parent category finds its children; only the tree's paths are accepted.
    QCOMPARE(titles(u"&category=home&sort=price_asc"_s),
             (QStringList {u"Mug"_s, u"Tea bowl"_s, u"Vase"_s}));
}

void CommerceApiTest::aBatchOfChangesIsQueuedWholeOrNotAtAll()
{
    auto device = m_h->device(m_owner);
    QVERIFY(SyncHarness::sync(*device));
    const int before = device->pendingCount();
    const QString product = newId();
    const QList<QPair<QString, QJsonObject>> bad {
        {u"upsertProduct"_s,
         {{u"id"_s, product},
          {u"shop_id"_s, m_shop},
          {u"title"_s, u"Tray"_s},
          {u"price"_s, 700},
          {u"currency"_s, u"EUR"_s}}},
        {u"setVariant"_s,
         {{u"id"_s, newId()}, {u"product_id"_s, product}, {u"sku"_s, u"bad sku"_s}}}};
    const auto refused = device->mutateAll(bad);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"invalid_sku"_s);
    QCOMPARE(device->pendingCount(), before);
    QVERIFY(!device->row(u"products"_s, product).value().has_value()); // the first one is gone too
    QList<QPair<QString, QJsonObject>> good = bad;
    good[1].second.insert(u"sku"_s, u"TRAY-1"_s);
    const auto queued = device->mutateAll(good);
    QVERIFY(queued);
    QCOMPARE(queued->size(), 2);
    QVERIFY(SyncHarness::sync(*device));
    QVERIFY(row(m_owner, u"products"_s, product).has_value());
}

void CommerceApiTest::refusals_data()
{
    QTest::addColumn<QString>("mutator");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("expected");
    const QString id = u"0190cccc-0000-7000-8000-000000000001"_s;
    QTest::newRow("negative price") << u"upsertProduct"_s
                                    << QJsonObject {{u"id"_s, id},
                                                    {u"shop_id"_s, id},
                                                    {u"title"_s, u"x"_s},
                                                    {u"price"_s, -1},
                                                    {u"currency"_s, u"EUR"_s}}
                                    << u"negative_price"_s;
    QTest::newRow("fractional price")
        << u"upsertProduct"_s << QJsonObject {{u"id"_s, id}, {u"shop_id"_s, id}, {u"price"_s, 9.99}}
        << u"wrong_type"_s;
    QTest::newRow("bad currency") << u"upsertProduct"_s
                                  << QJsonObject {{u"id"_s, id},
                                                  {u"shop_id"_s, id},
                                                  {u"currency"_s, u"euro"_s}}
                                  << u"invalid_currency"_s;
    QTest::newRow("unknown field")
        << u"upsertProduct"_s
        << QJsonObject {{u"id"_s, id}, {u"shop_id"_s, id}, {u"colour"_s, u"red"_s}}
        << u"unknown_field"_s;
    QTest::newRow("category not in the tree")
        << u"upsertProduct"_s
        << QJsonObject {{u"id"_s, id}, {u"shop_id"_s, id}, {u"category"_s, u"home/spaceships"_s}}
        << u"invalid_category"_s;
    QTest::newRow("shop without a name")
        << u"updateShop"_s << QJsonObject {{u"shop_id"_s, id}, {u"name"_s, u" "_s}}
        << u"invalid_name"_s;
    QTest::newRow("shop with two logos")
        << u"updateShop"_s
        << QJsonObject {{u"shop_id"_s, id},
                        {u"logo"_s, QJsonArray {QString(64, u'a'), QString(64, u'b')}}}
        << u"too_many_images"_s;
    QTest::newRow("shop logo of the wrong type")
        << u"updateShop"_s << QJsonObject {{u"shop_id"_s, id}, {u"logo"_s, u"logo.png"_s}}
        << u"wrong_type"_s;
    QTest::newRow("quantity 0") << u"addToCart"_s
                                << QJsonObject {{u"variant_id"_s, id}, {u"quantity"_s, 0}}
                                << u"invalid_quantity"_s;
    QTest::newRow("quantity over 10,000")
        << u"addToCart"_s << QJsonObject {{u"variant_id"_s, id}, {u"quantity"_s, 10'001}}
        << u"invalid_quantity"_s;
    QTest::newRow("unknown variant in the cart")
        << u"addToCart"_s << QJsonObject {{u"variant_id"_s, id}, {u"quantity"_s, 1}}
        << u"variant_not_found"_s;
    QTest::newRow("zero stock change") << u"adjustStock"_s
                                       << QJsonObject {{u"id"_s, id},
                                                       {u"variant_id"_s, id},
                                                       {u"delta"_s, 0},
                                                       {u"reason"_s, u"x"_s}}
                                       << u"invalid_delta"_s;
    QTest::newRow("stock change of an unknown variant") << u"adjustStock"_s
                                                        << QJsonObject {{u"id"_s, id},
                                                                        {u"variant_id"_s, id},
                                                                        {u"delta"_s, 1},
                                                                        {u"reason"_s, u"x"_s}}
                                                        << u"variant_not_found"_s;
    QTest::newRow("order without lines")
        << u"placeOrder"_s
        << QJsonObject {{u"id"_s, id}, {u"lines"_s, QJsonArray {}}, {u"payment"_s, u"manual"_s}}
        << u"invalid_lines"_s;
    QTest::newRow("a card payment")
        << u"placeOrder"_s
        << QJsonObject {{u"id"_s, id},
                        {u"lines"_s,
                         QJsonArray {QJsonObject {
                             {u"variant_id"_s, id}, {u"quantity"_s, 1}, {u"unit_price"_s, 1}}}},
                        {u"payment"_s, u"card"_s}}
        << u"invalid_payment"_s;
    QTest::newRow("the same variant twice")
        << u"placeOrder"_s
        << QJsonObject {{u"id"_s, id},
                        {u"lines"_s,
                         QJsonArray {
                             QJsonObject {
                                 {u"variant_id"_s, id}, {u"quantity"_s, 1}, {u"unit_price"_s, 1}},
                             QJsonObject {
                                 {u"variant_id"_s, id}, {u"quantity"_s, 2}, {u"unit_price"_s, 1}}}},
                        {u"payment"_s, u"manual"_s}}
        << u"duplicate_line"_s;
}

void CommerceApiTest::refusals()
{
    QFETCH(QString, mutator);
    QFETCH(QJsonObject, args);
    QFETCH(QString, expected);
    const auto before = m_h->serverView(m_owner);
    const auto buyerBefore = m_h->serverView(m_buyer);
    const Account &who =
        mutator == u"addToCart"_s || mutator == u"placeOrder"_s ? m_buyer : m_owner;
    const QJsonObject result = run(who, mutator, args);
    QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(code(result), expected);
    QCOMPARE(m_h->serverView(m_owner), before);
    QCOMPARE(m_h->serverView(m_buyer), buyerBefore);
}

QTEST_MAIN(CommerceApiTest)
#include "tst_commerce_api.moc"
