#include "Migrations.h"

#include "Database.h"
#include "Entities.h"
#include "Log.h"
#include "ServerSyncStore.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Server {

// The SQL here is kept to what SQLite and PostgreSQL both accept (TEXT, BIGINT, INTEGER,
// plain indexes), so the same steps can build either database.
const QList<Migration> &migrations()
{
    static const QList<Migration> list {
        {1,
         u"accounts"_s,
         {
             u"CREATE TABLE users ("
             " id TEXT PRIMARY KEY,"
             " username TEXT NOT NULL,"
             " username_key TEXT NOT NULL UNIQUE,"
             " email TEXT NOT NULL,"
             " email_key TEXT NOT NULL UNIQUE,"
             " display_name TEXT NOT NULL,"
             " bio TEXT NOT NULL DEFAULT '',"
             " password_hash TEXT NOT NULL,"
             " role TEXT NOT NULL DEFAULT 'user'"
             "   CHECK (role IN ('user','shop','moderator','admin')),"
             " created_at BIGINT NOT NULL,"
             " updated_at BIGINT NOT NULL)"_s,
             // A session is one sign-in on one device: the family of every access and
             // refresh token issued from it. Revoking it ends them all.
             u"CREATE TABLE sessions ("
             " id TEXT PRIMARY KEY,"
             " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
             " created_at BIGINT NOT NULL,"
             " last_used_at BIGINT NOT NULL,"
             " revoked_at BIGINT,"
             " revoke_reason TEXT)"_s,
             u"CREATE INDEX sessions_by_user ON sessions(user_id)"_s,
             // Only SHA-256 hashes of tokens are stored; the tokens themselves exist only
             // on the client.
             u"CREATE TABLE tokens ("
             " hash TEXT PRIMARY KEY,"
             " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
             " kind TEXT NOT NULL CHECK (kind IN ('access','refresh')),"
             " expires_at BIGINT NOT NULL,"
             " used_at BIGINT)"_s,
             u"CREATE INDEX tokens_by_session ON tokens(session_id)"_s,
         }},
        {2,
         u"admin audit trail"_s,
         {
             // Append-only record of what admins and moderators did (the moderation issue
             // builds on it); role changes are the first entries.
             u"CREATE TABLE audit_log ("
             " id INTEGER PRIMARY KEY,"
             " at BIGINT NOT NULL,"
             " actor_id TEXT NOT NULL,"
             " action TEXT NOT NULL,"
             " target_type TEXT NOT NULL,"
             " target_id TEXT NOT NULL,"
             " detail TEXT NOT NULL DEFAULT '{}')"_s,
             u"CREATE INDEX audit_log_by_target ON audit_log(target_type, target_id)"_s,
         }},
        {3,
         u"sync feed"_s,
         {
             // Synced rows carry per-field HLC clocks and tombstones.
             u"ALTER TABLE users ADD COLUMN clocks TEXT NOT NULL DEFAULT '{}'"_s,
             u"ALTER TABLE users ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0"_s,
             u"CREATE TABLE follows ("
             " id TEXT PRIMARY KEY,"
             " follower_id TEXT NOT NULL,"
             " followee_id TEXT NOT NULL,"
             " active INTEGER NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX follows_by_follower ON follows(follower_id, active)"_s,
             u"CREATE INDEX follows_by_followee ON follows(followee_id, active)"_s,
             u"CREATE TABLE drafts ("
             " id TEXT PRIMARY KEY,"
             " owner_id TEXT NOT NULL,"
             " title TEXT NOT NULL DEFAULT '',"
             " body TEXT NOT NULL DEFAULT '',"
             " conflict_of TEXT NOT NULL DEFAULT '',"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX drafts_by_owner ON drafts(owner_id)"_s,
             u"CREATE TABLE conflicts ("
             " id TEXT PRIMARY KEY,"
             " owner_id TEXT NOT NULL,"
             " entity TEXT NOT NULL,"
             " row_id TEXT NOT NULL,"
             " field TEXT NOT NULL,"
             " lost_value TEXT NOT NULL,"
             " lost_hlc TEXT NOT NULL,"
             " kept_value TEXT NOT NULL,"
             " resolved INTEGER NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX conflicts_by_owner ON conflicts(owner_id)"_s,
             // The change feed: the latest version of each row in each bucket (a newer version
             // replaces the older one in place, so the feed never outgrows the data).
             u"CREATE TABLE sync_rows ("
             " bucket TEXT NOT NULL,"
             " tbl TEXT NOT NULL,"
             " row_id TEXT NOT NULL,"
             " version BIGINT NOT NULL,"
             " deleted INTEGER NOT NULL,"
             " data TEXT NOT NULL,"
             " PRIMARY KEY (bucket, tbl, row_id))"_s,
             u"CREATE INDEX sync_rows_by_version ON sync_rows(bucket, version)"_s,
             u"CREATE TABLE sync_buckets ("
             " bucket TEXT PRIMARY KEY,"
             " checksum BIGINT NOT NULL,"
             " rows BIGINT NOT NULL)"_s,
             // purged_before: tombstones below it are gone; older cursors must reset.
             u"CREATE TABLE sync_state ("
             " id INTEGER PRIMARY KEY CHECK (id = 1),"
             " version BIGINT NOT NULL,"
             " purged_before BIGINT NOT NULL)"_s,
             u"INSERT INTO sync_state (id, version, purged_before) VALUES (1, 0, 0)"_s,
             u"CREATE TABLE sync_clients ("
             " client_id TEXT PRIMARY KEY,"
             " user_id TEXT NOT NULL,"
             " last_seq BIGINT NOT NULL,"
             " created_at BIGINT NOT NULL,"
             " last_seen_at BIGINT NOT NULL)"_s,
             u"CREATE TABLE sync_results ("
             " client_id TEXT NOT NULL,"
             " seq BIGINT NOT NULL,"
             " status TEXT NOT NULL,"
             " error TEXT,"
             " PRIMARY KEY (client_id, seq))"_s,
         },
         [](QSqlDatabase &db) -> Result<Ok> {
             // Existing accounts enter the feed as profiles.
             Result<QSqlQuery> users = execSql(db, u"SELECT id FROM users"_s, {}, "list users");
             if (!users)
                 return users.error();
             QStringList ids;
             while (users->next())
                 ids << users->value(0).toString();
             ServerSyncStore store(db);
             // Profiles as they were at version 3: later versions add columns (avatar) that
             // this step must not read.
             Sync::EntityDef profilesAtV3 = Sync::Entity::profiles();
             profilesAtV3.fields = {{u"username"_s, Sync::FieldDef::Kind::Text},
                                    {u"display_name"_s, Sync::FieldDef::Kind::Text},
                                    {u"bio"_s, Sync::FieldDef::Kind::Text}};
             for (const QString &id : std::as_const(ids)) {
                 if (Result<Ok> published = store.publish(profilesAtV3, id); !published)
                     return published;
             }
             return Ok {};
         }},
        {4,
         u"social"_s,
         {
             u"ALTER TABLE drafts ADD COLUMN media TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE users ADD COLUMN avatar TEXT NOT NULL DEFAULT ''"_s,
             // Uploaded images. id: SHA-256 of the bytes as uploaded (a client can name an
             // image before it is uploaded); sha256: of the re-encoded bytes stored on disk
             // (content address, so identical images are stored once).
             u"CREATE TABLE media ("
             " id TEXT PRIMARY KEY,"
             " sha256 TEXT NOT NULL,"
             " mime TEXT NOT NULL,"
             " width INTEGER NOT NULL,"
             " height INTEGER NOT NULL,"
             " bytes BIGINT NOT NULL,"
             " uploader_id TEXT NOT NULL,"
             " created_at BIGINT NOT NULL)"_s,
             u"CREATE INDEX media_by_sha256 ON media(sha256)"_s,
             u"CREATE TABLE posts ("
             " id TEXT PRIMARY KEY,"
             " author_id TEXT NOT NULL,"
             " caption TEXT NOT NULL DEFAULT '',"
             " media TEXT NOT NULL DEFAULT '[]',"
             " tags TEXT NOT NULL DEFAULT '',"
             " mentions TEXT NOT NULL DEFAULT '',"
             " created_at BIGINT NOT NULL DEFAULT 0,"
             " edited_at BIGINT NOT NULL DEFAULT 0,"
             " like_count BIGINT NOT NULL DEFAULT 0,"
             " comment_count BIGINT NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX posts_by_author ON posts(author_id, created_at)"_s,
             u"CREATE INDEX posts_by_time ON posts(created_at, id)"_s,
             // Tag pages: one row per (tag, post), kept in step with the posts table.
             u"CREATE TABLE post_tags ("
             " tag TEXT NOT NULL,"
             " post_id TEXT NOT NULL,"
             " created_at BIGINT NOT NULL,"
             " PRIMARY KEY (tag, post_id))"_s,
             u"CREATE INDEX post_tags_by_time ON post_tags(tag, created_at)"_s,
             u"CREATE INDEX post_tags_by_post ON post_tags(post_id)"_s,
             u"CREATE TABLE likes ("
             " id TEXT PRIMARY KEY,"
             " user_id TEXT NOT NULL,"
             " post_id TEXT NOT NULL,"
             " active INTEGER NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX likes_by_post ON likes(post_id, active)"_s,
             u"CREATE TABLE comments ("
             " id TEXT PRIMARY KEY,"
             " post_id TEXT NOT NULL,"
             " post_author_id TEXT NOT NULL,"
             " author_id TEXT NOT NULL,"
             " author_username TEXT NOT NULL DEFAULT '',"
             " parent_id TEXT NOT NULL DEFAULT '',"
             " body TEXT NOT NULL,"
             " created_at BIGINT NOT NULL,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX comments_by_post ON comments(post_id, created_at)"_s,
             u"CREATE TABLE blocks ("
             " id TEXT PRIMARY KEY,"
             " blocker_id TEXT NOT NULL,"
             " blocked_id TEXT NOT NULL,"
             " active INTEGER NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX blocks_by_blocked ON blocks(blocked_id, active)"_s,
             u"CREATE INDEX blocks_by_blocker ON blocks(blocker_id, active)"_s,
             u"CREATE TABLE notifications ("
             " id TEXT PRIMARY KEY,"
             " recipient_id TEXT NOT NULL,"
             " kind TEXT NOT NULL,"
             " actor_id TEXT NOT NULL,"
             " actor_username TEXT NOT NULL DEFAULT '',"
             " post_id TEXT NOT NULL DEFAULT '',"
             " comment_id TEXT NOT NULL DEFAULT '',"
             " excerpt TEXT NOT NULL DEFAULT '',"
             " created_at BIGINT NOT NULL,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX notifications_by_time ON notifications(deleted, created_at)"_s,
             u"CREATE TABLE inbox ("
             " id TEXT PRIMARY KEY,"
             " read_until BIGINT NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
         }},
        {5,
         u"chat"_s,
         {
             u"CREATE TABLE conversations ("
             " id TEXT PRIMARY KEY,"
             " kind TEXT NOT NULL,"
             " title TEXT NOT NULL DEFAULT '',"
             " direct_pair TEXT NOT NULL DEFAULT '',"
             " created_by TEXT NOT NULL,"
             " created_at BIGINT NOT NULL,"
             " last_seq BIGINT NOT NULL DEFAULT 0,"
             " last_message_at BIGINT NOT NULL DEFAULT 0,"
             " last_preview TEXT NOT NULL DEFAULT '',"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE TABLE members ("
             " id TEXT PRIMARY KEY,"
             " conversation_id TEXT NOT NULL,"
             " user_id TEXT NOT NULL,"
             " username TEXT NOT NULL DEFAULT '',"
             " role TEXT NOT NULL DEFAULT 'member',"
             " active INTEGER NOT NULL DEFAULT 0,"
             " read_seq BIGINT NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX members_by_user ON members(user_id, active)"_s,
             u"CREATE INDEX members_by_conversation ON members(conversation_id, active)"_s,
             u"CREATE TABLE messages ("
             " id TEXT PRIMARY KEY,"
             " conversation_id TEXT NOT NULL,"
             " author_id TEXT NOT NULL,"
             " author_username TEXT NOT NULL DEFAULT '',"
             " body TEXT NOT NULL DEFAULT '',"
             " media TEXT NOT NULL DEFAULT '[]',"
             " reply_to TEXT NOT NULL DEFAULT '',"
             " seq BIGINT NOT NULL DEFAULT 0,"
             " created_at BIGINT NOT NULL,"
             " edited_at BIGINT NOT NULL DEFAULT 0,"
             " removed INTEGER NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX messages_by_conversation ON messages(conversation_id, seq)"_s,
             u"CREATE TABLE reactions ("
             " id TEXT PRIMARY KEY,"
             " message_id TEXT NOT NULL,"
             " conversation_id TEXT NOT NULL,"
             " user_id TEXT NOT NULL,"
             " emoji TEXT NOT NULL,"
             " active INTEGER NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX reactions_by_message ON reactions(message_id)"_s,
             u"CREATE TABLE preferences ("
             " id TEXT PRIMARY KEY,"
             " presence_hidden INTEGER NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
         }},
        {6,
         u"commerce"_s,
         {
             u"CREATE TABLE shops ("
             " id TEXT PRIMARY KEY,"
             " owner_id TEXT NOT NULL,"
             " name TEXT NOT NULL DEFAULT '',"
             " description TEXT NOT NULL DEFAULT '',"
             " logo TEXT NOT NULL DEFAULT '',"
             " created_at BIGINT NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX shops_by_owner ON shops(owner_id)"_s,
             u"CREATE TABLE products ("
             " id TEXT PRIMARY KEY,"
             " shop_id TEXT NOT NULL,"
             " title TEXT NOT NULL DEFAULT '',"
             " description TEXT NOT NULL DEFAULT '',"
             " category TEXT NOT NULL DEFAULT '',"
             " media TEXT NOT NULL DEFAULT '[]',"
             " status TEXT NOT NULL DEFAULT 'draft',"
             " price BIGINT NOT NULL DEFAULT 0,"
             " currency TEXT NOT NULL DEFAULT '',"
             " created_at BIGINT NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX products_by_shop ON products(shop_id, status)"_s,
             u"CREATE TABLE variants ("
             " id TEXT PRIMARY KEY,"
             " product_id TEXT NOT NULL,"
             " shop_id TEXT NOT NULL,"
             " sku TEXT NOT NULL DEFAULT '',"
             " name TEXT NOT NULL DEFAULT '',"
             " stock BIGINT NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX variants_by_product ON variants(product_id)"_s,
             u"CREATE TABLE skus ("
             " id TEXT PRIMARY KEY,"
             " shop_id TEXT NOT NULL,"
             " variant_id TEXT NOT NULL,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE TABLE stock_alerts ("
             " id TEXT PRIMARY KEY,"
             " shop_id TEXT NOT NULL,"
             " variant_id TEXT NOT NULL,"
             " stock BIGINT NOT NULL DEFAULT 0,"
             " created_at BIGINT NOT NULL DEFAULT 0,"
             " resolved INTEGER NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE TABLE wishlist ("
             " id TEXT PRIMARY KEY,"
             " user_id TEXT NOT NULL,"
             " product_id TEXT NOT NULL,"
             " active INTEGER NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE TABLE cart_lines ("
             " id TEXT PRIMARY KEY,"
             " user_id TEXT NOT NULL,"
             " variant_id TEXT NOT NULL,"
             " product_id TEXT NOT NULL DEFAULT '',"
             " quantity BIGINT NOT NULL DEFAULT 0,"
             " added BIGINT NOT NULL DEFAULT 0,"
             " active INTEGER NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE TABLE orders ("
             " id TEXT PRIMARY KEY,"
             " intent_id TEXT NOT NULL,"
             " buyer_id TEXT NOT NULL,"
             " shop_id TEXT NOT NULL,"
             " status TEXT NOT NULL,"
             " currency TEXT NOT NULL,"
             " total BIGINT NOT NULL DEFAULT 0,"
             " lines TEXT NOT NULL DEFAULT '[]',"
             " payment TEXT NOT NULL DEFAULT '',"
             " tracking TEXT NOT NULL DEFAULT '',"
             " timeline TEXT NOT NULL DEFAULT '[]',"
             " created_at BIGINT NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX orders_by_buyer ON orders(buyer_id, created_at)"_s,
             u"CREATE INDEX orders_by_shop ON orders(shop_id, status, created_at)"_s,
         }},
        {7,
         u"shop requests"_s,
         {
             // Private files: readable by their uploader and moderators only.
             u"CREATE TABLE documents ("
             " id TEXT NOT NULL,"
             " owner_id TEXT NOT NULL,"
             " mime TEXT NOT NULL,"
             " bytes BIGINT NOT NULL,"
             " created_at BIGINT NOT NULL,"
             " PRIMARY KEY (id, owner_id))"_s,
             u"CREATE TABLE shop_requests ("
             " id TEXT PRIMARY KEY,"
             " user_id TEXT NOT NULL,"
             " shop_name TEXT NOT NULL,"
             " description TEXT NOT NULL DEFAULT '',"
             " documents TEXT NOT NULL DEFAULT '[]',"
             " status TEXT NOT NULL DEFAULT 'pending',"
             " reason TEXT NOT NULL DEFAULT '',"
             " decided_by TEXT NOT NULL DEFAULT '',"
             " decided_at BIGINT NOT NULL DEFAULT 0,"
             " shop_id TEXT NOT NULL DEFAULT '',"
             " created_at BIGINT NOT NULL)"_s,
             u"CREATE INDEX shop_requests_by_status ON shop_requests(status, created_at)"_s,
             u"CREATE INDEX shop_requests_by_user ON shop_requests(user_id, status)"_s,
         }},
        {8,
         u"reviews and ratings"_s,
         {
             u"CREATE TABLE reviews ("
             " id TEXT PRIMARY KEY,"
             " order_id TEXT NOT NULL,"
             " variant_id TEXT NOT NULL,"
             " product_id TEXT NOT NULL,"
             " shop_id TEXT NOT NULL,"
             " author_id TEXT NOT NULL,"
             " author_username TEXT NOT NULL DEFAULT '',"
             " stars INTEGER NOT NULL,"
             " body TEXT NOT NULL DEFAULT '',"
             " reply TEXT NOT NULL DEFAULT '',"
             " created_at BIGINT NOT NULL DEFAULT 0,"
             " replied_at BIGINT NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX reviews_by_product ON reviews(product_id, created_at)"_s,
             u"ALTER TABLE products ADD COLUMN rating_total BIGINT NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE products ADD COLUMN rating_count BIGINT NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE shops ADD COLUMN rating_total BIGINT NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE shops ADD COLUMN rating_count BIGINT NOT NULL DEFAULT 0"_s,
         }},
        {9,
         u"orders name their seller"_s,
         {
             u"ALTER TABLE orders ADD COLUMN seller_id TEXT NOT NULL DEFAULT ''"_s,
             u"UPDATE orders SET seller_id = COALESCE((SELECT owner_id FROM shops"
             " WHERE shops.id = orders.shop_id), '')"_s,
         }},
        {10,
         u"catalog by category and price"_s,
         {
             // bench/commerce: a filtered catalog page over 100,000 products scanned them all.
             u"CREATE INDEX products_by_category ON products(category, price)"_s,
             u"CREATE INDEX products_by_price ON products(status, price)"_s,
         }},
        {11,
         u"moderation"_s,
         {
             u"CREATE TABLE reports ("
             " id TEXT PRIMARY KEY,"
             " reporter_id TEXT NOT NULL DEFAULT '',"
             " reporter_username TEXT NOT NULL DEFAULT '',"
             " target_type TEXT NOT NULL DEFAULT '',"
             " target_id TEXT NOT NULL DEFAULT '',"
             " target_owner_id TEXT NOT NULL DEFAULT '',"
             " target_owner_username TEXT NOT NULL DEFAULT '',"
             " reason TEXT NOT NULL DEFAULT '',"
             " note TEXT NOT NULL DEFAULT '',"
             " snapshot TEXT NOT NULL DEFAULT '{}',"
             " status TEXT NOT NULL DEFAULT 'open',"
             " decision TEXT NOT NULL DEFAULT '',"
             " created_at BIGINT NOT NULL DEFAULT 0,"
             " decided_at BIGINT NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX reports_by_target ON reports(target_type, target_id, status)"_s,
             u"CREATE INDEX reports_by_owner ON reports(target_owner_id, created_at)"_s,
             u"CREATE INDEX reports_by_time ON reports(created_at)"_s,
             u"CREATE INDEX reports_by_decision ON reports(decided_at)"_s,
             u"CREATE TABLE mod_actions ("
             " id TEXT PRIMARY KEY,"
             " actor_id TEXT NOT NULL DEFAULT '',"
             " action TEXT NOT NULL DEFAULT '',"
             " target_type TEXT NOT NULL DEFAULT '',"
             " target_id TEXT NOT NULL DEFAULT '',"
             " owner_id TEXT NOT NULL DEFAULT '',"
             " reason TEXT NOT NULL DEFAULT '',"
             " rule TEXT NOT NULL DEFAULT '',"
             " original TEXT NOT NULL DEFAULT '{}',"
             " report_ids TEXT NOT NULL DEFAULT '[]',"
             " created_at BIGINT NOT NULL DEFAULT 0,"
             " reversed INTEGER NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE TABLE strikes ("
             " id TEXT PRIMARY KEY,"
             " user_id TEXT NOT NULL DEFAULT '',"
             " action TEXT NOT NULL DEFAULT '',"
             " action_id TEXT NOT NULL DEFAULT '',"
             " reason TEXT NOT NULL DEFAULT '',"
             " rule TEXT NOT NULL DEFAULT '',"
             " target_type TEXT NOT NULL DEFAULT '',"
             " target_id TEXT NOT NULL DEFAULT '',"
             " excerpt TEXT NOT NULL DEFAULT '',"
             " until BIGINT NOT NULL DEFAULT 0,"
             " status TEXT NOT NULL DEFAULT 'active',"
             " appeal TEXT NOT NULL DEFAULT '',"
             " created_at BIGINT NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX strikes_by_user ON strikes(user_id, created_at)"_s,
             u"CREATE TABLE appeal_messages ("
             " id TEXT PRIMARY KEY,"
             " strike_id TEXT NOT NULL DEFAULT '',"
             " user_id TEXT NOT NULL DEFAULT '',"
             " from_moderator INTEGER NOT NULL DEFAULT 0,"
             " body TEXT NOT NULL DEFAULT '',"
             " created_at BIGINT NOT NULL DEFAULT 0,"
             " clocks TEXT NOT NULL DEFAULT '{}',"
             " deleted INTEGER NOT NULL DEFAULT 0)"_s,
             // What a moderator did to content; readers leave out hidden, removed and pending.
             u"ALTER TABLE posts ADD COLUMN moderation TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE comments ADD COLUMN moderation TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE messages ADD COLUMN moderation TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE products ADD COLUMN moderation TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE reviews ADD COLUMN moderation TEXT NOT NULL DEFAULT ''"_s,
             // Restrictions, with the reason sign-in shows.
             u"ALTER TABLE users ADD COLUMN suspended_until BIGINT NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE users ADD COLUMN banned INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE users ADD COLUMN limited INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE users ADD COLUMN restriction_reason TEXT NOT NULL DEFAULT ''"_s,
             // Analytics: one row per user and day with any authenticated request.
             u"CREATE TABLE activity_days ("
             " day BIGINT NOT NULL,"
             " user_id TEXT NOT NULL,"
             " PRIMARY KEY (day, user_id))"_s,
             u"CREATE INDEX users_by_time ON users(created_at)"_s,
             // The mod bucket's audience, looked up on every change to the queue.
             u"CREATE INDEX users_by_role ON users(role)"_s,
             u"CREATE INDEX messages_by_time ON messages(created_at)"_s,
             u"CREATE INDEX messages_by_author ON messages(author_id, created_at)"_s,
             u"CREATE INDEX conversations_by_creator ON conversations(created_by, created_at)"_s,
             u"CREATE INDEX orders_by_time ON orders(created_at)"_s,
             u"CREATE INDEX audit_log_by_time ON audit_log(at)"_s,
             u"CREATE INDEX audit_log_by_actor ON audit_log(actor_id, at)"_s,
         }},
        {12,
         u"held content leaves public buckets"_s,
         {
             // The buckets a row is in (ServerSyncStore::feed, for rows that move between
             // buckets): the primary key starts with the bucket.
             u"CREATE INDEX sync_rows_by_row ON sync_rows(tbl, row_id)"_s,
             // Tags of posts held back or taken down are no longer public (search, tag pages).
             u"DELETE FROM post_tags WHERE post_id IN"
             " (SELECT id FROM posts WHERE moderation <> '')"_s,
         },
         [](QSqlDatabase &db) -> Result<Ok> {
             // Posts, comments and messages held for review or hidden before this version sit
             // in their readers' buckets: feeding them again moves them to their author's alone
             // and leaves tombstones behind. (The entities as they are at version 12: a later
             // migration that adds columns to these tables freezes their fields here, as step
             // 3 does for profiles.)
             ServerSyncStore store(db);
             for (const Sync::EntityDef *entity :
                  {&Sync::Entity::posts(), &Sync::Entity::comments(), &Sync::Entity::messages()}) {
                 Result<QSqlQuery> held =
                     execSql(db,
                             u"SELECT id FROM "_s + entity->serverTable
                                 + u" WHERE moderation IN ('pending', 'hidden') AND deleted = 0"_s,
                             {}, "list held content");
                 if (!held)
                     return held.error();
                 QStringList ids;
                 while (held->next())
                     ids << held->value(0).toString();
                 for (const QString &id : std::as_const(ids)) {
                     if (Result<Ok> fed = store.publish(*entity, id); !fed)
                         return fed;
                 }
             }
             return Ok {};
         }},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

Result<int> schemaVersion(QSqlDatabase &db)
{
    Result<QSqlQuery> create = execSql(db,
                                       u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       " version INTEGER PRIMARY KEY,"
                                       " name TEXT NOT NULL,"
                                       " applied_at BIGINT NOT NULL)"_s,
                                       {}, "create schema_migrations");
    if (!create)
        return create.error();
    Result<QSqlQuery> q = execSql(db, u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s,
                                  {}, "read schema version");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<int> migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    Result<int> current = schemaVersion(db);
    if (!current)
        return current;
    if (*current > latestSchemaVersion())
        return Error {500,
                      u"schema_too_new"_s,
                      u"The database has schema version %1, newer than this server knows (%2). "
                      "Run a newer souk-server."_s.arg(*current)
                          .arg(latestSchemaVersion()),
                      {}};
    int version = *current;
    for (const Migration &step : migrations()) {
        if (step.version <= version || step.version > target)
            continue;
        Result<int> applied = inTransaction<int>(db, [&]() -> Result<int> {
            for (const QString &sql : step.statements) {
                if (Result<QSqlQuery> q = execSql(db, sql, {}, "migration step"); !q)
                    return q.error();
            }
            if (step.after) {
                if (Result<Ok> done = step.after(db); !done)
                    return done.error();
            }
            Result<QSqlQuery> record = execSql(
                db, u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s,
                {step.version, step.name, QDateTime::currentMSecsSinceEpoch()}, "record migration");
            if (!record)
                return record.error();
            return step.version;
        });
        if (!applied)
            return applied;
        version = *applied;
        Log::info(u"schema migrated"_s, {{u"version"_s, version}, {u"name"_s, step.name}});
    }
    return version;
}

} // namespace Souk::Server
