#include "ConnectionGuard.h"

#include <QTcpSocket>
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
{
    setObjectName(u"souk-connection-guard"_s);
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
        if (m_state == State::Head)
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
    if (m_state == State::Head && !m_head.isEmpty()) {
        if (!m_headerTimer.isActive() || m_headsSeen != headsBefore)
            m_headerTimer.start();
    } else if (m_headerTimer.isActive()) {
        m_headerTimer.stop();
    }
}

void ConnectionGuard::feed(const char *data, qsizetype size)
{
    qsizetype pos = 0;
    while (pos < size) {
        switch (m_state) {
        case State::Rejected:
        case State::Detached:
            return;
        case State::Upgrading:
            // Nothing should come before the server's 101; a client that keeps sending anyway
            // gets no more room than a head.
            m_bytesWhileUpgrading += size - pos;
            if (m_bytesWhileUpgrading > m_limits.maxHeaderBytes)
                reject(400, u"unexpected_data"_s,
                       u"Data arrived before the WebSocket handshake was answered."_s);
            return;
        case State::Ended:
            // Would reach QHttpServer's parser after a request it took for a protocol switch.
            reject(400, u"upgrade_not_supported"_s,
                   u"Only GET %1 can be upgraded, to a WebSocket; a connection that asked for "
                   "another upgrade ends after that request."_s.arg(
                       QString::fromLatin1(m_limits.webSocketPath)));
            return;
        case State::Body: {
            const qint64 take = std::min<qint64>(m_bodyRemaining, size - pos);
            m_bodyRemaining -= take;
            pos += take;
            if (m_bodyRemaining == 0)
                m_state = m_lastRequest ? State::Ended : State::Head;
            break;
        }
        case State::Head: {
            // Blank lines between requests are allowed (RFC 9112 §2.2).
            if (m_head.isEmpty() && (data[pos] == '\r' || data[pos] == '\n')) {
                ++pos;
                break;
            }
            const qsizetype oldSize = m_head.size();
            const qsizetype room = m_limits.maxHeaderBytes + 1 - oldSize;
            const qsizetype take = std::min<qsizetype>(room, size - pos);
            m_head.append(data + pos, take);
            const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, oldSize - 3));
            if (end >= 0 && end + 4 <= m_limits.maxHeaderBytes) {
                pos += end + 4 - oldSize;
                m_head.truncate(end + 4);
                processHead();
                m_head.clear();
            } else if (m_head.size() > m_limits.maxHeaderBytes) {
                reject(431, u"headers_too_large"_s,
                       u"The request line and headers exceed %1 bytes."_s.arg(
                           m_limits.maxHeaderBytes));
                return;
            } else {
                pos += take;
            }
            break;
        }
        }
    }
}

void ConnectionGuard::processHead()
{
    ++m_headsSeen;
    // Read through views of m_head: this runs for every request, before QHttpServer parses the
    // same bytes, so it copies nothing it does not keep.
    const QByteArrayView head(m_head);
    qsizetype lineEnd = head.indexOf('\n');
    const QByteArrayView requestLine = head.first(lineEnd).trimmed();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1
        || requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1).contains(' ')
        || !requestLine.sliced(lastSpace + 1).startsWith("HTTP/1.")) {
        reject(400, u"bad_request_line"_s, u"The request line is not valid HTTP/1.1."_s);
        return;
    }
    m_method = requestLine.first(firstSpace).toByteArray().toUpper();
    QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    if (const qsizetype q = target.indexOf('?'); q >= 0)
        target.truncate(q);
    m_path = target.toByteArray();

    auto is = [](QByteArrayView a, QByteArrayView b) {
        return a.compare(b, Qt::CaseInsensitive) == 0;
    };
    qint64 contentLength = 0;
    bool sawLength = false;
    bool expectContinue = false;
    QByteArrayView upgrade; // the Upgrade header's value, if there is one
    bool connectionUpgrade = false;
    while (lineEnd >= 0 && lineEnd + 1 < head.size()) {
        const qsizetype start = lineEnd + 1;
        lineEnd = head.indexOf('\n', start);
        const QByteArrayView line =
            head.sliced(start, (lineEnd < 0 ? head.size() : lineEnd) - start).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            reject(400, u"bad_header"_s, u"A request header is malformed."_s);
            return;
        }
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (is(name, "content-length")) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (sawLength && length != contentLength)) {
                reject(400, u"bad_content_length"_s, u"The Content-Length header is invalid."_s);
                return;
            }
            contentLength = length;
            sawLength = true;
        } else if (is(name, "transfer-encoding") && !is(value, "identity")) {
            reject(411, u"length_required"_s,
                   u"Send a Content-Length; chunked request bodies are not accepted."_s);
            return;
        } else if (is(name, "expect") && is(value, "100-continue")) {
            expectContinue = true;
        } else if (is(name, "upgrade")) {
            upgrade = value.isEmpty() ? QByteArrayView("-") : value;
        } else if (is(name, "connection")) {
            for (const QByteArray &token : value.toByteArray().split(','))
                connectionUpgrade = connectionUpgrade || is(token.trimmed(), "upgrade");
        }
    }

    // Only a body needs its route's limit (finding the route is not free).
    const qint64 limit = contentLength > 0 ? m_bodyLimit(m_method, m_path) : 0;
    if (contentLength > limit) {
        reject(413, u"body_too_large"_s,
               u"The request body of %1 bytes exceeds the limit of %2 bytes for this route."_s
                   .arg(contentLength)
                   .arg(limit));
        return;
    }
    if (!upgrade.isEmpty()) {
        // Only this exact shape can become a WebSocket, and only once the server has checked
        // the token (detach()). Until then the guard keeps its timers and stops parsing: what
        // follows is WebSocket data, or nothing if the server refuses and closes.
        if (m_method == "GET" && m_path == m_limits.webSocketPath && is(upgrade, "websocket")
            && connectionUpgrade && contentLength == 0) {
            m_state = State::Upgrading;
            m_bytesWhileUpgrading = 0;
            return;
        }
        // Any other upgrade is refused by answering as plain HTTP (RFC 9110 §7.8), under every
        // limit; the answer closes the connection (ApiServer).
        m_lastRequest = true;
    }
    if (expectContinue && contentLength > 0 && m_socket)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_bodyRemaining = contentLength;
    m_state = contentLength > 0 ? State::Body : (m_lastRequest ? State::Ended : State::Head);
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
