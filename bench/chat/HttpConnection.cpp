#include "HttpConnection.h"

namespace Souk::Bench {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

HttpConnection::HttpConnection(EventLoop &loop, quint16 port)
    : m_socket(loop,
               Socket::Handlers {{},
                                 [this] { onReadable(); },
                                 [this] {
                                     if (m_done)
                                         finish(0, {});
                                 }})
    , m_loop(loop)
    , m_port(port)
    , m_host("127.0.0.1:" + QByteArray::number(port))
{ }

void HttpConnection::send(QByteArrayView method, QByteArrayView target, QByteArrayView headers,
                          QByteArrayView body, Done done)
{
    Q_ASSERT(!m_done);
    m_request.resize(0); // keeps the allocation
    m_request.append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: ");
    m_request.append(m_host).append("\r\n").append(headers);
    if (!body.isEmpty() || method == "POST")
        m_request.append("Content-Length: ").append(QByteArray::number(body.size())).append("\r\n");
    // What QNetworkAccessManager added to every request (the server compresses nothing and
    // ignores the rest, but parses them).
    m_request.append("Connection: Keep-Alive\r\nAccept-Encoding: zstd, br, gzip, deflate\r\n"
                     "Accept-Language: en,*\r\nUser-Agent: Mozilla/5.0\r\n\r\n");
    m_request.append(body);
    m_done = std::move(done);
    m_headBytes = 0;
    if (!m_socket.isOpen() && !m_socket.connectTo(m_port)) {
        // Reported from the loop, not from inside this call.
        m_loop.post([this] { finish(0, {}); });
        return;
    }
    m_socket.write(m_request);
}

void HttpConnection::finish(int status, QByteArrayView body)
{
    Done done = std::move(m_done);
    m_done = nullptr;
    m_headBytes = 0;
    done(status, body);
}

void HttpConnection::onReadable()
{
    const QByteArrayView in = m_socket.input();
    if (!m_done) { // nothing was asked: not HTTP as this client speaks it
        m_socket.close();
        return;
    }
    if (m_headBytes == 0) {
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end < 0) {
            if (in.size() > MaxHeadBytes) {
                m_socket.close();
                finish(0, {});
            }
            return;
        }
        // "HTTP/1.1 200 OK", then "Name: value" lines.
        const QByteArrayView head = in.first(end);
        qsizetype lineEnd = head.indexOf("\r\n");
        const QByteArrayView statusLine = lineEnd < 0 ? head : head.first(lineEnd);
        bool ok = statusLine.startsWith("HTTP/1.") && statusLine.size() >= 12;
        m_status = ok ? statusLine.sliced(9, 3).toInt(&ok) : 0;
        m_bodyBytes = -1;
        m_closeAfter = statusLine.startsWith("HTTP/1.0");
        while (ok && lineEnd >= 0) {
            const qsizetype from = lineEnd + 2;
            lineEnd = head.indexOf("\r\n", from);
            const QByteArrayView line = head.sliced(from, (lineEnd < 0 ? end : lineEnd) - from);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArrayView name = line.first(colon);
            const QByteArrayView value = line.sliced(colon + 1).trimmed();
            if (equalsIgnoringCase(name, "content-length"))
                m_bodyBytes = value.toLongLong(&ok);
            else if (equalsIgnoringCase(name, "connection"))
                m_closeAfter = equalsIgnoringCase(value, "close");
            else if (equalsIgnoringCase(name, "transfer-encoding"))
                ok = false; // the server never chunks an answer
        }
        if (m_bodyBytes < 0 && (m_status == 204 || m_status == 304))
            m_bodyBytes = 0;
        if (!ok || m_status < 200 || m_bodyBytes < 0) {
            m_socket.close();
            finish(0, {});
            return;
        }
        m_headBytes = end + 4;
    }
    const qsizetype used = m_headBytes + m_bodyBytes;
    if (in.size() < used)
        return;
    if (in.size() > used) { // more than one answer to one request
        m_socket.close();
        finish(0, {});
        return;
    }
    if (m_closeAfter) {
        // Closed first, so that a request sent from the callback opens a new connection; the
        // body is copied out of the socket's buffer, which closing resets.
        const QByteArray body = in.sliced(m_headBytes, m_bodyBytes).toByteArray();
        m_socket.close();
        finish(m_status, body);
        return;
    }
    // The body stays in the socket's buffer during the callback (which may write the next
    // request, but reads nothing), and is consumed after it.
    finish(m_status, in.sliced(m_headBytes, m_bodyBytes));
    m_socket.consume(used);
}

} // namespace Souk::Bench
