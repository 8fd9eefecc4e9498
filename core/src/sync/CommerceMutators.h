#pragma once

#include "SyncTypes.h"

//! Shops' products, variants and stock, the wishlist, the cart, checkout and orders (the
//! commerce issue). Money is integer minor units of an ISO 4217 currency throughout.
namespace Souk::Sync::Commerce {

constexpr qint64 MaxPrice = 10'000'000'000; // minor units: 100 million in a 2-decimal currency
constexpr int MaxQuantity = 10'000;
constexpr qint64 MaxStockDelta = 1'000'000;
constexpr int MaxOrderLines = 100;
constexpr int TitleMax = 200;
constexpr int DescriptionMax = 5000;
constexpr int ShopNameMax = 100; // as a shop request's name

QList<Mutator> mutators();

//! Derived ids, the same on every device: one row per (shop, SKU), per (user, product) in the
//! wishlist, per (user, variant) in the cart, per (checkout, shop) for orders.
QString skuId(const QString &shopId, const QString &sku);
QString wishId(const QString &userId, const QString &productId);
QString cartLineId(const QString &userId, const QString &variantId);
QString orderId(const QString &intentId, const QString &shopId);
QString reviewId(const QString &orderId, const QString &variantId);

//! Makes the shop row for an approved request (the server's decision, not a client mutator).
Result<Ok> createShop(SyncStore &store, const MutationContext &ctx, const QString &shopId,
                      const QString &ownerId, const QString &name, const QString &description);

} // namespace Souk::Sync::Commerce
