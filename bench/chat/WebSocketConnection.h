#pragma once

#include "Socket.h"

namespace Souk::Bench {

//! The client side of RFC 6455 over one connection to 127.0.0.1, as much as the chat bench
//! needs: the opening handshake (with the caller's extra headers, e.g. Authorization), the
//! server's unmasked text frames (fragmented or not), answers to ping and close, and masked
//! frames of its own. No extensions, no subprotocol. QWebSocket did the same with a QTcpSocket,
//! signals and a UTF-16 copy of every message; here a message is handed over as the UTF-8 bytes
//! in the socket's buffer (not checked as UTF-8: the bench's server writes them).
class WebSocketConnection
{
public:
    struct Handlers
    {
        std::function<void()> opened; // the handshake succeeded
        std::function<void(QByteArrayView text)> text; // valid during the call only
        std::function<void()> closed; // by the server, on an error, or a failed handshake
    };

    WebSocketConnection(EventLoop &loop, Handlers handlers);

    //! Connects and sends the handshake for `path`; `headers` are whole lines.
    bool open(quint16 port, QByteArrayView path, QByteArrayView headers);
    bool isOpen() const { return m_state == State::Open; }
    void sendText(QByteArrayView text) { sendFrame(OpText, text); }
    //! Sends a close frame (1001, going away, as QWebSocket's destructor does) and closes.
    void close();

private:
    enum class State { Closed, Handshake, Open };
    static constexpr quint8 OpContinuation = 0x0, OpText = 0x1, OpBinary = 0x2, OpClose = 0x8,
                            OpPing = 0x9, OpPong = 0xa;

    void onReadable();
    bool readHandshake();
    //! One frame from the input, if a whole one is there; false when there is none yet or on
    //! a protocol error (then the connection is closed).
    bool readFrame();
    void sendFrame(quint8 opcode, QByteArrayView payload);
    void fail();

    Socket m_socket;
    Handlers m_handlers;
    State m_state = State::Closed;
    QByteArray m_expectedAccept; // Sec-WebSocket-Accept for our key
    QByteArray m_message; // a fragmented message, until its last frame
    bool m_fragmented = false;
    bool m_fragmentedText = false; // that message is text (binary ones are dropped, as before)
    QByteArray m_frame; // reused for frames we send
};

} // namespace Souk::Bench
