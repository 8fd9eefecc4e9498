#include "Entities.h"

#include "Visibility.h"

using namespace Qt::StringLiterals;

namespace Souk::Sync {

QVariant fieldToSql(const FieldDef &field, const QJsonValue &value)
{
    switch (field.kind) {
    case FieldDef::Kind::Text:
        return value.toString();
    case FieldDef::Kind::Integer:
        return qint64(value.toDouble());
    case FieldDef::Kind::Bool:
        return value.toBool() ? 1 : 0;
    }
    return {};
}

QJsonValue fieldFromSql(const FieldDef &field, const QVariant &value)
{
    switch (field.kind) {
    case FieldDef::Kind::Text:
        return value.toString();
    case FieldDef::Kind::Integer:
        return value.toLongLong();
    case FieldDef::Kind::Bool:
        return value.toLongLong() != 0;
    }
    return {};
}

QString userBucket(const QString &userId)
{
    return u"user:"_s + userId;
}

QString authorBucket(const QString &userId)
{
    return u"author:"_s + userId;
}

QString convBucket(const QString &conversationId)
{
    return u"conv:"_s + conversationId;
}

QString shopBucket(const QString &shopId)
{
    return u"shop:"_s + shopId;
}

QString modBucket()
{
    return u"mod"_s;
}

namespace {
using Kind = FieldDef::Kind;
using Side = IndexDef::Side;
// Whether every row must name the field (FieldDef::required).
constexpr bool Required = true;
constexpr bool Optional = false;

// Content a moderator holds back reaches only its author (Visibility.h).
using Visibility::heldBack;

QString text(const Row &row, const QString &field)
{
    return row.fields.value(field).toString();
}
} // namespace

namespace Entity {

const EntityDef &profiles()
{
    // A profile is public: it travels in its author's bucket, to followers and to the owner.
    static const EntityDef def {
        u"profiles"_s,
        u"users"_s,
        {{u"username"_s, Kind::Text, Required},
         {u"display_name"_s, Kind::Text, Required},
         {u"bio"_s, Kind::Text},
         {u"avatar"_s, Kind::Text}}, // media id of the avatar image, or empty
        {}, // the users table's own indexes are the server's (Migrations.cpp)
        [](const Row &row) {
            return QStringList {authorBucket(row.id)};
        }};
    return def;
}

const EntityDef &follows()
{
    // One row per (follower, followee), written only by the follower; both see it.
    static const EntityDef def {u"follows"_s,
                                u"follows"_s,
                                {{u"follower_id"_s, Kind::Text, Required},
                                 {u"followee_id"_s, Kind::Text, Required},
                                 {u"active"_s, Kind::Bool}},
                                {{u"follows_by_follower"_s, u"follower_id, active"_s},
                                 {u"follows_by_followee"_s, u"followee_id, active"_s}},
                                [](const Row &row) {
                                    return QStringList {userBucket(text(row, u"follower_id"_s)),
                                                        userBucket(text(row, u"followee_id"_s))};
                                }};
    return def;
}

const EntityDef &drafts()
{
    // media: the images of a post being composed, as a JSON array of media ids.
    static const EntityDef def {u"drafts"_s,
                                u"drafts"_s,
                                {{u"owner_id"_s, Kind::Text, Required},
                                 {u"title"_s, Kind::Text},
                                 {u"body"_s, Kind::Text},
                                 {u"conflict_of"_s, Kind::Text},
                                 {u"media"_s, Kind::Text}},
                                {{u"drafts_by_owner"_s, u"owner_id"_s, Side::Server}},
                                [](const Row &row) {
                                    return QStringList {userBucket(text(row, u"owner_id"_s))};
                                }};
    return def;
}

const EntityDef &conflicts()
{
    // A write that lost to a concurrent one, kept for its owner to review: never silently lost.
    static const EntityDef def {u"conflicts"_s,
                                u"conflicts"_s,
                                {{u"owner_id"_s, Kind::Text, Required},
                                 {u"entity"_s, Kind::Text, Required},
                                 {u"row_id"_s, Kind::Text, Required},
                                 {u"field"_s, Kind::Text, Required},
                                 {u"lost_value"_s, Kind::Text, Required},
                                 {u"lost_hlc"_s, Kind::Text, Required},
                                 {u"kept_value"_s, Kind::Text, Required},
                                 {u"resolved"_s, Kind::Bool}},
                                {{u"conflicts_by_owner"_s, u"owner_id"_s, Side::Server}},
                                [](const Row &row) {
                                    return QStringList {userBucket(text(row, u"owner_id"_s))};
                                }};
    return def;
}

const EntityDef &posts()
{
    // Public: a post travels in its author's bucket, to the author and every follower.
    // media holds the stored images as JSON ([{id, sha256, width, height}]); tags and mentions
    // are derived from the caption (" tag1 tag2 ", padded so a LIKE '% tag %' is exact);
    // like_count and comment_count are derived by the server's mutators, never sent by clients.
    static const EntityDef def {
        u"posts"_s,
        u"posts"_s,
        {{u"author_id"_s, Kind::Text, Required},
         {u"caption"_s, Kind::Text},
         {u"media"_s, Kind::Text, Optional, u"'[]'"_s},
         {u"tags"_s, Kind::Text},
         {u"mentions"_s, Kind::Text},
         {u"created_at"_s, Kind::Integer},
         {u"edited_at"_s, Kind::Integer},
         {u"like_count"_s, Kind::Integer},
         {u"comment_count"_s, Kind::Integer},
         {u"moderation"_s, Kind::Text}},
        {{u"posts_by_author"_s, u"author_id, created_at"_s, Side::Server},
         // moderation: a profile's post count (Visibility::contentCount) reads only the index.
         {u"posts_by_author"_s, u"author_id, created_at, id, moderation"_s, Side::Client},
         {u"posts_by_time"_s, u"created_at, id"_s}},
        [](const Row &row) {
            const QString author = text(row, u"author_id"_s);
            if (heldBack(row))
                return QStringList {userBucket(author)};
            return QStringList {authorBucket(author)};
        }};
    return def;
}

const EntityDef &likes()
{
    // One row per (user, post), a pair register: private to the one who likes.
    static const EntityDef def {u"likes"_s,
                                u"likes"_s,
                                {{u"user_id"_s, Kind::Text, Required},
                                 {u"post_id"_s, Kind::Text, Required},
                                 {u"active"_s, Kind::Bool}},
                                {{u"likes_by_post"_s, u"post_id, active"_s, Side::Server},
                                 {u"likes_by_post"_s, u"post_id"_s, Side::Client}},
                                [](const Row &row) {
                                    return QStringList {userBucket(text(row, u"user_id"_s))};
                                }};
    return def;
}

const EntityDef &comments()
{
    // Comments go where their post goes (the post author's bucket), and to their own author,
    // who may comment on a post of someone they do not follow. author_username is copied in,
    // so readers who do not follow the commenter can still name them.
    static const EntityDef def {
        u"comments"_s,
        u"comments"_s,
        {{u"post_id"_s, Kind::Text, Required},
         {u"post_author_id"_s, Kind::Text, Required},
         {u"author_id"_s, Kind::Text, Required},
         {u"author_username"_s, Kind::Text},
         {u"parent_id"_s, Kind::Text},
         {u"body"_s, Kind::Text, Required},
         {u"created_at"_s, Kind::Integer, Required},
         {u"moderation"_s, Kind::Text}},
        {{u"comments_by_post"_s, u"post_id, created_at"_s}},
        [](const Row &row) {
            const QString author = userBucket(text(row, u"author_id"_s));
            if (heldBack(row))
                return QStringList {author};
            return QStringList {authorBucket(text(row, u"post_author_id"_s)), author};
        }};
    return def;
}

const EntityDef &blocks()
{
    // While it holds, both accounts receive the block: each device hides the other's content
    // (Visibility.h), whoever blocked whom. Once lifted it is the blocker's alone again (the
    // blocked account's devices get a tombstone): nobody learns of a block that is over.
    static const EntityDef def {u"blocks"_s,
                                u"blocks"_s,
                                {{u"blocker_id"_s, Kind::Text, Required},
                                 {u"blocked_id"_s, Kind::Text, Required},
                                 {u"active"_s, Kind::Bool}},
                                {{u"blocks_by_blocked"_s, u"blocked_id, active"_s},
                                 {u"blocks_by_blocker"_s, u"blocker_id, active"_s}},
                                [](const Row &row) {
                                    QStringList buckets {userBucket(text(row, u"blocker_id"_s))};
                                    if (row.fields.value(u"active"_s).toBool())
                                        buckets << userBucket(text(row, u"blocked_id"_s));
                                    return buckets;
                                }};
    return def;
}

const EntityDef &notifications()
{
    // Written only by the server's run of a mutator. kind: like, comment, reply, follow, mention.
    // actor_username is copied in: the recipient usually has no profile of the actor.
    static const EntityDef def {
        u"notifications"_s,
        u"notifications"_s,
        {{u"recipient_id"_s, Kind::Text, Required},
         {u"kind"_s, Kind::Text, Required},
         {u"actor_id"_s, Kind::Text, Required},
         {u"actor_username"_s, Kind::Text},
         {u"post_id"_s, Kind::Text},
         {u"comment_id"_s, Kind::Text},
         {u"excerpt"_s, Kind::Text},
         {u"created_at"_s, Kind::Integer, Required}},
        {{u"notifications_by_time"_s, u"deleted, created_at"_s, Side::Server},
         {u"notifications_by_time"_s, u"created_at DESC"_s, Side::Client},
         // A moderator's mark on a post or comment takes its text out of the notices that
         // quote it (SyncStore::noticesQuoting).
         {u"notifications_quoting"_s, u"post_id, comment_id"_s, Side::Server}},
        [](const Row &row) {
            return QStringList {userBucket(text(row, u"recipient_id"_s))};
        }};
    return def;
}

const EntityDef &inbox()
{
    // One row per user (id = user id): notifications up to read_until (ms) have been read.
    // A max-register, so "mark all read" on two devices can only move it forward.
    static const EntityDef def {
        u"inbox"_s, u"inbox"_s, {{u"read_until"_s, Kind::Integer}}, {}, [](const Row &row) {
            return QStringList {userBucket(row.id)};
        }};
    return def;
}

const EntityDef &conversations()
{
    // A direct or group conversation; everything in it travels in its conv: bucket, which only
    // its active members read. last_seq counts messages (the server assigns their order).
    static const EntityDef def {
        u"conversations"_s,
        u"conversations"_s,
        {{u"kind"_s, Kind::Text, Required},
         {u"title"_s, Kind::Text},
         {u"direct_pair"_s, Kind::Text}, // "a b" for a direct one
         {u"created_by"_s, Kind::Text, Required},
         {u"created_at"_s, Kind::Integer, Required},
         {u"last_seq"_s, Kind::Integer},
         {u"last_message_at"_s, Kind::Integer},
         {u"last_preview"_s, Kind::Text}},
        {{u"conversations_by_creator"_s, u"created_by, created_at"_s, Side::Server}},
        [](const Row &row) {
            return QStringList {convBucket(row.id)};
        }};
    return def;
}

const EntityDef &members()
{
    // One row per (conversation, user): a pair register for membership, a role, and the
    // member's read position (a max-register). In the user's own bucket too, so the server
    // knows to give them the conversation's bucket and their devices see they were removed.
    static const EntityDef def {
        u"members"_s,
        u"members"_s,
        {{u"conversation_id"_s, Kind::Text, Required},
         {u"user_id"_s, Kind::Text, Required},
         {u"username"_s, Kind::Text},
         {u"role"_s, Kind::Text, Optional, u"'member'"_s},
         {u"active"_s, Kind::Bool},
         {u"read_seq"_s, Kind::Integer}},
        {{u"members_by_user"_s, u"user_id, active"_s, Side::Server},
         {u"members_by_conversation"_s, u"conversation_id, active"_s, Side::Server},
         {u"members_by_conversation"_s, u"conversation_id"_s, Side::Client}},
        [](const Row &row) {
            return QStringList {convBucket(text(row, u"conversation_id"_s)),
                                userBucket(text(row, u"user_id"_s))};
        }};
    return def;
}

const EntityDef &messages()
{
    // seq is 0 until the server orders the message. A deleted message stays as a row with
    // removed = true and no content, so it shows as "message deleted" where it was.
    static const EntityDef def {
        u"messages"_s,
        u"messages"_s,
        {{u"conversation_id"_s, Kind::Text, Required},
         {u"author_id"_s, Kind::Text, Required},
         {u"author_username"_s, Kind::Text},
         {u"body"_s, Kind::Text},
         {u"media"_s, Kind::Text, Optional, u"'[]'"_s},
         {u"reply_to"_s, Kind::Text},
         {u"seq"_s, Kind::Integer},
         {u"created_at"_s, Kind::Integer, Required},
         {u"edited_at"_s, Kind::Integer},
         {u"removed"_s, Kind::Bool},
         {u"moderation"_s, Kind::Text}},
        {{u"messages_by_conversation"_s, u"conversation_id, seq"_s, Side::Server},
         {u"messages_by_conversation"_s, u"conversation_id, seq, created_at"_s, Side::Client},
         {u"messages_by_time"_s, u"created_at"_s, Side::Server},
         {u"messages_by_author"_s, u"author_id, created_at"_s, Side::Server}},
        [](const Row &row) {
            if (heldBack(row))
                return QStringList {userBucket(text(row, u"author_id"_s))};
            return QStringList {convBucket(text(row, u"conversation_id"_s))};
        }};
    return def;
}

const EntityDef &reactions()
{
    // One row per (message, user, emoji): a pair register, so each user's set of reactions
    // merges per emoji.
    static const EntityDef def {u"reactions"_s,
                                u"reactions"_s,
                                {{u"message_id"_s, Kind::Text, Required},
                                 {u"conversation_id"_s, Kind::Text, Required},
                                 {u"user_id"_s, Kind::Text, Required},
                                 {u"emoji"_s, Kind::Text, Required},
                                 {u"active"_s, Kind::Bool}},
                                {{u"reactions_by_message"_s, u"message_id"_s}},
                                [](const Row &row) {
                                    if (heldBack(row))
                                        return QStringList {userBucket(text(row, u"author_id"_s))};
                                    return QStringList {
                                        convBucket(text(row, u"conversation_id"_s))};
                                }};
    return def;
}

const EntityDef &preferences()
{
    // One row per user (id = user id), private to them: settings the server must know, such
    // as hiding presence from others.
    static const EntityDef def {u"preferences"_s,
                                u"preferences"_s,
                                {{u"presence_hidden"_s, Kind::Bool}},
                                {},
                                [](const Row &row) {
                                    return QStringList {userBucket(row.id)};
                                }};
    return def;
}

// --- commerce (ARCHITECTURE.md §4: stock adds up, price conflicts, cart add-wins) -----------

const EntityDef &shops()
{
    // Created by the server when a shop is approved; the owner edits the profile.
    static const EntityDef def {u"shops"_s,
                                u"shops"_s,
                                {{u"owner_id"_s, Kind::Text, Required},
                                 {u"name"_s, Kind::Text},
                                 {u"description"_s, Kind::Text},
                                 {u"logo"_s, Kind::Text},
                                 {u"created_at"_s, Kind::Integer},
                                 {u"rating_total"_s, Kind::Integer},
                                 {u"rating_count"_s, Kind::Integer}},
                                {{u"shops_by_owner"_s, u"owner_id"_s, Side::Server}},
                                [](const Row &row) {
                                    return QStringList {shopBucket(row.id)};
                                }};
    return def;
}

const EntityDef &products()
{
    // Price in integer minor units of an ISO 4217 currency: floating point never holds money.
    static const EntityDef def {
        u"products"_s,
        u"products"_s,
        {{u"shop_id"_s, Kind::Text, Required},
         {u"title"_s, Kind::Text},
         {u"description"_s, Kind::Text},
         {u"category"_s, Kind::Text},
         {u"media"_s, Kind::Text, Optional, u"'[]'"_s},
         {u"status"_s, Kind::Text, Optional, u"'draft'"_s}, // draft, active, archived
         {u"price"_s, Kind::Integer},
         {u"currency"_s, Kind::Text},
         {u"created_at"_s, Kind::Integer},
         // Derived by the server from reviews: stars summed, and counted.
         {u"rating_total"_s, Kind::Integer},
         {u"rating_count"_s, Kind::Integer},
         {u"moderation"_s, Kind::Text}},
        {{u"products_by_shop"_s, u"shop_id, status"_s},
         {u"products_by_category"_s, u"category, price"_s},
         {u"products_by_price"_s, u"status, price"_s, Side::Server}},
        [](const Row &row) {
            return QStringList {shopBucket(text(row, u"shop_id"_s))};
        }};
    return def;
}

const EntityDef &variants()
{
    // stock is never overwritten by a client: adjustStock and countStock add to it on the
    // server, in push order, and a client replays its pending ones on top.
    static const EntityDef def {u"variants"_s,
                                u"variants"_s,
                                {{u"product_id"_s, Kind::Text, Required},
                                 {u"shop_id"_s, Kind::Text, Required},
                                 {u"sku"_s, Kind::Text},
                                 {u"name"_s, Kind::Text},
                                 {u"stock"_s, Kind::Integer}},
                                {{u"variants_by_product"_s, u"product_id"_s}},
                                [](const Row &row) {
                                    return QStringList {shopBucket(text(row, u"shop_id"_s))};
                                }};
    return def;
}

const EntityDef &skus()
{
    // One row per (shop, SKU), id derived from both: the uniqueness of a SKU within a shop,
    // checkable by id on the client and the server alike.
    static const EntityDef def {
        u"skus"_s,
        u"skus"_s,
        {{u"shop_id"_s, Kind::Text, Required}, {u"variant_id"_s, Kind::Text, Required}},
        {},
        [](const Row &row) {
            return QStringList {shopBucket(text(row, u"shop_id"_s))};
        }};
    return def;
}

const EntityDef &stockAlerts()
{
    // Stock that went below zero once merged (sales recorded offline): a fact, shown to the
    // owner to reconcile.
    static const EntityDef def {u"stock_alerts"_s,
                                u"stock_alerts"_s,
                                {{u"shop_id"_s, Kind::Text, Required},
                                 {u"variant_id"_s, Kind::Text, Required},
                                 {u"stock"_s, Kind::Integer},
                                 {u"created_at"_s, Kind::Integer},
                                 {u"resolved"_s, Kind::Bool}},
                                {},
                                [](const Row &row) {
                                    return QStringList {shopBucket(text(row, u"shop_id"_s))};
                                }};
    return def;
}

const EntityDef &wishlist()
{
    // One row per (user, product): a pair register, so add and remove merge by HLC.
    static const EntityDef def {u"wishlist"_s,
                                u"wishlist"_s,
                                {{u"user_id"_s, Kind::Text, Required},
                                 {u"product_id"_s, Kind::Text, Required},
                                 {u"active"_s, Kind::Bool}},
                                {},
                                [](const Row &row) {
                                    return QStringList {userBucket(text(row, u"user_id"_s))};
                                }};
    return def;
}

const EntityDef &cartLines()
{
    // One row per (user, variant). `added` counts adds: a remove names the count it saw, so a
    // concurrent add (which the remover had not seen) wins. Quantity is LWW.
    static const EntityDef def {u"cart_lines"_s,
                                u"cart_lines"_s,
                                {{u"user_id"_s, Kind::Text, Required},
                                 {u"variant_id"_s, Kind::Text, Required},
                                 {u"product_id"_s, Kind::Text},
                                 {u"quantity"_s, Kind::Integer},
                                 {u"added"_s, Kind::Integer},
                                 {u"active"_s, Kind::Bool}},
                                {},
                                [](const Row &row) {
                                    return QStringList {userBucket(text(row, u"user_id"_s))};
                                }};
    return def;
}

const EntityDef &orders()
{
    // Made by the server only (placeOrder), one per shop; read by the buyer and the shop.
    // lines and timeline are JSON arrays; total is in minor units of currency.
    static const EntityDef def {
        u"orders"_s,
        u"orders"_s,
        {{u"intent_id"_s, Kind::Text, Required},
         {u"buyer_id"_s, Kind::Text, Required},
         {u"shop_id"_s, Kind::Text, Required},
         {u"seller_id"_s, Kind::Text}, // the shop's owner, to message
         {u"status"_s, Kind::Text, Required},
         {u"currency"_s, Kind::Text, Required},
         {u"total"_s, Kind::Integer},
         {u"lines"_s, Kind::Text, Optional, u"'[]'"_s},
         {u"payment"_s, Kind::Text},
         {u"tracking"_s, Kind::Text},
         {u"timeline"_s, Kind::Text, Optional, u"'[]'"_s},
         {u"created_at"_s, Kind::Integer}},
        {{u"orders_by_buyer"_s, u"buyer_id, created_at"_s},
         {u"orders_by_shop"_s, u"shop_id, status, created_at"_s, Side::Server},
         {u"orders_by_shop"_s, u"shop_id, created_at"_s, Side::Client},
         {u"orders_by_time"_s, u"created_at"_s, Side::Server}},
        [](const Row &row) {
            return QStringList {userBucket(text(row, u"buyer_id"_s)),
                                shopBucket(text(row, u"shop_id"_s))};
        }};
    return def;
}

const EntityDef &reviews()
{
    // One per delivered order line (id derived from order and variant), by its buyer; the
    // shop may reply once. The buyer and the shop read it; the catalog shows it publicly.
    static const EntityDef def {
        u"reviews"_s,
        u"reviews"_s,
        {{u"order_id"_s, Kind::Text, Required},
         {u"variant_id"_s, Kind::Text, Required},
         {u"product_id"_s, Kind::Text, Required},
         {u"shop_id"_s, Kind::Text, Required},
         {u"author_id"_s, Kind::Text, Required},
         {u"author_username"_s, Kind::Text},
         {u"stars"_s, Kind::Integer, Required},
         {u"body"_s, Kind::Text},
         {u"reply"_s, Kind::Text},
         {u"created_at"_s, Kind::Integer},
         {u"replied_at"_s, Kind::Integer},
         {u"moderation"_s, Kind::Text}},
        {{u"reviews_by_product"_s, u"product_id, created_at"_s, Side::Server}},
        [](const Row &row) {
            return QStringList {userBucket(text(row, u"author_id"_s)),
                                shopBucket(text(row, u"shop_id"_s))};
        }};
    return def;
}

// --- moderation (ARCHITECTURE.md §4: the server wins every moderation conflict) -----------

const EntityDef &reports()
{
    // One row per (reporter, target), reopened when reported again after a decision. The
    // reporter and the moderators see it; the person reported never does. snapshot keeps the
    // content as it was when reported, whatever its author does later.
    static const EntityDef def {
        u"reports"_s,
        u"reports"_s,
        {{u"reporter_id"_s, Kind::Text},
         {u"reporter_username"_s, Kind::Text},
         {u"target_type"_s, Kind::Text}, // post, comment, message, ...
         {u"target_id"_s, Kind::Text},
         {u"target_owner_id"_s, Kind::Text},
         {u"target_owner_username"_s, Kind::Text},
         {u"reason"_s, Kind::Text},
         {u"note"_s, Kind::Text},
         {u"snapshot"_s, Kind::Text, Optional, u"'{}'"_s}, // JSON
         {u"status"_s, Kind::Text, Optional, u"'open'"_s}, // open, actioned, dismissed
         {u"decision"_s, Kind::Text},
         {u"created_at"_s, Kind::Integer},
         {u"decided_at"_s, Kind::Integer}},
        {{u"reports_by_target"_s, u"target_type, target_id, status"_s, Side::Server},
         {u"reports_by_owner"_s, u"target_owner_id, created_at"_s, Side::Server},
         {u"reports_by_time"_s, u"created_at"_s, Side::Server},
         {u"reports_by_decision"_s, u"decided_at"_s, Side::Server},
         {u"reports_by_status"_s, u"status, created_at"_s, Side::Client}},
        [](const Row &row) {
            // Filed by the server (a post waiting for review): no
            // reporter to tell.
            QStringList buckets {modBucket()};
            const QString reporter = text(row, u"reporter_id"_s);
            if (!reporter.isEmpty())
                buckets << userBucket(reporter);
            return buckets;
        }};
    return def;
}

const EntityDef &modActions()
{
    // What moderators did, for the queue's history and to undo: a removal keeps the content it
    // took out of every replica in `original`, so an upheld appeal can put it back.
    static const EntityDef def {
        u"mod_actions"_s,
        u"mod_actions"_s,
        {{u"actor_id"_s, Kind::Text},
         {u"action"_s, Kind::Text},
         {u"target_type"_s, Kind::Text},
         {u"target_id"_s, Kind::Text},
         {u"owner_id"_s, Kind::Text},
         {u"reason"_s, Kind::Text},
         {u"rule"_s, Kind::Text},
         {u"original"_s, Kind::Text, Optional, u"'{}'"_s}, // JSON of the removed fields
         {u"report_ids"_s, Kind::Text, Optional, u"'[]'"_s}, // JSON array
         {u"created_at"_s, Kind::Integer},
         {u"reversed"_s, Kind::Bool}},
        {},
        [](const Row &) {
            return QStringList {modBucket()};
        }};
    return def;
}

const EntityDef &strikes()
{
    // Every action against a user, on their record. The user sees their own (without the
    // moderator's name); appeal is "", open, upheld or denied.
    static const EntityDef def {
        u"strikes"_s,
        u"strikes"_s,
        {{u"user_id"_s, Kind::Text},
         {u"action"_s, Kind::Text}, // hide, remove, warn, limit, ...
         {u"action_id"_s, Kind::Text},
         {u"reason"_s, Kind::Text},
         {u"rule"_s, Kind::Text},
         {u"target_type"_s, Kind::Text},
         {u"target_id"_s, Kind::Text},
         {u"excerpt"_s, Kind::Text},
         {u"until"_s, Kind::Integer}, // a suspension's end, ms
         {u"status"_s, Kind::Text, Optional, u"'active'"_s}, // active, overturned
         {u"appeal"_s, Kind::Text},
         {u"created_at"_s, Kind::Integer}},
        {{u"strikes_by_user"_s, u"user_id, created_at"_s}},
        [](const Row &row) {
            return QStringList {userBucket(text(row, u"user_id"_s)), modBucket()};
        }};
    return def;
}

const EntityDef &appealMessages()
{
    // The thread of an appeal: the user's text, moderators' replies (signed "moderator", not
    // by name), the decision.
    static const EntityDef def {
        u"appeal_messages"_s,
        u"appeal_messages"_s,
        {{u"strike_id"_s, Kind::Text},
         {u"user_id"_s, Kind::Text}, // whose strike
         {u"from_moderator"_s, Kind::Bool},
         {u"body"_s, Kind::Text},
         {u"created_at"_s, Kind::Integer}},
        {{u"appeal_messages_by_strike"_s, u"strike_id, created_at"_s, Side::Client}},
        [](const Row &row) {
            return QStringList {userBucket(text(row, u"user_id"_s)), modBucket()};
        }};
    return def;
}

} // namespace Entity

const QList<EntityDef> &entities()
{
    static const QList<EntityDef> all {
        Entity::profiles(),      Entity::follows(),       Entity::drafts(),
        Entity::conflicts(),     Entity::posts(),         Entity::likes(),
        Entity::comments(),      Entity::blocks(),        Entity::notifications(),
        Entity::inbox(),         Entity::conversations(), Entity::members(),
        Entity::messages(),      Entity::reactions(),     Entity::preferences(),
        Entity::shops(),         Entity::products(),      Entity::variants(),
        Entity::skus(),          Entity::stockAlerts(),   Entity::wishlist(),
        Entity::cartLines(),     Entity::orders(),        Entity::reviews(),
        Entity::reports(),       Entity::modActions(),    Entity::strikes(),
        Entity::appealMessages()};
    return all;
}

const EntityDef *entity(const QString &name)
{
    for (const EntityDef &def : entities()) {
        if (def.name == name)
            return &def;
    }
    return nullptr;
}

} // namespace Souk::Sync
