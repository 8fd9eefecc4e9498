#pragma once

#include <QMutex>
#include <QThread>
#include <QWaitCondition>
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
//!
//! SQLite starts the log from the top again only when a write begins after a checkpoint copied
//! all of it. Under a steady stream of writes a checkpoint running beside them never catches up,
//! and the log grew by the megabyte a second (found by review: 800 MB in 20 s). So once the log
//! holds more than `restartPages`, the checkpoint runs holding the process's write lock: it
//! copies the last 100 ms or so of frames with no writer appending, and the next write starts
//! the log again. `journal_size_limit` (Database) then trims the file.
class Checkpointer
{
public:
    //! Turns off `database`'s automatic checkpoints and starts the thread.
    Checkpointer(Database &database, int intervalMs, int restartPages = DefaultRestartPages);
    //! Stops the thread after its current checkpoint.
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    //! 16 MiB of 4 KiB pages: a few seconds of chat at 1,000 messages a second.
    static constexpr int DefaultRestartPages = 4096;

private:
    void run();

    Database &m_database;
    const int m_intervalMs;
    const int m_restartPages;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Souk::Server
