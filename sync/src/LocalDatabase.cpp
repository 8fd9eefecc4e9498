#include "LocalDatabase.h"

#include "Entities.h"
#include "SchemaSql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>
#include <mutex>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

namespace {

Error localError(const char *context, const QString &detail)
{
    return Error {500,
                  u"local_database_error"_s,
                  u"The local database failed (%1): %2"_s.arg(QString::fromLatin1(context), detail),
                  {}};
}

} // namespace

LocalDatabase::LocalDatabase(QString path)
    : m_path(std::move(path))
    , m_name(u"souk-local-"_s + QUuid::createUuid().toString(QUuid::Id128))
{ }

LocalDatabase::~LocalDatabase()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
}

int LocalDatabase::schemaVersion()
{
    return 6;
}

Result<Ok> LocalDatabase::open()
{
    // As on the server (Database.cpp): SQLite keeps memory statistics behind a process-wide
    // mutex taken on every allocation, and nothing here reads them. Only possible before
    // SQLite initialises (later it is refused, and nothing changes).
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open())
        return localError("open", m_db.lastError().text());
    // temp_store=MEMORY: statement journals and sorts without a temporary file each time.
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                                  u"PRAGMA foreign_keys = ON"_s, u"PRAGMA temp_store = MEMORY"_s}) {
        if (Result<QSqlQuery> q = exec(pragma, {}, "pragma"); !q)
            return q.error();
    }
    return migrate();
}

namespace {

//! Version 1: the engine's own tables.
const QStringList &engineTables()
{
    static const QStringList statements {
        u"CREATE TABLE _meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        // Local mutations not yet confirmed by a pull. status: pending (to push),
        // acked (applied by the server, waiting for the pull that contains it),
        // rejected (refused; rolled back at the next rebase), quarantined (kept aside).
        u"CREATE TABLE _outbox (seq INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " version INTEGER NOT NULL, args TEXT NOT NULL, hlc TEXT NOT NULL,"
        " status TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,"
        " last_error TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL)"_s,
        // Server state of rows that pending mutations touched (NULL: row absent).
        u"CREATE TABLE _shadow (tbl TEXT NOT NULL, row_id TEXT NOT NULL, data TEXT,"
        " PRIMARY KEY (tbl, row_id))"_s,
        u"CREATE TABLE _rejections (seq INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " args TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL,"
        " at INTEGER NOT NULL)"_s,
        u"CREATE TABLE _buckets (bucket TEXT PRIMARY KEY, cursor INTEGER NOT NULL,"
        " checksum INTEGER NOT NULL DEFAULT 0)"_s,
        // Which bucket brought which row at which version: for checksums, and to drop
        // rows when a bucket is left.
        u"CREATE TABLE _ledger (bucket TEXT NOT NULL, tbl TEXT NOT NULL,"
        " row_id TEXT NOT NULL, version INTEGER NOT NULL,"
        " PRIMARY KEY (bucket, tbl, row_id))"_s,
        u"CREATE INDEX _ledger_by_row ON _ledger (tbl, row_id)"_s,
    };
    return statements;
}

//! Version 2 (social): indexes for the feed and the lists, and the full-text search index.
//! The FTS tables are external-content tables over the replica, kept in step by triggers
//! (replica writes are upserts and deletes, which fire them).
const QStringList &socialIndexes()
{
    static const QStringList statements {
        // Feeds walk this index newest first (backwards), by the (created_at, id) cursor.
        // Tag pages: one row per (tag, post), in time order, kept in step by triggers that
        // split the padded tags column (" a b ", tags are [\w]+, so it makes valid JSON).
        u"CREATE TABLE _post_tags (tag TEXT NOT NULL, created_at INTEGER NOT NULL,"
        " post_id TEXT NOT NULL, PRIMARY KEY (tag, created_at, post_id)) WITHOUT ROWID"_s,
        u"CREATE INDEX _post_tags_by_post ON _post_tags (post_id)"_s,
        u"CREATE TRIGGER posts_tags_insert AFTER INSERT ON posts WHEN trim(new.tags) <> '' BEGIN"
        " INSERT OR IGNORE INTO _post_tags (tag, created_at, post_id)"
        " SELECT value, new.created_at, new.id FROM"
        " json_each('[\"' || replace(trim(new.tags), ' ', '\",\"') || '\"]'); END"_s,
        u"CREATE TRIGGER posts_tags_delete AFTER DELETE ON posts BEGIN"
        " DELETE FROM _post_tags WHERE post_id = old.id; END"_s,
        u"CREATE TRIGGER posts_tags_update AFTER UPDATE OF tags, created_at ON posts BEGIN"
        " DELETE FROM _post_tags WHERE post_id = old.id;"
        " INSERT OR IGNORE INTO _post_tags (tag, created_at, post_id)"
        " SELECT value, new.created_at, new.id FROM"
        " json_each('[\"' || replace(trim(new.tags), ' ', '\",\"') || '\"]')"
        " WHERE trim(new.tags) <> ''; END"_s,
        // Images waiting to upload (MediaQueue); status: pending, stored, failed.
        u"CREATE TABLE _uploads (id TEXT PRIMARY KEY, status TEXT NOT NULL,"
        " error TEXT NOT NULL DEFAULT '', sha256 TEXT NOT NULL DEFAULT '',"
        " width INTEGER NOT NULL DEFAULT 0, height INTEGER NOT NULL DEFAULT 0,"
        " created_at INTEGER NOT NULL)"_s,
        // prefix: short prefixes ("sa", "bra") are looked up directly, not expanded.
        u"CREATE VIRTUAL TABLE posts_fts USING fts5(caption, tags, content='posts',"
        " content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"_s,
        u"CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN"
        " INSERT INTO posts_fts (rowid, caption, tags) VALUES (new.rowid, new.caption, new.tags);"
        " END"_s,
        u"CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN"
        " INSERT INTO posts_fts (posts_fts, rowid, caption, tags)"
        " VALUES ('delete', old.rowid, old.caption, old.tags); END"_s,
        u"CREATE TRIGGER posts_fts_update AFTER UPDATE OF caption, tags ON posts BEGIN"
        " INSERT INTO posts_fts (posts_fts, rowid, caption, tags)"
        " VALUES ('delete', old.rowid, old.caption, old.tags);"
        " INSERT INTO posts_fts (rowid, caption, tags) VALUES (new.rowid, new.caption, new.tags);"
        " END"_s,
        u"CREATE VIRTUAL TABLE profiles_fts USING fts5(username, display_name, content='profiles',"
        " content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"_s,
        u"CREATE TRIGGER profiles_fts_insert AFTER INSERT ON profiles BEGIN"
        " INSERT INTO profiles_fts (rowid, username, display_name)"
        " VALUES (new.rowid, new.username, new.display_name); END"_s,
        u"CREATE TRIGGER profiles_fts_delete AFTER DELETE ON profiles BEGIN"
        " INSERT INTO profiles_fts (profiles_fts, rowid, username, display_name)"
        " VALUES ('delete', old.rowid, old.username, old.display_name); END"_s,
        u"CREATE TRIGGER profiles_fts_update AFTER UPDATE OF username, display_name ON profiles"
        " BEGIN INSERT INTO profiles_fts (profiles_fts, rowid, username, display_name)"
        " VALUES ('delete', old.rowid, old.username, old.display_name);"
        " INSERT INTO profiles_fts (rowid, username, display_name)"
        " VALUES (new.rowid, new.username, new.display_name); END"_s,
        u"INSERT INTO posts_fts (posts_fts) VALUES ('rebuild')"_s,
        u"INSERT OR IGNORE INTO _post_tags (tag, created_at, post_id)"
        " SELECT j.value, p.created_at, p.id FROM posts p,"
        " json_each('[\"' || replace(trim(p.tags), ' ', '\",\"') || '\"]') j"
        " WHERE trim(p.tags) <> ''"_s,
        u"INSERT INTO profiles_fts (profiles_fts) VALUES ('rebuild')"_s,
    };
    return statements;
}

//! Version 3 (chat): message order, members, and full-text search over messages.
const QStringList &chatIndexes()
{
    static const QStringList statements {
        u"CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages',"
        " content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"_s,
        u"CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
        " INSERT INTO messages_fts (rowid, body) VALUES (new.rowid, new.body); END"_s,
        u"CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
        " INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.rowid,"
        " old.body); END"_s,
        u"CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN"
        " INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.rowid,"
        " old.body);"
        " INSERT INTO messages_fts (rowid, body) VALUES (new.rowid, new.body); END"_s,
        u"INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')"_s,
    };
    return statements;
}

//! Version 4 (commerce, and presence privacy): the shop's catalog by category and price, a
//! product's variants, the buyer's orders. The tables themselves come from the entity list.
//! And the ledger's stale rows: every completed bucket page looks for them, which scanned the
//! whole bucket (bench/commerce: a shop of 20,000 products took 60 orders/s down from 1,300).
const QStringList &commerceIndexes()
{
    static const QStringList statements {
        u"CREATE INDEX IF NOT EXISTS _ledger_stale ON _ledger (bucket) WHERE version < 0"_s,
        // Products of other shops as last browsed (the server's JSON), searchable offline.
        u"CREATE TABLE IF NOT EXISTS _catalog (id TEXT PRIMARY KEY, title TEXT NOT NULL,"
        " description TEXT NOT NULL, json TEXT NOT NULL, fetched_at INTEGER NOT NULL)"_s,
        u"CREATE VIRTUAL TABLE IF NOT EXISTS _catalog_fts USING fts5(title, description,"
        " content='_catalog', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2',"
        " prefix='2 3')"_s,
        u"CREATE TRIGGER IF NOT EXISTS _catalog_fts_insert AFTER INSERT ON _catalog BEGIN"
        " INSERT INTO _catalog_fts (rowid, title, description)"
        " VALUES (new.rowid, new.title, new.description); END"_s,
        u"CREATE TRIGGER IF NOT EXISTS _catalog_fts_delete AFTER DELETE ON _catalog BEGIN"
        " INSERT INTO _catalog_fts (_catalog_fts, rowid, title, description)"
        " VALUES ('delete', old.rowid, old.title, old.description); END"_s,
        u"CREATE TRIGGER IF NOT EXISTS _catalog_fts_update AFTER UPDATE ON _catalog BEGIN"
        " INSERT INTO _catalog_fts (_catalog_fts, rowid, title, description)"
        " VALUES ('delete', old.rowid, old.title, old.description);"
        " INSERT INTO _catalog_fts (rowid, title, description)"
        " VALUES (new.rowid, new.title, new.description); END"_s,
    };
    return statements;
}

//! Version 6: the clocks column has the server's name (it was _clocks). Before the tables are
//! brought to their declaration, which would otherwise add a second clocks column.
Result<Ok> renameClocks(QSqlDatabase &db)
{
    for (const EntityDef &entity : entities()) {
        Result<QStringList> columns = Schema::columnsOf(db, entity.name);
        if (!columns)
            return columns.error();
        if (!columns->contains(u"_clocks"_s))
            continue;
        QSqlQuery q(db);
        if (!q.exec(u"ALTER TABLE "_s + entity.name + u" RENAME COLUMN _clocks TO clocks"_s))
            return localError("rename clocks", q.lastError().text());
    }
    return Ok {};
}

} // namespace

Result<bool> LocalDatabase::ensureEntityTables()
{
    // A table per entity, generated from its declaration: new entities become tables, fields
    // declared since a table was made become columns, and declared indexes are built.
    bool changed = false;
    for (const EntityDef &entity : entities()) {
        Result<bool> ensured = Schema::ensureTable(m_db, entity, Schema::Replica::Client);
        if (!ensured)
            return localError("create replica table", ensured.error().message);
        changed = changed || *ensured;
    }
    return changed;
}

Result<Ok> LocalDatabase::migrate()
{
    Result<QSqlQuery> version = exec(u"PRAGMA user_version"_s, {}, "read user_version");
    if (!version)
        return version.error();
    const int current = version->next() ? version->value(0).toInt() : 0;
    if (current > schemaVersion())
        return localError("migrate", u"the local database is newer than this app"_s);
    if (current == schemaVersion())
        return Ok {};
    return localTransaction<Ok>(*this, [&]() -> Result<Ok> {
        QStringList statements;
        if (current < 1)
            statements << engineTables();
        for (const QString &sql : std::as_const(statements)) {
            if (Result<Ok> q = run(sql, {}, "create local schema"); !q)
                return q;
        }
        if (current >= 1 && current < 6) {
            if (Result<Ok> renamed = renameClocks(m_db); !renamed)
                return renamed;
        }
        Result<bool> tablesChanged = ensureEntityTables();
        if (!tablesChanged)
            return tablesChanged.error();
        statements.clear();
        if (current < 2)
            statements << socialIndexes();
        if (current < 3)
            statements << chatIndexes();
        if (current < 4)
            statements << commerceIndexes();
        // Rows synced before had no place for the new tables and columns: download every
        // bucket again (the outbox stays; rows no longer sent are dropped, as after a reset).
        if (current >= 1 && *tablesChanged)
            statements << u"UPDATE _ledger SET version = -1"_s
                       << u"UPDATE _buckets SET cursor = 0, checksum = 0"_s;
        statements << u"PRAGMA user_version = %1"_s.arg(schemaVersion());
        for (const QString &sql : std::as_const(statements)) {
            if (Result<Ok> q = run(sql, {}, "migrate local schema"); !q)
                return q;
        }
        return Ok {};
    });
}

Result<QSqlQuery> LocalDatabase::exec(const QString &sql, const QVariantList &binds,
                                      const char *context)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return localError(context, query.lastError().text());
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec())
        return localError(context, query.lastError().text());
    return query;
}

Result<Ok> LocalDatabase::run(const QString &sql, const QVariantList &binds, const char *context)
{
    if (Result<QSqlQuery> q = exec(sql, binds, context); !q)
        return q.error();
    return Ok {};
}

Result<Ok> LocalDatabase::begin()
{
    if (Result<QSqlQuery> q = exec(u"BEGIN IMMEDIATE"_s, {}, "begin"); !q)
        return q.error();
    return Ok {};
}

Result<Ok> LocalDatabase::commit()
{
    if (Result<QSqlQuery> q = exec(u"COMMIT"_s, {}, "commit"); !q)
        return q.error();
    return Ok {};
}

void LocalDatabase::rollback()
{
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

QString LocalDatabase::meta(const QString &key, const QString &fallback)
{
    Result<QSqlQuery> q = exec(u"SELECT value FROM _meta WHERE key = ?"_s, {key}, "read meta");
    if (q && q->next())
        return q->value(0).toString();
    return fallback;
}

Result<Ok> LocalDatabase::setMeta(const QString &key, const QString &value)
{
    Result<QSqlQuery> q = exec(
        u"INSERT INTO _meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        {key, value}, "write meta");
    if (!q)
        return q.error();
    return Ok {};
}

} // namespace Souk::Sync
