#pragma once

#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace Souk::Sync {

//! One prepared SQLite statement, used through SQLite's own API rather than QSqlQuery: a pull
//! applies every row of a page with a few statements each, and QSqlQuery's binding (a QVariant
//! per value, a placeholder name made for each positional bind) cost more than SQLite's work
//! (bench/README.md, sync section). Binds follow QSQLITE's rules, so a row is stored the same
//! either way: a null QString is NULL, integers and booleans are integers, text is text.
//! Owned by SqliteStatements; reset after each use, so it never holds a read snapshot open.
class SqliteStatements;
class SqliteStatement
{
public:
    SqliteStatement(sqlite3_stmt *stmt, const SqliteStatements &owner, const char *context)
        : m_stmt(stmt)
        , m_owner(owner)
        , m_context(context)
    { }
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    //! Positions count from 1, as in SQLite.
    void bind(int position, const QString &text);
    void bind(int position, qint64 value);
    void bindUtf8(int position, const QByteArray &text);
    void bindNull(int position);
    //! As QSQLITE binds a QVariant.
    void bindVariant(int position, const QVariant &value);

    //! Runs one step: true with a row to read, false when done, an error message otherwise.
    //! After false or an error the statement is reset already.
    Result<bool> step();
    qint64 columnInt64(int column) const;
    //! Ends the statement's run and forgets its binds; call after reading what step() gave.
    void reset();

private:
    sqlite3_stmt *m_stmt;
    const SqliteStatements &m_owner;
    const char *m_context; // a string literal, like every context
};

//! Statements prepared once per connection and kept for its life (finalized before it closes:
//! destroy this first).
class SqliteStatements
{
public:
    using ErrorMaker = std::function<Error(const char *context, const QString &detail)>;
    SqliteStatements(QSqlDatabase db, ErrorMaker onError);
    ~SqliteStatements();
    SqliteStatements(const SqliteStatements &) = delete;
    SqliteStatements &operator=(const SqliteStatements &) = delete;

    //! Whether the connection is QSQLITE's and its handle could be had.
    bool isValid() const { return m_db != nullptr; }
    //! The statement for `sql`, prepared the first time.
    Result<SqliteStatement *> get(const QString &sql, const char *context);
    //! Runs `sql` with QVariant binds (like StatementCache::exec) when no result is read.
    Result<Ok> run(const QString &sql, const QVariantList &binds, const char *context);
    //! The failure of the last call on the connection, as the caller's Error.
    Error error(const char *context) const;

private:
    sqlite3 *m_db = nullptr;
    ErrorMaker m_onError;
    QHash<QString, SqliteStatement *> m_statements;
};

} // namespace Souk::Sync
