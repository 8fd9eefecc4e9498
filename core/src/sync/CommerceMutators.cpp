#include "CommerceMutators.h"

#include "Categories.h"
#include "Entities.h"
#include "FieldWrites.h"
#include "MergeRules.h"
#include "ModerationMutators.h"
#include "Money.h"
#include "MutatorArgs.h"
#include "MutatorHelpers.h"
#include "Payment.h"
#include "SocialMutators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Souk::Sync::Commerce {

using namespace Helpers;

namespace {

// --- checks ---------------------------------------------------------------------------------

//! A product anyone may buy: active, and not hidden or removed by a moderator.
bool onSale(const Row &product)
{
    return !product.deleted && product.fields.value(u"status"_s).toString() == u"active"_s
        && Moderation::moderationOf(product).isEmpty();
}

//! A quantity of one item: 1 to MaxQuantity.
qint64 readQuantity(ArgsReader &in)
{
    return in.integerIn(u"quantity"_s, 1, MaxQuantity, u"invalid_quantity"_s,
                        u"A quantity is 1 to 10,000."_s);
}

// --- lookups --------------------------------------------------------------------------------

Error shopMissing()
{
    return notFound(u"shop_not_found"_s, u"There is no such shop."_s);
}

Error productMissing()
{
    return notFound(u"product_not_found"_s, u"There is no such product."_s);
}

Error variantMissing()
{
    return notFound(u"variant_not_found"_s, u"There is no such variant."_s);
}

//! The shop, when the caller owns it (403 otherwise: another shop's data).
Result<Row> ownShop(SyncStore &store, const MutationContext &ctx, const QString &shopId)
{
    Result<Row> shop = existing(store, Entity::shops(), shopId, shopMissing());
    if (!shop)
        return shop;
    if (shop->fields.value(u"owner_id"_s).toString() != ctx.userId)
        return forbidden(u"Only the shop's owner can change its products."_s);
    return shop;
}

Result<Row> ownProduct(SyncStore &store, const MutationContext &ctx, const QString &productId)
{
    Result<Row> product = existing(store, Entity::products(), productId, productMissing());
    if (!product)
        return product;
    if (Result<Row> shop = ownShop(store, ctx, product->fields.value(u"shop_id"_s).toString());
        !shop)
        return shop.error();
    return product;
}

Result<Row> ownVariant(SyncStore &store, const MutationContext &ctx, const QString &variantId)
{
    Result<Row> variant = existing(store, Entity::variants(), variantId, variantMissing());
    if (!variant)
        return variant;
    if (Result<Row> shop = ownShop(store, ctx, variant->fields.value(u"shop_id"_s).toString());
        !shop)
        return shop.error();
    return variant;
}

QJsonArray parseArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

//! Adds `delta` to a variant's stock. On the server, stock below zero becomes an alert for the
//! owner (a fact to reconcile, not an error: the sale happened).
Result<Ok> addStock(SyncStore &store, const MutationContext &ctx, Row variant, qint64 delta,
                    const QString &opId)
{
    const qint64 stock = variant.fields.value(u"stock"_s).toInteger() + delta;
    variant.fields.insert(u"stock"_s, stock);
    variant.clocks.insert(u"stock"_s, ctx.hlc.toString());
    if (Result<Ok> put = store.put(Entity::variants(), variant); !put)
        return put;
    if (!ctx.onServer || stock >= 0 || delta >= 0)
        return Ok {};
    Row alert = newRow(Entity::stockAlerts(), derivedId({u"alert"_s, opId}),
                       {{u"shop_id"_s, variant.fields.value(u"shop_id"_s)},
                        {u"variant_id"_s, variant.id},
                        {u"stock"_s, stock},
                        {u"created_at"_s, ctx.now()},
                        {u"resolved"_s, false}});
    stampUnclocked(alert, Entity::stockAlerts(), ctx.hlc);
    return store.put(Entity::stockAlerts(), alert);
}

// --- the shop's profile ---------------------------------------------------------------------

const QStringList ShopFields {u"name"_s, u"description"_s, u"logo"_s};

struct UpdateShopArgs
{
    QString shopId;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QJsonArray> logo;
    QJsonObject base;

    static Result<UpdateShopArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        UpdateShopArgs a;
        a.shopId = in.id(u"shop_id"_s);
        // The base is checked before the values here, as it always was.
        in.check([&json] { return checkBase(json, ShopFields); });
        a.name = in.optionalText(u"name"_s, 1, ShopNameMax);
        a.description = in.optionalText(u"description"_s, 0, DescriptionMax);
        a.logo = in.optionalArray(u"logo"_s);
        a.base = in.optionalObject(u"base"_s).value_or(QJsonObject());
        in.check([&a] {
            const QJsonArray logo = a.logo.value_or(QJsonArray());
            if (logo.size() > 1)
                return Error::unprocessable(u"too_many_images"_s, u"A shop has one logo."_s,
                                            u"logo"_s);
            return Social::checkMediaIds(logo, 0);
        });
        return in.finish(a);
    }
};

//! The owner edits the name, description and logo (one image, or none); LWW per field, a
//! concurrent edit from another device kept as a conflict like a product's.
Mutator updateShop()
{
    return makeMutator<UpdateShopArgs>(
        u"updateShop"_s,
        [](SyncStore &store, const MutationContext &ctx, const UpdateShopArgs &a) -> Result<Ok> {
            Result<Row> shop = ownShop(store, ctx, a.shopId);
            if (!shop)
                return shop.error();
            QJsonObject values;
            if (a.name)
                values.insert(u"name"_s, a.name->trimmed());
            if (a.description)
                values.insert(u"description"_s, a.description->trimmed());
            if (a.logo) {
                Result<QJsonArray> logo = Social::resolveMedia(store, ctx, *a.logo);
                if (!logo)
                    return logo.error();
                values.insert(u"logo"_s, Social::toJsonText(*logo));
            }
            Result<FieldWriteResult> written =
                writeFields(store, Entity::shops(), *shop, values, a.base, ctx, ctx.userId);
            if (!written)
                return written.error();
            return store.put(Entity::shops(), written->row);
        });
}

// --- products and stock ---------------------------------------------------------------------

const QStringList ProductFields {u"title"_s,  u"description"_s, u"category"_s, u"media"_s,
                                 u"status"_s, u"price"_s,       u"currency"_s};

Error checkCategory(const QString &category)
{
    if (!Categories::isValid(category))
        return Error::unprocessable(u"invalid_category"_s,
                                    u"category is one of the category tree's paths, "
                                    "such as home/kitchen."_s,
                                    u"category"_s);
    return {};
}

Error checkCurrency(const std::optional<QString> &currency)
{
    static const QRegularExpression pattern(u"^[A-Z]{3}$"_s);
    if (currency && !pattern.match(*currency).hasMatch())
        return Error::unprocessable(u"invalid_currency"_s,
                                    u"A currency is an ISO 4217 code, such as EUR."_s,
                                    u"currency"_s);
    return {};
}

Error checkStatus(const std::optional<QString> &status)
{
    static const QStringList statuses {u"draft"_s, u"active"_s, u"archived"_s};
    if (status && !statuses.contains(*status))
        return Error::unprocessable(u"invalid_status"_s, u"status is draft, active or archived."_s,
                                    u"status"_s);
    return {};
}

struct UpsertProductArgs
{
    QString id;
    QString shopId;
    std::optional<QString> title;
    std::optional<QString> description;
    std::optional<QString> category;
    std::optional<QJsonArray> media;
    std::optional<QString> status;
    std::optional<qint64> price;
    std::optional<QString> currency;
    QJsonObject base;

    static Result<UpsertProductArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        UpsertProductArgs a;
        a.id = in.id(u"id"_s);
        a.shopId = in.id(u"shop_id"_s);
        // The base is checked before the values here, as it always was.
        in.check([&json] { return checkBase(json, ProductFields); });
        a.title = in.optionalText(u"title"_s, 1, TitleMax);
        a.description = in.optionalText(u"description"_s, 0, DescriptionMax);
        a.category = in.optionalString(u"category"_s);
        in.check([&a] { return checkCategory(a.category.value_or(QString())); });
        a.media = in.optionalArray(u"media"_s);
        a.status = in.optionalString(u"status"_s);
        in.check([&a] {
            return a.price && *a.price < 0 ? Error::unprocessable(
                       u"negative_price"_s, u"A price cannot be negative."_s, u"price"_s)
                                           : Error {};
        });
        a.price = in.optionalIntegerIn(u"price"_s, 0, MaxPrice, u"invalid_price"_s,
                                       u"A price is a whole number of minor units (cents), at "
                                       "most 10,000,000,000."_s);
        a.currency = in.optionalString(u"currency"_s);
        in.check([&a] { return checkCurrency(a.currency); });
        in.check([&a] { return checkStatus(a.status); });
        in.check([&a] { return Social::checkMediaIds(a.media.value_or(QJsonArray()), 0); });
        a.base = in.optionalObject(u"base"_s).value_or(QJsonObject());
        return in.finish(a);
    }

    //! The first field a new product needs that was not sent, if any.
    std::optional<QString> missingForNew() const
    {
        if (!title)
            return u"title"_s;
        if (!price)
            return u"price"_s;
        if (!currency)
            return u"currency"_s;
        return std::nullopt;
    }

    //! The fields sent, as writeFields() takes them; media still as ids.
    QJsonObject values() const
    {
        QJsonObject values;
        if (title)
            values.insert(u"title"_s, title->trimmed());
        insertSent(values, u"description"_s, description);
        insertSent(values, u"category"_s, category);
        insertSent(values, u"media"_s, media);
        insertSent(values, u"status"_s, status);
        insertSent(values, u"price"_s, price);
        insertSent(values, u"currency"_s, currency);
        return values;
    }
};

Mutator upsertProduct()
{
    return makeMutator<UpsertProductArgs>(
        u"upsertProduct"_s,
        [](SyncStore &store, const MutationContext &ctx, const UpsertProductArgs &a) -> Result<Ok> {
            const QString &id = a.id;
            const QString &shopId = a.shopId;
            if (Result<Row> shop = ownShop(store, ctx, shopId); !shop)
                return shop.error();
            Result<std::optional<Row>> found = store.get(Entity::products(), id);
            if (!found)
                return found.error();
            if (found->has_value() && !(*found)->deleted
                && (*found)->fields.value(u"shop_id"_s).toString() != shopId)
                return forbidden(u"This product belongs to another shop."_s);
            if (found->has_value())
                if (Error e = Moderation::checkNotModerated(**found); !e.isNull())
                    return e;
            const bool creating = !found->has_value() || (*found)->deleted;
            if (const std::optional<QString> missing = a.missingForNew(); creating && missing)
                return Error::unprocessable(u"missing_field"_s,
                                            u"A new product needs %1."_s.arg(*missing), *missing);
            QJsonObject values = a.values();
            if (a.media) {
                // Stored as {id, sha256, ...}, as posts keep theirs: readers get the URLs.
                Result<QJsonArray> media = Social::resolveMedia(store, ctx, *a.media);
                if (!media)
                    return media.error();
                values.insert(u"media"_s, Social::toJsonText(*media));
            }
            Row row = creating ? newRow(Entity::products(), id,
                                        {{u"shop_id"_s, shopId},
                                         {u"status"_s, u"draft"_s},
                                         {u"media"_s, u"[]"_s},
                                         {u"created_at"_s, ctx.now()}})
                               : **found;
            // LWW per field with conflict records; a concurrent price change always leaves
            // one for the owner to confirm (writeFields keeps the losing value).
            Result<FieldWriteResult> written =
                writeFields(store, Entity::products(), row, values, a.base, ctx, ctx.userId);
            if (!written)
                return written.error();
            // On sale means 1 to 10 images; a draft or an archived product may have none yet.
            if (written->row.fields.value(u"status"_s).toString() == u"active"_s
                && parseArray(written->row.fields.value(u"media"_s).toString()).isEmpty())
                return Error::unprocessable(
                    u"no_images"_s,
                    u"A product on sale needs at least one image; keep it as a draft until it "
                    "has one."_s,
                    u"media"_s);
            stampUnclocked(written->row, Entity::products(), ctx.hlc);
            return store.put(Entity::products(), written->row);
        });
}

Mutator archiveProduct()
{
    return makeMutator(
        u"archiveProduct"_s, 1, oneId(u"id"_s),
        [](SyncStore &store, const MutationContext &ctx, const QString &id) -> Result<Ok> {
            Result<Row> product = ownProduct(store, ctx, id);
            if (!product)
                return product.error();
            Row row = *product;
            row.fields.insert(u"status"_s, u"archived"_s);
            row.clocks.insert(u"status"_s, ctx.hlc.toString());
            return store.put(Entity::products(), row);
        });
}

Error checkSku(const QString &sku)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]{1,64}$"_s);
    if (!pattern.match(sku).hasMatch())
        return Error::unprocessable(
            u"invalid_sku"_s, u"A SKU is 1 to 64 letters, digits, dots, dashes or underscores."_s,
            u"sku"_s);
    return {};
}

struct SetVariantArgs
{
    QString id;
    QString productId;
    QString sku;
    std::optional<QString> name;

    static Result<SetVariantArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        SetVariantArgs a {in.id(u"id"_s), in.id(u"product_id"_s), in.string(u"sku"_s), {}};
        in.check([&a] { return checkSku(a.sku); });
        a.name = in.optionalText(u"name"_s, 0, 100);
        return in.finish(a);
    }
};

Mutator setVariant()
{
    return makeMutator<SetVariantArgs>(
        u"setVariant"_s,
        [](SyncStore &store, const MutationContext &ctx, const SetVariantArgs &a) -> Result<Ok> {
            const QString &id = a.id;
            Result<Row> product = ownProduct(store, ctx, a.productId);
            if (!product)
                return product.error();
            const QString shopId = product->fields.value(u"shop_id"_s).toString();
            const QString &sku = a.sku;
            // The SKU is unique within the shop: its (shop, SKU) row names one variant.
            Result<std::optional<Row>> taken = store.get(Entity::skus(), skuId(shopId, sku));
            if (!taken)
                return taken.error();
            if (taken->has_value() && !(*taken)->deleted
                && (*taken)->fields.value(u"variant_id"_s).toString() != id)
                return Error {409, u"sku_taken"_s,
                              u"Another variant of this shop has the SKU %1."_s.arg(sku), u"sku"_s};
            Result<std::optional<Row>> found = store.get(Entity::variants(), id);
            if (!found)
                return found.error();
            const bool creating = !found->has_value() || (*found)->deleted;
            if (!creating && (*found)->fields.value(u"product_id"_s).toString() != product->id)
                return forbidden(u"This variant belongs to another product."_s);
            Row row = creating
                ? newRow(Entity::variants(), id,
                         {{u"product_id"_s, product->id}, {u"shop_id"_s, shopId}, {u"stock"_s, 0}})
                : **found;
            const QString oldSku = row.fields.value(u"sku"_s).toString();
            if (!creating && oldSku != sku) {
                Result<std::optional<Row>> old = store.get(Entity::skus(), skuId(shopId, oldSku));
                if (!old)
                    return old.error();
                if (old->has_value()) {
                    Row freed = **old;
                    freed.deleted = true;
                    if (Result<Ok> put = store.put(Entity::skus(), freed); !put)
                        return put;
                }
            }
            QJsonObject values {{u"sku"_s, sku}};
            insertSent(values, u"name"_s, a.name);
            Result<FieldWriteResult> written =
                writeFields(store, Entity::variants(), row, values, {}, ctx, ctx.userId);
            if (!written)
                return written.error();
            stampUnclocked(written->row, Entity::variants(), ctx.hlc);
            if (Result<Ok> put = store.put(Entity::variants(), written->row); !put)
                return put;
            Row skuRow = newRow(Entity::skus(), skuId(shopId, sku),
                                {{u"shop_id"_s, shopId}, {u"variant_id"_s, id}});
            stampUnclocked(skuRow, Entity::skus(), ctx.hlc);
            return store.put(Entity::skus(), skuRow);
        });
}

//! The arguments of adjustStock (a delta with a reason) and of countStock (a stocktake: the
//! counted number against the stock the owner saw), both read as the change to apply, so that
//! sales made meanwhile still count.
struct StockChangeArgs
{
    QString id;
    QString variantId;
    qint64 delta = 0;

    static Result<StockChangeArgs> fromJson(const QJsonObject &json, bool count)
    {
        ArgsReader in(json);
        StockChangeArgs a {in.id(u"id"_s), in.id(u"variant_id"_s)};
        if (count) {
            const qint64 counted = in.integerIn(u"counted"_s, 0, MaxStockDelta, u"invalid_count"_s,
                                                u"A count is 0 to 1,000,000."_s);
            const qint64 base =
                in.integerIn(u"base"_s, -MaxStockDelta, MaxStockDelta, u"invalid_base"_s,
                             u"The base is the stock shown when counting."_s);
            a.delta = counted - base;
            return in.finish(a);
        }
        a.delta = in.integerIn(u"delta"_s, -MaxStockDelta, MaxStockDelta, u"invalid_delta"_s,
                               u"A stock change is a whole number up to 1,000,000."_s);
        in.check([&a] {
            return a.delta == 0 ? Error::unprocessable(u"invalid_delta"_s,
                                                       u"A stock change is not zero."_s, u"delta"_s)
                                : Error {};
        });
        in.text(u"reason"_s, 1, 100);
        return in.finish(a);
    }
};

Mutator stockChange(bool count)
{
    return makeMutator(
        count ? u"countStock"_s : u"adjustStock"_s, 1,
        [count](const QJsonObject &json) { return StockChangeArgs::fromJson(json, count); },
        [](SyncStore &store, const MutationContext &ctx, const StockChangeArgs &a) -> Result<Ok> {
            Result<Row> variant = ownVariant(store, ctx, a.variantId);
            if (!variant)
                return variant.error();
            if (a.delta == 0)
                return Ok {};
            return addStock(store, ctx, *variant, a.delta, a.id);
        });
}

// --- wishlist and cart ----------------------------------------------------------------------

Mutator wish(bool active)
{
    return makeMutator(active ? u"wish"_s : u"unwish"_s, 1, oneId(u"product_id"_s),
                       [active](SyncStore &store, const MutationContext &ctx,
                                const QString &productId) -> Result<Ok> {
                           if (ctx.onServer && active) {
                               if (Result<Row> p = existing(store, Entity::products(), productId,
                                                            productMissing());
                                   !p)
                                   return p.error();
                           }
                           Result<PairChange> set =
                               setPair(store, Entity::wishlist(), wishId(ctx.userId, productId),
                                       {{u"user_id"_s, ctx.userId}, {u"product_id"_s, productId}},
                                       active, ctx.hlc);
                           if (!set)
                               return set.error();
                           return Ok {};
                       });
}

Result<Row> cartLine(SyncStore &store, const MutationContext &ctx, const QString &variantId)
{
    const QString id = cartLineId(ctx.userId, variantId);
    Result<std::optional<Row>> found = store.get(Entity::cartLines(), id);
    if (!found)
        return found.error();
    if (found->has_value())
        return **found;
    return newRow(Entity::cartLines(), id,
                  {{u"user_id"_s, ctx.userId}, {u"variant_id"_s, variantId}, {u"quantity"_s, 0}});
}

//! addToCart and setCartQuantity take the same arguments: a variant and a quantity.
struct CartLineArgs
{
    QString variantId;
    qint64 quantity = 0;

    static Result<CartLineArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        CartLineArgs a {in.id(u"variant_id"_s), readQuantity(in)};
        return in.finish(a);
    }
};

Mutator addToCart()
{
    return makeMutator<CartLineArgs>(
        u"addToCart"_s,
        [](SyncStore &store, const MutationContext &ctx, const CartLineArgs &a) -> Result<Ok> {
            const QString &variantId = a.variantId;
            Result<std::optional<Row>> variant = store.get(Entity::variants(), variantId);
            if (!variant)
                return variant.error();
            if (ctx.onServer && (!variant->has_value() || (*variant)->deleted))
                return variantMissing();
            if (ctx.onServer) {
                Result<std::optional<Row>> product = store.get(
                    Entity::products(), (*variant)->fields.value(u"product_id"_s).toString());
                if (!product)
                    return product.error();
                if (!product->has_value() || !Moderation::moderationOf(**product).isEmpty())
                    return variantMissing(); // removed by a moderator: not for sale
            }
            Result<Row> line = cartLine(store, ctx, variantId);
            if (!line)
                return line.error();
            Row row = *line;
            // Every add counts: a remove that had not seen this add leaves the line (add wins).
            row.fields.insert(u"added"_s, row.fields.value(u"added"_s).toInteger() + 1);
            row.fields.insert(u"active"_s, true);
            row.fields.insert(u"quantity"_s, a.quantity);
            if (variant->has_value())
                row.fields.insert(u"product_id"_s, (*variant)->fields.value(u"product_id"_s));
            for (const QString &f : {u"added"_s, u"active"_s, u"quantity"_s, u"product_id"_s})
                row.clocks.insert(f, ctx.hlc.toString());
            stampUnclocked(row, Entity::cartLines(), ctx.hlc);
            return store.put(Entity::cartLines(), row);
        });
}

Mutator setCartQuantity()
{
    return makeMutator<CartLineArgs>(
        u"setCartQuantity"_s,
        [](SyncStore &store, const MutationContext &ctx, const CartLineArgs &a) -> Result<Ok> {
            Result<Row> line =
                existing(store, Entity::cartLines(), cartLineId(ctx.userId, a.variantId),
                         notFound(u"not_in_cart"_s, u"This is not in your cart."_s));
            if (!line)
                return line.error();
            // Quantity is last writer wins by HLC, whatever the order of arrival.
            Result<FieldWriteResult> written =
                writeFields(store, Entity::cartLines(), *line, {{u"quantity"_s, a.quantity}},
                            {{u"quantity"_s, line->clocks.value(u"quantity"_s)}}, ctx, ctx.userId);
            if (!written)
                return written.error();
            return store.put(Entity::cartLines(), written->row);
        });
}

struct RemoveFromCartArgs
{
    QString variantId;
    qint64 seenAdded = 0; // the line's add count the remover had seen

    static Result<RemoveFromCartArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        RemoveFromCartArgs a {in.id(u"variant_id"_s), in.integer(u"seen_added"_s)};
        return in.finish(a);
    }
};

Mutator removeFromCart()
{
    return makeMutator<RemoveFromCartArgs>(
        u"removeFromCart"_s,
        [](SyncStore &store, const MutationContext &ctx,
           const RemoveFromCartArgs &a) -> Result<Ok> {
            Result<std::optional<Row>> found =
                store.get(Entity::cartLines(), cartLineId(ctx.userId, a.variantId));
            if (!found)
                return found.error();
            if (!found->has_value())
                return Ok {}; // nothing to remove
            Row row = **found;
            // Add wins: an add the remover had not seen keeps the line.
            if (row.fields.value(u"added"_s).toInteger() > a.seenAdded)
                return Ok {};
            row.fields.insert(u"active"_s, false);
            row.clocks.insert(u"active"_s, ctx.hlc.toString());
            return store.put(Entity::cartLines(), row);
        });
}

// --- checkout and orders --------------------------------------------------------------------

//! Tells the other side of an order what happened to it (the server's run only): the seller
//! of a new order, the buyer of the shop's steps, the seller of the buyer's.
Result<Ok> notifyOrder(SyncStore &store, const MutationContext &ctx, const Row &order,
                       const QString &status)
{
    const QString buyer = order.fields.value(u"buyer_id"_s).toString();
    const QString seller = order.fields.value(u"seller_id"_s).toString();
    const QJsonArray lines = parseArray(order.fields.value(u"lines"_s).toString());
    const QString what = lines.size() == 1 ? lines.first().toObject().value(u"title"_s).toString()
                                           : u"%1 items"_s.arg(lines.size());
    const QString excerpt = what + u" · "_s
        + Money::format(order.fields.value(u"total"_s).toInteger(),
                        order.fields.value(u"currency"_s).toString(), QLocale::c());
    const QString to = ctx.userId == buyer ? seller : buyer;
    return Social::notify(store, ctx,
                          {to,
                           u"order_"_s + status,
                           ctx.userId,
                           {},
                           order.id,
                           excerpt,
                           derivedId({u"order"_s, order.id, status})});
}

Error checkPayment(const QString &payment)
{
    if (!Payment::find(payment))
        return Error::unprocessable(
            u"invalid_payment"_s,
            u"The payment method is one of: %1 (manual: cash on delivery or bank "
            "transfer, confirmed by the shop)."_s.arg(Payment::ids().join(u", "_s)),
            u"payment"_s);
    return {};
}

//! One line of an order as the buyer sent it: what their cart showed.
struct OrderLineArgs
{
    QString variantId;
    qint64 quantity = 0;
    qint64 unitPrice = 0;

    //! Every error is a 422 naming "lines", the field the line is in.
    static Result<OrderLineArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        OrderLineArgs a {in.id(u"variant_id"_s), readQuantity(in),
                         in.integerIn(u"unit_price"_s, 0, MaxPrice, u"invalid_price"_s,
                                      u"A price is a whole number of minor units."_s)};
        if (Error e = in.error(); !e.isNull())
            return Error::unprocessable(e.code, e.message, u"lines"_s);
        return a;
    }
};

Result<QList<OrderLineArgs>> readOrderLines(const QJsonArray &lines)
{
    if (lines.isEmpty() || lines.size() > MaxOrderLines)
        return Error::unprocessable(u"invalid_lines"_s, u"An order has 1 to 100 lines."_s,
                                    u"lines"_s);
    QList<OrderLineArgs> read;
    QStringList seen;
    for (const QJsonValue &value : lines) {
        Result<OrderLineArgs> line = OrderLineArgs::fromJson(value.toObject());
        if (!line)
            return line.error();
        if (seen.contains(line->variantId))
            return Error::unprocessable(u"duplicate_line"_s,
                                        u"A variant appears twice in the order."_s, u"lines"_s);
        seen << line->variantId;
        read << *line;
    }
    return read;
}

struct PlaceOrderArgs
{
    QString id; // the intent: each shop's order derives its id from it
    QList<OrderLineArgs> lines;
    QString payment;

    static Result<PlaceOrderArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        PlaceOrderArgs a;
        a.id = in.id(u"id"_s);
        const QJsonArray lines = in.array(u"lines"_s);
        a.payment = in.string(u"payment"_s);
        in.check([&a] { return checkPayment(a.payment); });
        if (Error e = in.error(); !e.isNull())
            return e;
        Result<QList<OrderLineArgs>> read = readOrderLines(lines);
        if (!read)
            return read.error();
        a.lines = *read;
        return a;
    }
};

//! A line as the server sees it now.
struct OrderLine
{
    Row variant;
    Row product;
    qint64 quantity = 0;
};

//! The order's lines by shop, and what no longer holds for them (gone, not sold, another
//! price, out of stock), each told to the buyer at once.
struct Basket
{
    QMap<QString, QList<OrderLine>> byShop;
    QStringList problems;
};

Result<Basket> readBasket(SyncStore &store, const QList<OrderLineArgs> &lines)
{
    Basket basket;
    int number = 0;
    for (const OrderLineArgs &line : lines) {
        ++number;
        Result<std::optional<Row>> variant = store.get(Entity::variants(), line.variantId);
        if (!variant)
            return variant.error();
        if (!variant->has_value() || (*variant)->deleted) {
            basket.problems << u"line %1: no such product variant"_s.arg(number);
            continue;
        }
        Result<std::optional<Row>> product =
            store.get(Entity::products(), (*variant)->fields.value(u"product_id"_s).toString());
        if (!product)
            return product.error();
        const Row &v = **variant;
        const QString label = v.fields.value(u"sku"_s).toString();
        if (!product->has_value() || !onSale(**product)) {
            basket.problems << u"line %1 (%2): no longer sold"_s.arg(number).arg(label);
            continue;
        }
        const Row &p = **product;
        const qint64 price = p.fields.value(u"price"_s).toInteger();
        const qint64 stock = v.fields.value(u"stock"_s).toInteger();
        if (price != line.unitPrice)
            basket.problems << u"line %1 (%2): the price changed to %3"_s.arg(number).arg(
                label,
                Money::format(price, p.fields.value(u"currency"_s).toString(), QLocale::c()));
        if (stock < line.quantity)
            basket.problems << u"line %1 (%2): out of stock, %3 left"_s.arg(number).arg(label).arg(
                std::max<qint64>(stock, 0));
        basket.byShop[v.fields.value(u"shop_id"_s).toString()].append(
            OrderLine {v, p, line.quantity});
    }
    return basket;
}

//! Each shop's order is in one currency, and nobody buys from their own shop.
Result<Ok> checkShops(SyncStore &store, const MutationContext &ctx,
                      const QMap<QString, QList<OrderLine>> &byShop)
{
    for (auto it = byShop.cbegin(); it != byShop.cend(); ++it) {
        QSet<QString> currencies;
        for (const OrderLine &l : *it)
            currencies.insert(l.product.fields.value(u"currency"_s).toString());
        if (currencies.size() > 1)
            return Error::unprocessable(
                u"mixed_currency"_s,
                u"One order cannot mix currencies; buy these in separate orders."_s, u"lines"_s);
    }
    for (auto it = byShop.cbegin(); it != byShop.cend(); ++it) {
        Result<std::optional<Row>> shop = store.get(Entity::shops(), it.key());
        if (!shop)
            return shop.error();
        if (shop->has_value() && (*shop)->fields.value(u"owner_id"_s).toString() == ctx.userId)
            return Error::unprocessable(u"own_shop"_s, u"You cannot order from your own shop."_s,
                                        u"lines"_s);
    }
    return Ok {};
}

//! Takes a line's units off the shelf and out of the buyer's cart.
Result<Ok> takeLine(SyncStore &store, const MutationContext &ctx, const OrderLine &l,
                    const QString &orderId)
{
    Result<std::optional<Row>> fresh = store.get(Entity::variants(), l.variant.id);
    if (!fresh)
        return fresh.error();
    if (Result<Ok> taken = addStock(store, ctx, **fresh, -l.quantity, orderId); !taken)
        return taken;
    Result<std::optional<Row>> inCart =
        store.get(Entity::cartLines(), cartLineId(ctx.userId, l.variant.id));
    if (!inCart)
        return inCart.error();
    if (!inCart->has_value())
        return Ok {};
    Row line = **inCart;
    line.fields.insert(u"active"_s, false);
    line.clocks.insert(u"active"_s, ctx.hlc.toString());
    return store.put(Entity::cartLines(), line);
}

//! Makes the order of one shop from its checked lines, and tells the seller.
Result<Ok> placeShopOrder(SyncStore &store, const MutationContext &ctx, const PlaceOrderArgs &a,
                          const QString &shopId, const QList<OrderLine> &shopLines)
{
    const QString id = orderId(a.id, shopId);
    if (Result<Ok> unused =
            idUnused(store, Entity::orders(), id, idTaken(u"This order was placed already."_s));
        !unused)
        return unused.error();
    QJsonArray lines;
    qint64 total = 0;
    QString currency;
    for (const OrderLine &l : shopLines) {
        const qint64 price = l.product.fields.value(u"price"_s).toInteger();
        currency = l.product.fields.value(u"currency"_s).toString();
        total += price * l.quantity;
        lines.append(QJsonObject {{u"variant_id"_s, l.variant.id},
                                  {u"product_id"_s, l.product.id},
                                  {u"title"_s, l.product.fields.value(u"title"_s)},
                                  {u"variant"_s, l.variant.fields.value(u"name"_s)},
                                  {u"sku"_s, l.variant.fields.value(u"sku"_s)},
                                  {u"quantity"_s, l.quantity},
                                  {u"unit_price"_s, price}});
        if (Result<Ok> taken = takeLine(store, ctx, l, id); !taken)
            return taken;
    }
    Result<std::optional<Row>> shop = store.get(Entity::shops(), shopId);
    if (!shop)
        return shop.error();
    const QString seller =
        shop->has_value() ? (*shop)->fields.value(u"owner_id"_s).toString() : QString();
    Row order =
        newRow(Entity::orders(), id,
               {{u"intent_id"_s, a.id},
                {u"seller_id"_s, seller},
                {u"buyer_id"_s, ctx.userId},
                {u"shop_id"_s, shopId},
                {u"status"_s, u"placed"_s},
                {u"currency"_s, currency},
                {u"total"_s, total},
                {u"lines"_s, Social::toJsonText(lines)},
                {u"payment"_s, a.payment},
                {u"timeline"_s,
                 Social::toJsonText(QJsonArray {QJsonObject {
                     {u"status"_s, u"placed"_s}, {u"at"_s, ctx.now()}, {u"by"_s, ctx.userId}}})},
                {u"created_at"_s, ctx.now()}});
    stampUnclocked(order, Entity::orders(), ctx.hlc);
    if (Result<Ok> put = store.put(Entity::orders(), order); !put)
        return put;
    return notifyOrder(store, ctx, order, u"placed"_s);
}

Mutator placeOrder()
{
    return makeMutator<PlaceOrderArgs>(
        u"placeOrder"_s,
        [](SyncStore &store, const MutationContext &ctx, const PlaceOrderArgs &a) -> Result<Ok> {
            // An intent until the server answers: the client shows it as waiting, never placed.
            if (!ctx.onServer)
                return Ok {};
            Result<Basket> basket = readBasket(store, a.lines);
            if (!basket)
                return basket.error();
            if (Result<Ok> fits = checkShops(store, ctx, basket->byShop); !fits)
                return fits;
            if (!basket->problems.isEmpty())
                return Error {
                    409, u"order_rejected"_s,
                    u"The order was not placed: %1."_s.arg(basket->problems.join(u"; "_s)),
                    u"lines"_s};
            // Everything checked in this same transaction: take the stock, make the orders.
            for (auto it = basket->byShop.cbegin(); it != basket->byShop.cend(); ++it) {
                if (Result<Ok> placed = placeShopOrder(store, ctx, a, it.key(), *it); !placed)
                    return placed;
            }
            return Ok {};
        });
}

Result<Ok> addRating(SyncStore &store, const MutationContext &ctx, const EntityDef &entity,
                     const QString &id, qint64 stars, qint64 count = 1);

//! A refunded order's reviews no longer count in the product's and the shop's rating (the
//! review stays, as the buyer's words; refunded is final, so this runs once).
Result<Ok> uncountReviews(SyncStore &store, const MutationContext &ctx, const Row &order)
{
    for (const QJsonValue &value : parseArray(order.fields.value(u"lines"_s).toString())) {
        const QJsonObject line = value.toObject();
        Result<std::optional<Row>> review = store.get(
            Entity::reviews(), reviewId(order.id, line.value(u"variant_id"_s).toString()));
        if (!review)
            return review.error();
        if (!review->has_value() || (*review)->deleted)
            continue;
        const qint64 stars = (*review)->fields.value(u"stars"_s).toInteger();
        if (Result<Ok> rated =
                addRating(store, ctx, Entity::products(),
                          (*review)->fields.value(u"product_id"_s).toString(), -stars, -1);
            !rated)
            return rated;
        if (Result<Ok> rated = addRating(store, ctx, Entity::shops(),
                                         order.fields.value(u"shop_id"_s).toString(), -stars, -1);
            !rated)
            return rated;
    }
    return Ok {};
}

struct OrderStatusArgs
{
    QString orderId;
    QString status; // the state machine refuses unknown ones
    std::optional<QString> tracking;

    static Result<OrderStatusArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        OrderStatusArgs a {in.id(u"order_id"_s), in.string(u"status"_s),
                           in.optionalText(u"tracking"_s, 0, 200)};
        return in.finish(a);
    }
};

Mutator setOrderStatus()
{
    return makeMutator<OrderStatusArgs>(
        u"setOrderStatus"_s,
        [](SyncStore &store, const MutationContext &ctx, const OrderStatusArgs &a) -> Result<Ok> {
            Result<Row> order =
                existing(store, Entity::orders(), a.orderId,
                         notFound(u"order_not_found"_s, u"There is no such order."_s));
            if (!order)
                return order.error();
            Row row = *order;
            const QString from = row.fields.value(u"status"_s).toString();
            const QString &to = a.status;
            const bool buyer = row.fields.value(u"buyer_id"_s).toString() == ctx.userId;
            Result<std::optional<Row>> shop =
                store.get(Entity::shops(), row.fields.value(u"shop_id"_s).toString());
            if (!shop)
                return shop.error();
            const bool seller =
                shop->has_value() && (*shop)->fields.value(u"owner_id"_s).toString() == ctx.userId;
            if (!buyer && !seller)
                return notFound(u"order_not_found"_s, u"There is no such order."_s);
            // The buyer may cancel before payment and confirm delivery; the rest is the shop's.
            const bool allowed =
                seller || (to == u"cancelled"_s && from == u"placed"_s) || to == u"delivered"_s;
            if (!allowed)
                return forbidden(u"Only the shop can mark an order %1."_s.arg(to));
            const Payment::Provider *payment =
                Payment::find(row.fields.value(u"payment"_s).toString());
            if (to == u"paid"_s && (!payment || !payment->shopConfirmsPayment()))
                return forbidden(u"This order's payment is confirmed by its payment provider."_s);
            Result<QString> next = orderStateMachine().transition(from, to);
            if (!next)
                return next.error();
            if (to == u"cancelled"_s || to == u"refunded"_s) {
                // The units go back on the shelf.
                for (const QJsonValue &value :
                     parseArray(row.fields.value(u"lines"_s).toString())) {
                    const QJsonObject line = value.toObject();
                    Result<std::optional<Row>> variant =
                        store.get(Entity::variants(), line.value(u"variant_id"_s).toString());
                    if (!variant)
                        return variant.error();
                    if (!variant->has_value())
                        continue; // not on this device (a buyer's); the server restores it
                    if (Result<Ok> back = addStock(store, ctx, **variant,
                                                   line.value(u"quantity"_s).toInteger(), row.id);
                        !back)
                        return back;
                }
            }
            if (to == u"refunded"_s && ctx.onServer) {
                if (Result<Ok> uncounted = uncountReviews(store, ctx, row); !uncounted)
                    return uncounted;
            }
            QJsonArray timeline = parseArray(row.fields.value(u"timeline"_s).toString());
            timeline.append(
                QJsonObject {{u"status"_s, to}, {u"at"_s, ctx.now()}, {u"by"_s, ctx.userId}});
            row.fields.insert(u"status"_s, to);
            row.fields.insert(u"timeline"_s, Social::toJsonText(timeline));
            if (a.tracking)
                row.fields.insert(u"tracking"_s, a.tracking->trimmed());
            for (const QString &f : {u"status"_s, u"timeline"_s, u"tracking"_s})
                row.clocks.insert(f, ctx.hlc.toString());
            if (Result<Ok> put = store.put(Entity::orders(), row); !put)
                return put;
            return notifyOrder(store, ctx, row, to);
        });
}

// --- reviews --------------------------------------------------------------------------------

//! Adds one review's stars to a product's or shop's derived rating (server only); `count` -1
//! with negative stars takes one out again.
Result<Ok> addRating(SyncStore &store, const MutationContext &ctx, const EntityDef &entity,
                     const QString &id, qint64 stars, qint64 count)
{
    Result<std::optional<Row>> found = store.get(entity, id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Ok {};
    Row row = **found;
    row.fields.insert(u"rating_total"_s, row.fields.value(u"rating_total"_s).toInteger() + stars);
    row.fields.insert(u"rating_count"_s, row.fields.value(u"rating_count"_s).toInteger() + count);
    for (const QString &f : {u"rating_total"_s, u"rating_count"_s})
        row.clocks.insert(f, ctx.hlc.toString());
    return store.put(entity, row);
}

struct ReviewArgs
{
    QString orderId;
    QString variantId;
    qint64 stars = 0;
    QString body;

    static Result<ReviewArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        ReviewArgs a {
            in.id(u"order_id"_s), in.id(u"variant_id"_s),
            in.integerIn(u"stars"_s, 1, 5, u"invalid_stars"_s, u"A review has 1 to 5 stars."_s),
            in.text(u"body"_s, 0, 2000)};
        return in.finish(a);
    }
};

Mutator review()
{
    return makeMutator<ReviewArgs>(
        u"review"_s,
        [](SyncStore &store, const MutationContext &ctx, const ReviewArgs &a) -> Result<Ok> {
            const QString &orderId = a.orderId;
            const QString &variantId = a.variantId;
            Result<Row> order =
                existing(store, Entity::orders(), orderId,
                         notFound(u"order_not_found"_s, u"There is no such order."_s));
            if (!order)
                return order.error();
            if (order->fields.value(u"buyer_id"_s).toString() != ctx.userId)
                return forbidden(u"Only the buyer reviews what they bought."_s);
            // An order from one's own shop (made before owners were refused) is no review.
            if (order->fields.value(u"seller_id"_s).toString() == ctx.userId)
                return forbidden(u"You cannot review your own shop."_s);
            if (order->fields.value(u"status"_s).toString() != u"delivered"_s)
                return forbidden(u"You can review an item once it is delivered."_s);
            QString productId;
            for (const QJsonValue &line : parseArray(order->fields.value(u"lines"_s).toString())) {
                if (line.toObject().value(u"variant_id"_s).toString() == variantId)
                    productId = line.toObject().value(u"product_id"_s).toString();
            }
            if (productId.isEmpty())
                return Error::unprocessable(
                    u"not_in_order"_s, u"This item is not part of the order."_s, u"variant_id"_s);
            const QString id = reviewId(orderId, variantId);
            if (Result<Ok> unused = idUnused(
                    store, Entity::reviews(), id,
                    Error {409, u"already_reviewed"_s, u"You reviewed this item already."_s, {}});
                !unused)
                return unused.error();
            Result<QString> username = usernameOf(store, ctx.userId);
            if (!username)
                return username.error();
            const qint64 stars = a.stars;
            const QString shopId = order->fields.value(u"shop_id"_s).toString();
            Row row = newRow(Entity::reviews(), id,
                             {{u"order_id"_s, orderId},
                              {u"variant_id"_s, variantId},
                              {u"product_id"_s, productId},
                              {u"shop_id"_s, shopId},
                              {u"author_id"_s, ctx.userId},
                              {u"author_username"_s, *username},
                              {u"stars"_s, stars},
                              {u"body"_s, a.body.trimmed()},
                              {u"created_at"_s, ctx.now()}});
            stampUnclocked(row, Entity::reviews(), ctx.hlc);
            if (Result<Ok> put = store.put(Entity::reviews(), row); !put)
                return put;
            if (!ctx.onServer)
                return Ok {};
            if (Result<Ok> rated = addRating(store, ctx, Entity::products(), productId, stars);
                !rated)
                return rated;
            return addRating(store, ctx, Entity::shops(), shopId, stars);
        });
}

struct ReplyToReviewArgs
{
    QString reviewId;
    QString body;

    static Result<ReplyToReviewArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        ReplyToReviewArgs a {in.id(u"review_id"_s), in.text(u"body"_s, 1, 2000)};
        return in.finish(a);
    }
};

Mutator replyToReview()
{
    return makeMutator<ReplyToReviewArgs>(
        u"replyToReview"_s,
        [](SyncStore &store, const MutationContext &ctx, const ReplyToReviewArgs &a) -> Result<Ok> {
            Result<Row> found =
                existing(store, Entity::reviews(), a.reviewId,
                         notFound(u"review_not_found"_s, u"There is no such review."_s));
            if (!found)
                return found.error();
            if (Result<Row> shop =
                    ownShop(store, ctx, found->fields.value(u"shop_id"_s).toString());
                !shop)
                return shop.error();
            if (!found->fields.value(u"reply"_s).toString().isEmpty())
                return Error {
                    409, u"already_replied"_s, u"The shop has replied to this review."_s, {}};
            Row row = *found;
            row.fields.insert(u"reply"_s, a.body.trimmed());
            row.fields.insert(u"replied_at"_s, ctx.now());
            for (const QString &f : {u"reply"_s, u"replied_at"_s})
                row.clocks.insert(f, ctx.hlc.toString());
            return store.put(Entity::reviews(), row);
        });
}

} // namespace

Result<Ok> createShop(SyncStore &store, const MutationContext &ctx, const QString &shopId,
                      const QString &ownerId, const QString &name, const QString &description)
{
    Row shop = newRow(Entity::shops(), shopId,
                      {{u"owner_id"_s, ownerId},
                       {u"name"_s, name.trimmed()},
                       {u"description"_s, description.trimmed()},
                       {u"created_at"_s, ctx.now()}});
    stampUnclocked(shop, Entity::shops(), ctx.hlc);
    return store.put(Entity::shops(), shop);
}

QList<Mutator> mutators()
{
    return {updateShop(),      upsertProduct(), archiveProduct(), setVariant(), stockChange(false),
            stockChange(true), wish(true),      wish(false),      addToCart(),  setCartQuantity(),
            removeFromCart(),  placeOrder(),    setOrderStatus(), review(),     replyToReview()};
}

} // namespace Souk::Sync::Commerce
