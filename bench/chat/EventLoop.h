#pragma once

#include <QtGlobal>
#include <functional>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace Souk::Bench {

//! A small epoll loop for one thread of the chat bench's clients: file descriptors with a
//! handler each, periodic timers, and tasks posted from other threads.
//!
//! Why not Qt's loop: it polls every socket it watches on each wake-up (poll(), not epoll),
//! and a socket's readiness goes through a QSocketNotifier event and QAbstractSocket's buffer
//! before anyone reads it. The bench's loops wake about ten thousand times a second; epoll
//! hands over only the sockets that are ready.
class EventLoop
{
public:
    //! Called with the epoll events (EPOLLIN, EPOLLOUT, EPOLLERR...) of the descriptor.
    using Handler = std::function<void(quint32 events)>;

    EventLoop();
    ~EventLoop();
    EventLoop(const EventLoop &) = delete;
    EventLoop &operator=(const EventLoop &) = delete;

    //! Level-triggered, as epoll_ctl(2) takes `events`. A handler may unwatch any descriptor,
    //! its own included.
    void watch(int fd, quint32 events, Handler handler);
    void modify(int fd, quint32 events);
    void unwatch(int fd);
    //! Calls `tick` in `delayNs`, then again after each delay it returns, until it returns a
    //! negative one. The wait is rounded up to a millisecond (epoll_wait's unit).
    void timer(qint64 delayNs, std::function<qint64()> tick);

    //! From any thread: runs `task` on the loop's thread, in the order posted.
    void post(std::function<void()> task);
    //! Runs until quit() (called on the loop's thread, e.g. from a posted task).
    void run();
    void quit() { m_running = false; }

private:
    struct Timer
    {
        qint64 dueNs;
        std::function<qint64()> tick;
    };
    void runTimers(qint64 nowNs);
    int timeoutMs(qint64 nowNs) const;
    void runPosted();

    int m_epoll = -1;
    int m_wake = -1; // an eventfd: post() writes it
    bool m_running = false;
    //! A watched descriptor's handler. epoll hands back its address; unwatch() marks it
    //! inactive and keeps it until the current batch of events is done, so that an event of
    //! that batch neither reaches a closed socket's owner nor a new socket with the same fd.
    struct Watch
    {
        Handler handler;
        bool active = true;
    };
    std::unordered_map<int, std::unique_ptr<Watch>> m_watches;
    std::vector<std::unique_ptr<Watch>> m_unwatched;
    std::vector<Timer> m_timers;
    std::mutex m_mutex; // guards m_posted
    std::vector<std::function<void()>> m_posted;
};

//! A monotonic clock in ns, the same on every thread.
qint64 monotonicNs();

} // namespace Souk::Bench
