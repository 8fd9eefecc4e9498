#pragma once

#include "EventLoop.h"

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace Souk::Bench {

//! A non-blocking TCP connection to the loopback address on an EventLoop: connects, writes what
//! it is given (keeping what the kernel does not take at once for when the socket is writable),
//! and keeps what arrives until its owner consumes it. HttpConnection and WebSocketConnection
//! speak their protocols over it.
//!
//! Each read takes up to 64 KB in one call: the loop is level-triggered, so what is left is
//! read on the next wake-up, and a frame costs one read(2) rather than a read until EAGAIN.
class Socket
{
public:
    struct Handlers
    {
        std::function<void()> connected;
        std::function<void()> readable; // input() has grown
        std::function<void()> closed; // by the peer, or on an error; not after close()
    };

    Socket(EventLoop &loop, Handlers handlers);
    ~Socket();
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;

    //! Starts connecting to 127.0.0.1:`port`; false if it failed at once. What write() is given
    //! meanwhile goes out once connected.
    bool connectTo(quint16 port);
    bool isOpen() const { return m_fd >= 0; } // connecting or connected
    bool isConnected() const { return m_fd >= 0 && !m_connecting; }
    void write(QByteArrayView bytes);
    //! Closes the connection, without calling `closed`.
    void close();

    //! What has arrived and not been consumed yet.
    QByteArrayView input() const
    {
        return QByteArrayView(m_in.data() + m_begin, qsizetype(m_end - m_begin));
    }
    void consume(qsizetype bytes);

private:
    void onEvents(quint32 events);
    void read();
    void flush();
    void fail();

    EventLoop &m_loop;
    Handlers m_handlers;
    int m_fd = -1;
    bool m_connecting = false;
    std::vector<char> m_in; // [m_begin, m_end) not consumed yet
    size_t m_begin = 0;
    size_t m_end = 0;
    QByteArray m_out; // what the kernel has not taken yet
};

} // namespace Souk::Bench
