#include "WorkerPool.h"

#include <QElapsedTimer>

namespace Souk::Server {

namespace {
// How long a worker with nothing to do keeps watching the queue before it sleeps. Under load
// requests arrive every few microseconds, so it rarely sleeps; idle, it costs this once.
constexpr qint64 WatchNs = 50'000;
} // namespace

WorkerPool::WorkerPool(int threads)
{
    for (int i = 0; i < std::max(1, threads); ++i) {
        QThread *thread = QThread::create([this] { run(); });
        thread->setObjectName(QStringLiteral("souk-worker-%1").arg(i));
        thread->start();
        m_threads.append(thread);
    }
}

WorkerPool::~WorkerPool()
{
    {
        QMutexLocker locked(&m_mutex);
        m_stopping = true;
        m_work.wakeAll();
    }
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void WorkerPool::start(Job job)
{
    QMutexLocker locked(&m_mutex);
    m_queue.push_back(std::move(job));
    m_queued.store(qsizetype(m_queue.size()), std::memory_order_release);
    if (!m_watching && m_sleeping > 0)
        m_work.wakeOne();
}

void WorkerPool::waitForDone()
{
    QMutexLocker locked(&m_mutex);
    while (!m_queue.empty() || m_running > 0)
        m_idle.wait(&m_mutex);
}

bool WorkerPool::takeJob(Job *job)
{
    if (m_queue.empty())
        return false;
    *job = std::move(m_queue.front());
    m_queue.pop_front();
    m_queued.store(qsizetype(m_queue.size()), std::memory_order_release);
    ++m_running;
    // Jobs queued while a worker watched woke nobody; if more wait than this one, the next
    // must not wait for this one to end (it may be a password hash).
    if (!m_queue.empty() && !m_watching && m_sleeping > 0)
        m_work.wakeOne();
    return true;
}

void WorkerPool::run()
{
    QMutexLocker locked(&m_mutex);
    for (;;) {
        Job job;
        if (takeJob(&job)) {
            locked.unlock();
            job();
            job = nullptr; // whatever it captured goes now, outside the lock
            locked.relock();
            --m_running;
            if (m_running == 0 && m_queue.empty())
                m_idle.wakeAll();
            continue;
        }
        if (m_stopping)
            return;
        if (!m_watching) {
            // Watch the queue for a moment without the lock; a job queued meanwhile wakes
            // nobody, since this worker is watching.
            m_watching = true;
            locked.unlock();
            QElapsedTimer watched;
            watched.start();
            while (m_queued.load(std::memory_order_acquire) == 0
                   && watched.nsecsElapsed() < WatchNs)
                QThread::yieldCurrentThread();
            locked.relock();
            m_watching = false;
            if (!m_queue.empty() || m_stopping)
                continue;
        }
        ++m_sleeping;
        m_work.wait(&m_mutex);
        --m_sleeping;
    }
}

} // namespace Souk::Server
