#pragma once

#include "Arbitrary.h"

//! Random arguments for the commerce mutators (see ArbitraryArgs.h): mostly about rows the
//! device can see (its shop's products and variants, its cart), sometimes about ids it cannot
//! (another shop's), and now and then out of range (a price below zero, a quantity of 0).
namespace Souk::Sync::Arbitrary {

QJsonObject updateShop(const ArbitraryInput &in);
QJsonObject upsertProduct(const ArbitraryInput &in);
QJsonObject product(const ArbitraryInput &in);
QJsonObject setVariant(const ArbitraryInput &in);
QJsonObject adjustStock(const ArbitraryInput &in);
QJsonObject countStock(const ArbitraryInput &in);
QJsonObject wish(const ArbitraryInput &in);
QJsonObject cartQuantity(const ArbitraryInput &in);
QJsonObject removeFromCart(const ArbitraryInput &in);
QJsonObject placeOrder(const ArbitraryInput &in);
QJsonObject setOrderStatus(const ArbitraryInput &in);
QJsonObject review(const ArbitraryInput &in);
QJsonObject replyToReview(const ArbitraryInput &in);

} // namespace Souk::Sync::Arbitrary
