#pragma once

#include "HttpTypes.h"
#include "RequestFramer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <map>

class QTcpSocket;

namespace Souk::Server {

//! Enforces, per connection, the limits QHttpServer 6.4 lacks, and keeps responses in order.
//!
//! QHttpServer buffers whole requests (twice) before a handler sees them, has no header cap and
//! never closes idle connections. The guard is connected to the socket's readyRead *before*
//! QHttpServer, so it sees each byte first (through peek(), without consuming it). It follows
//! the request framing itself (RequestFramer, parseRequestHead), and:
//!  - answers 413 as soon as a declared body exceeds the route's limit, then stops QHttpServer
//!    from reading and discards the rest with bounded memory (lingering close);
//!  - answers 431 when the request line and headers grow past the cap, 408 when they take too
//!    long, 411 for chunked bodies (whose size is unknown up front), 400 for a broken head;
//!  - answers "100 Continue" itself, which QHttpServer 6.4 never does;
//!  - closes the connection after the idle timeout;
//!  - lets go of the socket only for a WebSocket upgrade of `webSocketPath` that the server
//!    has authorized (detach()); any other Upgrade request is plain HTTP and the last one on
//!    its connection, because QHttpServer's parser reads what follows it as another protocol.
//! Responses are written through begin()/finish() tickets, so a connection's answers leave in
//! the order its requests came in, however the worker threads finish.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxHeaderBytes = 16 * 1024;
        int idleTimeoutMs = 60'000;
        int headerTimeoutMs = 10'000;
        QByteArray webSocketPath = "/api/v1/ws";
    };
    //! The body limit for a method and path (the route's, or the default for unknown paths).
    using BodyLimit = std::function<qint64(const QByteArray &method, const QByteArray &path)>;

    ConnectionGuard(QTcpSocket *socket, const Limits &limits, BodyLimit bodyLimit);
    ~ConnectionGuard() override;

    static ConnectionGuard *of(QTcpSocket *socket);

    //! Reserves the next place in the response order.
    quint64 begin();
    //! Fills a place; everything ready in order is written. `close` ends the connection after.
    void finish(quint64 ticket, const QByteArray &bytes, bool close);
    //! Stops guarding, once the server has authorized the WebSocket upgrade this guard let
    //! through (the socket then belongs to QWebSocket and its frame limits).
    void detach();
    //! The last head was a WebSocket upgrade request (GET of the WebSocket path with
    //! "Upgrade: websocket" and "Connection: Upgrade"), waiting for the server to authorize it.
    bool isUpgrading() const { return m_state == State::Upgrading; }

Q_SIGNALS:
    //! A request refused by the guard itself, for the access log and metrics.
    void rejected(const QByteArray &requestId, const QByteArray &method, const QByteArray &path,
                  int status);

private:
    //! Upgrading: a WebSocket handshake waits for the server to check its token; Ended: a
    //! request asked for another upgrade, so nothing after it may reach QHttpServer.
    enum class State { Open, Upgrading, Ended, Rejected, Detached };

    void onReadyRead();
    //! Sends the ACK of what arrived at once instead of after the kernel's delay.
    void acknowledgeNow();
    void feed(const char *data, qsizetype size);
    void processHead(QByteArrayView bytes);
    void reject(int status, const QString &code, const QString &message);
    void flushReady();
    void onIdle();
    void startLingeringClose();
    void drain();

    QPointer<QTcpSocket> m_socket;
    Limits m_limits;
    BodyLimit m_bodyLimit;
    State m_state = State::Open;
    RequestFramer m_framer;
    QByteArray m_method;
    QByteArray m_path;
    bool m_lastRequest = false; // the request being read asked for an upgrade we do not do
    qint64 m_lastBodyRemaining = 0; // of that request's body
    qint64 m_bytesWhileUpgrading = 0;
    QElapsedTimer m_lastActivity;
    QTimer m_idleTimer;
    QTimer m_headerTimer;
    quint64 m_headsSeen = 0;
    quint64 m_nextTicket = 0;
    quint64 m_nextToWrite = 0;
    std::map<quint64, std::pair<QByteArray, bool>> m_ready;
    bool m_closing = false;
};

} // namespace Souk::Server
