#include "EventLoop.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <ctime>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace Souk::Bench {

qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

EventLoop::EventLoop()
    : m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wake(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
{
    if (m_epoll < 0 || m_wake < 0)
        qFatal("EventLoop: epoll or eventfd failed");
    watch(m_wake, EPOLLIN, [this](quint32) {
        quint64 count = 0;
        [[maybe_unused]] const ssize_t n = ::read(m_wake, &count, sizeof count);
        runPosted();
    });
}

EventLoop::~EventLoop()
{
    ::close(m_wake);
    ::close(m_epoll);
}

void EventLoop::watch(int fd, quint32 events, Handler handler)
{
    auto watch = std::make_unique<Watch>(Watch {std::move(handler)});
    epoll_event event {};
    event.events = events;
    event.data.ptr = watch.get();
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0)
        qFatal("EventLoop: epoll_ctl(ADD) failed: %d", errno);
    m_watches[fd] = std::move(watch);
}

void EventLoop::modify(int fd, quint32 events)
{
    const auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return;
    epoll_event event {};
    event.events = events;
    event.data.ptr = it->second.get();
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
}

void EventLoop::unwatch(int fd)
{
    const auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return;
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
    it->second->active = false;
    m_unwatched.push_back(std::move(it->second)); // it may be the one running now
    m_watches.erase(it);
}

void EventLoop::timer(qint64 delayNs, std::function<qint64()> tick)
{
    m_timers.push_back(Timer {monotonicNs() + delayNs, std::move(tick)});
}

void EventLoop::post(std::function<void()> task)
{
    {
        const std::lock_guard lock(m_mutex);
        m_posted.push_back(std::move(task));
    }
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wake, &one, sizeof one);
}

void EventLoop::runPosted()
{
    std::vector<std::function<void()>> tasks;
    {
        const std::lock_guard lock(m_mutex);
        tasks.swap(m_posted);
    }
    for (const auto &task : tasks)
        task();
}

void EventLoop::runTimers(qint64 nowNs)
{
    // By index: a tick may add a timer.
    for (size_t i = 0; i < m_timers.size();) {
        if (m_timers[i].dueNs > nowNs) {
            ++i;
            continue;
        }
        const qint64 delayNs = m_timers[i].tick();
        if (delayNs < 0) {
            m_timers.erase(m_timers.begin() + qsizetype(i));
            continue;
        }
        m_timers[i].dueNs = monotonicNs() + delayNs;
        ++i;
    }
}

int EventLoop::timeoutMs(qint64 nowNs) const
{
    qint64 next = -1;
    for (const Timer &timer : m_timers)
        next = next < 0 ? timer.dueNs : std::min(next, timer.dueNs);
    if (next < 0)
        return -1;
    // Rounded up: waking before a timer is due would spin until it is.
    return int(std::max<qint64>(0, (next - nowNs + 999'999) / 1'000'000));
}

void EventLoop::run()
{
    m_running = true;
    std::array<epoll_event, 64> events {};
    while (m_running) {
        const int n =
            epoll_wait(m_epoll, events.data(), int(events.size()), timeoutMs(monotonicNs()));
        if (n < 0 && errno != EINTR)
            qFatal("EventLoop: epoll_wait failed: %d", errno);
        for (int i = 0; i < n; ++i) {
            auto *watch = static_cast<Watch *>(events[size_t(i)].data.ptr);
            if (watch->active)
                watch->handler(events[size_t(i)].events);
        }
        m_unwatched.clear();
        runTimers(monotonicNs());
    }
}

} // namespace Souk::Bench
