// Chat benchmark, Souk side: CLIENTS connected clients in GROUPS group conversations, RATE
// messages per second in total, against the real souk-server on loopback. Measures the time
// from a message's send to its arrival on each other member: p50 and p99 over every delivery.
// bench/chat/run.sh runs it next to the Socket.IO reference and prints the ratio.
//
// A "client" here (BenchClient) is the sync protocol without a replica: a WebSocket for realtime
// frames, a client id and a push sequence, cursors per bucket. It sends each message as a client
// does (`POST /api/v1/sync/push` with one sendMessage mutation, one push in flight) and counts a
// message as delivered when it holds the message's row: from a delta frame, or from the pull a
// poke triggers. That is the part of a client that 200 copies of in one process can afford on a
// 2-vCPU machine, and it is kept lean so that the machine's CPU goes to the server: the clients
// speak HTTP/1.1 and WebSocket themselves over non-blocking sockets, on THREADS epoll loops
// (Shard), and read only the fields they need from each frame (JsonReader). With Qt's network
// classes (QNetworkAccessManager, QWebSocket, QJsonDocument) they took 0.6-0.8 of a core at
// 1,000 messages/s; see bench/README.md.
// ENGINES full clients (SyncEngine, SQLite replica, rebase) join as extra members of the first
// groups, on the main thread, and report the time to their `changed` signal separately.
// A message's body carries its send time, so any thread can time its arrival.
//
// Environment: CLIENTS (200), CHAT_GROUPS (20; bash reserves GROUPS), RATE (1000 messages/s in
// all), DURATION (10 s), WARMUP (2 s), ENGINES (10), THREADS (2). The last stdout line is a JSON
// object with the figures.
#include "Shard.h"
#include "SyncHarness.h"
#include "Uuid.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Souk::Test;
using Souk::Bench::BenchClient;
using Souk::Bench::Shard;
using Souk::Bench::Tally;
using Souk::Bench::Window;
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
    double commits = 0, jobs = 0, walPages = 0, writerBusy = 0, committing = 0;
    double syncs = 0, syncing = 0;
    double serverCpu = 0, benchCpu = 0;
};

Counters counters(SyncHarness &h)
{
    Counters c;
    const QHash<QByteArray, double *> wanted {
        {"souk_sync_commits_total", &c.commits},
        {"souk_sync_commit_jobs_total", &c.jobs},
        {"souk_sync_wal_pages_total", &c.walPages},
        {"souk_sync_writer_busy_seconds_total", &c.writerBusy},
        {"souk_sync_commit_seconds_total", &c.committing},
        {"souk_sync_wal_syncs_total", &c.syncs},
        {"souk_sync_wal_sync_seconds_total", &c.syncing},
    };
    const QByteArray metrics = h.http().get(h.server().url(u"/metrics"_s)).body;
    for (const QByteArray &line : metrics.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (double *into = parts.size() == 2 ? wanted.value(parts.at(0)) : nullptr)
            *into = parts.at(1).toDouble();
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
    Souk::Sync::HlcClock clock(u"probe"_s);
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
    const int threads = std::clamp(envInt("THREADS", 2), 1, clientCount);

    SyncHarness h(relaxedLimits() + QStringList {u"--log-level"_s, u"warning"_s});
    if (!h.startServer()) {
        err() << "server did not start: " << h.server().error() << Qt::endl;
        return 1;
    }
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
    for (int t = 0; t < threads; ++t) {
        QList<BenchClient::Member> members;
        for (int i = t; i < clientCount; i += threads)
            members.append({accounts.at(i).id, accounts.at(i).accessToken,
                            conversations.at(i % groups), clientsIn.at(i % groups) - 1});
        shards.push_back(std::make_unique<Shard>(window, h.port(), members));
        shards.back()->open();
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
                                     ? Window::sentAt(
                                         (*row)->fields.value(u"body"_s).toString().toUtf8())
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
    // The window is set before any thread reads it (posting to a loop orders the writes).
    window.from = start + qint64(warmup) * 1'000'000'000;
    window.to = window.from + qint64(duration) * 1'000'000'000;
    for (const auto &shard : shards)
        shard->run(double(rate) * double(shard->size()) / clientCount, window.to);
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
    for (const auto &shard : shards) {
        shard->stop();
        const Tally &tally = shard->tally;
        all.latencies += tally.latencies;
        all.sentAtMs += tally.sentAtMs;
        all.pushLatencies += tally.pushLatencies;
        all.sent += tally.sent;
        all.expected += tally.expected;
        all.delivered += tally.delivered;
        all.sendErrors += tally.sendErrors;
        all.deltas += tally.deltas;
        all.pulls += tally.pulls;
        total += shard->sentCount();
        for (auto it = tally.sentTo.constBegin(); it != tally.sentTo.constEnd(); ++it)
            all.sentTo[it.key()] += it.value();
    }
    // TIMELINE=file: every delivery as "sent_ms latency_ms", to see whether slow ones cluster.
    if (const QString path = qEnvironmentVariable("TIMELINE"); !path.isEmpty()) {
        QFile out(path);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            for (qsizetype i = 0; i < all.latencies.size(); ++i)
                out.write(QByteArray::number(all.sentAtMs.at(i), 'f', 3) + ' '
                          + QByteArray::number(all.latencies.at(i), 'f', 3) + '\n');
        }
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
        // The writer thread's share of wall time on groups, and a COMMIT's mean duration: how
        // close the one writer is to saturation, and what syncing the WAL costs it.
        {u"writer_busy_share"_s, (after.writerBusy - before.writerBusy) / sendSeconds},
        {u"commit_ms"_s, (after.committing - before.committing) * 1e3 / commits},
        // The WAL's syncs, apart from the commits: how many commits share one, and its time.
        {u"commits_per_sync"_s, commits / std::max(1.0, after.syncs - before.syncs)},
        {u"sync_ms"_s,
         (after.syncing - before.syncing) * 1e3 / std::max(1.0, after.syncs - before.syncs)},
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
