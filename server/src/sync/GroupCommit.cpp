#include "GroupCommit.h"

#include "Database.h"

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
}

Result<FeedDeltas> GroupCommit::run(Work work, qint64 cost)
{
    Job job {std::move(work), cost, std::nullopt};
    QMutexLocker locked(&m_mutex);
    if (!m_writer) {
        m_writer.reset(QThread::create([this] { write(); }));
        m_writer->setObjectName(u"souk-writer"_s);
        m_writer->start();
    }
    m_queue.append(&job);
    m_queued.wakeOne();
    while (!job.result)
        m_done.wait(&m_mutex);
    return *job.result;
}

void GroupCommit::write()
{
    QMutexLocker locked(&m_mutex);
    for (;;) {
        while (m_queue.isEmpty() && !m_stopping)
            m_queued.wait(&m_mutex);
        if (m_queue.isEmpty())
            return; // stopping, and nothing left to write
        const QList<Job *> group = takeGroup();
        locked.unlock();
        // Opened once on this thread, or again after a failure to open it.
        Result<QSqlDatabase> db = m_connect();
        FeedDeltas fed;
        const QList<Result<FeedDeltas>> results =
            db ? commitGroup(*db, group, fed) : QList<Result<FeedDeltas>>(group.size(), db.error());
        if (m_announce && !fed.isEmpty())
            m_announce(*db, fed);
        locked.relock();
        for (qsizetype i = 0; i < group.size(); ++i)
            group.at(i)->result = results.at(i);
        m_done.wakeAll();
    }
}

QList<Result<FeedDeltas>> GroupCommit::commitGroup(QSqlDatabase &db, const QList<Job *> &group,
                                                   FeedDeltas &fed)
{
    QList<Result<FeedDeltas>> results;
    const qint64 pagesBefore = pagesWritten(db);
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
        return Ok {};
    });
    if (!committed) {
        // Nothing of the group was stored: every job gets the error, and nothing is announced.
        fed.clear();
        return QList<Result<FeedDeltas>>(group.size(), committed.error());
    }
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
