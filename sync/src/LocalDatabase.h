#pragma once

#include "Result.h"
#include "SyncTypes.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace Souk::Sync {

//! The client's SQLite file: a replica table per entity (generated from its EntityDef, the same
//! columns as on the server, which also keeps tombstones in `deleted`), and the engine's own
//! tables: _outbox, _shadow, _rejections, _buckets, _ledger, _meta, and full-text indexes
//! (posts_fts, profiles_fts). Versioned by PRAGMA user_version. WAL mode; one connection, used from
//! the engine's thread only.
class LocalDatabase
{
public:
    explicit LocalDatabase(QString path);
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase &) = delete;
    LocalDatabase &operator=(const LocalDatabase &) = delete;

    Result<Ok> open();
    QSqlDatabase &db() { return m_db; }
    QString path() const { return m_path; }

    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds, const char *context);
    //! exec() for statements whose result is not read.
    Result<Ok> run(const QString &sql, const QVariantList &binds, const char *context);
    Result<Ok> begin();
    Result<Ok> commit();
    void rollback();

    QString meta(const QString &key, const QString &fallback = {});
    Result<Ok> setMeta(const QString &key, const QString &value);

    static int schemaVersion();

private:
    Result<Ok> migrate();
    //! Whether a table or column was added (rows synced before lack it).
    Result<bool> ensureEntityTables();
    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
};

//! Runs `work` in one transaction of `db`; commits on success, rolls back on an Error.
template<typename T, typename Work> Result<T> localTransaction(LocalDatabase &db, Work &&work)
{
    if (Result<Ok> begun = db.begin(); !begun)
        return begun.error();
    Result<T> result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (Result<Ok> committed = db.commit(); !committed) {
        db.rollback();
        return committed.error();
    }
    return result;
}

} // namespace Souk::Sync
