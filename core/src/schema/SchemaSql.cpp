#include "SchemaSql.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Schema {

namespace {

Error schemaError(const QString &what, const QSqlQuery &query)
{
    return Error {
        500, u"schema_error"_s, u"Could not %1: %2"_s.arg(what, query.lastError().text()), {}};
}

Result<Ok> run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return schemaError(u"change a synced table"_s, query);
    return Ok {};
}

QString typeSql(FieldDef::Kind kind)
{
    switch (kind) {
    case FieldDef::Kind::Text:
        return u"TEXT"_s;
    case FieldDef::Kind::Integer:
        return u"BIGINT"_s;
    case FieldDef::Kind::Bool:
        return u"INTEGER"_s;
    }
    return {};
}

QString defaultSql(const FieldDef &field)
{
    if (!field.sqlDefault.isEmpty())
        return field.sqlDefault;
    return field.kind == FieldDef::Kind::Text ? u"''"_s : u"0"_s;
}

QString bookkeepingSql(const QString &column)
{
    return column == u"clocks"_s ? u"clocks TEXT NOT NULL DEFAULT '{}'"_s
                                 : u"deleted INTEGER NOT NULL DEFAULT 0"_s;
}

bool onSide(Sync::IndexDef::Side side, Replica replica)
{
    if (side == Sync::IndexDef::Side::Both)
        return true;
    return (side == Sync::IndexDef::Side::Server) == (replica == Replica::Server);
}

} // namespace

QString tableName(const EntityDef &entity, Replica replica)
{
    return replica == Replica::Server ? entity.serverTable : entity.name;
}

QStringList bookkeepingColumns(Replica replica)
{
    if (replica == Replica::Server)
        return {u"clocks"_s, u"deleted"_s};
    return {u"clocks"_s};
}

QString columnSql(const FieldDef &field)
{
    QString sql = field.name + u' ' + typeSql(field.kind) + u" NOT NULL"_s;
    if (!field.required)
        sql += u" DEFAULT "_s + defaultSql(field);
    return sql;
}

QString createTableSql(const EntityDef &entity, Replica replica)
{
    QStringList columns {u"id TEXT PRIMARY KEY"_s};
    for (const FieldDef &field : entity.fields)
        columns << columnSql(field);
    for (const QString &column : bookkeepingColumns(replica))
        columns << bookkeepingSql(column);
    return u"CREATE TABLE "_s + tableName(entity, replica) + u" ("_s + columns.join(u", "_s) + u')';
}

QString addColumnSql(const QString &table, const FieldDef &field)
{
    return u"ALTER TABLE "_s + table + u" ADD COLUMN "_s + field.name + u' ' + typeSql(field.kind)
        + u" NOT NULL DEFAULT "_s + defaultSql(field);
}

QStringList createIndexSql(const EntityDef &entity, Replica replica)
{
    QStringList statements;
    for (const Sync::IndexDef &index : entity.indexes) {
        if (onSide(index.side, replica))
            statements << u"CREATE INDEX IF NOT EXISTS "_s + index.name + u" ON "_s
                    + tableName(entity, replica) + u" ("_s + index.columns + u')';
    }
    return statements;
}

Result<QStringList> columnsOf(QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    const bool postgres = db.driverName() == u"QPSQL"_s;
    query.prepare(postgres ? u"SELECT column_name FROM information_schema.columns"
                             " WHERE table_schema = current_schema() AND table_name = ?"_s
                           : u"SELECT name FROM pragma_table_info(?)"_s);
    query.addBindValue(table);
    if (!query.exec())
        return schemaError(u"read the columns of "_s + table, query);
    QStringList columns;
    while (query.next())
        columns << query.value(0).toString();
    return columns;
}

Result<bool> ensureTable(QSqlDatabase &db, const EntityDef &entity, Replica replica)
{
    const QString table = tableName(entity, replica);
    Result<QStringList> present = columnsOf(db, table);
    if (!present)
        return present.error();
    bool changed = false;
    if (present->isEmpty()) {
        if (Result<Ok> created = run(db, createTableSql(entity, replica)); !created)
            return created.error();
        changed = true;
    } else {
        for (const FieldDef &field : entity.fields) {
            if (present->contains(field.name))
                continue;
            if (Result<Ok> added = run(db, addColumnSql(table, field)); !added)
                return added.error();
            changed = true;
        }
        for (const QString &column : bookkeepingColumns(replica)) {
            if (present->contains(column))
                continue;
            const QString sql =
                u"ALTER TABLE "_s + table + u" ADD COLUMN "_s + bookkeepingSql(column);
            if (Result<Ok> added = run(db, sql); !added)
                return added.error();
            changed = true;
        }
    }
    for (const QString &sql : createIndexSql(entity, replica)) {
        if (Result<Ok> indexed = run(db, sql); !indexed)
            return indexed.error();
    }
    return changed;
}

} // namespace Souk::Schema
