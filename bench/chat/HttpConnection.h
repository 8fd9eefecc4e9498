#pragma once

#include "Socket.h"

namespace Souk::Bench {

//! One keep-alive HTTP/1.1 connection to the server on 127.0.0.1, one request at a time (no
//! pipelining), as each of QNetworkAccessManager's connections is. It connects on the first
//! request and again after the server closed it (idle timeout, `Connection: close`).
//!
//! A request's head is the one QNetworkAccessManager wrote, header for header and in its order
//! (Host, the caller's headers, Content-Length, then the four it adds to every request), and
//! head and body go out in one write, as it did for bodies this small (seen with strace).
//! Answers are read by Content-Length, which the server always sends; anything else (chunked
//! bodies, a 1xx) counts as a failed request.
class HttpConnection
{
public:
    //! `status` 0: no answer (the connection failed, or closed before the whole answer came).
    //! The body is valid during the call only. A callback may send the next request on this
    //! connection, but must not destroy it.
    using Done = std::function<void(int status, QByteArrayView body)>;

    HttpConnection(EventLoop &loop, quint16 port);

    bool busy() const { return bool(m_done); }
    //! `headers`: whole lines ("Name: value\r\n") after Host; Content-Length follows when
    //! there is a body.
    void send(QByteArrayView method, QByteArrayView target, QByteArrayView headers,
              QByteArrayView body, Done done);

private:
    void onReadable();
    void finish(int status, QByteArrayView body);

    Socket m_socket;
    EventLoop &m_loop;
    quint16 m_port;
    QByteArray m_host; // the Host header's value
    QByteArray m_request; // reused: the bytes of the request being written
    Done m_done; // set while a request is in flight
    // The answer being read: its status and body length once the head is complete.
    int m_status = 0;
    qsizetype m_headBytes = 0;
    qsizetype m_bodyBytes = 0;
    bool m_closeAfter = false;
};

} // namespace Souk::Bench
