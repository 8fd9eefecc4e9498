#pragma once

#include "Result.h"
#include "ServerSyncStore.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <functional>
#include <memory>

namespace Souk::Server {

//! Group commit for sync writes. SQLite has one writer at a time and every commit waits for
//! fsync (synchronous=FULL); one transaction per push caps a server at a few hundred pushes a
//! second. Work that arrives while a group commits waits; then the writer thread runs all the
//! waiting work in one transaction, each piece in its own savepoint, commits once, and announces
//! what changed before the next group starts, so realtime frames leave in commit order. Nothing
//! is acknowledged before its group's commit has returned.
//!
//! Why one writer thread with its own connection, rather than whichever waiting thread leads: in
//! WAL mode a connection drops its whole page cache (and its memory map) whenever another
//! connection has committed since its last transaction. With the group led by any of the
//! workers, every group started cold and read each b-tree's upper pages afresh; a quarter of the
//! server's time at 500 messages a second went to page faults, pread() and munmap() (perf,
//! bench/README "One writer connection"). The writer's own commits never invalidate its cache.
class GroupCommit
{
public:
    using Work = std::function<Result<FeedDeltas>(QSqlDatabase &db)>;
    using Announce = std::function<void(QSqlDatabase &db, const FeedDeltas &deltas)>;
    //! Opens the writer's connection; called on the writer thread.
    using Connect = std::function<Result<QSqlDatabase>()>;

    explicit GroupCommit(Connect connect);
    //! Runs what is queued, then ends the writer thread.
    ~GroupCommit();
    GroupCommit(const GroupCommit &) = delete;
    GroupCommit &operator=(const GroupCommit &) = delete;

    //! Called by the leader after each commit with everything the group fed.
    void setAnnounce(Announce announce) { m_announce = std::move(announce); }

    //! Runs `work` in the next group, on the writer's connection, and waits for its commit. An
    //! Error from `work` rolls back only its own savepoint. `cost` estimates the rows it writes
    //! (a push: its mutations and the members, lines... they carry). The writer thread starts
    //! with the first work.
    Result<FeedDeltas> run(Work work, qint64 cost = 1);

    //! What the groups did since the server started, for /metrics and bench/chat: how many
    //! commits, how many pieces of work they carried, and how many database pages their
    //! transactions wrote to the WAL (SQLite's count of pages the committing connection wrote).
    struct Stats
    {
        quint64 commits = 0;
        quint64 jobs = 0;
        quint64 walPages = 0;
    };
    Stats stats() const
    {
        return {m_commits.load(std::memory_order_relaxed), m_jobs.load(std::memory_order_relaxed),
                m_walPages.load(std::memory_order_relaxed)};
    }

    //! At most this many pieces of work share a transaction.
    static constexpr int MaxGroup = 64;
    //! Work estimated at most this is small: it joins the next group ahead of larger work, so
    //! a one-message push never queues behind a bulk import.
    static constexpr qint64 SmallCost = 32;
    //! Larger work joins a group while the group's estimate stays under this (one at least).
    static constexpr qint64 GroupCost = 500;

private:
    struct Job
    {
        Work work;
        qint64 cost = 1;
        std::optional<Result<FeedDeltas>> result;
    };
    //! Takes the next group off the queue: the oldest large jobs while the estimate allows (at
    //! least one, so none waits for ever), then every small job there is room for.
    QList<Job *> takeGroup();
    //! The writer thread: takes groups off the queue until the destructor asks it to stop.
    void write();
    //! Runs one group in one transaction; returns each job's result, in order.
    QList<Result<FeedDeltas>> commitGroup(QSqlDatabase &db, const QList<Job *> &group,
                                          FeedDeltas &fed);

    Connect m_connect;
    QMutex m_mutex;
    QWaitCondition m_queued; // work arrived, or stopping
    QWaitCondition m_done; // a group committed
    QList<Job *> m_queue;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_writer;
    Announce m_announce;
    std::atomic<quint64> m_commits {0};
    std::atomic<quint64> m_jobs {0};
    std::atomic<quint64> m_walPages {0};
};

//! Adds `next` (a later write) to `into`: per bucket, the earlier `after`, the later cursor and
//! checksum, each row once as last written.
void mergeDeltas(FeedDeltas &into, const FeedDeltas &next);

} // namespace Souk::Server
