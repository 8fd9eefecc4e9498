#include "Migrations.h"

#include "Database.h"
#include "Entities.h"
#include "Log.h"
#include "SchemaSql.h"
#include "ServerSyncStore.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

//! The ids of the rows of `entity` that match `where`.
Result<QStringList> idsWhere(QSqlDatabase &db, const Sync::EntityDef &entity, const QString &where)
{
    Result<QSqlQuery> rows = execSql(
        db, u"SELECT id FROM "_s + entity.serverTable + u" WHERE "_s + where, {}, "rows to feed");
    if (!rows)
        return rows.error();
    QStringList ids; // read first: publishing writes to the database the query reads
    while (rows->next())
        ids << rows->value(0).toString();
    return ids;
}

//! Feeds the rows of `entity` named by `ids` again, as they are in their table: they enter the
//! buckets they now belong to (and leave tombstones in those they left), with their values now.
Result<Ok> feedRows(QSqlDatabase &db, const Sync::EntityDef &entity, const QStringList &ids)
{
    ServerSyncStore store(db);
    for (const QString &id : ids) {
        if (Result<Ok> fed = store.publish(entity, id); !fed)
            return fed;
    }
    return Ok {};
}

//! feedRows() for the rows that match `where`.
Result<Ok> feedAgain(QSqlDatabase &db, const Sync::EntityDef &entity, const QString &where)
{
    Result<QStringList> ids = idsWhere(db, entity, where);
    if (!ids)
        return ids.error();
    return feedRows(db, entity, *ids);
}

//! Updates the rows of `entity` that match `where` by `set`, then feeds those rows again:
//! which rows change is asked before the update, after which `where` may no longer find them.
Result<Ok> updateAndFeed(QSqlDatabase &db, const Sync::EntityDef &entity, const QString &set,
                         const QString &where)
{
    Result<QStringList> ids = idsWhere(db, entity, where);
    if (!ids)
        return ids.error();
    if (Result<QSqlQuery> updated =
            execSql(db, u"UPDATE "_s + entity.serverTable + u" SET "_s + set + u" WHERE "_s + where,
                    {}, "migration update");
        !updated)
        return updated.error();
    return feedRows(db, entity, *ids);
}

} // namespace

// The SQL here is kept to what SQLite and PostgreSQL both accept (TEXT, BIGINT, INTEGER,
// plain indexes), so the same steps can build either database. Synced tables are not written
// here: a step names the entities it brings to their declaration (core/src/schema).
const QList<Migration> &migrations()
{
    static const QList<Migration> list {
        {1,
         u"accounts"_s,
         {},
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
         {},
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
         {&Sync::Entity::profiles(), &Sync::Entity::follows(), &Sync::Entity::drafts(),
          &Sync::Entity::conflicts()},
         {
             // Synced rows carry per-field HLC clocks and tombstones.
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
             // Existing accounts enter the feed as profiles (the step brought the users table
             // to the profile's declaration first).
             return feedAgain(db, Sync::Entity::profiles(), u"1 = 1"_s);
         }},
        {4,
         u"social"_s,
         {&Sync::Entity::drafts(), &Sync::Entity::profiles(), &Sync::Entity::posts(),
          &Sync::Entity::likes(), &Sync::Entity::comments(), &Sync::Entity::blocks(),
          &Sync::Entity::notifications(), &Sync::Entity::inbox()},
         {
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
             // Tag pages: one row per (tag, post), kept in step with the posts table.
             u"CREATE TABLE post_tags ("
             " tag TEXT NOT NULL,"
             " post_id TEXT NOT NULL,"
             " created_at BIGINT NOT NULL,"
             " PRIMARY KEY (tag, post_id))"_s,
             u"CREATE INDEX post_tags_by_time ON post_tags(tag, created_at)"_s,
             u"CREATE INDEX post_tags_by_post ON post_tags(post_id)"_s,
         }},
        {5,
         u"chat"_s,
         {&Sync::Entity::conversations(), &Sync::Entity::members(), &Sync::Entity::messages(),
          &Sync::Entity::reactions(), &Sync::Entity::preferences()},
         {}},
        {6,
         u"commerce"_s,
         {&Sync::Entity::shops(), &Sync::Entity::products(), &Sync::Entity::variants(),
          &Sync::Entity::skus(), &Sync::Entity::stockAlerts(), &Sync::Entity::wishlist(),
          &Sync::Entity::cartLines(), &Sync::Entity::orders()},
         {}},
        {7,
         u"shop requests"_s,
         {},
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
         {&Sync::Entity::reviews(), &Sync::Entity::products(), &Sync::Entity::shops()},
         {}},
        {9,
         u"orders name their seller"_s,
         {&Sync::Entity::orders()},
         {
             u"UPDATE orders SET seller_id = COALESCE((SELECT owner_id FROM shops"
             " WHERE shops.id = orders.shop_id), '')"_s,
         }},
        {10,
         u"catalog by category and price"_s,
         // bench/commerce: a filtered catalog page over 100,000 products scanned them all.
         {&Sync::Entity::products()},
         {}},
        {11,
         u"moderation"_s,
         {&Sync::Entity::reports(), &Sync::Entity::modActions(), &Sync::Entity::strikes(),
          &Sync::Entity::appealMessages(), &Sync::Entity::posts(), &Sync::Entity::comments(),
          &Sync::Entity::messages(), &Sync::Entity::products(), &Sync::Entity::reviews(),
          &Sync::Entity::conversations(), &Sync::Entity::orders()},
         {
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
             u"CREATE INDEX audit_log_by_time ON audit_log(at)"_s,
             u"CREATE INDEX audit_log_by_actor ON audit_log(actor_id, at)"_s,
         }},
        {12,
         u"held content leaves public buckets"_s,
         {&Sync::Entity::posts(), &Sync::Entity::comments(), &Sync::Entity::messages()},
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
             // and leaves tombstones behind. (The store reads every declared field: the step
             // brought these tables to their declaration first.)
             for (const Sync::EntityDef *entity :
                  {&Sync::Entity::posts(), &Sync::Entity::comments(), &Sync::Entity::messages()}) {
                 if (Result<Ok> fed = feedAgain(
                         db, *entity, u"moderation IN ('pending', 'hidden') AND deleted = 0"_s);
                     !fed)
                     return fed;
             }
             return Ok {};
         }},
        {13,
         u"blocks reach both accounts"_s,
         {&Sync::Entity::blocks()},
         {},
         [](QSqlDatabase &db) -> Result<Ok> {
             // A block that holds now travels to the blocked account too, whose device hides
             // the blocker's content (Visibility.h): feeding it again puts it there. Lifted
             // blocks stay the blocker's alone.
             return feedAgain(db, Sync::Entity::blocks(), u"active = 1 AND deleted = 0"_s);
         }},
        {14,
         u"comment counts and notices follow moderation"_s,
         {&Sync::Entity::posts(), &Sync::Entity::comments(), &Sync::Entity::notifications()},
         {},
         [](QSqlDatabase &db) -> Result<Ok> {
             // A post's comment_count counted the comments a moderator hid or removed since:
             // it counts public comments now (Social::markChanged), and devices get the
             // corrected figure.
             const QString publicComments =
                 u"(SELECT COUNT(*) FROM comments c WHERE c.post_id = posts.id"
                 " AND c.deleted = 0 AND c.moderation = '')"_s;
             if (Result<Ok> counted = updateAndFeed(db, Sync::Entity::posts(),
                                                    u"comment_count = "_s + publicComments,
                                                    u"comment_count <> "_s + publicComments);
                 !counted)
                 return counted;
             // Notices that quote a comment or a post's caption marked before this version
             // drop its text, on the recipients' devices too.
             return updateAndFeed(db, Sync::Entity::notifications(), u"excerpt = ''"_s,
                                  u"excerpt <> '' AND deleted = 0"
                                  " AND kind IN ('comment', 'reply', 'mention')"
                                  " AND (comment_id IN (SELECT id FROM comments"
                                  "   WHERE moderation <> '')"
                                  " OR (comment_id = '' AND post_id IN (SELECT id FROM posts"
                                  "   WHERE moderation <> '')))"_s);
         }},
        {15,
         u"the change feed kept in version order"_s,
         {},
         {
             // The feed was a table in rowid order with three indexes, and every write touched
             // four places: the entry's page, its (bucket, tbl, row_id) key, its (bucket,
             // version) key and its (tbl, row_id) key. The version is unique, so it becomes the
             // rowid: a transaction's new entries share the table's last pages, and two
             // indexes remain, one to read a bucket in order (the rowid rides along) and one
             // to find a row's entries when it is written again.
             // SQLite takes only the spelling INTEGER PRIMARY KEY as the rowid; PostgreSQL
             // (issue 20) needs its own statement here, with BIGINT.
             u"DROP INDEX sync_rows_by_version"_s,
             u"DROP INDEX sync_rows_by_row"_s,
             u"ALTER TABLE sync_rows RENAME TO sync_rows_before_15"_s,
             u"CREATE TABLE sync_rows ("
             " version INTEGER PRIMARY KEY,"
             " bucket TEXT NOT NULL,"
             " tbl TEXT NOT NULL,"
             " row_id TEXT NOT NULL,"
             " deleted INTEGER NOT NULL,"
             " data TEXT NOT NULL)"_s,
             // In the old table's order: sorting a large feed by version took memory in
             // proportion to it. A tombstone keeps no data (pulls never send it).
             u"INSERT INTO sync_rows (version, bucket, tbl, row_id, deleted, data)"
             " SELECT version, bucket, tbl, row_id, deleted,"
             " CASE WHEN deleted = 1 THEN '{}' ELSE data END FROM sync_rows_before_15"_s,
             u"DROP TABLE sync_rows_before_15"_s,
             u"CREATE INDEX sync_rows_by_bucket ON sync_rows(bucket, version)"_s,
             u"CREATE INDEX sync_rows_by_row ON sync_rows(tbl, row_id)"_s,
         }},
        {16,
         u"each bucket remembers the tombstones it lost"_s,
         {},
         {
             // A pull started a client's bucket again whenever its cursor was below the global
             // horizon of purged tombstones, including a cursor the server had just handed out
             // in the middle of a long bucket: that client got the same first page forever.
             // Each bucket now keeps the newest tombstone compaction took from it
             // (SyncService::compact). Which bucket lost what before this version is not
             // known, so every bucket starts at the global horizon: no client skips a
             // tombstone it never saw.
             u"ALTER TABLE sync_buckets ADD COLUMN purged_to BIGINT NOT NULL DEFAULT 0"_s,
             u"UPDATE sync_buckets SET purged_to ="
             " (SELECT purged_before FROM sync_state WHERE id = 1)"_s,
         }},
    };
    return list;
}

Result<Ok> ensureSyncedTables(QSqlDatabase &db, const QList<const Sync::EntityDef *> &entities)
{
    for (const Sync::EntityDef *entity : entities) {
        Result<bool> ensured = Schema::ensureTable(db, *entity, Schema::Replica::Server);
        if (!ensured)
            return ensured.error();
    }
    return Ok {};
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
            if (Result<Ok> declared = ensureSyncedTables(db, step.entities); !declared)
                return declared.error();
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
    // Fields and indexes declared since the last step: a database at the latest version gains
    // them too (a partial migration, --to, stops at its step).
    if (version == latestSchemaVersion()) {
        QList<const Sync::EntityDef *> all;
        for (const Sync::EntityDef &entity : Sync::entities())
            all << &entity;
        Result<Ok> declared = inTransaction<Ok>(db, [&]() { return ensureSyncedTables(db, all); });
        if (!declared)
            return declared.error();
    }
    return version;
}

} // namespace Souk::Server
