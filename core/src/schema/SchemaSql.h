#pragma once

#include "EntityDef.h"
#include "Result.h"

#include <QSqlDatabase>

//! The SQL of the synced tables, generated from their EntityDef for the client replica and
//! the server alike (docs/decisions/0017-declare-once.md). Nothing else creates or
//! alters a synced table. The SQL is what SQLite and PostgreSQL both accept.
namespace Souk::Schema {

using Sync::EntityDef;
using Sync::FieldDef;

//! Which copy of the data a table holds. The server keeps tombstones (a deleted row stays,
//! so every bucket learns of the deletion); the client drops a deleted row.
enum class Replica { Client, Server };

QString tableName(const EntityDef &entity, Replica replica);
//! The columns every synced table has besides id and the fields: clocks (the per-field HLCs,
//! JSON) and, on the server, deleted.
QStringList bookkeepingColumns(Replica replica);

//! "caption TEXT NOT NULL DEFAULT ''": the column as a CREATE TABLE declares it.
QString columnSql(const FieldDef &field);
QString createTableSql(const EntityDef &entity, Replica replica);
//! ALTER TABLE ... ADD COLUMN. A required field gets the empty default here, as rows that
//! already exist have no value for it (SQLite refuses NOT NULL without a default).
QString addColumnSql(const QString &table, const FieldDef &field);
//! CREATE INDEX for one of the entity's indexes.
QString createIndexSql(const EntityDef &entity, const Sync::IndexDef &index, Replica replica);

//! The column names of a table, empty when there is no such table.
Result<QStringList> columnsOf(QSqlDatabase &db, const QString &table);
//! The columns of an index as its CREATE INDEX lists them ("author_id, created_at DESC"),
//! empty when there is no such index.
Result<QString> indexColumnsOf(QSqlDatabase &db, const QString &index);

//! Creates the entity's table, or adds the columns declared since it was made, and its
//! indexes (an index of the same name over other columns is built again). Idempotent: a table
//! that matches its declaration is left alone. The caller holds the transaction. True when a
//! table or a column was added.
Result<bool> ensureTable(QSqlDatabase &db, const EntityDef &entity, Replica replica);

} // namespace Souk::Schema
