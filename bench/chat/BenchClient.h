#pragma once

#include "ChatBench.h"
#include "Hlc.h"
#include "HttpConnection.h"
#include "SyncMessages.h"
#include "WebSocketConnection.h"

#include <QSet>
#include <memory>

namespace Souk::Bench {

//! One simulated member: the sync protocol without a replica. A WebSocket for realtime frames,
//! a client id and a push sequence, cursors per bucket. It sends each message as a client does
//! (`POST /api/v1/sync/push` with one sendMessage mutation, one push in flight) and counts a
//! message as delivered when it holds the message's row: from a delta frame, or from the pull
//! a poke (or a gap) triggers.
//!
//! Its HTTP requests go over connections of its own, like a device's: one normally, a second
//! one only while a push and a pull are in flight together (a pull answers a poke even while
//! the client's push is waiting). Each stays open (keep-alive) for the next request.
//! Lives on one EventLoop's thread; writes only that thread's Tally.
class BenchClient
{
public:
    struct Member
    {
        QString userId;
        QByteArray accessToken;
        QString conversation;
        int others = 0; // other members of the conversation
    };

    BenchClient(EventLoop &loop, const Window &window, Tally &tally, quint16 port, Member member);

    //! Opens the WebSocket and pulls what the member holds.
    void start();
    //! Connected, and the first pull is done.
    bool ready() const { return m_socket.isOpen() && !m_pulling; }
    //! Sends one message, timestamped now.
    void send();
    void close();

private:
    void push(const QByteArray &mutation);
    void pushQueued();
    void pull();
    void onFrame(QByteArrayView text);
    void take(const std::vector<Change> &changes);
    //! An idle connection of this client's, opened if there is none.
    HttpConnection &connection();

    EventLoop &m_loop;
    const Window &m_window;
    Tally &m_tally;
    quint16 m_port;
    Member m_member;
    QByteArray m_userId; // UTF-8, to compare with author_id as it arrives
    QByteArray m_conversation; // UTF-8
    QByteArray m_authorization; // the header line
    QString m_clientId;
    Sync::HlcClock m_hlc;
    WebSocketConnection m_socket;
    std::vector<std::unique_ptr<HttpConnection>> m_connections;
    qint64 m_seq = 0;
    QByteArray m_queue; // mutations waiting for the push in flight, joined with commas
    qsizetype m_queued = 0; // how many
    bool m_pushing = false;
    QHash<QByteArray, qint64> m_cursors;
    bool m_pulling = false;
    bool m_pullAgain = false;
    QSet<QByteArray> m_seen; // ids of the messages delivered
    Frame m_frame; // reused for every frame
    PullAnswer m_answer;
};

} // namespace Souk::Bench
