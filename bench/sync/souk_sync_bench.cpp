// Sync benchmark, Souk side: push throughput, initial sync of a large bucket, and propagation
// latency with many connected clients, all against the real souk-server on loopback.
// bench/sync/run.sh runs it next to the PouchDB baseline and prints the comparison.
//
// Environment: ROWS (100000), CLIENTS (50), SAMPLES (200), SPACING_MS (20), BATCH (1000).
// The last stdout line is a JSON object with the figures.
#include "SyncHarness.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Souk::Test;
using Souk::Sync::Hlc;
using Souk::Sync::SyncEngine;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
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

QString draftId(int i)
{
    // UUID layout, distinct per row, like the ids clients make.
    const QString hex = u"%1"_s.arg(i, 32, 16, QLatin1Char('0'));
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-'
        + hex.mid(20);
}

//! `count` saveDraft mutations numbered from `first` (seq first + 1 ...), drafts `first` onwards.
QJsonArray drafts(int first, int count, qint64 wall)
{
    QJsonArray mutations;
    for (int i = first; i < first + count; ++i) {
        mutations.append(QJsonObject {
            {u"seq"_s, i + 1},
            {u"name"_s, u"saveDraft"_s},
            {u"version"_s, 1},
            {u"args"_s,
             QJsonObject {{u"id"_s, draftId(i)},
                          {u"title"_s, u"Draft number %1"_s.arg(i)},
                          {u"body"_s, u"Brass lamp, hand made, 30 cm; ships in a week."_s}}},
            {u"hlc"_s, Hlc {wall, quint32(i), u"bench"_s}.toString()}});
    }
    return mutations;
}

//! Pushes `mutations` as one client's batch, sending again what the server deferred (a push
//! has a budget of rows; the engine sends the rest next, and so does this). How many
//! requests it took, or -1 on a failure.
int pushAll(SyncHarness &h, const Account &owner, const QString &clientId, QJsonArray mutations)
{
    int requests = 0;
    while (!mutations.isEmpty()) {
        ++requests;
        const HttpReply reply =
            h.http().post(h.server().url(u"/api/v1/sync/push"_s),
                          QJsonObject {{u"client_id"_s, clientId},
                                       {u"schema_version"_s, Souk::Sync::SyncSchemaVersion},
                                       {u"mutations"_s, mutations}},
                          owner.accessToken);
        if (reply.status != 200) {
            err() << "push failed: " << reply.status << Qt::endl;
            return -1;
        }
        const qint64 lastSeq = reply.json.value(u"last_seq"_s).toInteger();
        while (!mutations.isEmpty()
               && mutations.first().toObject().value(u"seq"_s).toInteger() <= lastSeq)
            mutations.removeFirst();
    }
    return requests;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = envInt("ROWS", 100'000);
    const int clients = envInt("CLIENTS", 50);
    const int samples = envInt("SAMPLES", 200);
    const int spacingMs = envInt("SPACING_MS", 20);
    const int batch = std::min(envInt("BATCH", 1000), 1000);

    SyncHarness h(relaxedLimits() + QStringList {u"--log-level"_s, u"warning"_s});
    if (!h.startServer()) {
        err() << "server did not start: " << h.server().error() << Qt::endl;
        return 1;
    }
    const Account owner = h.account(u"bench_owner"_s);

    // 1. Push throughput: ROWS saveDraft mutations in batches, as a client that was offline.
    err() << "pushing " << rows << " mutations in batches of " << batch << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    for (int start = 0; start < rows; start += batch) {
        if (pushAll(h, owner, u"bench-pusher-0001"_s,
                    drafts(start, std::min(rows, start + batch) - start, wall))
            < 0)
            return 1;
    }
    const double pushSeconds = timer.nsecsElapsed() / 1e9;

    // 1b. A push's cost per mutation by the size of its batch (issue 22: flat within 2x from
    // 1 to 1,000). Each size pushes about BATCH_TOTAL mutations as fresh clients, one batch
    // after another; a batch over the push budget takes more than one request.
    // Another account: the owner's bucket keeps ROWS rows for the initial sync below.
    const Account sweeper = h.account(u"bench_batches"_s);
    const int batchTotal = envInt("BATCH_TOTAL", 2000);
    QJsonObject perMutation;
    int draftsSoFar = rows;
    for (const int size : {1, 10, 100, 1000}) {
        const int batches = std::max(1, batchTotal / size);
        int requests = 0;
        timer.restart();
        for (int b = 0; b < batches; ++b) {
            QJsonArray mutations = drafts(draftsSoFar, size, wall);
            // Each batch is a fresh client's first, seqs from 1.
            for (int i = 0; i < mutations.size(); ++i) {
                QJsonObject m = mutations.at(i).toObject();
                m.insert(u"seq"_s, i + 1);
                mutations.replace(i, m);
            }
            const int sent = pushAll(h, sweeper, u"bench-size%1-%2"_s.arg(size).arg(b), mutations);
            if (sent < 0)
                return 1;
            requests += sent;
            draftsSoFar += size;
        }
        const double us = timer.nsecsElapsed() / 1e3 / (double(batches) * size);
        perMutation.insert(QString::number(size),
                           QJsonObject {{u"us_per_mutation"_s, us},
                                        {u"requests"_s, requests},
                                        {u"batches"_s, batches}});
        err() << "  batches of " << size << ": " << us << " us a mutation (" << requests
              << " requests)" << Qt::endl;
    }

    // 2. Initial sync: a fresh device downloads the whole bucket into its SQLite replica.
    err() << "initial sync of " << rows << " rows" << Qt::endl;
    auto fresh = h.device(owner, {}, false);
    timer.restart();
    if (!fresh || !SyncHarness::sync(*fresh, 600'000)) {
        err() << "initial sync did not finish" << Qt::endl;
        return 1;
    }
    const double initialSeconds = timer.nsecsElapsed() / 1e9;
    const qsizetype synced = fresh->rows(u"drafts"_s).value().size();
    fresh.reset();

    // 3. Propagation: CLIENTS devices online (pairs of one user each); a write on one device
    // of a pair until the other device's change event names the row.
    err() << "connecting " << clients << " clients" << Qt::endl;
    QList<Account> users;
    for (int i = 0; i < std::max(1, clients / 2); ++i)
        users << h.account(u"bench_user_%1"_s.arg(i));
    std::vector<std::unique_ptr<SyncEngine>> devices;
    for (int i = 0; i < std::max(2, clients); ++i) {
        devices.push_back(h.device(users.at((i / 2) % users.size())));
        if (!devices.back() || !SyncHarness::sync(*devices.back())) {
            err() << "client " << i << " failed" << Qt::endl;
            return 1;
        }
    }
    // Let every WebSocket finish its handshake.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 10'000) {
        const bool allOnline = std::all_of(devices.begin(), devices.end(), [](const auto &d) {
            return d->status() == SyncEngine::Status::Online;
        });
        if (allOnline)
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QList<double> latencies;
    int lost = 0;
    for (int s = 0; s < samples + 5; ++s) {
        const int pair = s % int(devices.size() / 2);
        SyncEngine &writer = *devices.at(size_t(pair * 2));
        SyncEngine &reader = *devices.at(size_t(pair * 2 + 1));
        const QString id = draftId(10'000'000 + s);
        const QString key = u"drafts/"_s + id;
        bool seen = false;
        QElapsedTimer latency;
        const auto connection =
            QObject::connect(&reader, &SyncEngine::changed, &reader,
                             [&](const QStringList &, const QStringList &changedRows) {
                                 if (!seen && changedRows.contains(key)) {
                                     seen = true;
                                     if (s >= 5) // the first few warm up
                                         latencies << latency.nsecsElapsed() / 1e6;
                                 }
                             });
        latency.start();
        if (!writer.mutate(u"saveDraft"_s, {{u"id"_s, id}, {u"body"_s, u"sample %1"_s.arg(s)}})) {
            err() << "mutate failed" << Qt::endl;
            return 1;
        }
        while (!seen && latency.elapsed() < 10'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents,
                                            5);
        QObject::disconnect(connection);
        if (!seen)
            ++lost;
        QElapsedTimer gap;
        gap.start();
        while (gap.elapsed() < spacingMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents, spacingMs);
    }
    devices.clear();

    const QJsonObject result {{u"rows"_s, rows},
                              {u"push_seconds"_s, pushSeconds},
                              {u"push_mutations_per_s"_s, qRound(rows / pushSeconds)},
                              {u"push_by_batch_size"_s, perMutation},
                              {u"initial_seconds"_s, initialSeconds},
                              {u"initial_rows_per_s"_s, qRound(double(synced) / initialSeconds)},
                              {u"initial_rows_synced"_s, qint64(synced)},
                              {u"clients"_s, int(std::max(2, clients))},
                              {u"samples"_s, qint64(latencies.size())},
                              {u"propagation_lost"_s, lost},
                              {u"propagation_p50_ms"_s, percentile(latencies, 50)},
                              {u"propagation_p99_ms"_s, percentile(latencies, 99)}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return synced == rows && lost == 0 ? 0 : 2;
}
