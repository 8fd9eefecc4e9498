#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <functional>

namespace Souk::Server {

//! One step of the schema. Steps are append-only: once released, a step never changes; a new
//! need is a new step. Each runs in its own transaction together with its version record.
struct Migration
{
    int version;
    QString name;
    QStringList statements;
    //! Data work after the statements, in the same transaction (e.g. backfilling a new table).
    std::function<Result<Ok>(QSqlDatabase &)> after = {};
};

const QList<Migration> &migrations();
int latestSchemaVersion();

//! The version recorded in schema_migrations (0 for an empty database).
Result<int> schemaVersion(QSqlDatabase &db);
//! Applies every step above the current version up to `target` (-1 = latest). Refuses to run
//! against a database newer than this binary knows.
Result<int> migrate(QSqlDatabase &db, int target = -1);

} // namespace Souk::Server
