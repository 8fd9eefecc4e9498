// The client's local database migrates from every earlier version, keeping unsent changes.
#include "Entities.h"
#include "LocalDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Souk::Sync::LocalDatabase;

class LocalMigrationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseIsAtTheLatestVersion();
    void version1MigratesKeepingTheOutbox();
    void version3GainsTheCommerceTables();
    void version4GainsModeration();
    void version5NamesClocksAsTheServerDoes();
};

namespace {

QVariant value(LocalDatabase &db, const QString &sql)
{
    Souk::Result<QSqlQuery> q = db.exec(sql, {}, "test");
    if (!q || !q->next())
        return {};
    return q->value(0);
}

//! The schema as version 1 of the app created it (sync engine release).
void createVersion1(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QStringList statements {
            u"CREATE TABLE _meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE _outbox (seq INTEGER PRIMARY KEY, name TEXT NOT NULL,"
            " version INTEGER NOT NULL, args TEXT NOT NULL, hlc TEXT NOT NULL,"
            " status TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,"
            " last_error TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE _shadow (tbl TEXT NOT NULL, row_id TEXT NOT NULL, data TEXT,"
            " PRIMARY KEY (tbl, row_id))"_s,
            u"CREATE TABLE _rejections (seq INTEGER PRIMARY KEY, name TEXT NOT NULL,"
            " args TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL,"
            " at INTEGER NOT NULL)"_s,
            u"CREATE TABLE _buckets (bucket TEXT PRIMARY KEY, cursor INTEGER NOT NULL,"
            " checksum INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE TABLE _ledger (bucket TEXT NOT NULL, tbl TEXT NOT NULL,"
            " row_id TEXT NOT NULL, version INTEGER NOT NULL,"
            " PRIMARY KEY (bucket, tbl, row_id))"_s,
            u"CREATE INDEX _ledger_by_row ON _ledger (tbl, row_id)"_s,
            u"CREATE TABLE profiles (id TEXT PRIMARY KEY, username TEXT NOT NULL DEFAULT '',"
            " display_name TEXT NOT NULL DEFAULT '', bio TEXT NOT NULL DEFAULT '',"
            " _clocks TEXT NOT NULL DEFAULT '{}')"_s,
            u"CREATE TABLE follows (id TEXT PRIMARY KEY, follower_id TEXT NOT NULL DEFAULT '',"
            " followee_id TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 0,"
            " _clocks TEXT NOT NULL DEFAULT '{}')"_s,
            u"CREATE TABLE drafts (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL DEFAULT '',"
            " title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '',"
            " conflict_of TEXT NOT NULL DEFAULT '', _clocks TEXT NOT NULL DEFAULT '{}')"_s,
            u"CREATE TABLE conflicts (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL DEFAULT '',"
            " entity TEXT NOT NULL DEFAULT '', row_id TEXT NOT NULL DEFAULT '',"
            " field TEXT NOT NULL DEFAULT '', lost_value TEXT NOT NULL DEFAULT '',"
            " lost_hlc TEXT NOT NULL DEFAULT '', kept_value TEXT NOT NULL DEFAULT '',"
            " resolved INTEGER NOT NULL DEFAULT 0, _clocks TEXT NOT NULL DEFAULT '{}')"_s,
            u"INSERT INTO _buckets VALUES ('user:u1', 42, 7)"_s,
            u"INSERT INTO _ledger VALUES ('user:u1', 'profiles', 'u1', 42)"_s,
            u"INSERT INTO profiles (id, username, display_name) VALUES ('u1', 'amal', 'Amal')"_s,
            u"INSERT INTO drafts (id, owner_id, body) VALUES ('d1', 'u1', 'half a thought')"_s,
            u"INSERT INTO _outbox (seq, name, version, args, hlc, created_at) VALUES"
            " (1, 'saveDraft', 1, '{\"id\":\"d1\",\"body\":\"unsent\"}', 'h', 1)"_s,
            u"PRAGMA user_version = 1"_s,
        };
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
}

} // namespace

void LocalMigrationsTest::freshDatabaseIsAtTheLatestVersion()
{
    QTemporaryDir dir;
    LocalDatabase db(dir.filePath(u"fresh.db"_s));
    QVERIFY(db.open());
    QCOMPARE(value(db, u"PRAGMA user_version"_s).toInt(), LocalDatabase::schemaVersion());
    QCOMPARE(value(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QVERIFY(db.exec(u"SELECT media FROM drafts"_s, {}, "t"));
    QVERIFY(db.exec(u"SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'x'"_s, {}, "t"));
}

void LocalMigrationsTest::version3GainsTheCommerceTables()
{
    // A version 3 database: as a fresh one, less what version 4 brought.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v3.db"_s);
    {
        LocalDatabase db(path);
        QVERIFY(db.open());
        for (const QString &table :
             {u"shops"_s, u"products"_s, u"variants"_s, u"skus"_s, u"stock_alerts"_s, u"wishlist"_s,
              u"cart_lines"_s, u"orders"_s, u"reviews"_s, u"preferences"_s})
            QVERIFY(db.run(u"DROP TABLE "_s + table, {}, "t"));
        QVERIFY(db.run(u"DROP INDEX _ledger_stale"_s, {}, "t")); // v4 made it
        QVERIFY(
            db.run(u"INSERT INTO _buckets (bucket, cursor, checksum) VALUES ('user:u1', 42, 7)"_s,
                   {}, "t"));
        QVERIFY(db.run(u"PRAGMA user_version = 3"_s, {}, "t"));
    }
    LocalDatabase db(path);
    QVERIFY(db.open());
    QCOMPARE(value(db, u"PRAGMA user_version"_s).toInt(), LocalDatabase::schemaVersion());
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM products WHERE category = 'x'"_s).toInt(), 0);
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM preferences"_s).toInt(), 0);
    QCOMPARE(
        value(db, u"SELECT COUNT(*) FROM sqlite_master WHERE name = '_ledger_stale'"_s).toInt(), 1);
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'products_by_category'"_s)
                 .toInt(),
             1);
    // Rows of the new tables were never downloaded: every bucket is fetched again.
    QCOMPARE(value(db, u"SELECT cursor FROM _buckets WHERE bucket = 'user:u1'"_s).toInt(), 0);
}

void LocalMigrationsTest::version4GainsModeration()
{
    // A version 4 database: no moderation tables, no moderation column on content.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v4.db"_s);
    {
        LocalDatabase db(path);
        QVERIFY(db.open());
        for (const QString &table :
             {u"reports"_s, u"mod_actions"_s, u"strikes"_s, u"appeal_messages"_s})
            QVERIFY(db.run(u"DROP TABLE "_s + table, {}, "t"));
        // The index that reads it (later than version 4) goes first; it comes back.
        QVERIFY(db.run(u"DROP INDEX posts_by_author"_s, {}, "t"));
        for (const QString &table :
             {u"posts"_s, u"comments"_s, u"messages"_s, u"products"_s, u"reviews"_s})
            QVERIFY(db.run(u"ALTER TABLE %1 DROP COLUMN moderation"_s.arg(table), {}, "t"));
        QVERIFY(db.run(u"INSERT INTO posts (id, author_id, caption) VALUES ('p1', 'u1', 'kept')"_s,
                       {}, "t"));
        QVERIFY(db.run(u"INSERT INTO _buckets (bucket, cursor, checksum) VALUES ('mod', 42, 7)"_s,
                       {}, "t"));
        QVERIFY(db.run(u"PRAGMA user_version = 4"_s, {}, "t"));
    }
    LocalDatabase db(path);
    QVERIFY(db.open());
    QCOMPARE(value(db, u"PRAGMA user_version"_s).toInt(), LocalDatabase::schemaVersion());
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM reports WHERE status = 'open'"_s).toInt(), 0);
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM appeal_messages"_s).toInt(), 0);
    QCOMPARE(
        value(db, u"SELECT caption FROM posts WHERE COALESCE(moderation, '') = ''"_s).toString(),
        u"kept"_s);
    QCOMPARE(
        value(db, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'reports_by_status'"_s).toInt(),
        1);
    QCOMPARE(
        value(db, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'posts_by_author'"_s).toInt(),
        1);
    QCOMPARE(value(db, u"SELECT cursor FROM _buckets WHERE bucket = 'mod'"_s).toInt(), 0);
}

void LocalMigrationsTest::version5NamesClocksAsTheServerDoes()
{
    // A version 5 database: every replica table's clocks column was called _clocks.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v5.db"_s);
    {
        LocalDatabase db(path);
        QVERIFY(db.open());
        for (const Souk::Sync::EntityDef &entity : Souk::Sync::entities())
            QVERIFY(db.run(u"ALTER TABLE %1 RENAME COLUMN clocks TO _clocks"_s.arg(entity.name), {},
                           "t"));
        QVERIFY(db.run(u"INSERT INTO drafts (id, owner_id, body, _clocks)"
                       " VALUES ('d1', 'u1', 'kept', '{\"body\":\"x\"}')"_s,
                       {}, "t"));
        QVERIFY(
            db.run(u"INSERT INTO _buckets (bucket, cursor, checksum) VALUES ('user:u1', 42, 7)"_s,
                   {}, "t"));
        QVERIFY(db.run(u"PRAGMA user_version = 5"_s, {}, "t"));
    }
    LocalDatabase db(path);
    QVERIFY(db.open());
    QCOMPARE(value(db, u"PRAGMA user_version"_s).toInt(), LocalDatabase::schemaVersion());
    QCOMPARE(value(db, u"SELECT clocks FROM drafts WHERE id = 'd1'"_s).toString(),
             u"{\"body\":\"x\"}"_s);
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM pragma_table_info('drafts') WHERE name = '_clocks'"_s)
                 .toInt(),
             0);
    // A renamed column holds the same data: nothing needs downloading again.
    QCOMPARE(value(db, u"SELECT cursor FROM _buckets WHERE bucket = 'user:u1'"_s).toInt(), 42);
}

void LocalMigrationsTest::version1MigratesKeepingTheOutbox()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.db"_s);
    createVersion1(path);
    LocalDatabase db(path);
    QVERIFY(db.open());
    QCOMPARE(value(db, u"PRAGMA user_version"_s).toInt(), LocalDatabase::schemaVersion());
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM messages"_s).toInt(), 0);
    // New tables and columns exist; the old rows are still there.
    QCOMPARE(value(db, u"SELECT body FROM drafts WHERE id = 'd1'"_s).toString(),
             u"half a thought"_s);
    QCOMPARE(value(db, u"SELECT media FROM drafts WHERE id = 'd1'"_s).toString(), QString());
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM posts"_s).toInt(), 0);
    QCOMPARE(value(db, u"SELECT COUNT(*) FROM _uploads"_s).toInt(), 0);
    // The search index covers rows synced before the migration.
    QCOMPARE(
        value(db, u"SELECT COUNT(*) FROM profiles_fts WHERE profiles_fts MATCH 'amal'"_s).toInt(),
        1);
    // Every bucket downloads again (for the new columns); the outbox is untouched.
    QCOMPARE(value(db, u"SELECT cursor FROM _buckets WHERE bucket = 'user:u1'"_s).toInt(), 0);
    QCOMPARE(value(db, u"SELECT version FROM _ledger"_s).toInt(), -1);
    QCOMPARE(value(db, u"SELECT name FROM _outbox WHERE seq = 1"_s).toString(), u"saveDraft"_s);
}

QTEST_MAIN(LocalMigrationsTest)
#include "tst_local_migrations.moc"
