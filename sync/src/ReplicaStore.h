#pragma once

#include "LocalDatabase.h"
#include "SqliteStatements.h"
#include "SyncTypes.h"

#include <QSet>

namespace Souk::Sync {

//! The client side of SyncStore, over the replica tables. While `shadowing` is on (optimistic
//! runs of local mutations), the first write to a row saves its server state in _shadow, so a
//! rebase can put it back before applying what the server sent.
class ReplicaStore : public SyncStore
{
public:
    //! `statements`: statements kept prepared for bulk writes (a pull of thousands of rows).
    ReplicaStore(LocalDatabase &db, bool shadowing, SqliteStatements *statements = nullptr)
        : m_db(db)
        , m_shadowing(shadowing)
        , m_statements(statements)
    { }

    Result<std::optional<Row>> get(const EntityDef &entity, const QString &id) override;
    Result<Ok> put(const EntityDef &entity, const Row &row) override;
    //! Every row of the entity, ordered by id.
    Result<QList<Row>> all(const EntityDef &entity);

    //! Writes without shadowing (server data, restores).
    Result<Ok> write(const EntityDef &entity, const Row &row);
    Result<Ok> remove(const EntityDef &entity, const QString &id);

    //! Rows written through this store, as "table/id".
    const QSet<QString> &touched() const { return m_touched; }
    QSet<QString> touchedTables() const;

private:
    Result<Ok> run(const QString &sql, const QVariantList &binds, const char *context);
    //! The upsert of a whole row of `entity`, made once per store.
    const QString &upsertSql(const EntityDef &entity);

    LocalDatabase &m_db;
    bool m_shadowing;
    SqliteStatements *m_statements;
    QSet<QString> m_touched;
    QHash<const EntityDef *, QString> m_upserts;
};

//! A row's clocks as the replica's `clocks` column keeps them: exactly
//! QJsonDocument(clocks).toJson(Compact), written directly when every key and value is plain
//! printable ASCII text (field names and HLCs), which a pull of thousands of rows saves.
QByteArray clocksJson(const QJsonObject &clocks);

//! {"fields":..,"clocks":..} and back, as kept in _shadow.
QString encodeRow(const Row &row);
Row decodeRow(const QString &id, const QString &data);

} // namespace Souk::Sync
