#include "Database.h"

#include "Log.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>
#include <map>
#include <memory>
#include <mutex>
#include <sqlite3.h>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {
// This thread's open connection per Database, keyed by its unique name prefix. Looked up on
// every request: QSqlDatabase::database() takes a process-wide lock, which showed up as
// contention under load (bench/http).
thread_local QHash<QString, QSqlDatabase> t_opened;
} // namespace

struct PreparedQuery::Slot
{
    QSqlQuery query;
    bool leased = false;
};

namespace {
// This thread's prepared statements, per connection name (and SQL text for execPrepared).
// Declared after t_opened, so a thread ending destroys its statements before its connections.
thread_local QHash<QString, QHash<QString, std::shared_ptr<PreparedQuery::Slot>>> t_statements;
thread_local std::unordered_map<QString, std::unique_ptr<StatementCache>> t_batchStatements;
} // namespace

Database::Database(QString sqlitePath)
    : m_path(std::move(sqlitePath))
    , m_namePrefix(u"souk-"_s + QUuid::createUuid().toString(QUuid::Id128) + u'-')
{
    // SQLite keeps global memory statistics behind one process-wide mutex, taken on every
    // allocation of every connection; with a connection per worker thread that mutex was the
    // hottest lock in bench/http. Nothing here reads those statistics. This must happen
    // before SQLite initialises, i.e. before the first connection opens.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

Database::~Database()
{
    // Connections of other threads are closed when their threads end; remove this thread's.
    t_opened.remove(m_namePrefix);
    const QString name = m_namePrefix + QString::number(quintptr(QThread::currentThreadId()));
    // The statement caches hold the connection too: dropped first, or removeDatabase() would
    // find it still in use.
    t_statements.remove(name);
    t_batchStatements.erase(name);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

Error databaseError(const char *context, const QString &detail)
{
    Log::error(u"database error"_s,
               {{u"context"_s, QString::fromLatin1(context)}, {u"detail"_s, detail}});
    return Error {500, u"database_error"_s, u"The server could not complete this request."_s, {}};
}

Result<QSqlDatabase> Database::connection() const
{
    if (const auto it = t_opened.constFind(m_namePrefix); it != t_opened.constEnd() && it->isOpen())
        return *it;
    const QString name = m_namePrefix + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            t_opened.insert(m_namePrefix, db);
            return db;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        return databaseError("open", db.lastError().text());
    // Per-connection pragmas (journal_mode=WAL persists in the file; these do not).
    // synchronous=FULL: a commit acknowledged to a client survives a power cut, not just a crash.
    // mmap_size: pages are read from a mapping rather than with one pread() each.
    // temp_store=MEMORY: statement journals (one per savepoint that writes) and sorts stay in
    // memory instead of a temporary file created and unlinked each time.
    for (const QString &pragma :
         {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s,
          u"PRAGMA mmap_size = 268435456"_s, u"PRAGMA temp_store = MEMORY"_s}) {
        if (Result<QSqlQuery> q = execSql(db, pragma, {}, "connection pragmas"); !q)
            return q.error();
    }
    // A log that grew under load is cut back to 64 MiB when it starts again (Checkpointer).
    if (Result<QSqlQuery> q =
            execSql(db, u"PRAGMA journal_size_limit = 67108864"_s, {}, "connection pragmas");
        !q)
        return q.error();
    if (!m_autoCheckpoint) {
        if (Result<QSqlQuery> q =
                execSql(db, u"PRAGMA wal_autocheckpoint = 0"_s, {}, "connection pragmas");
            !q)
            return q.error();
    }
    t_opened.insert(m_namePrefix, db);
    return db;
}

void Database::setAutoCheckpoint(bool on)
{
    m_autoCheckpoint = on;
    if (const auto it = t_opened.constFind(m_namePrefix); it != t_opened.constEnd() && it->isOpen())
        (void)execSql(*it, u"PRAGMA wal_autocheckpoint = "_s + (on ? u"1000"_s : u"0"_s), {},
                      "connection pragmas"); // a failure is logged; it only costs latency
}

Result<Ok> Database::open() const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return databaseError("create data directory", QFileInfo(m_path).absolutePath());
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    Result<QSqlQuery> q = execSql(*db, u"PRAGMA journal_mode = WAL"_s, {}, "enable WAL");
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).toString().toLower() != u"wal"_s)
        return databaseError("enable WAL", u"SQLite refused WAL mode"_s);
    Log::info(u"database open"_s,
              {{u"path"_s, m_path}, {u"journal_mode"_s, u"wal"_s}, {u"synchronous"_s, u"full"_s}});
    return Ok {};
}

Result<QSqlQuery> execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                          const char *context)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return databaseError(context, query.lastError().text());
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return databaseError(context, query.lastError().text());
    return query;
}

PreparedQuery::PreparedQuery(std::shared_ptr<Slot> slot)
    : m_slot(std::move(slot))
{ }

PreparedQuery::PreparedQuery(PreparedQuery &&other) noexcept = default;

QSqlQuery &PreparedQuery::query() const
{
    return m_slot->query;
}

PreparedQuery::~PreparedQuery()
{
    if (!m_slot)
        return;
    // Ends the statement's read transaction; the prepared program stays.
    m_slot->query.finish();
    m_slot->leased = false;
}

Result<PreparedQuery> execPrepared(const QSqlDatabase &db, const QString &sql,
                                   const QVariantList &binds, const char *context)
{
    std::shared_ptr<PreparedQuery::Slot> &cached = t_statements[db.connectionName()][sql];
    std::shared_ptr<PreparedQuery::Slot> slot = cached;
    if (!slot || slot->leased) {
        slot = std::make_shared<PreparedQuery::Slot>(PreparedQuery::Slot {QSqlQuery(db)});
        slot->query.setForwardOnly(true);
        if (!slot->query.prepare(sql))
            return databaseError(context, slot->query.lastError().text());
        if (!cached)
            cached = slot;
    }
    for (qsizetype i = 0; i < binds.size(); ++i)
        slot->query.bindValue(int(i), binds.at(i));
    slot->leased = true;
    PreparedQuery lease(slot);
    if (!slot->query.exec())
        return databaseError(context, slot->query.lastError().text());
    return lease;
}

StatementCache &threadStatements(const QSqlDatabase &db)
{
    std::unique_ptr<StatementCache> &cache = t_batchStatements[db.connectionName()];
    if (!cache)
        cache = std::make_unique<StatementCache>(db, databaseError);
    return *cache;
}

qint64 pagesWritten(const QSqlDatabase &db)
{
    // QSQLITE hands out its sqlite3* as a QVariant of that type name.
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return 0;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.data());
    int current = 0;
    int highest = 0;
    if (!connection
        || sqlite3_db_status(connection, SQLITE_DBSTATUS_CACHE_WRITE, &current, &highest, 0)
            != SQLITE_OK)
        return 0;
    return current;
}

QMutex &writeLock(const QSqlDatabase &db)
{
    // One per file, for the life of the process (a server opens one or two files).
    static QMutex guard;
    static std::map<QString, std::unique_ptr<QMutex>> locks;
    QMutexLocker locked(&guard);
    std::unique_ptr<QMutex> &lock = locks[db.databaseName()];
    if (!lock)
        lock = std::make_unique<QMutex>();
    return *lock;
}

Result<Ok> beginWrite(QSqlDatabase &db)
{
    if (Result<QSqlQuery> q = execSql(db, u"BEGIN IMMEDIATE"_s, {}, "begin transaction"); !q)
        return q.error();
    return Ok {};
}

Result<Ok> commit(QSqlDatabase &db)
{
    if (Result<QSqlQuery> q = execSql(db, u"COMMIT"_s, {}, "commit"); !q)
        return q.error();
    return Ok {};
}

void rollback(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"ROLLBACK"_s))
        Log::warning(u"rollback failed"_s, {{u"detail"_s, query.lastError().text()}});
}

} // namespace Souk::Server
