// Prepared statements kept per connection (execPrepared): reuse must not change what a read
// sees. A kept statement may not hold a read snapshot past its use (a later read would miss
// other connections' commits), and a nested use of the same SQL must not disturb the outer one.
#include "Database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Souk;
using namespace Souk::Server;

class PreparedQueryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsAfterAUseSeeOtherConnectionsCommits();
    void nestedUseOfTheSameSqlGetsItsOwnStatement();
    void bindingsAreReplacedOnEachUse();
    void badSqlIsAnError();

private:
    int count(const QSqlDatabase &db);
    // A second connection to the same file, as another worker thread would have.
    void insertFromAnotherThread(int id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
};

void PreparedQueryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>(m_dir->filePath(u"t.db"_s));
    QVERIFY(m_database->open());
    Result<QSqlDatabase> db = m_database->connection();
    QVERIFY(db);
    m_db = *db;
    QVERIFY(execSql(m_db, u"CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)"_s, {}, "t"));
    for (int id = 1; id <= 3; ++id)
        QVERIFY(execSql(m_db, u"INSERT INTO items VALUES (?, ?)"_s, {id, u"n%1"_s.arg(id)}, "t"));
}

void PreparedQueryTest::cleanup()
{
    m_db = {};
    m_database.reset();
    m_dir.reset();
}

int PreparedQueryTest::count(const QSqlDatabase &db)
{
    Result<PreparedQuery> q = execPrepared(db, u"SELECT count(*) FROM items"_s, {}, "count");
    if (!q || !q->next())
        return -1;
    return q->value(0).toInt();
}

void PreparedQueryTest::insertFromAnotherThread(int id)
{
    QThread *thread = QThread::create([this, id] {
        Result<QSqlDatabase> db = m_database->connection();
        if (db)
            (void)execSql(*db, u"INSERT INTO items VALUES (?, 'x')"_s, {id}, "insert");
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
}

void PreparedQueryTest::readsAfterAUseSeeOtherConnectionsCommits()
{
    QCOMPARE(count(m_db), 3);
    {
        // A lease left mid-result (one row of three read) must still end its snapshot.
        Result<PreparedQuery> q = execPrepared(m_db, u"SELECT id FROM items"_s, {}, "ids");
        QVERIFY(q);
        QVERIFY(q->next());
    }
    insertFromAnotherThread(4);
    QCOMPARE(count(m_db), 4);
    Result<PreparedQuery> q = execPrepared(m_db, u"SELECT id FROM items"_s, {}, "ids");
    QVERIFY(q);
    int rows = 0;
    while (q->next())
        ++rows;
    QCOMPARE(rows, 4);
}

void PreparedQueryTest::nestedUseOfTheSameSqlGetsItsOwnStatement()
{
    const QString sql = u"SELECT id, name FROM items WHERE id >= ? ORDER BY id"_s;
    Result<PreparedQuery> outer = execPrepared(m_db, sql, {1}, "outer");
    QVERIFY(outer);
    QStringList seen;
    while (outer->next()) {
        Result<PreparedQuery> inner = execPrepared(m_db, sql, {outer->value(0).toInt()}, "inner");
        QVERIFY(inner);
        QVERIFY(inner->next());
        seen.append(outer->value(1).toString() + u'=' + inner->value(1).toString());
    }
    QCOMPARE(seen, (QStringList {u"n1=n1"_s, u"n2=n2"_s, u"n3=n3"_s}));
}

void PreparedQueryTest::bindingsAreReplacedOnEachUse()
{
    const QString sql = u"SELECT name FROM items WHERE id = ?"_s;
    for (int id : {2, 3, 1, 9}) {
        Result<PreparedQuery> q = execPrepared(m_db, sql, {id}, "by id");
        QVERIFY(q);
        if (id == 9) {
            QVERIFY(!q->next());
        } else {
            QVERIFY(q->next());
            QCOMPARE(q->value(0).toString(), u"n%1"_s.arg(id));
        }
    }
}

void PreparedQueryTest::badSqlIsAnError()
{
    Result<PreparedQuery> q = execPrepared(m_db, u"SELECT nothing FROM nowhere"_s, {}, "bad");
    QVERIFY(!q);
    QCOMPARE(q.error().status, 500);
    // And nothing was kept that would break the next, good statement.
    QCOMPARE(count(m_db), 3);
}

QTEST_GUILESS_MAIN(PreparedQueryTest)
#include "tst_preparedquery.moc"
