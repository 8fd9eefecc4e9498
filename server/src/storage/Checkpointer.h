#pragma once

#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <memory>

namespace Souk::Server {

class Database;

//! Copies the write-ahead log back into the database file on a thread of its own.
//!
//! By default SQLite checkpoints inside a commit: the commit that takes the log past 1,000 pages
//! copies them and fsyncs the database file before it returns. At 1,000 chat messages a second
//! that was every 70 ms or so, a few milliseconds each time, on the one writer thread and in
//! the latency of every message of that group (bench/chat p99). Here commits only append to the
//! log, and this thread runs a PASSIVE checkpoint every `intervalMs`: it copies what no reader
//! still needs and never blocks a writer or a reader. Durability is unchanged: a commit is
//! durable once its frames are synced to the log.
class Checkpointer
{
public:
    //! Turns off `database`'s automatic checkpoints and starts the thread.
    Checkpointer(Database &database, int intervalMs);
    //! Stops the thread after its current checkpoint.
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    struct Stats
    {
        quint64 checkpoints = 0;
        quint64 pages = 0; // pages copied into the database file
    };
    Stats stats() const
    {
        return {m_checkpoints.load(std::memory_order_relaxed),
                m_pages.load(std::memory_order_relaxed)};
    }

private:
    void run();

    Database &m_database;
    const int m_intervalMs;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
    std::atomic<quint64> m_checkpoints {0};
    std::atomic<quint64> m_pages {0};
};

} // namespace Souk::Server
