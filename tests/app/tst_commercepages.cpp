// The commerce pages' controllers against the real server, signed in through a real
// SessionController: the owner manages products and stock offline, the buyer browses, fills
// the cart, checks out offline (waiting, never shown as placed) and sees the order placed
// once online; a refused checkout says why.
#include "ApiFixture.h"
#include "AppSessions.h"
#include "CommerceMutators.h"
#include "MarketController.h"
#include "SessionController.h"
#include "ShopController.h"
#include "TestImages.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Souk;
using namespace Souk::Test;
using App::SessionController;

class CommercePagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ownerManagesProductsAndStockOffline();
    void buyerChecksOutOfflineThenTheOrderIsPlaced();
    void inventoryCsvRoundTripAndAllOrNothingImport();
    void shopProfileAndPublicPage();
    void catalogFiltersByPriceAndShop();
    void browsedProductsAreSearchableOffline(); // stops the server: last
    void cleanupTestCase();

private:
    std::unique_ptr<SessionController> signIn(const QString &username, const QString &profile)
    {
        return m_sessions->signIn(m_server->url({}).toString(), username, profile);
    }

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSessions> m_sessions; // before the sessions: they use it
    Account m_admin, m_owner, m_buyer;
    std::unique_ptr<SessionController> m_ownerSession, m_buyerSession;
    QString m_variant;
};

void CommercePagesTest::initTestCase()
{
    m_server = std::make_unique<ServerProcess>(relaxedLimits());
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_admin = registerAccount(m_http, *m_server, u"marketadmin"_s);
    m_owner = registerAccount(m_http, *m_server, u"rania"_s);
    m_buyer = registerAccount(m_http, *m_server, u"tariq"_s);
    QCOMPARE(m_http
                 .send("POST", m_server->url(u"/api/v1/admin/shops"_s),
                       toJson({{u"owner_id"_s, m_owner.id}, {u"name"_s, u"Rania's rugs"_s}}),
                       m_admin.accessToken)
                 .status,
             201);
    m_sessions = std::make_unique<AppSessions>(m_dir.path(), u"souk-test-commerce"_s);
    m_ownerSession = signIn(u"rania"_s, u"owner"_s);
    m_buyerSession = signIn(u"tariq"_s, u"buyer"_s);
    QVERIFY(m_ownerSession && m_buyerSession);
}

void CommercePagesTest::cleanupTestCase()
{
    m_buyerSession.reset();
    m_ownerSession.reset();
}

void CommercePagesTest::ownerManagesProductsAndStockOffline()
{
    App::ShopController shop;
    shop.setSession(m_ownerSession.get());
    QTRY_VERIFY_WITH_TIMEOUT(shop.hasShop(), 10000); // the shop bucket arrived
    QCOMPARE(shop.shopName(), u"Rania's rugs"_s);

    setOnline(*m_ownerSession, false);
    QVERIFY(shop.saveProduct({}, u"Kilim"_s, u"Hand-woven"_s, u"home/rugs"_s, u"12.5x"_s, u"EUR"_s,
                             u"active"_s)
                .isEmpty()); // not a price: refused at once, with a reason
    QVERIFY(!shop.error().isEmpty());
    // On sale needs an image: not yet.
    QVERIFY(shop.saveProduct({}, u"Kilim"_s, u"Hand-woven"_s, u"home/rugs"_s, u"1.250,00"_s,
                             u"eur"_s, u"active"_s)
                .isEmpty());
    const QString product = shop.saveProduct({}, u"Kilim"_s, u"Hand-woven"_s, u"home/rugs"_s,
                                             u"1.250,00"_s, u"eur"_s, u"draft"_s);
    QVERIFY(!product.isEmpty());
    QTRY_COMPARE(shop.products().size(), 1);
    QCOMPARE(shop.products().first().toMap().value(u"price"_s).toLongLong(), 125000);
    QVERIFY(shop.addVariant(product, u"KIL-RED"_s, u"Red"_s));
    QTRY_COMPARE(shop.products().first().toMap().value(u"variants"_s).toList().size(), 1);
    m_variant = shop.products()
                    .first()
                    .toMap()
                    .value(u"variants"_s)
                    .toList()
                    .first()
                    .toMap()
                    .value(u"id"_s)
                    .toString();
    QVERIFY(shop.adjustStock(m_variant, 5, u"received"_s));
    QVERIFY(shop.adjustStock(m_variant, -1, u"sold in person"_s));
    QVERIFY(shop.countStock(m_variant, 3, 4)); // one more missing on the shelf
    QTRY_COMPARE(shop.products().first().toMap().value(u"stock"_s).toLongLong(), 3);

    // An image, added offline: shown at once, uploaded and named once online.
    QFile image(m_dir.filePath(u"kilim.png"_s));
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.write(Images::make(120, 90, "png", 3));
    image.close();
    QCOMPARE(shop.addImages(product, {QUrl::fromLocalFile(image.fileName())}), 1);
    QTRY_COMPARE(shop.products().first().toMap().value(u"thumbnails"_s).toList().size(), 1);
    // With its image, it goes on sale.
    QVERIFY(!shop.saveProduct(product, u"Kilim"_s, u"Hand-woven"_s, u"home/rugs"_s, u"1.250,00"_s,
                              u"eur"_s, u"active"_s)
                 .isEmpty());

    // Online: the server holds the same, and the product is in the public catalog.
    setOnline(*m_ownerSession, true);
    QTRY_COMPARE_WITH_TIMEOUT(m_ownerSession->pendingCount(), 0, 10000);
    const HttpReply catalog =
        m_http.get(m_server->url(u"/api/v1/products/"_s + product), QByteArray());
    QCOMPARE(catalog.status, 200);
    QCOMPARE(catalog.json.value(u"stock"_s).toInt(), 3);
    QCOMPARE(catalog.json.value(u"price"_s).toInt(), 125000);
    QCOMPARE(catalog.json.value(u"media"_s).toArray().size(), 1);
}

void CommercePagesTest::buyerChecksOutOfflineThenTheOrderIsPlaced()
{
    App::MarketController market;
    market.setSession(m_buyerSession.get());
    market.browse({{u"text"_s, u"kilim"_s}, {u"inStock"_s, true}});
    QTRY_COMPARE_WITH_TIMEOUT(market.browseState(), u"done"_s, 10000);
    QCOMPARE(market.results().size(), 1);
    const QString product = market.results().first().toMap().value(u"id"_s).toString();
    market.openProduct(product);
    QTRY_COMPARE_WITH_TIMEOUT(market.product().value(u"variants"_s).toList().size(), 1, 10000);
    QVERIFY(market.addToCart(m_variant, 2));
    QTRY_COMPARE(market.cartCount(), 1);
    QVERIFY(market.wish(product, true));
    QTRY_COMPARE(market.wishlist().size(), 1);
    QTRY_COMPARE(market.wishlist().first().toMap().value(u"title"_s).toString(), u"Kilim"_s);
    QTRY_VERIFY_WITH_TIMEOUT(market.cart().first().toMap().value(u"available"_s).toBool(), 10000);
    QCOMPARE(market.cartTotals(), QStringList {u"2,500.00 EUR"_s});

    // Offline: the checkout waits, and no order is shown as placed.
    setOnline(*m_buyerSession, false);
    QVERIFY(market.checkout());
    QTRY_COMPARE(market.waiting().size(), 1);
    QVERIFY(market.orders().isEmpty());
    setOnline(*m_buyerSession, true);
    QTRY_COMPARE_WITH_TIMEOUT(market.orders().size(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(market.waiting().isEmpty(), 10000);
    const QVariantMap order = market.orders().first().toMap();
    QCOMPARE(order.value(u"status"_s).toString(), u"placed"_s);
    QCOMPARE(order.value(u"sellerId"_s).toString(), m_owner.id); // for "Message seller"
    QCOMPARE(order.value(u"totalText"_s).toString(), u"2,500.00 EUR"_s);
    QTRY_COMPARE(market.cartCount(), 0); // ordered lines leave the cart

    // The owner sees it to fulfil, marks it paid; the buyer's timeline follows.
    App::ShopController shop;
    shop.setSession(m_ownerSession.get());
    QTRY_COMPARE_WITH_TIMEOUT(shop.orders().size(), 1, 10000);
    QVERIFY(shop.setOrderStatus(order.value(u"id"_s).toString(), u"paid"_s));
    QTRY_COMPARE_WITH_TIMEOUT(market.orders().first().toMap().value(u"timeline"_s).toList().size(),
                              2, 10000);
    // Shipped, received, reviewed: the rating reaches the catalog.
    const QString orderId = order.value(u"id"_s).toString();
    QVERIFY(shop.setOrderStatus(orderId, u"shipped"_s, u"RUG-POST 1"_s));
    QTRY_COMPARE_WITH_TIMEOUT(market.orders().first().toMap().value(u"status"_s).toString(),
                              u"shipped"_s, 10000);
    QVERIFY(!market.review(orderId, m_variant, 4, u"Soft"_s)); // not delivered yet: refused
    QVERIFY(market.setOrderStatus(orderId, u"delivered"_s));
    QVERIFY(market.review(orderId, m_variant, 4, u"Soft and thick"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_buyerSession->pendingCount(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_http.get(m_server->url(u"/api/v1/products/"_s + product), QByteArray())
            .json.value(u"rating_count"_s)
            .toInt(),
        1, 10000);

    // A checkout for more than is left: refused, and the page says why.
    market.openProduct(product);
    QVERIFY(market.addToCart(m_variant, 5));
    QTRY_VERIFY_WITH_TIMEOUT(
        market.cart().size() == 1
            && !market.cart().first().toMap().value(u"problem"_s).toString().isEmpty(),
        10000); // "Only 1 left" before even trying
    QVERIFY(!market.checkout());
    QVERIFY(!market.error().isEmpty());
}

void CommercePagesTest::inventoryCsvRoundTripAndAllOrNothingImport()
{
    App::ShopController shop;
    shop.setSession(m_ownerSession.get());
    QTRY_VERIFY_WITH_TIMEOUT(!shop.products().isEmpty(), 10000);
    const QUrl file = QUrl::fromLocalFile(m_dir.filePath(u"inventory.csv"_s));
    QVERIFY(shop.exportCsv(file));
    QFile exported(file.toLocalFile());
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(exported.readAll());
    QVERIFY2(text.startsWith(u"sku,product,variant,price,currency,stock,status\r\n"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"KIL-RED,Kilim,Red,1250.00,EUR,"_s), qPrintable(text));

    // One bad line: nothing changes, and the problem is named by its line.
    const auto before = shop.products();
    QCOMPARE(shop.importCsvText(u"sku,product,variant,price,currency,stock,status\n"
                                "NEW-1,Prayer rug,Blue,80.00,EUR,4,active\n"
                                "NEW-2,Prayer rug,Green,eighty,EUR,4,active\n"_s),
             0);
    QCOMPARE(shop.csvErrors().size(), 1);
    QVERIFY(shop.csvErrors().first().startsWith(u"line 3:"_s));
    // Lines of one product that disagree on its price: refused, nothing applied.
    QCOMPARE(shop.importCsvText(u"sku,product,variant,price,currency,stock,status\n"
                                "NEW-1,Prayer rug,Blue,80.00,EUR,4,active\n"
                                "NEW-2,Prayer rug,Green,85.00,EUR,4,active\n"_s),
             0);
    QVERIFY(shop.csvErrors().first().startsWith(u"line 3:"_s));
    QTest::qWait(100);
    QCOMPARE(shop.products(), before);

    // A good file: a new product with two variants, and the kilim counted at 7.
    QCOMPARE(shop.importCsvText(u"sku,product,variant,price,currency,stock,status\n"
                                "KIL-RED,Kilim,Red,1250.00,EUR,7,active\n"
                                "NEW-1,Prayer rug,Blue,80.00,EUR,4,active\n"
                                "NEW-2,Prayer rug,Green,80.00,EUR,0,active\n"_s),
             3);
    QVERIFY(shop.csvErrors().isEmpty());
    // The rug is new and has no image yet: it waits as a draft, and the owner is told.
    QCOMPARE(shop.csvNotes().size(), 1);
    QVERIFY(shop.csvNotes().first().startsWith(u"Prayer rug"_s));
    QTRY_COMPARE(shop.products().size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_ownerSession->pendingCount(), 0, 10000);
    qint64 kilim = -1, rug = -1;
    for (const QVariant &p : shop.products()) {
        if (p.toMap().value(u"title"_s) == u"Kilim"_s)
            kilim = p.toMap().value(u"stock"_s).toLongLong();
        if (p.toMap().value(u"title"_s) == u"Prayer rug"_s)
            rug = p.toMap().value(u"stock"_s).toLongLong();
    }
    // The kilim had 3, 2 were ordered: counted at 7 against the 1 this device showed.
    QCOMPARE(kilim, 7);
    QCOMPARE(rug, 4);
    // With an image, the rug goes on sale.
    QString rugId;
    for (const QVariant &p : shop.products())
        if (p.toMap().value(u"title"_s) == u"Prayer rug"_s)
            rugId = p.toMap().value(u"id"_s).toString();
    QFile image(m_dir.filePath(u"rug.png"_s));
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.write(Images::make(100, 60, "png", 6));
    image.close();
    QCOMPARE(shop.addImages(rugId, {QUrl::fromLocalFile(image.fileName())}), 1);
    QVERIFY(!shop.saveProduct(rugId, u"Prayer rug"_s, {}, {}, u"80.00"_s, u"EUR"_s, u"active"_s)
                 .isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_ownerSession->pendingCount(), 0, 10000);
}

void CommercePagesTest::shopProfileAndPublicPage()
{
    App::ShopController shop;
    shop.setSession(m_ownerSession.get());
    QTRY_VERIFY_WITH_TIMEOUT(shop.hasShop(), 10000);
    // Edited offline, like any change: shown at once, sent later.
    setOnline(*m_ownerSession, false);
    QVERIFY(!shop.saveProfile(QString(), u"Rugs"_s)); // a shop needs a name
    QVERIFY(!shop.error().isEmpty());
    QVERIFY(shop.saveProfile(u"Rania's rugs and kilims"_s, u"Woven in Fez since 1990."_s));
    QFile image(m_dir.filePath(u"logo.png"_s));
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.write(Images::make(64, 64, "png", 9));
    image.close();
    QVERIFY(shop.setLogo(QUrl::fromLocalFile(image.fileName())));
    QTRY_COMPARE(shop.shopName(), u"Rania's rugs and kilims"_s);
    QCOMPARE(shop.shopDescription(), u"Woven in Fez since 1990."_s);
    QTRY_VERIFY(!shop.shopLogo().isEmpty());
    setOnline(*m_ownerSession, true);
    QTRY_COMPARE_WITH_TIMEOUT(m_ownerSession->pendingCount(), 0, 10000);

    // The buyer opens the public page: the profile, and only this shop's products.
    App::MarketController market;
    market.setSession(m_buyerSession.get());
    market.openShop(shop.shopId());
    QTRY_COMPARE_WITH_TIMEOUT(market.shop().value(u"name"_s).toString(),
                              u"Rania's rugs and kilims"_s, 10000);
    QCOMPARE(market.shop().value(u"description"_s).toString(), u"Woven in Fez since 1990."_s);
    QCOMPARE(market.shop().value(u"owner"_s).toString(), u"rania"_s);
    QVERIFY(!market.shop().value(u"logo"_s).toUrl().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(market.browseState(), u"done"_s, 10000);
    QCOMPARE(qint64(market.results().size()), market.shop().value(u"productCount"_s).toLongLong());
    QVERIFY(!market.results().isEmpty());
    for (const QVariant &p : market.results())
        QCOMPARE(p.toMap().value(u"shopId"_s).toString(), shop.shopId());
    // The logo can be taken off again.
    QVERIFY(shop.setLogo(QUrl()));
    QTRY_VERIFY(shop.shopLogo().isEmpty());
}

void CommercePagesTest::catalogFiltersByPriceAndShop()
{
    App::MarketController market;
    market.setSession(m_buyerSession.get());
    // Typed prices in the currency's units: only the kilim (1,250 EUR) is over 100.
    market.browse({{u"minPrice"_s, u"100"_s}, {u"currency"_s, u"EUR"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(market.browseState(), u"done"_s, 10000);
    QCOMPARE(market.results().size(), 1);
    QCOMPARE(market.results().first().toMap().value(u"title"_s).toString(), u"Kilim"_s);
    market.browse(
        {{u"maxPrice"_s, u"100"_s}, {u"currency"_s, u"EUR"_s}, {u"sort"_s, u"price_asc"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(market.browseState(), u"done"_s, 10000);
    QCOMPARE(market.results().size(), 1);
    QCOMPARE(market.results().first().toMap().value(u"title"_s).toString(), u"Prayer rug"_s);
    // Another shop's id finds nothing of this one; a price that is not one changes nothing.
    market.browse({{u"shop"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}});
    QTRY_COMPARE_WITH_TIMEOUT(market.browseState(), u"done"_s, 10000);
    QVERIFY(market.results().isEmpty());
    market.browse({{u"minPrice"_s, u"ten"_s}});
    QVERIFY(!market.error().isEmpty());
    QCOMPARE(market.browseState(), u"done"_s);
}

void CommercePagesTest::browsedProductsAreSearchableOffline()
{
    {
        App::MarketController market;
        market.setSession(m_buyerSession.get());
        market.browse({}); // everything, kept on the device
        QTRY_COMPARE_WITH_TIMEOUT(market.browseState(), u"done"_s, 10000);
        QCOMPARE(market.results().size(), 2);
        QVERIFY(market.addToCart(m_variant, 1));
        QTest::qWait(200); // the cache is written on the engine's thread
    }
    QVERIFY(m_server->stop());
    App::MarketController market; // a fresh page: nothing in memory
    market.setSession(m_buyerSession.get());
    market.browse({{u"text"_s, u"prayer"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(market.browseState(), u"offline"_s, 20000);
    QCOMPARE(market.results().size(), 1); // full-text search on the device
    QCOMPARE(market.results().first().toMap().value(u"title"_s).toString(), u"Prayer rug"_s);
    market.browse({{u"category"_s, u"home/rugs"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(market.browseState(), u"offline"_s, 20000);
    QCOMPARE(market.results().size(), 1); // only the kilim has that category
    // The price filter and sorting apply on the device too.
    market.browse({{u"sort"_s, u"price_desc"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(market.browseState(), u"offline"_s, 20000);
    QCOMPARE(market.results().size(), 2);
    QCOMPARE(market.results().first().toMap().value(u"title"_s).toString(), u"Kilim"_s);
    market.browse({{u"maxPrice"_s, u"100"_s}, {u"currency"_s, u"EUR"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(market.browseState(), u"offline"_s, 20000);
    QCOMPARE(market.results().size(), 1);
    QCOMPARE(market.results().first().toMap().value(u"title"_s).toString(), u"Prayer rug"_s);
    // The cart still knows the kilim's price from the copy kept here.
    QTRY_VERIFY(!market.cart().isEmpty());
    QCOMPARE(market.cart().first().toMap().value(u"priceText"_s).toString(), u"1,250.00 EUR"_s);
}

QTEST_MAIN(CommercePagesTest)
#include "tst_commercepages.moc"
