#include "BenchClient.h"

#include "SyncTypes.h"
#include "Uuid.h"

#include <QTextStream>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Souk::Bench {

BenchClient::BenchClient(EventLoop &loop, const Window &window, Tally &tally, quint16 port,
                         Member member)
    : m_loop(loop)
    , m_window(window)
    , m_tally(tally)
    , m_port(port)
    , m_member(std::move(member))
    , m_userId(m_member.userId.toUtf8())
    , m_conversation(m_member.conversation.toUtf8())
    , m_authorization("Authorization: Bearer " + m_member.accessToken + "\r\n")
    , m_clientId(u"chatbench-"_s + m_member.userId.left(8) + m_member.userId.right(12))
    , m_hlc(m_clientId)
    , m_socket(loop,
               WebSocketConnection::Handlers {{},
                                              [this](QByteArrayView text) { onFrame(text); },
                                              [this] {
                                                  // Not reopened (QWebSocket was not either): what
                                                  // this member misses shows up as lost deliveries.
                                                  QTextStream(stderr)
                                                      << "realtime socket of " << m_clientId
                                                      << " closed" << Qt::endl;
                                              }})
{ }

void BenchClient::start()
{
    if (!m_socket.open(m_port, "/api/v1/ws", m_authorization))
        QTextStream(stderr) << "realtime socket of " << m_clientId << " failed" << Qt::endl;
    pull();
}

void BenchClient::close()
{
    m_socket.close();
    m_connections.clear();
}

HttpConnection &BenchClient::connection()
{
    for (const auto &c : m_connections) {
        if (!c->busy())
            return *c;
    }
    return *m_connections.emplace_back(std::make_unique<HttpConnection>(m_loop, m_port));
}

void BenchClient::send()
{
    const qint64 now = m_window.clock.nsecsElapsed();
    if (m_window.measured(now)) {
        ++m_tally.sent;
        m_tally.expected += m_member.others;
        ++m_tally.sentTo[m_member.conversation];
    }
    // About 60 characters, like a chat message.
    push(sendMessageMutation(++m_seq, Souk::createUuidV7().toLatin1(), m_conversation,
                             "#" + QByteArray::number(now)
                                 + " On my way, the shop opens at nine; see you?",
                             m_hlc.now().toString().toUtf8()));
}

//! One push in flight per client, as the engine's outbox does: what is written meanwhile goes
//! out as the next batch. (Concurrent pushes could arrive out of order, and the server
//! acknowledges a seq below the last one as a duplicate without applying it.)
void BenchClient::push(const QByteArray &mutation)
{
    if (m_queued++ > 0)
        m_queue += ',';
    m_queue += mutation;
    if (!m_pushing)
        pushQueued();
}

void BenchClient::pushQueued()
{
    const QByteArray body = pushBody(m_clientId.toUtf8(), Souk::Sync::SyncSchemaVersion, m_queue);
    const qsizetype count = m_queued;
    m_queue.resize(0); // keeps the allocation
    m_queued = 0;
    m_pushing = true;
    ++m_tally.pushesInFlight;
    const qint64 sentAt = m_window.clock.nsecsElapsed();
    connection().send("POST", "/api/v1/sync/push",
                      m_authorization + "Content-Type: application/json\r\n", body,
                      [this, count, sentAt](int status, QByteArrayView answer) {
                          --m_tally.pushesInFlight;
                          m_pushing = false;
                          m_tally.pushLatencies << (m_window.clock.nsecsElapsed() - sentAt) / 1e6;
                          // QNetworkReply reported a 4xx or 5xx as an error too.
                          const qsizetype applied = appliedCount(answer);
                          if (status != 200 || applied != count)
                              m_tally.sendErrors += count - applied;
                          if (!m_queue.isEmpty())
                              pushQueued();
                      });
}

void BenchClient::pull()
{
    if (m_pulling) {
        m_pullAgain = true;
        return;
    }
    m_pulling = true;
    m_pullAgain = false;
    ++m_tally.pulls;
    // The query QUrlQuery built: each cursor "bucket@n" percent-encoded.
    QByteArray target = "/api/v1/sync/pull?client_id=" + QUrl::toPercentEncoding(m_clientId)
        + "&schema_version=" + QByteArray::number(Souk::Sync::SyncSchemaVersion);
    for (auto it = m_cursors.constBegin(); it != m_cursors.constEnd(); ++it)
        target += "&cursor="
            + QUrl::toPercentEncoding(QString::fromUtf8(it.key()) + u'@' + QString::number(*it));
    connection().send("GET", target, m_authorization, {}, [this](int status, QByteArrayView body) {
        m_pulling = false;
        readPullAnswer(body, &m_answer);
        take(m_answer.changes);
        bool more = false;
        for (const PullAnswer::Bucket &bucket : m_answer.buckets) {
            m_cursors.insert(bucket.name, bucket.cursor);
            more = more || bucket.hasMore;
        }
        if (more || m_pullAgain || status != 200)
            pull();
    });
}

void BenchClient::onFrame(QByteArrayView text)
{
    readFrame(text, &m_frame);
    if (m_frame.type == Frame::Type::Poke) {
        pull();
    } else if (m_frame.type == Frame::Type::Delta) {
        // As the engine does: only on top of exactly what we hold; otherwise pull.
        const qint64 held = m_cursors.value(m_frame.bucket, -1);
        if (held >= m_frame.cursor)
            return;
        if (m_pulling || held < 0 || held < m_frame.after) {
            pull();
            return;
        }
        ++m_tally.deltas;
        take(m_frame.changes);
        m_cursors.insert(m_frame.bucket, m_frame.cursor);
    }
}

void BenchClient::take(const std::vector<Change> &changes)
{
    const qint64 now = m_window.clock.nsecsElapsed();
    for (const Change &change : changes) {
        if (change.table != "messages" || change.authorId == m_userId)
            continue;
        const qint64 sent = Window::sentAt(change.body);
        if (!m_window.measured(sent) || m_seen.contains(change.id))
            continue;
        m_seen.insert(change.id);
        m_tally.latencies << (now - sent) / 1e6;
        m_tally.sentAtMs << sent / 1e6;
        ++m_tally.delivered;
    }
}

} // namespace Souk::Bench
