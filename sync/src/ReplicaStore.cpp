#include "ReplicaStore.h"

#include "Entities.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

QString encodeRow(const Row &row)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject {{u"fields"_s, row.fields}, {u"clocks"_s, row.clocks}})
            .toJson(QJsonDocument::Compact));
}

Row decodeRow(const QString &id, const QString &data)
{
    const QJsonObject o = QJsonDocument::fromJson(data.toUtf8()).object();
    return Row {id, o.value(u"fields"_s).toObject(), o.value(u"clocks"_s).toObject(), false};
}

namespace {

QString selectColumns(const EntityDef &entity)
{
    QStringList columns {u"id"_s};
    for (const FieldDef &f : entity.fields)
        columns << f.name;
    return u"SELECT "_s + columns.join(u", "_s) + u", clocks FROM "_s + entity.name;
}

//! A row from the columns selectColumns() lists, in that order.
Row readRow(const EntityDef &entity, const QSqlQuery &q)
{
    Row row;
    row.id = q.value(0).toString();
    const int n = int(entity.fields.size());
    for (int i = 0; i < n; ++i)
        row.fields.insert(entity.fields.at(i).name,
                          fieldFromSql(entity.fields.at(i), q.value(i + 1)));
    row.clocks = QJsonDocument::fromJson(q.value(n + 1).toString().toUtf8()).object();
    return row;
}

} // namespace

Result<std::optional<Row>> ReplicaStore::get(const EntityDef &entity, const QString &id)
{
    Result<QSqlQuery> q =
        m_db.exec(selectColumns(entity) + u" WHERE id = ?"_s, {id}, "replica get");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Row> {};
    return std::optional<Row> {readRow(entity, *q)};
}

Result<QList<Row>> ReplicaStore::all(const EntityDef &entity)
{
    // One query for the whole table (a model reload), not one per row.
    Result<QSqlQuery> q = m_db.exec(selectColumns(entity) + u" ORDER BY id"_s, {}, "replica list");
    if (!q)
        return q.error();
    QList<Row> rows;
    while (q->next())
        rows.append(readRow(entity, *q));
    return rows;
}

Result<Ok> ReplicaStore::put(const EntityDef &entity, const Row &row)
{
    if (m_shadowing) {
        // Keep the server state of the row once, before the first optimistic change.
        Result<QSqlQuery> has = m_db.exec(u"SELECT 1 FROM _shadow WHERE tbl = ? AND row_id = ?"_s,
                                          {entity.name, row.id}, "shadow lookup");
        if (!has)
            return has.error();
        if (!has->next()) {
            Result<std::optional<Row>> current = get(entity, row.id);
            if (!current)
                return current.error();
            Result<QSqlQuery> save =
                m_db.exec(u"INSERT INTO _shadow (tbl, row_id, data) VALUES (?, ?, ?)"_s,
                          {entity.name, row.id,
                           current->has_value() ? QVariant(encodeRow(**current)) : QVariant()},
                          "shadow save");
            if (!save)
                return save.error();
        }
    }
    return row.deleted ? remove(entity, row.id) : write(entity, row);
}

Result<Ok> ReplicaStore::write(const EntityDef &entity, const Row &row)
{
    QStringList columns {u"id"_s};
    QStringList marks {u"?"_s};
    QStringList updates;
    QVariantList values {row.id};
    for (const FieldDef &f : entity.fields) {
        columns << f.name;
        marks << u"?"_s;
        updates << f.name + u" = excluded."_s + f.name;
        values << fieldToSql(f, row.fields.value(f.name));
    }
    columns << u"clocks"_s;
    marks << u"?"_s;
    updates << u"clocks = excluded.clocks"_s;
    values << QString::fromUtf8(QJsonDocument(row.clocks).toJson(QJsonDocument::Compact));
    Result<Ok> q = run(u"INSERT INTO "_s + entity.name + u" ("_s + columns.join(u", "_s)
                           + u") VALUES ("_s + marks.join(u", "_s)
                           + u") ON CONFLICT (id) DO UPDATE SET "_s + updates.join(u", "_s),
                       values, "replica write");
    if (!q)
        return q.error();
    m_touched.insert(entity.name + u'/' + row.id);
    return Ok {};
}

Result<Ok> ReplicaStore::remove(const EntityDef &entity, const QString &id)
{
    Result<Ok> q =
        run(u"DELETE FROM "_s + entity.name + u" WHERE id = ?"_s, {id}, "replica delete");
    if (!q)
        return q.error();
    m_touched.insert(entity.name + u'/' + id);
    return Ok {};
}

Result<Ok> ReplicaStore::run(const QString &sql, const QVariantList &binds, const char *context)
{
    if (m_statements) {
        if (Result<QSqlQuery *> q = m_statements->exec(sql, binds, context); !q)
            return q.error();
        return Ok {};
    }
    if (Result<QSqlQuery> q = m_db.exec(sql, binds, context); !q)
        return q.error();
    return Ok {};
}

QSet<QString> ReplicaStore::touchedTables() const
{
    QSet<QString> tables;
    for (const QString &key : m_touched)
        tables.insert(key.section(u'/', 0, 0));
    return tables;
}

} // namespace Souk::Sync
