#include "Columns.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk;

// Reading a row by name: the SELECT list comes from the declaration, so a name always finds the
// column it was declared with, whatever the order.
class ColumnsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlListsTheExpressionsInOrder();
    void rowsAreReadByName();
    void extraColumnsFollowTheDeclaredOnes();
};

void ColumnsTest::sqlListsTheExpressionsInOrder()
{
    const Columns columns {{u"id"_s}, {u"total"_s, u"a + b"_s}, {u"name"_s, u"u.name"_s}};
    QCOMPARE(columns.sql(), u"id, a + b, u.name"_s);
    QCOMPARE(columns.size(), 3);
    QCOMPARE(columns.index(u"id"), 0);
    QCOMPARE(columns.index(u"total"), 1);
    QCOMPARE(columns.index(u"name"), 2);
    QCOMPARE(columns.at(1).name, u"total"_s);
}

void ColumnsTest::rowsAreReadByName()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"columns"_s);
    db.setDatabaseName(u":memory:"_s);
    QVERIFY(db.open());
    QSqlQuery setup(db);
    QVERIFY(setup.exec(u"CREATE TABLE t (id TEXT, a INTEGER, b INTEGER, flag INTEGER)"_s));
    QVERIFY(setup.exec(u"INSERT INTO t VALUES ('x', 2, 3, 1), ('y', 10, 20, 0)"_s));
    // Declared in an order unlike the table's.
    const Columns columns {{u"flag"_s}, {u"sum"_s, u"a + b"_s}, {u"id"_s}};
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT "_s + columns.sql() + u" FROM t ORDER BY id"_s));
    QStringList seen;
    while (q.next()) {
        const ColumnRow row(q, columns);
        seen << u"%1 %2 %3"_s.arg(row.text(u"id"))
                    .arg(row.integer(u"sum"))
                    .arg(row.flag(u"flag") ? u"true"_s : u"false"_s);
    }
    QCOMPARE(seen, (QStringList {u"x 5 true"_s, u"y 30 false"_s}));
}

void ColumnsTest::extraColumnsFollowTheDeclaredOnes()
{
    QSqlDatabase db = QSqlDatabase::database(u"columns"_s);
    const Columns columns {{u"id"_s}, {u"a"_s}};
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT "_s + columns.sql() + u", b FROM t WHERE id = 'x'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(int(columns.size())).toLongLong(), 3);
}

QTEST_GUILESS_MAIN(ColumnsTest)
#include "tst_columns.moc"
