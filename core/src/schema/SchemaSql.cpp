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

Result<QSqlQuery> select(QSqlDatabase &db, const QString &sql, const QString &bind,
                         const QString &what)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(bind);
    if (!query.exec())
        return schemaError(what, query);
    return query;
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

QString createIndexSql(const EntityDef &entity, const Sync::IndexDef &index, Replica replica)
{
    return u"CREATE INDEX "_s + index.name + u" ON "_s + tableName(entity, replica) + u" ("_s
        + index.columns + u')';
}

Result<QStringList> columnsOf(QSqlDatabase &db, const QString &table)
{
    const bool postgres = db.driverName() == u"QPSQL"_s;
    Result<QSqlQuery> query =
        select(db,
               postgres ? u"SELECT column_name FROM information_schema.columns"
                          " WHERE table_schema = current_schema() AND table_name = ?"_s
                        : u"SELECT name FROM pragma_table_info(?)"_s,
               table, u"read the columns of "_s + table);
    if (!query)
        return query.error();
    QStringList columns;
    while (query->next())
        columns << query->value(0).toString();
    return columns;
}

Result<QString> indexColumnsOf(QSqlDatabase &db, const QString &index)
{
    if (db.driverName() == u"QPSQL"_s) {
        // "CREATE INDEX name ON schema.table USING btree (a, b DESC)": the part in brackets.
        Result<QSqlQuery> query = select(db,
                                         u"SELECT indexdef FROM pg_indexes"
                                         " WHERE schemaname = current_schema() AND indexname = ?"_s,
                                         index, u"read the index "_s + index);
        if (!query)
            return query.error();
        if (!query->next())
            return QString();
        const QString definition = query->value(0).toString();
        const qsizetype open = definition.indexOf(u'(');
        return definition.mid(open + 1, definition.lastIndexOf(u')') - open - 1);
    }
    Result<QSqlQuery> query = select(db,
                                     u"SELECT name || CASE \"desc\" WHEN 1 THEN ' DESC' ELSE '' END"
                                     " FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno"_s,
                                     index, u"read the index "_s + index);
    if (!query)
        return query.error();
    QStringList columns;
    while (query->next())
        columns << query->value(0).toString();
    return columns.join(u", "_s);
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
    for (const Sync::IndexDef &index : entity.indexes) {
        if (!onSide(index.side, replica))
            continue;
        Result<QString> columns = indexColumnsOf(db, index.name);
        if (!columns)
            return columns.error();
        if (*columns == index.columns)
            continue;
        // Missing, or over other columns (declared differently since): built as declared.
        if (!columns->isEmpty()) {
            if (Result<Ok> dropped = run(db, u"DROP INDEX "_s + index.name); !dropped)
                return dropped.error();
        }
        if (Result<Ok> indexed = run(db, createIndexSql(entity, index, replica)); !indexed)
            return indexed.error();
    }
    return changed;
}

} // namespace Souk::Schema
