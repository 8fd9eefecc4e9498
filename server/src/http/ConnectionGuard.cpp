#include "ConnectionGuard.h"

#include "RequestHead.h"

#include <QTcpSocket>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {
constexpr int LingerMs = 2000;
constexpr qint64 DrainBufferBytes = 64 * 1024;
} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const Limits &limits, BodyLimit bodyLimit)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_bodyLimit(std::move(bodyLimit))
    , m_framer(limits.maxHeaderBytes)
{
    setObjectName(u"souk-connection-guard"_s);
    // Every answer and realtime frame is written whole, so Nagle's algorithm only delays:
    // a frame written while the previous one was unacknowledged waited for the reader's
    // delayed ACK. In bench/chat one delivery in eight took 20-40 ms instead of 3 (issue 22).
    // The option stays with the socket when it becomes a WebSocket.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Connected before QHttpServer's own slot (the socket is not yet handed over), so this
    // runs first for every readyRead.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] { m_lastActivity.start(); });

    // Activity only stamps the time; the timer checks it when it fires. Restarting a QTimer on
    // every read and write cost more than the rest of the guard (bench/http).
    m_lastActivity.start();
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &ConnectionGuard::onIdle);
    m_idleTimer.start(m_limits.idleTimeoutMs);

    m_headerTimer.setSingleShot(true);
    m_headerTimer.setInterval(m_limits.headerTimeoutMs);
    connect(&m_headerTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Open && !m_framer.inBody())
            reject(408, u"request_timeout"_s, u"The request headers took too long to arrive."_s);
    });
}

ConnectionGuard::~ConnectionGuard() = default;

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(u"souk-connection-guard"_s,
                                                         Qt::FindDirectChildrenOnly)
                  : nullptr;
}

quint64 ConnectionGuard::begin()
{
    return m_nextTicket++;
}

void ConnectionGuard::finish(quint64 ticket, const QByteArray &bytes, bool close)
{
    m_ready.emplace(ticket, std::make_pair(bytes, close));
    flushReady();
}

void ConnectionGuard::flushReady()
{
    while (m_socket && !m_closing) {
        auto it = m_ready.find(m_nextToWrite);
        if (it == m_ready.end())
            return;
        const bool close = it->second.second;
        // Written now rather than when the event loop next reports the socket writable: that
        // round trip (poll, notifier on and off) cost more than the write (bench/http).
        m_socket->write(it->second.first);
        m_socket->flush();
        m_ready.erase(it);
        ++m_nextToWrite;
        m_lastActivity.start();
        if (close) {
            startLingeringClose();
            return;
        }
    }
}

void ConnectionGuard::detach()
{
    m_state = State::Detached;
    m_idleTimer.stop();
    m_headerTimer.stop();
    disconnect(m_socket, nullptr, this, nullptr);
}

void ConnectionGuard::onReadyRead()
{
    if (!m_socket || m_state == State::Detached)
        return;
    m_lastActivity.start();
    // peek() shows only what QHttpServer has not read yet; it reads everything on each
    // readyRead, so each byte passes through here exactly once.
    const QByteArray chunk = m_socket->peek(m_socket->bytesAvailable());
    const quint64 headsBefore = m_headsSeen;
    feed(chunk.constData(), chunk.size());
    // The header timeout runs only while a head is incomplete (most arrive in one read), from
    // the read that began it.
    if (m_state == State::Open && m_framer.inPartialHead()) {
        if (!m_headerTimer.isActive() || m_headsSeen != headsBefore)
            m_headerTimer.start();
    } else if (m_headerTimer.isActive()) {
        m_headerTimer.stop();
    }
    // A body still to come: acknowledge what arrived now. Qt's network stack (the app's engine
    // pushes through it) writes a request's head and body apart and leaves Nagle's algorithm
    // on, so the body's last segment waits for this ACK, which Linux would delay by up to
    // 40 ms: a push of 100 mutations took 59 ms from Qt and 18 ms from Python (bench/sync,
    // issue 22). Only mid-body, so a whole request's ACK still rides on its answer.
    if (m_framer.inBody())
        acknowledgeNow();
}

void ConnectionGuard::acknowledgeNow()
{
    // TCP_QUICKACK sends the pending ACK at once; the kernel goes back to delaying ACKs
    // later, so it is asked for again on each read that leaves a body incomplete. Best effort:
    // where it fails (not TCP), the ACK is only late, so the result is not checked.
    const int one = 1;
    ::setsockopt(int(m_socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
}

void ConnectionGuard::feed(const char *data, qsizetype size)
{
    const QByteArrayView bytes(data, size);
    qsizetype pos = 0;
    if (m_state == State::Upgrading) {
        // Nothing should come before the server's 101; a client that keeps sending anyway
        // gets no more room than a head.
        m_bytesWhileUpgrading += size;
        if (m_bytesWhileUpgrading > m_limits.maxHeaderBytes)
            reject(400, u"unexpected_data"_s,
                   u"Data arrived before the WebSocket handshake was answered."_s);
        return;
    }
    while (m_state == State::Open && pos < size) {
        if (m_lastRequest) {
            // The last request (it asked for another upgrade) is read to the end of its body;
            // what follows would reach QHttpServer's parser as another protocol.
            const qint64 take = std::min<qint64>(m_lastBodyRemaining, size - pos);
            m_lastBodyRemaining -= take;
            pos += take;
            if (m_lastBodyRemaining == 0)
                m_state = State::Ended;
            break;
        }
        switch (m_framer.next(bytes, pos)) {
        case RequestFramer::Event::NeedMore:
            break;
        case RequestFramer::Event::Head:
            processHead(m_framer.head());
            break;
        case RequestFramer::Event::HeadTooLarge:
            reject(431, u"headers_too_large"_s,
                   u"The request line and headers exceed %1 bytes."_s.arg(m_limits.maxHeaderBytes));
            return;
        }
    }
    if (m_state == State::Ended && pos < size)
        reject(400, u"upgrade_not_supported"_s,
               u"Only GET %1 can be upgraded, to a WebSocket; a connection that asked for "
               "another upgrade ends after that request."_s.arg(
                   QString::fromLatin1(m_limits.webSocketPath)));
}

void ConnectionGuard::processHead(QByteArrayView bytes)
{
    ++m_headsSeen;
    RequestHead head = parseRequestHead(bytes);
    // A head whose request line is unreadable keeps the previous method and path for the
    // access log, as before the parser was taken out of the guard.
    if (!head.method.isEmpty()) {
        m_method = std::move(head.method);
        m_path = std::move(head.path);
    }
    if (!head.error.isNull()) {
        reject(head.error.status, head.error.code, head.error.message);
        return;
    }

    // Only a body needs its route's limit (finding the route is not free).
    const qint64 limit = head.contentLength > 0 ? m_bodyLimit(m_method, m_path) : 0;
    if (head.contentLength > limit) {
        reject(413, u"body_too_large"_s,
               u"The request body of %1 bytes exceeds the limit of %2 bytes for this route."_s
                   .arg(head.contentLength)
                   .arg(limit));
        return;
    }
    if (!head.upgrade.isEmpty()) {
        // Only this exact shape can become a WebSocket, and only once the server has checked
        // the token (detach()). Until then the guard keeps its timers and stops parsing: what
        // follows is WebSocket data, or nothing if the server refuses and closes.
        if (m_method == "GET" && m_path == m_limits.webSocketPath
            && head.upgrade.compare("websocket", Qt::CaseInsensitive) == 0 && head.connectionUpgrade
            && head.contentLength == 0) {
            m_state = State::Upgrading;
            m_bytesWhileUpgrading = 0;
            return;
        }
        // Any other upgrade is refused by answering as plain HTTP (RFC 9110 §7.8), under every
        // limit; the answer closes the connection (ApiServer).
        m_lastRequest = true;
        m_lastBodyRemaining = head.contentLength;
        m_framer.skipBody(0);
        if (head.expectContinue && head.contentLength > 0 && m_socket)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (head.contentLength == 0)
            m_state = State::Ended;
        return;
    }
    if (head.expectContinue && head.contentLength > 0 && m_socket)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_framer.skipBody(head.contentLength);
}

void ConnectionGuard::reject(int status, const QString &code, const QString &message)
{
    if (!m_socket || m_state == State::Rejected)
        return;
    m_state = State::Rejected;
    m_headerTimer.stop();
    const QByteArray requestId = newRequestId();
    Q_EMIT rejected(requestId, m_method, m_path, status);

    // From here on QHttpServer must not see another byte of this connection: it would buffer
    // all of it. Its transaction is committed and the unread bytes are dropped as they come.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->setReadBufferSize(DrainBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::drain);
    drain();

    HttpResponse response = HttpResponse::error(Error {status, code, message, {}});
    finish(begin(), serializeResponse(response, requestId, true, false), true);
}

void ConnectionGuard::drain()
{
    if (!m_socket)
        return;
    char scratch[16 * 1024];
    while (m_socket->bytesAvailable() > 0) {
        if (m_socket->read(scratch, sizeof scratch) <= 0)
            break;
    }
}

void ConnectionGuard::startLingeringClose()
{
    m_closing = true;
    m_idleTimer.stop();
    if (m_state != State::Rejected) {
        disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        m_state = State::Rejected;
        // Bounded like a refusal's drain: a client that keeps sending after the last answer
        // (a 40 MB body after an Upgrade request) must not fill the socket's buffer meanwhile.
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->setReadBufferSize(DrainBufferBytes);
        connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::drain);
    }
    // Half-close once the response is on the wire, keep reading (and discarding) for a moment
    // so the client sees the answer instead of a reset, then close for good.
    auto halfClose = [this] {
        if (m_socket && m_socket->bytesToWrite() == 0) {
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
            QTimer::singleShot(LingerMs, m_socket, [s = m_socket] {
                if (s)
                    s->abort();
            });
            return true;
        }
        return false;
    };
    m_socket->flush();
    if (!halfClose()) {
        connect(m_socket, &QTcpSocket::bytesWritten, this, [halfClose] { halfClose(); });
    }
    connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
}

void ConnectionGuard::onIdle()
{
    if (!m_socket || m_state == State::Detached)
        return;
    const qint64 idleFor = m_lastActivity.elapsed();
    if (idleFor < m_limits.idleTimeoutMs) {
        m_idleTimer.start(int(m_limits.idleTimeoutMs - idleFor));
        return;
    }
    if (m_nextToWrite != m_nextTicket) {
        m_idleTimer.start(m_limits.idleTimeoutMs); // an answer is still being prepared
        return;
    }
    m_socket->abort();
    m_socket->deleteLater();
}

} // namespace Souk::Server
