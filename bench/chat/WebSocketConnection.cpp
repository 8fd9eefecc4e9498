#include "WebSocketConnection.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtEndian>

namespace Souk::Bench {

namespace {

constexpr qsizetype MaxHandshakeBytes = 64 * 1024;
constexpr quint64 MaxFrameBytes = 16 * 1024 * 1024;

quint8 byteAt(QByteArrayView bytes, qsizetype i)
{
    return quint8(bytes.at(i));
}

} // namespace

WebSocketConnection::WebSocketConnection(EventLoop &loop, Handlers handlers)
    : m_socket(loop,
               Socket::Handlers {{},
                                 [this] { onReadable(); },
                                 [this] {
                                     m_state = State::Closed;
                                     if (m_handlers.closed)
                                         m_handlers.closed();
                                 }})
    , m_handlers(std::move(handlers))
{ }

bool WebSocketConnection::open(quint16 port, QByteArrayView path, QByteArrayView headers)
{
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 4);
    const QByteArray key = nonce.toBase64();
    m_expectedAccept = QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                                QCryptographicHash::Sha1)
                           .toBase64();
    if (!m_socket.connectTo(port))
        return false;
    m_state = State::Handshake;
    // The lines and their order are QWebSocket's (no Origin: it sent none without one set).
    QByteArray request;
    request.append("GET ").append(path).append(" HTTP/1.1\r\n");
    request.append("Host: 127.0.0.1:").append(QByteArray::number(port)).append("\r\n");
    request.append("Upgrade: websocket\r\nConnection: Upgrade\r\n");
    request.append("Sec-WebSocket-Key: ").append(key).append("\r\n");
    request.append("Sec-WebSocket-Version: 13\r\n").append(headers).append("\r\n");
    m_socket.write(request);
    return true;
}

void WebSocketConnection::close()
{
    if (m_state == State::Open) {
        QByteArray code(2, Qt::Uninitialized);
        qToBigEndian<quint16>(1001, code.data());
        sendFrame(OpClose, code);
    }
    m_socket.close();
    m_state = State::Closed;
}

void WebSocketConnection::fail()
{
    m_socket.close();
    m_state = State::Closed;
    if (m_handlers.closed)
        m_handlers.closed();
}

void WebSocketConnection::onReadable()
{
    if (m_state == State::Handshake && !readHandshake())
        return;
    while (m_state == State::Open && readFrame()) { }
}

bool WebSocketConnection::readHandshake()
{
    const QByteArrayView in = m_socket.input();
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0) {
        if (in.size() > MaxHandshakeBytes)
            fail();
        return false;
    }
    const QByteArrayView head = in.first(end);
    bool accepted = false;
    qsizetype lineEnd = head.indexOf("\r\n");
    const bool switching = head.first(lineEnd < 0 ? end : lineEnd).startsWith("HTTP/1.1 101");
    while (switching && lineEnd >= 0) {
        const qsizetype from = lineEnd + 2;
        lineEnd = head.indexOf("\r\n", from);
        const QByteArrayView line = head.sliced(from, (lineEnd < 0 ? end : lineEnd) - from);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0
            && line.first(colon).compare("sec-websocket-accept", Qt::CaseInsensitive) == 0)
            accepted = line.sliced(colon + 1).trimmed() == m_expectedAccept;
    }
    if (!accepted) { // refused (e.g. 401), or not a WebSocket server
        fail();
        return false;
    }
    m_socket.consume(end + 4);
    m_state = State::Open;
    if (m_handlers.opened)
        m_handlers.opened();
    return m_state == State::Open;
}

bool WebSocketConnection::readFrame()
{
    const QByteArrayView in = m_socket.input();
    if (in.size() < 2)
        return false;
    const quint8 first = byteAt(in, 0);
    const quint8 second = byteAt(in, 1);
    const bool fin = first & 0x80;
    const quint8 opcode = first & 0x0f;
    quint64 length = second & 0x7f;
    qsizetype header = 2;
    if (length == 126) {
        if (in.size() < 4)
            return false;
        length = qFromBigEndian<quint16>(in.data() + 2);
        header = 4;
    } else if (length == 127) {
        if (in.size() < 10)
            return false;
        length = qFromBigEndian<quint64>(in.data() + 2);
        header = 10;
    }
    // A server must not mask its frames, set reserved bits without an extension, or send
    // a control frame that is fragmented or longer than 125 bytes (RFC 6455 §5).
    const bool control = opcode & 0x8;
    if ((second & 0x80) || (first & 0x70) || length > MaxFrameBytes
        || (control && (!fin || length > 125))) {
        fail();
        return false;
    }
    if (quint64(in.size() - header) < length)
        return false; // not all there yet
    const QByteArrayView payload = in.sliced(header, qsizetype(length));
    const qsizetype frameBytes = header + qsizetype(length);

    switch (opcode) {
    case OpText:
    case OpBinary:
        if (m_fragmented) {
            fail();
            return false;
        }
        if (!fin) {
            m_fragmented = true;
            m_fragmentedText = opcode == OpText;
            m_message = payload.toByteArray();
        } else if (opcode == OpText && m_handlers.text) {
            m_handlers.text(payload); // straight from the socket's buffer
        }
        break;
    case OpContinuation:
        if (!m_fragmented) {
            fail();
            return false;
        }
        m_message.append(payload);
        if (fin) {
            m_fragmented = false;
            if (m_fragmentedText && m_handlers.text)
                m_handlers.text(m_message);
            m_message.clear();
        }
        break;
    case OpPing:
        sendFrame(OpPong, payload);
        break;
    case OpPong:
        break;
    case OpClose:
        // Answered with the same code, then closed: the server closes its side too.
        sendFrame(OpClose, payload.first(std::min<qsizetype>(2, payload.size())));
        fail();
        return false;
    default:
        fail();
        return false;
    }
    // Consumed after the handler: the payload was a view into the socket's buffer.
    if (m_state == State::Open)
        m_socket.consume(frameBytes);
    return m_state == State::Open;
}

void WebSocketConnection::sendFrame(quint8 opcode, QByteArrayView payload)
{
    // A client masks every frame with a fresh key (RFC 6455 §5.3).
    m_frame.resize(0);
    m_frame.append(char(0x80 | opcode));
    const qsizetype size = payload.size();
    if (size < 126) {
        m_frame.append(char(0x80 | size));
    } else if (size < 65536) {
        m_frame.append(char(0x80 | 126));
        char length[2];
        qToBigEndian<quint16>(quint16(size), length);
        m_frame.append(length, 2);
    } else {
        m_frame.append(char(0x80 | 127));
        char length[8];
        qToBigEndian<quint64>(quint64(size), length);
        m_frame.append(length, 8);
    }
    const quint32 key = QRandomGenerator::global()->generate();
    char mask[4];
    qToBigEndian<quint32>(key, mask);
    m_frame.append(mask, 4);
    for (qsizetype i = 0; i < size; ++i)
        m_frame.append(char(payload.at(i) ^ mask[i % 4]));
    m_socket.write(m_frame);
}

} // namespace Souk::Bench
