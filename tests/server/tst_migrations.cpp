// A database at every earlier schema version migrates to the current one, keeping its data and
// ending with the schema of a fresh database. Earlier versions come two ways: built by this
// server's own steps (migrate --to N), and as the released servers built them
// (schemas/released.sql, dumped from those servers: synced tables grown by ALTER TABLE).
#include "ApiFixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Souk::Test;

namespace {

int latestVersion()
{
    QByteArray out;
    QTemporaryDir dir;
    ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path()}, &out);
    const qsizetype at = out.indexOf("Schema version ");
    return at < 0 ? -1 : out.mid(at + 15).split(' ').value(0).toInt();
}

QStringList schemaOf(const QString &path)
{
    return logicalSchema(path);
}

//! A database with the schema a released server of `version` left: the sections of
//! schemas/released.sql up to that version, each object as its latest section has it.
bool createReleased(const QString &path, int version)
{
    QFile file(QStringLiteral(SOUK_SOURCE_DIR) + u"/tests/server/schemas/released.sql"_s);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QRegularExpression section(u"^-- version (\\d+)$"_s);
    static const QRegularExpression object(u"^CREATE (?:UNIQUE )?\\w+ (\\w+)"_s);
    QStringList names; // in the order they were first made
    QHash<QString, QString> sql;
    int at = 0;
    QString statement;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (const auto m = section.match(line); m.hasMatch()) {
            at = m.captured(1).toInt();
            continue;
        }
        if (at == 0 || at > version || line.startsWith(u"--"_s) || line.isEmpty())
            continue;
        statement += statement.isEmpty() ? line : u'\n' + line;
        if (!statement.endsWith(u';'))
            continue;
        const QString name = object.match(statement).captured(1);
        if (!sql.contains(name))
            names << name;
        sql.insert(name, statement);
        statement.clear();
    }
    const QString connection = u"released-"_s + path;
    bool ok = !names.isEmpty();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        ok = ok && db.open();
        for (const QString &name : std::as_const(names)) {
            if (ok)
                ok = QSqlQuery(db).exec(sql.value(name));
        }
        for (int v = 1; ok && v <= version; ++v)
            ok = QSqlQuery(db).exec(
                u"INSERT INTO schema_migrations VALUES (%1, 'released', 0)"_s.arg(v));
        // The one row of data a step wrote (version 3: the change feed's counter).
        if (ok && version >= 3)
            ok = QSqlQuery(db).exec(u"INSERT INTO sync_state VALUES (1, 0, 0)"_s);
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool execOn(const QString &path, const QString &sql)
{
    const QString name = u"exec-"_s + path;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class MigrationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyEarlierVersionMigrates_data();
    void everyEarlierVersionMigrates();
    void everyReleasedVersionMigrates_data();
    void everyReleasedVersionMigrates();
    void newerDatabaseIsRefused();
    void migrateIsIdempotent();
    void blocksThatHoldReachTheBlockedAccount();
    void commentCountsAndNoticesFollowModeration();
    void theFeedKeepsEveryEntryInVersionOrder();
    void bucketsStartAtTheOldHorizon();
    void anIndexOverOtherColumnsIsBuiltAgain();

private:
    int m_latest = -1;
    QStringList m_freshSchema;
    QTemporaryDir m_freshDir;
};

void MigrationsTest::initTestCase()
{
    m_latest = latestVersion();
    QVERIFY(m_latest >= 1);
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, m_freshDir.path()}), 0);
    m_freshSchema = schemaOf(m_freshDir.path() + u"/souk.db"_s);
    QVERIFY(!m_freshSchema.isEmpty());
}

void MigrationsTest::everyEarlierVersionMigrates_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < latestVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

void MigrationsTest::everyEarlierVersionMigrates()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString db = dir.path() + u"/souk.db"_s;
    QByteArray out;
    QCOMPARE(
        ServerProcess::run(
            {u"migrate"_s, u"--data-dir"_s, dir.path(), u"--to"_s, QString::number(from)}, &out),
        0);
    QVERIFY2(out.contains("Schema version " + QByteArray::number(from)), out.constData());
    // Data written at the old version (every version since 1 has users) must survive.
    if (from >= 1) {
        QVERIFY(execOn(db,
                       u"INSERT INTO users (id, username, username_key, email, email_key,"
                       " display_name, password_hash, role, created_at, updated_at) VALUES"
                       " ('u1', 'old', 'old', 'old@example.com', 'old@example.com', 'Old',"
                       " '$argon2id$x', 'admin', 1, 1)"_s));
    }
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path()}, &out), 0);
    QVERIFY2(out.contains("Schema version " + QByteArray::number(m_latest)), out.constData());
    QCOMPARE(schemaOf(db), m_freshSchema);
    if (from >= 1)
        QCOMPARE(queryValue(db, u"SELECT username FROM users WHERE id = 'u1'"_s).toString(),
                 u"old"_s);
    // And a server starts on it.
    ServerProcess server({}, dir.path());
    QVERIFY2(server.start(), qPrintable(server.error()));
}

void MigrationsTest::everyReleasedVersionMigrates_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v <= 12; ++v)
        QTest::addRow("from released v%d", v) << v;
}

void MigrationsTest::everyReleasedVersionMigrates()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString db = dir.path() + u"/souk.db"_s;
    QVERIFY(createReleased(db, from));
    QVERIFY(execOn(db,
                   u"INSERT INTO users (id, username, username_key, email, email_key,"
                   " display_name, password_hash, role, created_at, updated_at) VALUES"
                   " ('u1', 'old', 'old', 'old@example.com', 'old@example.com', 'Old',"
                   " '$argon2id$x', 'admin', 1, 1)"_s));
    QByteArray out;
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path()}, &out), 0);
    QVERIFY2(out.contains("Schema version " + QByteArray::number(m_latest)), out.constData());
    QCOMPARE(schemaOf(db), m_freshSchema);
    QCOMPARE(queryValue(db, u"SELECT username FROM users WHERE id = 'u1'"_s).toString(), u"old"_s);
    ServerProcess server({}, dir.path());
    QVERIFY2(server.start(), qPrintable(server.error()));
}

void MigrationsTest::newerDatabaseIsRefused()
{
    QTemporaryDir dir;
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path()}), 0);
    const QString db = dir.path() + u"/souk.db"_s;
    QVERIFY(execOn(db, u"INSERT INTO schema_migrations VALUES (999, 'from the future', 0)"_s));
    QByteArray out;
    QVERIFY(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path()}, &out) != 0);
    QVERIFY2(out.contains("newer than this server knows"), out.constData());
    ServerProcess server({}, dir.path());
    QVERIFY(!server.start());
}

void MigrationsTest::blocksThatHoldReachTheBlockedAccount()
{
    // Version 13: a block that holds is fed again, so it reaches the blocked account's bucket
    // (its devices hide the blocker's content); a lifted one stays with its blocker.
    QTemporaryDir dir;
    const QString db = dir.path() + u"/souk.db"_s;
    QVERIFY(createReleased(db, 12));
    for (const QString &sql :
         {u"INSERT INTO blocks (id, blocker_id, blocked_id, active) VALUES"
          " ('ann:ben', 'ann', 'ben', 1), ('cat:dan', 'cat', 'dan', 0)"_s,
          u"INSERT INTO sync_rows (bucket, tbl, row_id, version, deleted, data) VALUES"
          " ('user:ann', 'blocks', 'ann:ben', 1, 0, '{}'),"
          " ('user:cat', 'blocks', 'cat:dan', 2, 0, '{}')"_s,
          // The feed's counter is past every version it handed out.
          u"UPDATE sync_state SET version = 2"_s})
        QVERIFY2(execOn(db, sql), qPrintable(sql));
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path()}), 0);
    auto inBucket = [&](const QString &bucket, const QString &row) {
        return queryValue(db,
                          u"SELECT COUNT(*) FROM sync_rows WHERE bucket = '%1' AND tbl ="
                          " 'blocks' AND row_id = '%2' AND deleted = 0"_s.arg(bucket, row))
            .toInt();
    };
    QCOMPARE(inBucket(u"user:ben"_s, u"ann:ben"_s), 1);
    QCOMPARE(inBucket(u"user:ann"_s, u"ann:ben"_s), 1);
    QCOMPARE(inBucket(u"user:dan"_s, u"cat:dan"_s), 0);
    QCOMPARE(inBucket(u"user:cat"_s, u"cat:dan"_s), 1);
}

void MigrationsTest::commentCountsAndNoticesFollowModeration()
{
    // Version 14: a post's comment_count counted comments a moderator hid or removed later,
    // and notices kept the words of such comments. The count becomes the public figure and
    // the notices lose the words, and both reach the devices again (the change feed).
    QTemporaryDir dir;
    const QString db = dir.path() + u"/souk.db"_s;
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path(), u"--to"_s, u"13"_s}),
             0);
    for (const QString &sql :
         {u"INSERT INTO posts (id, author_id, comment_count) VALUES"
          " ('p1', 'ann', 4), ('p2', 'ann', 1)"_s,
          u"INSERT INTO comments (id, post_id, post_author_id, author_id, body, created_at,"
          " moderation, deleted) VALUES"
          " ('c1', 'p1', 'ann', 'ben', 'kind words', 1, '', 0),"
          " ('c2', 'p1', 'ann', 'ben', 'rude words', 2, 'hidden', 0),"
          " ('c3', 'p1', 'ann', 'ben', '', 3, 'removed', 0),"
          " ('c4', 'p1', 'ann', 'ben', 'gone words', 4, '', 1),"
          " ('c5', 'p2', 'ann', 'ben', 'more words', 5, '', 0)"_s,
          u"INSERT INTO notifications (id, recipient_id, kind, actor_id, post_id, comment_id,"
          " excerpt, created_at) VALUES"
          " ('n1', 'ann', 'comment', 'ben', 'p1', 'c1', 'kind words', 1),"
          " ('n2', 'ann', 'comment', 'ben', 'p1', 'c2', 'rude words', 2),"
          " ('n3', 'cat', 'mention', 'ben', 'p1', 'c3', 'removed words', 3),"
          " ('n4', 'ben', 'mod_hide', '', 'c2', 'c2', 'Insulting', 4)"_s})
        QVERIFY2(execOn(db, sql), qPrintable(sql));
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path()}), 0);
    auto value = [&](const QString &sql) {
        return queryValue(db, sql).toString();
    };
    QCOMPARE(value(u"SELECT comment_count FROM posts WHERE id = 'p1'"_s), u"1"_s);
    QCOMPARE(value(u"SELECT comment_count FROM posts WHERE id = 'p2'"_s), u"1"_s);
    QCOMPARE(value(u"SELECT excerpt FROM notifications WHERE id = 'n1'"_s), u"kind words"_s);
    QCOMPARE(value(u"SELECT excerpt FROM notifications WHERE id = 'n2'"_s), QString());
    QCOMPARE(value(u"SELECT excerpt FROM notifications WHERE id = 'n3'"_s), QString());
    // A moderation notice's text is the moderator's reason, not the comment's words.
    QCOMPARE(value(u"SELECT excerpt FROM notifications WHERE id = 'n4'"_s), u"Insulting"_s);
    // What changed is in the feed; what did not, is not written again.
    auto fed = [&](const QString &bucket, const QString &table, const QString &row) {
        return value(u"SELECT COUNT(*) FROM sync_rows WHERE bucket = '%1' AND tbl = '%2'"
                     " AND row_id = '%3' AND deleted = 0"_s.arg(bucket, table, row));
    };
    QCOMPARE(fed(u"author:ann"_s, u"posts"_s, u"p1"_s), u"1"_s);
    QCOMPARE(fed(u"author:ann"_s, u"posts"_s, u"p2"_s), u"0"_s);
    QCOMPARE(fed(u"user:ann"_s, u"notifications"_s, u"n2"_s), u"1"_s);
    QCOMPARE(fed(u"user:cat"_s, u"notifications"_s, u"n3"_s), u"1"_s);
    QCOMPARE(fed(u"user:ann"_s, u"notifications"_s, u"n1"_s), u"0"_s);
    QVERIFY(value(u"SELECT data FROM sync_rows WHERE tbl = 'posts' AND row_id = 'p1'"_s)
                .contains(u"\"comment_count\":1"_s));
}

void MigrationsTest::theFeedKeepsEveryEntryInVersionOrder()
{
    // Version 15: the change feed is stored in version order (the version is its rowid). Every
    // entry survives, exactly, and the server keeps writing to it.
    QTemporaryDir dir;
    const QString db = dir.path() + u"/souk.db"_s;
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path(), u"--to"_s, u"14"_s}),
             0);
    QVERIFY(execOn(db,
                   u"INSERT INTO sync_rows (bucket, tbl, row_id, version, deleted, data) VALUES"
                   " ('user:ann', 'drafts', 'd1', 7, 0, '{\"fields\":{}}'),"
                   " ('conv:c1', 'messages', 'm1', 3, 0, '{\"fields\":{\"body\":\"hi\"}}'),"
                   " ('user:ann', 'drafts', 'd2', 5, 1, '{}')"_s));
    QVERIFY(execOn(db, u"UPDATE sync_state SET version = 7"_s));
    const QString entries = u"SELECT group_concat(bucket || '|' || tbl || '|' || row_id || '|'"
                            " || version || '|' || deleted || '|' || data, ';')"
                            " FROM (SELECT * FROM sync_rows ORDER BY version)"_s;
    const QString before = queryValue(db, entries).toString();
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path()}), 0);
    QCOMPARE(queryValue(db, entries).toString(), before);
    QCOMPARE(queryValue(db, u"SELECT COUNT(*) FROM sync_rows WHERE rowid <> version"_s).toInt(), 0);
    QCOMPARE(queryValue(db, u"SELECT COUNT(*) FROM sqlite_schema WHERE name LIKE '%before_15%'"_s)
                 .toInt(),
             0);
    // A pull reads a bucket in version order through its index.
    QCOMPARE(queryValue(db, u"SELECT sql FROM sqlite_schema WHERE name = 'sync_rows_by_bucket'"_s)
                 .toString(),
             u"CREATE INDEX sync_rows_by_bucket ON sync_rows(bucket, version)"_s);
}

void MigrationsTest::bucketsStartAtTheOldHorizon()
{
    // Version 16: each bucket keeps the newest tombstone compaction took from it. Which bucket
    // lost what before is unknown, so every bucket starts at the global horizon: a device
    // whose cursor is older still starts again rather than keep a row deleted meanwhile.
    QTemporaryDir dir;
    const QString db = dir.path() + u"/souk.db"_s;
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path(), u"--to"_s, u"15"_s}),
             0);
    QVERIFY(execOn(db, u"UPDATE sync_state SET version = 90, purged_before = 40"_s));
    QVERIFY(execOn(db,
                   u"INSERT INTO sync_buckets (bucket, checksum, rows) VALUES"
                   " ('user:ann', 7, 1), ('conv:c1', 9, 2)"_s));
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path()}), 0);
    QCOMPARE(queryValue(db,
                        u"SELECT group_concat(bucket || '=' || purged_to || '/' || checksum)"
                        " FROM (SELECT * FROM sync_buckets ORDER BY bucket)"_s)
                 .toString(),
             u"conv:c1=40/9,user:ann=40/7"_s);
}

void MigrationsTest::anIndexOverOtherColumnsIsBuiltAgain()
{
    // An index a declaration names, found over other columns (declared differently since, or
    // made by hand), is built again as declared: a start brings it back.
    QTemporaryDir dir;
    const QString db = dir.path() + u"/souk.db"_s;
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path()}), 0);
    QVERIFY(execOn(db, u"DROP INDEX posts_by_time"_s));
    QVERIFY(execOn(db, u"CREATE INDEX posts_by_time ON posts(author_id)"_s));
    QVERIFY(schemaOf(db) != m_freshSchema);
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path()}), 0);
    QCOMPARE(schemaOf(db), m_freshSchema);
}

void MigrationsTest::migrateIsIdempotent()
{
    QTemporaryDir dir;
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path()}), 0);
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, dir.path()}), 0);
    QCOMPARE(schemaOf(dir.path() + u"/souk.db"_s), m_freshSchema);
    QCOMPARE(
        queryValue(dir.path() + u"/souk.db"_s, u"SELECT COUNT(*) FROM schema_migrations"_s).toInt(),
        m_latest);
    QCOMPARE(queryValue(dir.path() + u"/souk.db"_s, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
