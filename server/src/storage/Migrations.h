#pragma once

#include "EntityDef.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>

namespace Souk::Server {

//! One step of the schema. Each runs in its own transaction together with its version record.
//! Server-only tables are hand-written SQL, append-only: once released, a statement never
//! changes; a new need is a new step. Synced tables are generated from their EntityDef: a step
//! names the entities it brings to their declaration (a missing table, column or index is
//! added), and every migration ends by doing so for all of them, so a field or index declared
//! in core/ needs no step of its own unless data must move.
struct Migration
{
    int version;
    QString name;
    //! Brought to their declaration before the statements run.
    QList<const Sync::EntityDef *> entities;
    QStringList statements;
    //! Data work after the statements, in the same transaction (e.g. backfilling a new table).
    std::function<Result<Ok>(QSqlDatabase &)> after = {};
};

const QList<Migration> &migrations();
//! Creates or completes the synced tables of these entities (SchemaSql.h). In a transaction.
Result<Ok> ensureSyncedTables(QSqlDatabase &db, const QList<const Sync::EntityDef *> &entities);
int latestSchemaVersion();

//! The version recorded in schema_migrations (0 for an empty database).
Result<int> schemaVersion(QSqlDatabase &db);
//! Applies every step above the current version up to `target` (-1 = latest). Refuses to run
//! against a database newer than this binary knows.
Result<int> migrate(QSqlDatabase &db, int target = -1);

} // namespace Souk::Server
