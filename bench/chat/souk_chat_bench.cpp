// Chat benchmark, Souk side: CLIENTS connected clients in GROUPS group conversations, RATE
// messages per second in total, against the real souk-server on loopback. Measures the time
// from a message's send to its arrival on each other member: p50 and p99 over every delivery.
// bench/chat/run.sh runs it next to the Socket.IO reference and prints the ratio.
//
// A "client" here is the sync protocol without a replica: a WebSocket for realtime frames, a
// client id and a push sequence, cursors per bucket. It sends each message as a client does
// (`POST /api/v1/sync/push` with one sendMessage mutation, one push in flight) and counts a
// message as delivered when it holds the message's row: from a delta frame, or from the pull a
// poke triggers. That is the part of a client that 200 copies of in one process can afford on a
// 2-vCPU machine. The clients are spread over THREADS event loops (Qt's loop polls every socket
// it watches on each wake-up, so one loop with 400 sockets spends its time in poll()).
// ENGINES full clients (SyncEngine, SQLite replica, rebase) join as extra members of the first
// groups, on the main thread, and report the time to their `changed` signal separately.
// A message's body carries its send time, so any thread can time its arrival.
//
// Environment: CLIENTS (200), CHAT_GROUPS (20; bash reserves GROUPS), RATE (1000 messages/s in
// all), DURATION (10 s), WARMUP (2 s), ENGINES (10), THREADS (4). The last stdout line is a JSON
// object with the figures.
#include "Hlc.h"
#include "SyncHarness.h"
#include "Uuid.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Souk::Test;
using Souk::Sync::HlcClock;
using Souk::Sync::SyncEngine;

namespace {

//! Conversations the write-path probe spreads a commit's messages over (the largest commit).
constexpr int ProbeGroups = 32;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v >= 0 ? v : fallback;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

//! What the server and this load generator have done so far: the group commit's counters from
//! the server's /metrics, and CPU seconds (the server's from /proc, all threads; ours from
//! getrusage). The differences across the send period are the figures issue 22 asks for.
struct Counters
{
    double commits = 0, jobs = 0, walPages = 0;
    double serverCpu = 0, benchCpu = 0;
};

Counters counters(SyncHarness &h)
{
    Counters c;
    const QByteArray metrics = h.http().get(h.server().url(u"/metrics"_s)).body;
    for (const QByteArray &line : metrics.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2)
            continue;
        if (parts.at(0) == "souk_sync_commits_total")
            c.commits = parts.at(1).toDouble();
        else if (parts.at(0) == "souk_sync_commit_jobs_total")
            c.jobs = parts.at(1).toDouble();
        else if (parts.at(0) == "souk_sync_wal_pages_total")
            c.walPages = parts.at(1).toDouble();
    }
    QFile stat(u"/proc/%1/stat"_s.arg(h.server().pid()));
    if (stat.open(QIODevice::ReadOnly)) {
        // Fields 14 and 15 (utime, stime), counted after the ")" that ends the name.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12)
            c.serverCpu = (fields.at(11).toDouble() + fields.at(12).toDouble())
                / double(sysconf(_SC_CLK_TCK));
    }
    rusage self {};
    getrusage(RUSAGE_SELF, &self);
    c.benchCpu = double(self.ru_utime.tv_sec + self.ru_stime.tv_sec)
        + double(self.ru_utime.tv_usec + self.ru_stime.tv_usec) / 1e6;
    return c;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index =
        std::min(values.size() - 1, qsizetype(std::ceil(p / 100.0 * double(values.size())) - 1));
    return values.at(std::max<qsizetype>(0, index));
}

//! Read-only once sending starts: the shared clock and the measured window.
struct Window
{
    QElapsedTimer clock;
    qint64 from = 0; // ns on `clock`; messages sent in [from, to) are measured
    qint64 to = 0;

    bool measured(qint64 sentNs) const { return sentNs >= from && sentNs < to; }
    //! Bodies start with "#<send time in ns> ".
    static qint64 sentAt(const QString &body)
    {
        if (!body.startsWith(u'#'))
            return -1;
        bool ok = false;
        const qint64 ns = body.mid(1, body.indexOf(u' ') - 1).toLongLong(&ok);
        return ok ? ns : -1;
    }
};

//! One thread's figures, read by main once the thread has stopped.
struct Tally
{
    QList<double> latencies;
    QList<double> pushLatencies;
    qint64 sent = 0; // measured messages sent
    qint64 expected = 0; // deliveries those should make
    qint64 delivered = 0;
    qint64 sendErrors = 0;
    qint64 deltas = 0;
    qint64 pulls = 0;
    int pushesInFlight = 0;
    QHash<QString, qint64> sentTo; // measured messages by conversation
};

class BenchClient : public QObject
{
public:
    BenchClient(const Window &window, Tally &tally, QNetworkAccessManager &nam, QUrl server,
                Account account, QString conversation, int others, QObject *parent)
        : QObject(parent)
        , m_window(window)
        , m_tally(tally)
        , m_nam(nam)
        , m_server(std::move(server))
        , m_account(std::move(account))
        , m_conversation(std::move(conversation))
        , m_others(others)
        , m_clientId(u"chatbench-"_s + m_account.id.left(8) + m_account.id.right(12))
        , m_hlc(m_clientId)
        , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
    {
        connect(m_socket, &QWebSocket::textMessageReceived, this, &BenchClient::onFrame);
        connect(m_socket, &QWebSocket::connected, this, [this] { m_connected = true; });
        QUrl url = m_server;
        url.setScheme(u"ws"_s);
        url.setPath(u"/api/v1/ws"_s);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_account.accessToken);
        m_socket->open(request);
        pull();
    }

    bool ready() const { return m_connected && !m_pulling; }

    void send()
    {
        const qint64 now = m_window.clock.nsecsElapsed();
        if (m_window.measured(now)) {
            ++m_tally.sent;
            m_tally.expected += m_others;
            ++m_tally.sentTo[m_conversation];
        }
        // About 60 characters, like a chat message.
        push(u"sendMessage"_s,
             {{u"id"_s, Souk::createUuidV7()},
              {u"conversation_id"_s, m_conversation},
              {u"body"_s, u"#%1 On my way, the shop opens at nine; see you?"_s.arg(now)}});
    }

private:
    //! One push in flight per client, as the engine's outbox does: what is written meanwhile
    //! goes out as the next batch. (Concurrent pushes could arrive out of order, and the server
    //! acknowledges a seq below the last one as a duplicate without applying it.)
    void push(const QString &name, const QJsonObject &args)
    {
        m_queue.append(QJsonObject {{u"seq"_s, ++m_seq},
                                    {u"name"_s, name},
                                    {u"version"_s, 1},
                                    {u"args"_s, args},
                                    {u"hlc"_s, m_hlc.now().toString()}});
        if (!m_pushing)
            pushQueued();
    }

    void pushQueued()
    {
        QNetworkRequest request(m_server.resolved(QUrl(u"/api/v1/sync/push"_s)));
        request.setRawHeader("Authorization", "Bearer " + m_account.accessToken);
        request.setRawHeader("Content-Type", "application/json");
        const QByteArray body =
            QJsonDocument(QJsonObject {{u"client_id"_s, m_clientId},
                                       {u"schema_version"_s, Souk::Sync::SyncSchemaVersion},
                                       {u"mutations"_s, m_queue}})
                .toJson(QJsonDocument::Compact);
        const qsizetype count = m_queue.size();
        m_queue = {};
        m_pushing = true;
        ++m_tally.pushesInFlight;
        const qint64 sentAt = m_window.clock.nsecsElapsed();
        QNetworkReply *reply = m_nam.post(request, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, count, sentAt] {
            reply->deleteLater();
            --m_tally.pushesInFlight;
            m_pushing = false;
            m_tally.pushLatencies << (m_window.clock.nsecsElapsed() - sentAt) / 1e6;
            const QJsonArray results =
                QJsonDocument::fromJson(reply->readAll()).object().value(u"results"_s).toArray();
            qsizetype applied = 0;
            for (const QJsonValue &r : results)
                applied += r.toObject().value(u"status"_s).toString() == u"applied"_s ? 1 : 0;
            if (reply->error() != QNetworkReply::NoError || applied != count)
                m_tally.sendErrors += count - applied;
            if (!m_queue.isEmpty())
                pushQueued();
        });
    }

    void pull()
    {
        if (m_pulling) {
            m_pullAgain = true;
            return;
        }
        m_pulling = true;
        m_pullAgain = false;
        ++m_tally.pulls;
        QUrlQuery query;
        query.addQueryItem(u"client_id"_s, m_clientId);
        query.addQueryItem(u"schema_version"_s, QString::number(Souk::Sync::SyncSchemaVersion));
        for (auto it = m_cursors.constBegin(); it != m_cursors.constEnd(); ++it)
            query.addQueryItem(u"cursor"_s,
                               QString::fromUtf8(QUrl::toPercentEncoding(
                                   it.key() + u'@' + QString::number(it.value()))));
        QUrl url = m_server.resolved(QUrl(u"/api/v1/sync/pull"_s));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_account.accessToken);
        QNetworkReply *reply = m_nam.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            m_pulling = false;
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            take(answer.value(u"changes"_s).toArray());
            const QJsonObject buckets = answer.value(u"buckets"_s).toObject();
            bool more = false;
            for (auto it = buckets.constBegin(); it != buckets.constEnd(); ++it) {
                m_cursors.insert(it.key(), it->toObject().value(u"cursor"_s).toInteger());
                more = more || it->toObject().value(u"has_more"_s).toBool();
            }
            if (more || m_pullAgain || reply->error() != QNetworkReply::NoError)
                pull();
        });
    }

    void onFrame(const QString &text)
    {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = frame.value(u"type"_s).toString();
        if (type == u"poke"_s) {
            pull();
        } else if (type == u"delta"_s) {
            // As the engine does: only on top of exactly what we hold; otherwise pull.
            const QString bucket = frame.value(u"bucket"_s).toString();
            const qint64 held = m_cursors.value(bucket, -1);
            if (held >= frame.value(u"cursor"_s).toInteger())
                return;
            if (m_pulling || held < 0 || held < frame.value(u"after"_s).toInteger()) {
                pull();
                return;
            }
            ++m_tally.deltas;
            take(frame.value(u"changes"_s).toArray());
            m_cursors.insert(bucket, frame.value(u"cursor"_s).toInteger());
        }
    }

    void take(const QJsonArray &changes)
    {
        const qint64 now = m_window.clock.nsecsElapsed();
        for (const QJsonValue &value : changes) {
            const QJsonObject change = value.toObject();
            if (change.value(u"table"_s).toString() != u"messages"_s)
                continue;
            const QJsonObject fields = change.value(u"fields"_s).toObject();
            if (fields.value(u"author_id"_s).toString() == m_account.id)
                continue;
            const qint64 sent = Window::sentAt(fields.value(u"body"_s).toString());
            if (!m_window.measured(sent) || m_seen.contains(change.value(u"id"_s).toString()))
                continue;
            m_seen.insert(change.value(u"id"_s).toString());
            m_tally.latencies << (now - sent) / 1e6;
            ++m_tally.delivered;
        }
    }

    const Window &m_window;
    Tally &m_tally;
    QNetworkAccessManager &m_nam;
    QUrl m_server;
    Account m_account;
    QString m_conversation;
    int m_others;
    QString m_clientId;
    HlcClock m_hlc;
    QWebSocket *m_socket;
    bool m_connected = false;
    qint64 m_seq = 0;
    QJsonArray m_queue;
    bool m_pushing = false;
    QHash<QString, qint64> m_cursors;
    bool m_pulling = false;
    bool m_pullAgain = false;
    QSet<QString> m_seen;
};

//! The clients of one thread, created, paced and torn down on that thread.
class Shard : public QObject
{
public:
    struct Member
    {
        Account account;
        QString conversation;
        int others = 0; // other members of the conversation
    };

    Shard(const Window &window, QUrl server, QList<Member> members)
        : m_window(window)
        , m_server(std::move(server))
        , m_members(std::move(members))
    { }

    Tally tally;
    std::atomic<bool> ready = false;
    std::atomic<bool> done = false;

    //! On the shard's thread: connect everyone and pull what they hold.
    void open()
    {
        // Several connection pools: one manager keeps at most six connections to a host.
        for (int i = 0; i < 5; ++i)
            m_pools.push_back(new QNetworkAccessManager(this));
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            const Member &m = m_members.at(i);
            m_clients.push_back(new BenchClient(m_window, tally,
                                                *m_pools.at(size_t(i) % m_pools.size()), m_server,
                                                m.account, m.conversation, m.others, this));
        }
        auto *check = new QTimer(this);
        connect(check, &QTimer::timeout, this, [this, check] {
            if (std::all_of(m_clients.begin(), m_clients.end(),
                            [](BenchClient *c) { return c->ready(); })) {
                check->deleteLater();
                ready = true;
            }
        });
        check->start(20);
    }

    //! On the shard's thread: `rate` messages/s round-robin over this shard's clients until
    //! `until` (ns on the shared clock); then waits for pushes to finish.
    void run(double rate, qint64 until)
    {
        const qint64 start = m_window.clock.nsecsElapsed();
        auto *pacer = new QTimer(this);
        pacer->setTimerType(Qt::PreciseTimer);
        connect(pacer, &QTimer::timeout, this, [this, pacer, rate, start, until] {
            // Every message due by now, so a late tick catches up instead of drifting.
            const qint64 now = std::min(m_window.clock.nsecsElapsed(), until);
            const qint64 due = qint64(double(now - start) * rate / 1e9);
            for (; m_next < due; ++m_next)
                m_clients.at(size_t(m_next) % m_clients.size())->send();
            if (now >= until) {
                pacer->stop();
                done = true;
            }
        });
        pacer->start(1);
    }

    qint64 sentCount() const { return m_next; }
    qsizetype size() const { return m_members.size(); }

    //! On the shard's thread: closes every connection (before the thread stops).
    void close()
    {
        const QObjectList owned = children();
        qDeleteAll(owned);
        m_clients.clear();
        m_pools.clear();
    }

private:
    const Window &m_window;
    QUrl m_server;
    QList<Member> m_members;
    std::vector<QNetworkAccessManager *> m_pools;
    std::vector<BenchClient *> m_clients;
    qint64 m_next = 0;
};

//! Runs the main loop until `done` (checked every 20 ms) or the timeout. (processEvents with
//! a time limit does not sleep when idle; it would spin a core the clients need.)
void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QElapsedTimer t;
    t.start();
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() >= timeoutMs)
            loop.quit();
    });
    check.start(20);
    if (!done())
        loop.exec();
}

//! Creates a group as its first member would, over a blocking client.
bool createGroup(SyncHarness &h, const Account &creator, const QString &id, int number,
                 const QJsonArray &others)
{
    const QJsonObject mutation {{u"seq"_s, 1},
                                {u"name"_s, u"createGroup"_s},
                                {u"version"_s, 1},
                                {u"args"_s,
                                 QJsonObject {{u"id"_s, id},
                                              {u"title"_s, u"Bench group %1"_s.arg(number)},
                                              {u"user_ids"_s, others}}},
                                {u"hlc"_s, Souk::Sync::HlcClock(u"setup"_s).now().toString()}};
    const HttpReply reply =
        h.http().post(h.server().url(u"/api/v1/sync/push"_s),
                      QJsonObject {{u"client_id"_s, u"chatbench-setup-%1"_s.arg(number)},
                                   {u"schema_version"_s, Souk::Sync::SyncSchemaVersion},
                                   {u"mutations"_s, QJsonArray {mutation}}},
                      creator.accessToken);
    return reply.status == 200
        && reply.json.value(u"results"_s).toArray().first().toObject().value(u"status"_s)
        == u"applied"_s;
}

//! WAL pages a message costs when a commit carries `perCommit` messages to as many different
//! conversations, `total` messages in all: one client in every probe group pushes them in
//! batches of `perCommit`, alone on the server, so each push is one commit. Unlike the figure
//! from the timed run, it does not depend on how busy the machine is.
double pagesPerMessage(SyncHarness &h, const Account &prober, const QStringList &groups,
                       int perCommit, int total)
{
    const Counters before = counters(h);
    HlcClock clock(u"probe"_s);
    int sent = 0;
    while (sent < total) {
        QJsonArray mutations;
        for (int i = 0; i < perCommit; ++i, ++sent)
            mutations.append(QJsonObject {
                {u"seq"_s, i + 1},
                {u"name"_s, u"sendMessage"_s},
                {u"version"_s, 1},
                {u"args"_s,
                 QJsonObject {
                     {u"id"_s, Souk::createUuidV7()},
                     {u"conversation_id"_s, groups.at(i % groups.size())},
                     {u"body"_s, u"Probe %1: on my way, the shop opens at nine"_s.arg(sent)}}},
                {u"hlc"_s, clock.now().toString()}});
        const HttpReply reply = h.http().post(
            h.server().url(u"/api/v1/sync/push"_s),
            QJsonObject {{u"client_id"_s, u"chatbench-probe-"_s + Souk::createUuidV7()},
                         {u"schema_version"_s, Souk::Sync::SyncSchemaVersion},
                         {u"mutations"_s, mutations}},
            prober.accessToken);
        if (reply.status != 200)
            return -1;
        for (const QJsonValue &result : reply.json.value(u"results"_s).toArray()) {
            if (result.toObject().value(u"status"_s).toString() != u"applied"_s) {
                err() << "probe push refused: "
                      << QJsonDocument(result.toObject()).toJson(QJsonDocument::Compact)
                      << Qt::endl;
                return -1;
            }
        }
    }
    const Counters after = counters(h);
    if (after.commits - before.commits != (total + perCommit - 1) / perCommit)
        return -1; // another commit ran alongside: the figure would not be per message
    return (after.walPages - before.walPages) / sent;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int clientCount = std::max(2, envInt("CLIENTS", 200));
    const int groups = std::clamp(envInt("CHAT_GROUPS", 20), 1, clientCount / 2);
    const int rate = std::max(1, envInt("RATE", 1000));
    const int duration = std::max(1, envInt("DURATION", 10));
    const int warmup = envInt("WARMUP", 2);
    const int engineCount = std::min(groups, envInt("ENGINES", 10));
    const int threads = std::clamp(envInt("THREADS", 4), 1, clientCount);

    SyncHarness h(relaxedLimits() + QStringList {u"--log-level"_s, u"warning"_s});
    if (!h.startServer()) {
        err() << "server did not start: " << h.server().error() << Qt::endl;
        return 1;
    }
    const QUrl server(u"http://127.0.0.1:%1"_s.arg(h.port()));
    Window window;
    window.clock.start();

    err() << "registering " << clientCount + engineCount << " accounts" << Qt::endl;
    QList<Account> accounts;
    for (int i = 0; i < clientCount; ++i) {
        accounts << h.account(u"chat_bench_%1"_s.arg(i));
        if (accounts.last().id.isEmpty())
            return 1;
    }
    QList<Account> observers;
    for (int g = 0; g < engineCount; ++g)
        observers << h.account(u"chat_observer_%1"_s.arg(g));

    // Client i is in group i % groups; observer g (a full engine) in group g.
    err() << "creating " << groups << " groups" << Qt::endl;
    QStringList conversations;
    QList<int> clientsIn; // bench clients (not engines) per group
    for (int g = 0; g < groups; ++g) {
        conversations << Souk::createUuidV7();
        QJsonArray others;
        for (int i = g + groups; i < clientCount; i += groups)
            others.append(accounts.at(i).id);
        if (g < engineCount)
            others.append(observers.at(g).id);
        clientsIn << (clientCount - g + groups - 1) / groups;
        if (!createGroup(h, accounts.at(g), conversations.last(), g, others)) {
            err() << "creating group " << g << " failed" << Qt::endl;
            return 1;
        }
    }

    err() << "connecting " << clientCount << " clients on " << threads << " threads and "
          << engineCount << " engines" << Qt::endl;
    std::vector<std::unique_ptr<Shard>> shards;
    std::vector<std::unique_ptr<QThread>> loops;
    for (int t = 0; t < threads; ++t) {
        QList<Shard::Member> members;
        for (int i = t; i < clientCount; i += threads)
            members.append(
                {accounts.at(i), conversations.at(i % groups), clientsIn.at(i % groups) - 1});
        shards.push_back(std::make_unique<Shard>(window, server, members));
        loops.push_back(std::make_unique<QThread>());
        shards.back()->moveToThread(loops.back().get());
        loops.back()->start();
        QMetaObject::invokeMethod(shards.back().get(),
                                  [shard = shards.back().get()] { shard->open(); });
    }
    std::vector<std::unique_ptr<SyncEngine>> engines;
    QList<double> engineLatencies;
    qint64 engineDelivered = 0;
    for (const Account &observer : std::as_const(observers)) {
        engines.push_back(h.device(observer));
        if (!engines.back() || !SyncHarness::sync(*engines.back())) {
            err() << "engine failed to sync" << Qt::endl;
            return 1;
        }
        SyncEngine *engine = engines.back().get();
        auto seen = std::make_shared<QSet<QString>>();
        QObject::connect(engine, &SyncEngine::changed, engine,
                         [&, engine, seen](const QStringList &, const QStringList &rows) {
                             const qint64 now = window.clock.nsecsElapsed();
                             for (const QString &key : rows) {
                                 if (!key.startsWith(u"messages/"_s) || seen->contains(key))
                                     continue;
                                 seen->insert(key);
                                 const auto row = engine->row(u"messages"_s, key.mid(9));
                                 const qint64 sent = row && row->has_value()
                                     ? Window::sentAt((*row)->fields.value(u"body"_s).toString())
                                     : -1;
                                 if (!window.measured(sent))
                                     continue;
                                 engineLatencies << (now - sent) / 1e6;
                                 ++engineDelivered;
                             }
                         });
    }
    waitUntil(
        [&] {
            return std::all_of(shards.begin(), shards.end(),
                               [](const auto &s) { return s->ready.load(); })
                && std::all_of(engines.begin(), engines.end(), [](const auto &e) {
                       return e->status() == SyncEngine::Status::Online;
                   });
        },
        60'000);

    err() << "sending " << rate << " messages/s for " << warmup << " s warm-up + " << duration
          << " s" << Qt::endl;
    const Counters before = counters(h);
    const qint64 start = window.clock.nsecsElapsed();
    // The window is set before any thread reads it (invokeMethod orders the writes).
    window.from = start + qint64(warmup) * 1'000'000'000;
    window.to = window.from + qint64(duration) * 1'000'000'000;
    for (const auto &shard : shards) {
        const double share = double(rate) * double(shard->size()) / clientCount;
        QMetaObject::invokeMethod(shard.get(), [shard = shard.get(), share, until = window.to] {
            shard->run(share, until);
        });
    }
    waitUntil(
        [&] {
            return std::all_of(shards.begin(), shards.end(),
                               [](const auto &s) { return s->done.load(); });
        },
        (warmup + duration + 60) * 1000);
    const double sendSeconds = (window.clock.nsecsElapsed() - start) / 1e9;
    const Counters after = counters(h);

    // Stragglers: up to 5 s more, then each thread stops and its tally is read.
    QElapsedTimer straggle;
    straggle.start();
    waitUntil([&] { return straggle.elapsed() > 5000; }, 5000);
    Tally all;
    qint64 total = 0;
    for (size_t t = 0; t < shards.size(); ++t) {
        QMetaObject::invokeMethod(shards.at(t).get(), &Shard::close, Qt::BlockingQueuedConnection);
        loops.at(t)->quit();
        loops.at(t)->wait();
        const Tally &tally = shards.at(t)->tally;
        all.latencies += tally.latencies;
        all.pushLatencies += tally.pushLatencies;
        all.sent += tally.sent;
        all.expected += tally.expected;
        all.delivered += tally.delivered;
        all.sendErrors += tally.sendErrors;
        all.deltas += tally.deltas;
        all.pulls += tally.pulls;
        total += shards.at(t)->sentCount();
        for (auto it = tally.sentTo.constBegin(); it != tally.sentTo.constEnd(); ++it)
            all.sentTo[it.key()] += it.value();
    }
    // Per message sent over the whole send period (warm-up included, as the counters are);
    // a delivery is one message reaching one other member, about expected/sent per message.
    const double messages = std::max<double>(1, double(total));
    const double deliveries = messages * (all.sent > 0 ? double(all.expected) / all.sent : 1);
    const double pageBytes = 4096 + 24; // a WAL frame: the page and its header
    const double commits = std::max<double>(1, after.commits - before.commits);
    qint64 engineExpected = 0;
    for (int g = 0; g < engineCount; ++g)
        engineExpected += all.sentTo.value(conversations.at(g));
    QJsonObject result {
        {u"clients"_s, clientCount},
        {u"groups"_s, groups},
        {u"threads"_s, threads},
        {u"rate"_s, rate},
        {u"duration_s"_s, duration},
        {u"sent"_s, all.sent},
        {u"achieved_rate"_s, qRound(double(total) / sendSeconds)},
        {u"send_errors"_s, all.sendErrors},
        {u"expected"_s, all.expected},
        {u"delivered"_s, all.delivered},
        {u"lost"_s, all.expected - all.delivered},
        {u"p50_ms"_s, percentile(all.latencies, 50)},
        {u"p99_ms"_s, percentile(all.latencies, 99)},
        {u"max_ms"_s, percentile(all.latencies, 100)},
        {u"push_p50_ms"_s, percentile(all.pushLatencies, 50)},
        {u"push_p99_ms"_s, percentile(all.pushLatencies, 99)},
        {u"delta_frames"_s, all.deltas},
        {u"pulls"_s, all.pulls},
        {u"engines"_s, engineCount},
        {u"engine_expected"_s, engineExpected},
        {u"engine_delivered"_s, engineDelivered},
        {u"engine_p50_ms"_s, percentile(engineLatencies, 50)},
        {u"engine_p99_ms"_s, percentile(engineLatencies, 99)},
        {u"messages_per_commit"_s, messages / commits},
        {u"wal_bytes_per_message"_s, (after.walPages - before.walPages) * pageBytes / messages},
        {u"server_cpu_us_per_delivery"_s, (after.serverCpu - before.serverCpu) * 1e6 / deliveries},
        {u"server_cpu_share"_s, (after.serverCpu - before.serverCpu) / sendSeconds},
        {u"bench_cpu_share"_s, (after.benchCpu - before.benchCpu) / sendSeconds}};
    engines.clear();
    shards.clear();

    // The write path alone: WAL pages per message by messages per commit.
    err() << "probing WAL pages per message" << Qt::endl;
    const Account prober = h.account(u"chat_bench_prober"_s);
    QStringList probeGroups;
    for (int g = 0; g < ProbeGroups; ++g) {
        probeGroups << Souk::createUuidV7();
        if (!createGroup(h, prober, probeGroups.last(), 1000 + g,
                         QJsonArray {accounts.at(g % clientCount).id})) {
            err() << "creating probe group " << g << " failed" << Qt::endl;
            return 1;
        }
    }
    // Conversations with a history, as the timed run's are: each has index pages of its own,
    // which a fresh one shares with its neighbours.
    if (pagesPerMessage(h, prober, probeGroups, ProbeGroups, ProbeGroups * 100) < 0) {
        err() << "filling the probe groups failed" << Qt::endl;
        return 1;
    }
    QJsonObject pages;
    for (const int perCommit : {1, 8, ProbeGroups})
        pages.insert(QString::number(perCommit),
                     pagesPerMessage(h, prober, probeGroups, perCommit, 256));
    result.insert(u"wal_pages_per_message_by_commit_size"_s, pages);
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return all.delivered == all.expected && all.sendErrors == 0 ? 0 : 2;
}
