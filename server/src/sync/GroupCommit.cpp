#include "GroupCommit.h"

#include "Database.h"
#include "Log.h"

#include <QElapsedTimer>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Souk::Server {

QList<GroupCommit::Job *> GroupCommit::takeGroup()
{
    QList<Job *> group;
    // The oldest large work, while the group's estimate allows (one at least, so it never
    // starves), in arrival order...
    qint64 large = 0;
    for (auto it = m_queue.begin(); it != m_queue.end() && group.size() < MaxGroup;) {
        const qint64 cost = (*it)->cost;
        if (cost <= SmallCost) {
            ++it;
        } else if (large == 0 || large + cost <= GroupCost) {
            large += cost;
            group.append(*it);
            it = m_queue.erase(it);
        } else {
            break;
        }
    }
    // ...then all the small work there is room for, whenever it arrived: a one-message push
    // waits for at most this group's large work, never for a queue of it.
    for (auto it = m_queue.begin(); it != m_queue.end() && group.size() < MaxGroup;) {
        if ((*it)->cost <= SmallCost) {
            group.append(*it);
            it = m_queue.erase(it);
        } else {
            ++it;
        }
    }
    return group;
}

GroupCommit::GroupCommit(Connect connect)
    : m_connect(std::move(connect))
{ }

GroupCommit::~GroupCommit()
{
    {
        QMutexLocker locked(&m_mutex);
        m_stopping = true;
        m_queued.wakeAll();
    }
    if (m_writer)
        m_writer->wait();
    {
        QMutexLocker locked(&m_mutex);
        m_writerDone = true;
        m_toSync.wakeAll();
    }
    if (m_syncer)
        m_syncer->wait();
    if (m_walFd >= 0)
        ::close(m_walFd);
}

Result<FeedDeltas> GroupCommit::run(Work work, qint64 cost)
{
    Job job {std::move(work), cost, std::nullopt};
    QMutexLocker locked(&m_mutex);
    if (m_stopping) // the server is going down: nothing would take the work
        return Error {503, u"shutting_down"_s, u"The server is stopping; try again."_s, {}};
    if (!m_writer) {
        m_writer.reset(QThread::create([this] { write(); }));
        m_writer->setObjectName(u"souk-writer"_s);
        m_writer->start();
        m_syncer.reset(QThread::create([this] { sync(); }));
        m_syncer->setObjectName(u"souk-wal-sync"_s);
        m_syncer->start();
    }
    m_queue.append(&job);
    m_queued.wakeOne();
    while (!job.result)
        m_done.wait(&m_mutex);
    return *job.result;
}

void GroupCommit::syncWalApart(QSqlDatabase &db)
{
    // The WAL is db's file name with "-wal"; it exists while any connection is open, and the
    // server keeps this one open. Read-only is enough for fdatasync().
    const QByteArray wal = QFile::encodeName(db.databaseName() + u"-wal"_s);
    const int fd = ::open(wal.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        Log::warning(u"WAL not synced apart; commits sync it themselves"_s,
                     {{u"error"_s, QString::fromLocal8Bit(strerror(errno))}});
        return;
    }
    if (Result<QSqlQuery> normal =
            execSql(db, u"PRAGMA synchronous = NORMAL"_s, {}, "writer synchronous");
        !normal) {
        ::close(fd);
        return;
    }
    m_walFd = fd;
}

void GroupCommit::write()
{
    bool setUp = false;
    QMutexLocker locked(&m_mutex);
    for (;;) {
        while (m_queue.isEmpty() && !m_stopping)
            m_queued.wait(&m_mutex);
        if (m_queue.isEmpty())
            return; // stopping, and nothing left to write
        const QList<Job *> group = takeGroup();
        locked.unlock();
        QElapsedTimer busy;
        busy.start();
        // Opened once on this thread, or again after a failure to open it.
        Result<QSqlDatabase> db = m_connect();
        if (db && !setUp) {
            syncWalApart(*db);
            setUp = true;
        }
        Committed done {group, {}, {}};
        done.results = db ? commitGroup(*db, group, done.fed)
                          : QList<Result<FeedDeltas>>(group.size(), db.error());
        m_busyNs.fetch_add(quint64(busy.nsecsElapsed()), std::memory_order_relaxed);
        locked.relock();
        m_committed.append(std::move(done));
        m_toSync.wakeOne();
    }
}

void GroupCommit::sync()
{
    QMutexLocker locked(&m_mutex);
    for (;;) {
        while (m_committed.isEmpty() && !m_writerDone)
            m_toSync.wait(&m_mutex);
        if (m_committed.isEmpty())
            return; // the writer has stopped, and everything it committed is answered
        QList<Committed> batch;
        batch.swap(m_committed);
        const int fd = m_walFd.load(); // set by the writer before its first commit reached us
        locked.unlock();
        // One sync covers every group committed so far, and any committed while it runs
        // waits for the next: that is where several groups share one fdatasync().
        if (fd >= 0) {
            QElapsedTimer timer;
            timer.start();
            if (::fdatasync(fd) != 0) {
                // Nothing of these groups was acknowledged. Carrying on could acknowledge later
                // commits whose earlier frames never reached the disk (the header explains);
                // stop here, and let the service manager start the server again: SQLite's
                // recovery keeps exactly what the disk holds.
                Log::error(u"WAL sync failed; stopping"_s,
                           {{u"error"_s, QString::fromLocal8Bit(strerror(errno))}});
                std::abort();
            }
            m_syncs.fetch_add(1, std::memory_order_relaxed);
            m_syncNs.fetch_add(quint64(timer.nsecsElapsed()), std::memory_order_relaxed);
        }
        // The realtime frames leave in commit order, read on this thread's own connection.
        Result<QSqlDatabase> db = m_announce ? m_connect() : Result<QSqlDatabase>(QSqlDatabase());
        for (const Committed &c : std::as_const(batch)) {
            if (m_announce && db && !c.fed.isEmpty())
                m_announce(*db, c.fed);
        }
        locked.relock();
        for (const Committed &c : std::as_const(batch)) {
            for (qsizetype i = 0; i < c.group.size(); ++i)
                c.group.at(i)->result = c.results.at(i);
        }
        m_done.wakeAll();
    }
}

QList<Result<FeedDeltas>> GroupCommit::commitGroup(QSqlDatabase &db, const QList<Job *> &group,
                                                   FeedDeltas &fed)
{
    QList<Result<FeedDeltas>> results;
    const qint64 pagesBefore = pagesWritten(db);
    QElapsedTimer commitTimer; // started when the work is done: the rest is COMMIT
    Result<Ok> committed = inTransaction<Ok>(db, [&]() -> Result<Ok> {
        for (Job *job : group) {
            if (Result<QSqlQuery> sp = execSql(db, u"SAVEPOINT job"_s, {}, "savepoint job"); !sp)
                return sp.error();
            Result<FeedDeltas> result = job->work(db);
            if (!result) {
                if (Result<QSqlQuery> rb =
                        execSql(db, u"ROLLBACK TO SAVEPOINT job"_s, {}, "roll back job");
                    !rb)
                    return rb.error();
            }
            if (Result<QSqlQuery> rel = execSql(db, u"RELEASE SAVEPOINT job"_s, {}, "release job");
                !rel)
                return rel.error();
            if (result)
                mergeDeltas(fed, *result);
            results.append(std::move(result));
        }
        commitTimer.start();
        return Ok {};
    });
    if (!committed) {
        // Nothing of the group was stored: every job gets the error, and nothing is announced.
        fed.clear();
        return QList<Result<FeedDeltas>>(group.size(), committed.error());
    }
    m_commitNs.fetch_add(quint64(commitTimer.nsecsElapsed()), std::memory_order_relaxed);
    m_commits.fetch_add(1, std::memory_order_relaxed);
    m_jobs.fetch_add(quint64(group.size()), std::memory_order_relaxed);
    m_walPages.fetch_add(quint64(std::max<qint64>(0, pagesWritten(db) - pagesBefore)),
                         std::memory_order_relaxed);
    return results;
}

void mergeDeltas(FeedDeltas &into, const FeedDeltas &next)
{
    for (auto it = next.constBegin(); it != next.constEnd(); ++it) {
        auto existing = into.find(it.key());
        if (existing == into.end()) {
            into.insert(it.key(), *it);
            continue;
        }
        BucketDelta &d = *existing;
        d.cursor = it->cursor;
        d.checksum = it->checksum;
        if (it->tooLarge) {
            d.tooLarge = true;
            d.changes.clear();
        }
        for (const QJsonObject &change : it->changes)
            d.add(change, 0);
        d.count(it->bytes);
    }
}

} // namespace Souk::Server
