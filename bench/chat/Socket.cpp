#include "Socket.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Souk::Bench {

namespace {
constexpr size_t ReadChunk = 16 * 1024;
constexpr quint32 Reading = EPOLLIN | EPOLLRDHUP;
} // namespace

Socket::Socket(EventLoop &loop, Handlers handlers)
    : m_loop(loop)
    , m_handlers(std::move(handlers))
{ }

Socket::~Socket()
{
    close();
}

bool Socket::connectTo(quint16 port)
{
    close();
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    // Every write is a whole request or frame: nothing to coalesce, so no reason to wait.
    const int one = 1;
    setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0
        && errno != EINPROGRESS) {
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    // Even when connect() succeeded at once: `connected` is called from the loop, not from
    // inside this call.
    m_connecting = true;
    m_loop.watch(m_fd, Reading | EPOLLOUT, [this](quint32 events) { onEvents(events); });
    return true;
}

void Socket::close()
{
    if (m_fd < 0)
        return;
    m_loop.unwatch(m_fd);
    ::close(m_fd);
    m_fd = -1;
    m_connecting = false;
    m_begin = m_end = 0;
    m_out.clear();
}

void Socket::fail()
{
    close();
    if (m_handlers.closed)
        m_handlers.closed();
}

void Socket::write(QByteArrayView bytes)
{
    if (m_fd < 0 || bytes.isEmpty())
        return;
    if (m_connecting || !m_out.isEmpty()) {
        m_out.append(bytes);
        return;
    }
    ssize_t sent = ::send(m_fd, bytes.data(), size_t(bytes.size()), MSG_NOSIGNAL);
    if (sent < 0) {
        // A broken connection shows up as EPOLLERR or EOF on the next wake-up and is handled
        // there, not inside the caller's write.
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return;
        sent = 0;
    }
    if (sent < bytes.size()) {
        m_out.append(bytes.sliced(sent));
        m_loop.modify(m_fd, Reading | EPOLLOUT);
    }
}

void Socket::flush()
{
    while (!m_out.isEmpty()) {
        const ssize_t sent = ::send(m_fd, m_out.constData(), size_t(m_out.size()), MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                fail();
            return; // still waiting for EPOLLOUT
        }
        m_out.remove(0, sent);
    }
    m_loop.modify(m_fd, Reading);
}

void Socket::onEvents(quint32 events)
{
    if (m_connecting) {
        int error = 0;
        socklen_t size = sizeof error;
        if (getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &size) != 0 || error != 0) {
            fail();
            return;
        }
        if (!(events & EPOLLOUT))
            return;
        m_connecting = false;
        flush();
        if (m_fd >= 0 && m_handlers.connected)
            m_handlers.connected();
        return;
    }
    if (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
        read();
    if (m_fd >= 0 && (events & EPOLLOUT))
        flush();
}

void Socket::read()
{
    if (m_in.size() - m_end < ReadChunk) {
        if (m_begin > 0) { // move what is left to the front
            std::memmove(m_in.data(), m_in.data() + m_begin, m_end - m_begin);
            m_end -= m_begin;
            m_begin = 0;
        }
        if (m_in.size() - m_end < ReadChunk)
            m_in.resize(m_end + ReadChunk);
    }
    const ssize_t n = ::read(m_fd, m_in.data() + m_end, m_in.size() - m_end);
    if (n > 0) {
        m_end += size_t(n);
        if (m_handlers.readable)
            m_handlers.readable();
    } else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
        fail();
    }
}

void Socket::consume(qsizetype bytes)
{
    m_begin = std::min(m_end, m_begin + size_t(bytes));
    if (m_begin == m_end)
        m_begin = m_end = 0;
}

} // namespace Souk::Bench
