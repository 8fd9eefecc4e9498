#include "DatabaseSnapshot.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Souk::Test {

namespace {

template<typename Work> auto withConnection(const QString &path, Work &&work, bool readOnly = true)
{
    const QString name = u"snapshot-"_s + QUuid::createUuid().toString();
    decltype(work(std::declval<QSqlDatabase &>())) result {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s
                                      : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open())
            result = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QStringList rowsOf(QSqlDatabase &db, const QString &table)
{
    QStringList rows;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT * FROM "_s + table))
        return {u"<error reading "_s + table + u'>'};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.record().fieldName(i) + u'=' + q.value(i).toString();
        rows << table + u": "_s + cells.join(u", "_s);
    }
    rows.sort();
    return rows;
}

//! SQLite's type affinity of a declared type (https://sqlite.org/datatype3.html, 3.1).
QString affinity(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(u"INT"_s))
        return u"INTEGER"_s;
    if (type.contains(u"CHAR"_s) || type.contains(u"CLOB"_s) || type.contains(u"TEXT"_s))
        return u"TEXT"_s;
    if (type.isEmpty() || type.contains(u"BLOB"_s))
        return u"BLOB"_s;
    if (type.contains(u"REAL"_s) || type.contains(u"FLOA"_s) || type.contains(u"DOUB"_s))
        return u"REAL"_s;
    return u"NUMERIC"_s;
}

QStringList lines(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (!q.exec())
        return {u"<error: "_s + sql + u'>'};
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        out << cells.join(u'|');
    }
    return out;
}

} // namespace

QStringList logicalSchema(const QString &path)
{
    return withConnection(path, [](QSqlDatabase &db) {
        QStringList schema;
        const QStringList objects =
            lines(db,
                  u"SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master"
                  " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
        for (const QString &object : objects) {
            const QStringList parts = object.split(u'|');
            const QString type = parts.value(0), name = parts.value(1), table = parts.value(2);
            if (type == u"table"_s && !parts.value(3).startsWith(u"CREATE VIRTUAL"_s)) {
                for (const QString &column : lines(db,
                                                   u"SELECT name, type, \"notnull\", dflt_value, pk"
                                                   " FROM pragma_table_info(?) ORDER BY name"_s,
                                                   {name})) {
                    QStringList c = column.split(u'|');
                    c[1] = affinity(c.value(1));
                    schema << u"column "_s + name + u' ' + c.join(u' ');
                }
            } else if (type == u"index"_s) {
                const QString unique =
                    parts.value(3).startsWith(u"CREATE UNIQUE"_s) ? u" unique"_s : QString();
                const QString partial = parts.value(3).contains(u" WHERE "_s)
                    ? parts.value(3).section(u" WHERE "_s, 1)
                    : QString();
                schema << u"index "_s + name + u" on "_s + table + unique + u" ("_s
                        + lines(db,
                                u"SELECT name || CASE \"desc\" WHEN 1 THEN ' DESC' ELSE '' END"
                                " FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno"_s,
                                {name})
                              .join(u", "_s)
                        + u')' + (partial.isEmpty() ? QString() : u" where "_s + partial);
            } else {
                schema << type + u' ' + name + u' ' + parts.value(3).simplified();
            }
        }
        return schema;
    });
}

QStringList databaseSnapshot(const QString &path)
{
    return withConnection(path, [](QSqlDatabase &db) {
        QStringList all;
        QSqlQuery tables(db);
        tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
        QStringList names;
        // activity_days is analytics that every successful request may add to, reads too
        // (the server never writes it for a refused request).
        while (tables.next())
            if (tables.value(0).toString() != u"activity_days"_s)
                names << tables.value(0).toString();
        for (const QString &table : std::as_const(names))
            all << rowsOf(db, table);
        return all;
    });
}

QStringList tableRows(const QString &path, const QString &table)
{
    return withConnection(path, [&](QSqlDatabase &db) { return rowsOf(db, table); });
}

QVariant queryValue(const QString &path, const QString &sql)
{
    return withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return QVariant();
        return q.value(0);
    });
}

bool execSql(const QString &path, const QString &sql, const QVariantList &binds)
{
    return withConnection(
        path,
        [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &bind : binds)
                q.addBindValue(bind);
            return q.exec();
        },
        false);
}

} // namespace Souk::Test
