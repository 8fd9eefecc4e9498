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

} // namespace

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
