#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Souk::Server {

//! Follows the framing of one connection's byte stream: request heads (up to the blank line)
//! and the bodies after them (by Content-Length, which the caller reads from each head). Heads
//! are collected whole however the bytes arrive, in at most maxHeaderBytes + 1 bytes; bodies
//! are passed over without being kept. No socket, so the fuzzer (tests/fuzz) drives it too.
class RequestFramer
{
public:
    enum class Event {
        NeedMore, // every byte given was taken
        Head, // a complete head is in head(); the caller says how long its body is
        HeadTooLarge, // the head outgrew the cap; the stream cannot be followed any further
    };

    explicit RequestFramer(qint64 maxHeaderBytes)
        : m_maxHeaderBytes(maxHeaderBytes)
    { }

    //! Takes bytes of `data` from `pos` on, advancing `pos`, until an event. After
    //! HeadTooLarge it takes nothing more.
    Event next(QByteArrayView data, qsizetype &pos);
    //! The head of the last Head event, valid until the next call of next() or skipBody().
    QByteArrayView head() const { return m_head; }
    //! The head just returned announced `length` bytes of body: they are skipped, not framed.
    //! Ends that head (head() is empty from here), so an idle connection keeps no head buffer.
    void skipBody(qint64 length)
    {
        m_bodyRemaining = length;
        m_head.clear();
        m_headReady = false;
    }

    bool inBody() const { return m_bodyRemaining > 0; }
    //! A head has begun and is not complete yet (what the header timeout measures).
    bool inPartialHead() const { return !inBody() && !m_headReady && !m_head.isEmpty(); }

private:
    qint64 m_maxHeaderBytes;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
    bool m_headReady = false;
    bool m_tooLarge = false;
};

} // namespace Souk::Server
