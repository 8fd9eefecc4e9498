#pragma once

#include "DerivedIds.h"
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

//! Makes the shop row for an approved request (the server's decision, not a client mutator).
Result<Ok> createShop(SyncStore &store, const MutationContext &ctx, const QString &shopId,
                      const QString &ownerId, const QString &name, const QString &description);

} // namespace Souk::Sync::Commerce
