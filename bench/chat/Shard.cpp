#include "Shard.h"

#include <algorithm>
#include <cmath>

namespace Souk::Bench {

namespace {
constexpr qint64 CheckNs = 20'000'000; // how often open() checks whether all are ready
} // namespace

Shard::Shard(const Window &window, quint16 port, QList<BenchClient::Member> members)
    : m_window(window)
    , m_port(port)
    , m_members(std::move(members))
    , m_thread([this] { m_loop.run(); })
{ }

Shard::~Shard()
{
    stop();
}

void Shard::open()
{
    m_loop.post([this] {
        for (const BenchClient::Member &member : std::as_const(m_members)) {
            m_clients.push_back(
                std::make_unique<BenchClient>(m_loop, m_window, tally, m_port, member));
            m_clients.back()->start();
        }
        m_loop.timer(CheckNs, [this] {
            ready = std::all_of(m_clients.begin(), m_clients.end(),
                                [](const auto &c) { return c->ready(); });
            return ready ? -1 : CheckNs;
        });
    });
}

void Shard::run(double rate, qint64 until)
{
    m_loop.post([this, rate, until] {
        const qint64 start = m_window.clock.nsecsElapsed();
        m_loop.timer(0, [this, rate, start, until] {
            // Every message due by now, so a late tick catches up instead of drifting.
            const qint64 now = std::min(m_window.clock.nsecsElapsed(), until);
            const qint64 due = qint64(double(now - start) * rate / 1e9);
            for (qint64 next = m_next; next < due; ++next) {
                m_clients.at(size_t(next) % m_clients.size())->send();
                m_next = next + 1;
            }
            done = now >= until;
            if (done)
                return qint64(-1);
            // Asleep until the next message is due (Qt's pacer woke every millisecond).
            const qint64 nextAt = start + qint64(std::ceil(double(m_next + 1) * 1e9 / rate));
            return std::max<qint64>(0, std::min(nextAt, until) - m_window.clock.nsecsElapsed());
        });
    });
}

void Shard::stop()
{
    if (!m_thread.joinable())
        return;
    m_loop.post([this] {
        for (const auto &client : m_clients)
            client->close();
        m_clients.clear();
        m_loop.quit();
    });
    m_thread.join();
}

} // namespace Souk::Bench
