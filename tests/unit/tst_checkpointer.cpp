// The background checkpointer keeps the write-ahead log bounded under a steady stream of
// writes, the case a checkpoint beside the writers never catches up with (found by review:
// 800 MB of log in 20 s before the write-locked checkpoint).
#include "Checkpointer.h"
#include "Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Souk;
using namespace Souk::Server;

class CheckpointerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theLogStaysBoundedUnderSteadyWrites();
};

void CheckpointerTest::theLogStaysBoundedUnderSteadyWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"souk.db"_s);
    Database database(path);
    QVERIFY(database.open());
    Result<QSqlDatabase> first = database.connection();
    QVERIFY(first);
    QVERIFY(execSql(*first, u"CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)"_s, {}, "create"));

    constexpr int RestartPages = 64; // 256 KiB: the log restarts after about this much
    Checkpointer checkpointer(database, 5, RestartPages);

    // One writer on its own thread, as the server's, committing small transactions without
    // pause for a second and a half: about 9 KB each, past the threshold many times.
    qint64 largestLog = 0;
    int commits = 0;
    QString failure; // QTest's macros belong to the test's thread
    std::unique_ptr<QThread> writer(QThread::create([&] {
        Result<QSqlDatabase> db = database.connection();
        if (!db) {
            failure = db.error().message;
            return;
        }
        const QString body(3000, u'x');
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 1500) {
            Result<Ok> done = inTransaction<Ok>(*db, [&]() -> Result<Ok> {
                for (int i = 0; i < 3; ++i) {
                    if (Result<QSqlQuery> q =
                            execSql(*db, u"INSERT INTO t (body) VALUES (?)"_s, {body}, "insert");
                        !q)
                        return q.error();
                }
                return Ok {};
            });
            if (!done) {
                failure = done.error().message;
                return;
            }
            ++commits;
            largestLog = std::max(largestLog, QFileInfo(path + u"-wal"_s).size());
        }
    }));
    writer->start();
    QVERIFY(writer->wait(30000));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // Without the write-locked catch-up the log holds everything written and more (2.3 times
    // the rows' bytes: whole pages and frame headers; 42 MB for 18 MB). With it, the log
    // restarts every few hundred kilobytes; how far past the threshold it gets depends on how
    // long the checkpoint thread waits for a core, so the bound is a share of what was written
    // (0.1 of it in runs on a busy machine), not a size.
    const qint64 writtenBytes = qint64(commits) * 3 * 3000;
    QVERIFY2(writtenBytes > 8 * 1024 * 1024,
             qPrintable(u"wrote only %1 bytes"_s.arg(writtenBytes)));
    QVERIFY2(largestLog < writtenBytes / 3,
             qPrintable(u"the log reached %1 bytes after %2 bytes written"_s.arg(largestLog)
                            .arg(writtenBytes)));

    // Every row is there: the checkpoints lost nothing.
    Result<QSqlQuery> count = execSql(*first, u"SELECT COUNT(*) FROM t"_s, {}, "count");
    QVERIFY(count && count->next());
    QCOMPARE(count->value(0).toInt(), commits * 3);
}

QTEST_GUILESS_MAIN(CheckpointerTest)
#include "tst_checkpointer.moc"
