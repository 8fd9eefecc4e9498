#pragma once

#include <QString>
#include <QStringList>

//! Every id that is derived rather than drawn, in one place. A derived id is the same on every
//! device, so the client's optimistic run and the server's run of a mutation write the same
//! row, and a second "like" of the same post is the same row as the first.
namespace Souk::Sync {

//! 32 hex digits of SHA-256 over the parts: for rows whose key is several values.
QString derivedId(const QStringList &parts);

//! "a:b", the id of a pair register: a follow (follower:followee), a like (user:post), a block
//! (blocker:blocked), a membership (conversation:user). Readable, so SQL can join on it.
QString pairId(const QString &a, const QString &b);
//! The same id as an SQL expression over two SQL operands, for queries that join on it.
QString pairIdSql(const QString &a, const QString &b);

namespace Chat {
//! The direct conversation of two users: the same whoever starts it, so one per pair.
QString directId(const QString &a, const QString &b);
//! A user's membership row in a conversation.
QString memberId(const QString &conversationId, const QString &userId);
QString memberIdSql(const QString &conversationId, const QString &userId);
} // namespace Chat

namespace Commerce {
//! One row per (shop, SKU), per (user, product) in the wishlist, per (user, variant) in the
//! cart, per (checkout, shop) for orders, per (order, variant) for reviews.
QString skuId(const QString &shopId, const QString &sku);
QString wishId(const QString &userId, const QString &productId);
QString cartLineId(const QString &userId, const QString &variantId);
QString orderId(const QString &intentId, const QString &shopId);
QString reviewId(const QString &orderId, const QString &variantId);
} // namespace Commerce

namespace Moderation {
//! The one report a reporter has on a target (reopened when reported again after a decision).
QString reportId(const QString &reporterId, const QString &targetType, const QString &targetId);
//! The strike a decision puts on its target's record (hide, remove, warn, limit, ...).
QString strikeId(const QString &actionId);
} // namespace Moderation

} // namespace Souk::Sync
