// The handler threads (WorkerPool): every job runs, a job that blocks does not hold up the
// others, waitForDone() waits for running and queued jobs, and destruction runs what is queued.
#include "WorkerPool.h"

#include <QSemaphore>
#include <QTest>
#include <atomic>

using namespace Souk::Server;

class WorkerPoolTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyJobRunsOnce();
    void aBlockedJobDoesNotHoldUpOthers();
    void aJobQueuedBehindASlowOneIsNotStranded();
    void waitForDoneWaitsForRunningJobs();
    void destructionRunsQueuedJobs();
    void jobsArriveAfterWorkersSlept();
};

void WorkerPoolTest::everyJobRunsOnce()
{
    WorkerPool pool(4);
    std::atomic<int> sum {0};
    for (int i = 1; i <= 10000; ++i)
        pool.start([&sum, i] { sum += i; });
    pool.waitForDone();
    QCOMPARE(sum.load(), 10000 * 10001 / 2);
}

void WorkerPoolTest::aBlockedJobDoesNotHoldUpOthers()
{
    // Like a password hash: one job holds its worker while quick ones keep coming.
    WorkerPool pool(2);
    QSemaphore release;
    QSemaphore started;
    pool.start([&] {
        started.release();
        release.acquire();
    });
    QVERIFY(started.tryAcquire(1, 5000));
    QSemaphore quick;
    for (int i = 0; i < 100; ++i)
        pool.start([&quick] { quick.release(); });
    QVERIFY2(quick.tryAcquire(100, 5000), "quick jobs waited for the blocked one");
    release.release();
    pool.waitForDone();
}

void WorkerPoolTest::aJobQueuedBehindASlowOneIsNotStranded()
{
    // Two jobs queued while a worker watches the queue wake nobody; the watcher takes the first.
    // If that one is slow (a password hash), the second must still get a worker of its own.
    WorkerPool pool(2);
    for (int attempt = 0; attempt < 20; ++attempt) {
        std::atomic<bool> warm {false};
        pool.start([&warm] { warm = true; });
        while (!warm) { } // that worker now watches the queue for a moment
        QSemaphore release;
        QSemaphore quick;
        pool.start([&release] { release.acquire(); });
        pool.start([&quick] { quick.release(); });
        const bool ran = quick.tryAcquire(1, 2000);
        release.release();
        pool.waitForDone();
        QVERIFY2(ran, "a quick job waited for the slow one ahead of it");
    }
}

void WorkerPoolTest::waitForDoneWaitsForRunningJobs()
{
    WorkerPool pool(3);
    std::atomic<int> finished {0};
    for (int i = 0; i < 6; ++i) {
        pool.start([&finished] {
            QThread::msleep(50);
            ++finished;
        });
    }
    pool.waitForDone();
    QCOMPARE(finished.load(), 6);
}

void WorkerPoolTest::destructionRunsQueuedJobs()
{
    std::atomic<int> ran {0};
    {
        WorkerPool pool(1);
        for (int i = 0; i < 50; ++i) {
            pool.start([&ran] {
                QThread::usleep(200);
                ++ran;
            });
        }
    }
    QCOMPARE(ran.load(), 50);
}

void WorkerPoolTest::jobsArriveAfterWorkersSlept()
{
    // Workers stop watching the queue after a moment and sleep; a later job must wake one.
    WorkerPool pool(2);
    for (int round = 0; round < 5; ++round) {
        QThread::msleep(20);
        QSemaphore done;
        pool.start([&done] { done.release(); });
        QVERIFY(done.tryAcquire(1, 5000));
    }
}

QTEST_GUILESS_MAIN(WorkerPoolTest)
#include "tst_workerpool.moc"
