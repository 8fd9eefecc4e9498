#include "SqliteStatements.h"

#include <QSqlDriver>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int position, const QString &text)
{
    if (text.isNull()) {
        sqlite3_bind_null(m_stmt, position);
        return;
    }
    // SQLITE_STATIC as QSQLITE does: the text outlives the step that reads it.
    sqlite3_bind_text16(m_stmt, position, text.utf16(), int(text.size() * sizeof(QChar)),
                        SQLITE_STATIC);
}

void SqliteStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_stmt, position, value);
}

void SqliteStatement::bindUtf8(int position, const QByteArray &text)
{
    sqlite3_bind_text(m_stmt, position, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int position)
{
    sqlite3_bind_null(m_stmt, position);
}

void SqliteStatement::bindVariant(int position, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QString:
        bind(position, *static_cast<const QString *>(value.constData()));
        return;
    case QMetaType::Bool:
        sqlite3_bind_int(m_stmt, position, value.toBool() ? 1 : 0);
        return;
    case QMetaType::Int:
        sqlite3_bind_int(m_stmt, position, value.toInt());
        return;
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_stmt, position, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, position, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_stmt, position, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        return;
    }
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(m_stmt, position, text.utf16(), int(text.size() * sizeof(QChar)),
                            SQLITE_TRANSIENT);
        return;
    }
    }
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        reset();
        return false;
    }
    Error e = m_owner.error(m_context);
    reset();
    return e;
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

SqliteStatements::SqliteStatements(QSqlDatabase db, ErrorMaker onError)
    : m_onError(std::move(onError))
{
    // QSQLITE hands out its sqlite3* as a QVariant of that type name.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatements::~SqliteStatements()
{
    qDeleteAll(m_statements);
}

Error SqliteStatements::error(const char *context) const
{
    return m_onError(context,
                     m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"no SQLite connection"_s);
}

Result<SqliteStatement *> SqliteStatements::get(const QString &sql, const char *context)
{
    if (SqliteStatement *known = m_statements.value(sql))
        return known;
    if (!m_db)
        return error(context);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare16_v3(m_db, sql.utf16(), int(sql.size() * sizeof(QChar)),
                             SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
            != SQLITE_OK
        || !stmt) {
        sqlite3_finalize(stmt);
        return error(context);
    }
    SqliteStatement *statement = new SqliteStatement(stmt, *this, context);
    m_statements.insert(sql, statement);
    return statement;
}

Result<Ok> SqliteStatements::run(const QString &sql, const QVariantList &binds, const char *context)
{
    Result<SqliteStatement *> statement = get(sql, context);
    if (!statement)
        return statement.error();
    for (qsizetype i = 0; i < binds.size(); ++i)
        (*statement)->bindVariant(int(i + 1), binds.at(i));
    // Anything a statement that writes returns (an upsert's RETURNING, say) is not read.
    for (;;) {
        Result<bool> row = (*statement)->step();
        if (!row)
            return row.error();
        if (!*row)
            return Ok {};
    }
}

} // namespace Souk::Sync
