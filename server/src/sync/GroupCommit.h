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
//! The writer does not wait for the disk. Its connection commits with synchronous=NORMAL (the
//! WAL is written, not synced), and a second thread syncs the WAL file and only then answers
//! the group's pushes and sends its realtime frames. Syncing took half the writer's time at
//! 1,000 messages a second (bench/chat "commit_ms"); now the writer builds the next group
//! while the disk syncs the last ones, and one fdatasync() covers every group committed
//! before it began. What is acknowledged is on disk, as before. A process that dies keeps
//! everything committed (the kernel holds it); a power cut can lose the last unsynced groups,
//! which nobody was told about, except a pull that read them in that millisecond: its bucket
//! checksum then disagrees with the server's and the client downloads the bucket afresh.
//! Where the WAL file cannot be opened, commits sync it themselves as SQLite does by default.
//! A failed sync ends the process (as PostgreSQL does): Linux reports a failed writeback once
//! and may mark the pages clean, so a later sync that succeeds would not prove them on disk.
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
    //! And the writer thread's time: busy with groups (from taking one to handing back its
    //! results), and of that, in COMMIT (writing the WAL, not syncing it when the sync thread
    //! does); and the sync thread's fdatasync() calls.
    struct Stats
    {
        quint64 commits = 0;
        quint64 jobs = 0;
        quint64 walPages = 0;
        quint64 busyNs = 0;
        quint64 commitNs = 0;
        quint64 syncs = 0; // fdatasync() calls of the WAL, and their time
        quint64 syncNs = 0;
    };
    Stats stats() const
    {
        return {
            m_commits.load(std::memory_order_relaxed),  m_jobs.load(std::memory_order_relaxed),
            m_walPages.load(std::memory_order_relaxed), m_busyNs.load(std::memory_order_relaxed),
            m_commitNs.load(std::memory_order_relaxed), m_syncs.load(std::memory_order_relaxed),
            m_syncNs.load(std::memory_order_relaxed)};
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
    //! The sync thread: syncs the WAL, then answers and announces the groups committed.
    void sync();
    //! Opens the WAL file for the sync thread and lets `db` commit without syncing it.
    void syncWalApart(QSqlDatabase &db);
    //! A group committed, waiting for its WAL sync.
    struct Committed
    {
        QList<Job *> group;
        QList<Result<FeedDeltas>> results;
        FeedDeltas fed;
    };
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
    QWaitCondition m_toSync; // a group committed, or the writer stopped
    QList<Committed> m_committed;
    bool m_writerDone = false;
    std::unique_ptr<QThread> m_syncer;
    std::atomic<int> m_walFd {-1}; // -1: the writer's commits sync the WAL themselves
    Announce m_announce;
    std::atomic<quint64> m_commits {0};
    std::atomic<quint64> m_jobs {0};
    std::atomic<quint64> m_walPages {0};
    std::atomic<quint64> m_busyNs {0};
    std::atomic<quint64> m_commitNs {0};
    std::atomic<quint64> m_syncs {0};
    std::atomic<quint64> m_syncNs {0};
};

//! Adds `next` (a later write) to `into`: per bucket, the earlier `after`, the later cursor and
//! checksum, each row once as last written.
void mergeDeltas(FeedDeltas &into, const FeedDeltas &next);

} // namespace Souk::Server
