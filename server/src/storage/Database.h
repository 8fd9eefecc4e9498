#pragma once

#include "Result.h"
#include "StatementCache.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <atomic>
#include <memory>

namespace Souk::Server {

//! The server's database. Qt SQL connections belong to the thread that opened them, so each
//! worker thread gets its own connection, opened on first use with the same pragmas.
//! Handlers talk to stores (AccountStore, ...) that take a connection; nothing above them
//! knows which engine is underneath, so PostgreSQL can be added as a second backend here.
class Database
{
public:
    enum class Engine { Sqlite };

    explicit Database(QString sqlitePath);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Engine engine() const { return Engine::Sqlite; }
    //! This thread's connection, opened and configured if needed.
    Result<QSqlDatabase> connection() const;
    //! Creates the file and switches it to WAL mode; call once at start.
    Result<Ok> open() const;
    //! Whether commits checkpoint the WAL themselves (SQLite's default, every 1,000 pages).
    //! Off when a Checkpointer does it; applies to connections opened from then on, and to
    //! this thread's if it is open.
    void setAutoCheckpoint(bool on);

private:
    QString m_path;
    QString m_namePrefix;
    std::atomic<bool> m_autoCheckpoint {true};
};

//! Runs one statement with positional bindings; any failure becomes a 500 Error whose log
//! line names `context` (the bound values are never logged).
Result<QSqlQuery> execSql(const QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                          const char *context);

//! A statement prepared once per connection and kept for the next call with the same SQL,
//! borrowed for one use. Parsing and planning were half of a simple read's cost (bench/http).
//! The lease resets the statement when it ends, so no read snapshot outlives its use; a
//! statement still leased (a nested call with the same SQL) is not shared: that call gets a
//! statement of its own.
class PreparedQuery
{
public:
    PreparedQuery(PreparedQuery &&other) noexcept;
    PreparedQuery &operator=(PreparedQuery &&) = delete;
    PreparedQuery(const PreparedQuery &) = delete;
    ~PreparedQuery();

    bool next() { return query().next(); }
    QVariant value(int index) const { return query().value(index); }
    int numRowsAffected() const { return query().numRowsAffected(); }
    QSqlQuery &query() const;

    struct Slot; // a statement and whether it is leased; kept per thread

private:
    friend Result<PreparedQuery> execPrepared(const QSqlDatabase &, const QString &,
                                              const QVariantList &, const char *);
    explicit PreparedQuery(std::shared_ptr<Slot> slot);

    std::shared_ptr<Slot> m_slot;
};

//! execSql() for hot statements: the same contract, without preparing the SQL again.
Result<PreparedQuery> execPrepared(const QSqlDatabase &db, const QString &sql,
                                   const QVariantList &binds, const char *context);

//! This thread's StatementCache for a connection, kept for the life of the thread (a connection
//! belongs to one thread). A push of one chat message runs about twenty statements; preparing
//! them anew for every push was a large part of its cost (bench/chat). Unlike execPrepared(),
//! its statements are finished by the caller (ServerSyncStore, at the end of its transaction).
StatementCache &threadStatements(const QSqlDatabase &db);

//! Runs `work` inside one write transaction (BEGIN IMMEDIATE on SQLite, so two writers queue on
//! the lock instead of failing on upgrade). Commits when work returns a value, rolls back on an
//! Error.
template<typename T, typename Work> Result<T> inTransaction(QSqlDatabase &db, Work &&work);

Error databaseError(const char *context, const QString &detail);
Result<Ok> beginWrite(QSqlDatabase &db);
Result<Ok> commit(QSqlDatabase &db);
void rollback(QSqlDatabase &db);

//! How many database pages this connection has written since it opened (SQLite's
//! SQLITE_DBSTATUS_CACHE_WRITE: in WAL mode, the frames its commits appended to the WAL); 0
//! for a connection that is not SQLite. The difference across a transaction is what it wrote.
qint64 pagesWritten(const QSqlDatabase &db);

//! The lock the writers of one database file take in this process before BEGIN IMMEDIATE.
//! Without it, a writer waiting for SQLite's lock sleeps in SQLite's busy handler (1, 2, 5,
//! 10 ms and more) even when the lock is free again; on a mutex it wakes at once.
QMutex &writeLock(const QSqlDatabase &db);

template<typename T, typename Work> Result<T> inTransaction(QSqlDatabase &db, Work &&work)
{
    QMutexLocker locked(&writeLock(db));
    if (Result<Ok> begun = beginWrite(db); !begun)
        return begun.error();
    Result<T> result = work();
    if (!result) {
        rollback(db);
        return result;
    }
    if (Result<Ok> committed = commit(db); !committed) {
        rollback(db);
        return committed.error();
    }
    return result;
}

} // namespace Souk::Server
