#include "CommerceArbitrary.h"

#include "ArbitraryArgs.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Souk::Sync::Arbitrary {

namespace {

//! A row of `entity` the device sees, or now and then a random id (a missing row).
QString someId(const ArbitraryInput &in, const QString &entity)
{
    const QStringList known = in.ids(entity);
    return known.isEmpty() || in.random(10) == 0 ? newId(in) : pick(in, known);
}

qint64 quantity(const ArbitraryInput &in)
{
    return in.random(20) == 0 ? 0 : 1 + in.random(5); // 0 must be refused
}

} // namespace

QJsonObject updateShop(const ArbitraryInput &in)
{
    QJsonObject args {{u"shop_id"_s, someId(in, u"shops"_s)}};
    if (in.random(2) == 0)
        args.insert(u"name"_s, in.random(20) == 0 ? QString() : words(in, 3)); // empty: refused
    if (in.random(2) == 0)
        args.insert(u"description"_s, words(in, 12));
    if (!in.mediaIds.isEmpty() && in.random(4) == 0)
        args.insert(u"logo"_s, QJsonArray {pick(in, in.mediaIds)});
    return args;
}

QJsonObject upsertProduct(const ArbitraryInput &in)
{
    const bool fresh = in.random(3) == 0;
    QJsonObject args {{u"id"_s, fresh ? newId(in) : someId(in, u"products"_s)},
                      {u"shop_id"_s, someId(in, u"shops"_s)}};
    if (fresh || in.random(2) == 0)
        args.insert(u"title"_s, words(in, 4));
    if (fresh || in.random(3) == 0)
        args.insert(u"price"_s, in.random(30) == 0 ? -100 : qint64(in.random(100'000)));
    if (fresh || in.random(8) == 0)
        args.insert(u"currency"_s, pick(in, {u"EUR"_s, u"EUR"_s, u"USD"_s, u"eur"_s}));
    // New products mostly go on sale, so checkouts have something to buy.
    if (fresh || in.random(3) == 0)
        args.insert(u"status"_s,
                    pick(in, {u"draft"_s, u"active"_s, u"active"_s, u"active"_s, u"archived"_s}));
    if (in.random(4) == 0)
        args.insert(u"description"_s, words(in, 20));
    // On sale needs an image: new products mostly have one (sometimes not: refused).
    if (!in.mediaIds.isEmpty() && (fresh ? in.random(10) != 0 : in.random(6) == 0))
        args.insert(u"media"_s, QJsonArray {pick(in, in.mediaIds)});
    return args;
}

QJsonObject product(const ArbitraryInput &in)
{
    return {{u"id"_s, someId(in, u"products"_s)}};
}

QJsonObject setVariant(const ArbitraryInput &in)
{
    // A small SKU space, so some collide within a shop (409 sku_taken).
    return {{u"id"_s, in.random(2) == 0 ? newId(in) : someId(in, u"variants"_s)},
            {u"product_id"_s, someId(in, u"products"_s)},
            {u"sku"_s, u"SKU-%1"_s.arg(in.random(6))},
            {u"name"_s, pick(in, {u"S"_s, u"M"_s, u"L"_s, u"blue"_s})}};
}

QJsonObject adjustStock(const ArbitraryInput &in)
{
    const qint64 delta = qint64(in.random(21)) - 5; // mostly deliveries; 0 now and then: refused
    return {{u"id"_s, newId(in)},
            {u"variant_id"_s, someId(in, u"variants"_s)},
            {u"delta"_s, delta},
            {u"reason"_s, pick(in, {u"received"_s, u"sold in person"_s, u"damaged"_s})}};
}

QJsonObject countStock(const ArbitraryInput &in)
{
    return {{u"id"_s, newId(in)},
            {u"variant_id"_s, someId(in, u"variants"_s)},
            {u"counted"_s, qint64(in.random(30))},
            {u"base"_s, qint64(in.random(30))}};
}

QJsonObject wish(const ArbitraryInput &in)
{
    return {{u"product_id"_s, someId(in, u"products"_s)}};
}

QJsonObject cartQuantity(const ArbitraryInput &in)
{
    return {{u"variant_id"_s, someId(in, u"variants"_s)}, {u"quantity"_s, quantity(in)}};
}

QJsonObject removeFromCart(const ArbitraryInput &in)
{
    return {{u"variant_id"_s, someId(in, u"variants"_s)}, {u"seen_added"_s, qint64(in.random(4))}};
}

QJsonObject placeOrder(const ArbitraryInput &in)
{
    QJsonArray lines;
    QStringList used;
    const QStringList known = in.ids(u"variants"_s);
    const int n = in.random(4) == 0 ? 2 : 1;
    for (int i = 0; i < n; ++i) {
        // Mostly variants the device sells (orders go through); now and then an unknown one.
        const QString variant = known.isEmpty() || in.random(12) == 0 ? newId(in) : pick(in, known);
        if (used.contains(variant))
            continue;
        used << variant;
        // Mostly the price the device shows (so orders go through); now and then a stale one.
        qint64 price = qint64(in.random(100'000));
        if (in.fields && in.random(8) != 0) {
            const QString product =
                in.fields(u"variants"_s, variant).value(u"product_id"_s).toString();
            price = in.fields(u"products"_s, product).value(u"price"_s).toInteger(price);
        }
        lines.append(QJsonObject {
            {u"variant_id"_s, variant}, {u"quantity"_s, quantity(in)}, {u"unit_price"_s, price}});
    }
    return {{u"id"_s, newId(in)}, {u"lines"_s, lines}, {u"payment"_s, u"manual"_s}};
}

QJsonObject setOrderStatus(const ArbitraryInput &in)
{
    return {{u"order_id"_s, someId(in, u"orders"_s)},
            {u"status"_s,
             pick(in,
                  {u"paid"_s, u"shipped"_s, u"delivered"_s, u"cancelled"_s, u"refunded"_s,
                   u"lost"_s})}};
}

QJsonObject review(const ArbitraryInput &in)
{
    return {{u"order_id"_s, someId(in, u"orders"_s)},
            {u"variant_id"_s, someId(in, u"variants"_s)},
            {u"stars"_s, qint64(in.random(7))}, // 0 and 6 must be refused
            {u"body"_s, words(in, 10)}};
}

QJsonObject replyToReview(const ArbitraryInput &in)
{
    return {{u"review_id"_s, someId(in, u"reviews"_s)}, {u"body"_s, words(in, 8)}};
}

} // namespace Souk::Sync::Arbitrary
