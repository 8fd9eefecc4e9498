#pragma once

#include "BenchClient.h"

#include <atomic>
#include <thread>

namespace Souk::Bench {

//! The clients of one thread: created, paced and torn down on that thread's EventLoop.
//! main() talks to it through the few methods below (each posts to the loop) and the flags.
class Shard
{
public:
    Shard(const Window &window, quint16 port, QList<BenchClient::Member> members);
    //! Closes every connection and stops the thread.
    ~Shard();

    Tally tally; // read by main once the thread has stopped
    std::atomic<bool> ready = false; // every client connected and pulled
    std::atomic<bool> done = false; // the pacer has sent its last message

    //! Connects everyone and pulls what they hold.
    void open();
    //! `rate` messages/s round-robin over this shard's clients until `until` (ns on the
    //! shared clock).
    void run(double rate, qint64 until);
    //! Closes every connection and stops the thread; `tally` is final afterwards.
    void stop();

    qint64 sentCount() const { return m_next; }
    qsizetype size() const { return m_members.size(); }

private:
    const Window &m_window;
    quint16 m_port;
    QList<BenchClient::Member> m_members;
    EventLoop m_loop;
    std::vector<std::unique_ptr<BenchClient>> m_clients;
    std::atomic<qint64> m_next = 0; // messages sent
    std::thread m_thread;
};

} // namespace Souk::Bench
