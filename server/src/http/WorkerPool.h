#pragma once

#include <QList>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <deque>
#include <functional>
#include <memory>

namespace Souk::Server {

//! The threads that run handlers off the HTTP thread (database work, password hashing).
//!
//! Why not QThreadPool: it wakes a sleeping thread for every job, and a worker that finishes
//! goes back to sleep at once. For requests of a few microseconds each, those futex wake-ups
//! and context switches cost more than the handlers (bench/http). Here a worker that runs out
//! of work first watches the queue for a moment (one such worker at a time), and a new job
//! wakes a sleeper only when no worker is watching, or when jobs are left waiting behind the one
//! a worker just took. Threads live as long as the pool: each keeps its database connection.
class WorkerPool
{
public:
    using Job = std::function<void()>;

    explicit WorkerPool(int threads);
    ~WorkerPool(); // runs what is queued, then joins the threads
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    void start(Job job);
    //! Blocks until the queue is empty and no job is running.
    void waitForDone();

private:
    void run();
    bool takeJob(Job *job); // with m_mutex held

    QMutex m_mutex;
    QWaitCondition m_work; // a job was queued, or the pool is stopping
    QWaitCondition m_idle; // the last running job finished with nothing queued
    std::deque<Job> m_queue;
    std::atomic<qsizetype> m_queued {0}; // m_queue.size(), readable without the lock
    int m_sleeping = 0;
    int m_running = 0;
    bool m_watching = false; // a worker is polling the queue instead of sleeping
    bool m_stopping = false;
    QList<QThread *> m_threads;
};

} // namespace Souk::Server
