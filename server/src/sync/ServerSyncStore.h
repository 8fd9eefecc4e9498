#pragma once

#include "Database.h"
#include "StatementCache.h"
#include "SyncTypes.h"

#include <QSet>
#include <QSqlDatabase>

namespace Souk::Server {

//! The server side of Sync::SyncStore: rows live in the entity's server table, and every put
//! also lands in the change feed (sync_rows), once per bucket the row belongs to, with a new
//! global version and an updated bucket checksum. Callers run it inside a transaction.
class ServerSyncStore : public Sync::SyncStore
{
public:
    explicit ServerSyncStore(QSqlDatabase &db)
        : m_db(db)
        , m_statements(db, databaseError)
    { }

    //! Runs a statement through this store's prepared-statement cache (StatementCache).
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &binds, const char *context)
    {
        return m_statements.exec(sql, binds, context);
    }

    Result<std::optional<Sync::Row>> get(const Sync::EntityDef &entity, const QString &id) override;
    Result<Ok> put(const Sync::EntityDef &entity, const Sync::Row &row) override;
    Result<std::optional<QJsonObject>> media(const QString &mediaId) override;
    Result<std::optional<QString>> userIdByUsername(const QString &username) override;

    //! Re-announces a row as it is in its table (after a write outside a mutator, such as
    //! registration, or to backfill the feed in a migration).
    Result<Ok> publish(const Sync::EntityDef &entity, const QString &id);

    //! Buckets that got new versions through this store.
    const QSet<QString> &changedBuckets() const { return m_changed; }

private:
    Result<Ok> feed(const Sync::EntityDef &entity, const Sync::Row &row);
    //! Server-side indexes that are not columns of a synced table (post_tags).
    Result<Ok> index(const Sync::EntityDef &entity, const Sync::Row &row);
    Result<qint64> nextVersion();

    QSqlDatabase &m_db;
    StatementCache m_statements;
    QSet<QString> m_changed;
};

//! The snapshot a pull sends for a row: {"fields":{...},"clocks":{...}}.
QByteArray rowSnapshot(const Sync::Row &row);

} // namespace Souk::Server
