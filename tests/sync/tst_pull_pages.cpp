// How a device applies what it pulls (SyncEngine::rebase): a page of many rows is written in
// one transaction through statements kept prepared, each bucket's checksum moved once a page.
// It must leave exactly what applying the same rows one page each leaves, and a page that
// fails part-way must leave nothing of itself behind.
#include "Checksum.h"
#include "ReplicaStore.h"
#include "SyncHarness.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Souk::Test;
using Souk::Sync::SyncEngine;

namespace {

//! Every row `sql` reads from the engine's database, each as its columns joined by '|'.
QStringList dump(SyncEngine &engine, const QString &sql)
{
    QStringList rows;
    QSqlQuery q(engine.database().db());
    if (!q.exec(sql))
        return {u"error: "_s + q.lastError().text()};
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns << (q.isNull(i) ? u"NULL"_s : q.value(i).toString());
        rows << columns.join(u'|');
    }
    return rows;
}

//! The checksum a bucket must have: the sum of its ledger rows' checksums, modulo 2^32.
qint64 ledgerChecksum(SyncEngine &engine, const QString &bucket)
{
    qint64 sum = 0;
    QSqlQuery q(engine.database().db());
    q.prepare(u"SELECT tbl, row_id, version FROM _ledger WHERE bucket = ? AND version >= 0"_s);
    q.addBindValue(bucket);
    q.exec();
    while (q.next())
        sum = (sum
               + Souk::Sync::rowChecksum(q.value(0).toString(), q.value(1).toString(),
                                         q.value(2).toLongLong()))
            % 4294967296LL;
    return sum;
}

} // namespace

class PullPagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clocksAreWrittenAsQtWritesThem_data();
    void clocksAreWrittenAsQtWritesThem();
    void aPageEqualsItsRowsOneByOne();
    void aPageThatFailsPartWayLeavesNothing();

private:
    std::unique_ptr<SyncEngine> device(int pullLimit);

    std::unique_ptr<SyncHarness> m_h;
    Account m_owner;
    QStringList m_ids;
};

void PullPagesTest::initTestCase()
{
    m_h = std::make_unique<SyncHarness>();
    QVERIFY2(m_h->startServer(), qPrintable(m_h->server().error()));
    m_owner = m_h->account(u"pages"_s);
    // Rows written once, rows written again later (so a later page holds them at a newer
    // version), rows deleted (tombstones), and text that needs escaping.
    for (int i = 0; i < 40; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_ids << id;
        const QJsonObject result =
            m_h->push(m_owner, u"saveDraft"_s,
                      {{u"id"_s, id},
                       {u"title"_s, u"Draft %1 \"quoted\" \\ caf\u00e9"_s.arg(i)},
                       {u"body"_s, i % 3 == 0 ? QString() : u"Body of %1\nsecond line"_s.arg(i)}});
        QCOMPARE(result.value(u"status"_s).toString(), u"applied"_s);
    }
    for (int i = 0; i < 40; i += 4) {
        const QJsonObject result =
            m_h->push(m_owner, u"saveDraft"_s, {{u"id"_s, m_ids.at(i)}, {u"body"_s, u"edited"_s}});
        QCOMPARE(result.value(u"status"_s).toString(), u"applied"_s);
    }
    for (int i = 1; i < 40; i += 5) {
        const QJsonObject result = m_h->push(m_owner, u"deleteDraft"_s, {{u"id"_s, m_ids.at(i)}});
        QCOMPARE(result.value(u"status"_s).toString(), u"applied"_s);
    }
}

void PullPagesTest::clocksAreWrittenAsQtWritesThem_data()
{
    QTest::addColumn<QJsonObject>("clocks");
    const QString hlc = Souk::Sync::Hlc {1733600000000, 7, u"ab12cd34"_s}.toString();
    QTest::newRow("HLCs") << QJsonObject {{u"title"_s, hlc}, {u"body"_s, hlc}, {u"id"_s, hlc}};
    QTest::newRow("none") << QJsonObject {};
    QTest::newRow("empty text") << QJsonObject {{u"title"_s, u""_s}};
    QTest::newRow("non-ASCII") << QJsonObject {{u"title"_s, u"caf\u00e9"_s}, {u"a"_s, hlc}};
    QTest::newRow("quote and backslash")
        << QJsonObject {{u"ti\"tle"_s, hlc}, {u"body"_s, u"a\\b"_s}};
    QTest::newRow("control") << QJsonObject {{u"title"_s, u"a\nb"_s}};
    QTest::newRow("not text") << QJsonObject {
        {u"title"_s, 12}, {u"body"_s, QJsonValue::Null}, {u"x"_s, QJsonObject {{u"y"_s, hlc}}}};
}

void PullPagesTest::clocksAreWrittenAsQtWritesThem()
{
    QFETCH(QJsonObject, clocks);
    QCOMPARE(Souk::Sync::clocksJson(clocks), QJsonDocument(clocks).toJson(QJsonDocument::Compact));
    // Parsed from a pull's text, as the engine has them.
    const QJsonObject parsed =
        QJsonDocument::fromJson(QJsonDocument(clocks).toJson(QJsonDocument::Compact)).object();
    QCOMPARE(Souk::Sync::clocksJson(parsed), QJsonDocument(parsed).toJson(QJsonDocument::Compact));
}

std::unique_ptr<SyncEngine> PullPagesTest::device(int pullLimit)
{
    SyncEngine::Options options;
    options.databasePath = m_h->newDbPath();
    options.server = QUrl(u"http://127.0.0.1:%1"_s.arg(m_h->port()));
    options.realtime = false;
    options.pullLimit = pullLimit;
    options.minBackoffMs = 50;
    options.maxBackoffMs = 200;
    auto engine = std::make_unique<SyncEngine>(options);
    if (!engine->open()
        || !engine->setCredentials({m_owner.id, m_owner.accessToken, m_owner.refreshToken}))
        return nullptr;
    return engine;
}

void PullPagesTest::aPageEqualsItsRowsOneByOne()
{
    auto whole = device(5000);
    auto oneByOne = device(1);
    QVERIFY(whole && oneByOne);
    whole->start();
    oneByOne->start();
    QVERIFY(SyncHarness::sync(*whole));
    QVERIFY(SyncHarness::sync(*oneByOne, 60'000));
    QVERIFY(oneByOne->pullCount() > 40); // a page for each row

    QCOMPARE(SyncHarness::replica(*whole), SyncHarness::replica(*oneByOne));
    QVERIFY(whole->rows(u"drafts"_s).value().size() >= 40 - 8);
    for (int i = 0; i < 40; ++i) {
        const bool deleted = i % 5 == 1;
        QCOMPARE(whole->row(u"drafts"_s, m_ids.at(i)).value().has_value(), !deleted);
    }
    // The stored text itself, the ledger and the buckets (cursor and checksum), not only what
    // reads of them give.
    for (const QString &sql : {u"SELECT * FROM drafts ORDER BY id"_s,
                               u"SELECT * FROM _ledger ORDER BY bucket, tbl, row_id"_s,
                               u"SELECT * FROM _buckets ORDER BY bucket"_s}) {
        const QStringList rows = dump(*whole, sql);
        QVERIFY2(!rows.isEmpty() && !rows.first().startsWith(u"error"_s), qPrintable(sql));
        QCOMPARE(rows, dump(*oneByOne, sql));
    }
    const QStringList buckets = dump(*whole, u"SELECT bucket, checksum FROM _buckets"_s);
    QVERIFY(!buckets.isEmpty());
    for (const QString &b : buckets) {
        const QString bucket = b.section(u'|', 0, 0);
        QCOMPARE(b.section(u'|', 1).toLongLong(), ledgerChecksum(*whole, bucket));
    }
}

void PullPagesTest::aPageThatFailsPartWayLeavesNothing()
{
    auto engine = device(5000);
    QVERIFY(engine);
    // The 20th draft cannot be written: the page fails after 19 rows were.
    QSqlQuery trap(engine->database().db());
    QVERIFY2(trap.exec(u"CREATE TRIGGER trap BEFORE INSERT ON drafts WHEN new.id = '%1'"
                       " BEGIN SELECT RAISE(ABORT, 'trapped'); END"_s.arg(m_ids.at(20))),
             qPrintable(trap.lastError().text()));
    engine->start();
    engine->requestSync();
    QTRY_VERIFY_WITH_TIMEOUT(engine->pullCount() >= 3, 15'000); // failed, and failed again
    for (const QString &table : {u"drafts"_s, u"_ledger"_s, u"_buckets"_s}) {
        QCOMPARE(dump(*engine, u"SELECT COUNT(*) FROM "_s + table), QStringList {u"0"_s});
    }

    QVERIFY(trap.exec(u"DROP TRIGGER trap"_s));
    QVERIFY(SyncHarness::sync(*engine));
    auto reference = device(5000);
    QVERIFY(reference);
    reference->start();
    QVERIFY(SyncHarness::sync(*reference));
    QCOMPARE(SyncHarness::replica(*engine), SyncHarness::replica(*reference));
    for (const QString &sql : {u"SELECT * FROM drafts ORDER BY id"_s,
                               u"SELECT * FROM _ledger ORDER BY bucket, tbl, row_id"_s,
                               u"SELECT * FROM _buckets ORDER BY bucket"_s})
        QCOMPARE(dump(*engine, sql), dump(*reference, sql));
}

QTEST_GUILESS_MAIN(PullPagesTest)
#include "tst_pull_pages.moc"
