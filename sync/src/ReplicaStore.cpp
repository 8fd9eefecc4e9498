#include "ReplicaStore.h"

#include "Entities.h"

#include <QJsonDocument>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

QString encodeRow(const Row &row)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject {{u"fields"_s, row.fields}, {u"clocks"_s, row.clocks}})
            .toJson(QJsonDocument::Compact));
}

namespace {

//! Printable ASCII that JSON writes as it is (no quote, no backslash).
bool plainText(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'"' || c == u'\\')
            return false;
    }
    return true;
}

} // namespace

QByteArray clocksJson(const QJsonObject &clocks)
{
    QByteArray out;
    out.reserve(2 + clocks.size() * 48);
    out.append('{');
    // The order QJsonDocument writes them in: the object's own.
    for (auto it = clocks.constBegin(); it != clocks.constEnd(); ++it) {
        const QString key = it.key();
        if (!it->isString() || !plainText(key))
            return QJsonDocument(clocks).toJson(QJsonDocument::Compact);
        const QString value = it->toString();
        if (!plainText(value))
            return QJsonDocument(clocks).toJson(QJsonDocument::Compact);
        if (out.size() > 1)
            out.append(',');
        out.append('"');
        out.append(key.toLatin1());
        out.append("\":\"");
        out.append(value.toLatin1());
        out.append('"');
    }
    out.append('}');
    return out;
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

const QString &ReplicaStore::upsertSql(const EntityDef &entity)
{
    auto it = m_upserts.constFind(&entity);
    if (it != m_upserts.constEnd())
        return *it;
    QStringList columns {u"id"_s};
    QStringList marks {u"?"_s};
    QStringList updates;
    for (const FieldDef &f : entity.fields) {
        columns << f.name;
        marks << u"?"_s;
        updates << f.name + u" = excluded."_s + f.name;
    }
    columns << u"clocks"_s;
    marks << u"?"_s;
    updates << u"clocks = excluded.clocks"_s;
    return *m_upserts.insert(&entity,
                             u"INSERT INTO "_s + entity.name + u" ("_s + columns.join(u", "_s)
                                 + u") VALUES ("_s + marks.join(u", "_s)
                                 + u") ON CONFLICT (id) DO UPDATE SET "_s + updates.join(u", "_s));
}

Result<Ok> ReplicaStore::write(const EntityDef &entity, const Row &row)
{
    const QByteArray clocks = clocksJson(row.clocks);
    if (m_statements) {
        // The bulk path (a pull): values bound straight from the row, as fieldToSql() makes
        // them, with no QVariant list in between.
        Result<SqliteStatement *> q = m_statements->get(upsertSql(entity), "replica write");
        if (!q)
            return q.error();
        SqliteStatement &upsert = **q;
        // Text is bound without a copy: each value is kept here until the step has run.
        QVarLengthArray<QString, 32> texts;
        texts.reserve(entity.fields.size());
        upsert.bind(1, row.id);
        int position = 2;
        for (const FieldDef &f : entity.fields) {
            const QJsonValue value = row.fields.value(f.name);
            switch (f.kind) {
            case FieldDef::Kind::Text:
                texts.append(value.toString());
                upsert.bind(position, texts.last());
                break;
            case FieldDef::Kind::Integer:
                upsert.bind(position, qint64(value.toDouble()));
                break;
            case FieldDef::Kind::Bool:
                upsert.bind(position, qint64(value.toBool() ? 1 : 0));
                break;
            }
            ++position;
        }
        upsert.bindUtf8(position, clocks);
        if (Result<bool> stepped = upsert.step(); !stepped)
            return stepped.error();
        upsert.reset();
    } else {
        QVariantList values;
        values.reserve(entity.fields.size() + 2);
        values << row.id;
        for (const FieldDef &f : entity.fields)
            values << fieldToSql(f, row.fields.value(f.name));
        values << QString::fromUtf8(clocks);
        if (Result<QSqlQuery> q = m_db.exec(upsertSql(entity), values, "replica write"); !q)
            return q.error();
    }
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
    if (m_statements)
        return m_statements->run(sql, binds, context);
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
