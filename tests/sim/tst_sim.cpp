// Randomized simulation of the sync protocol against the real server (ISSUE: sync engine).
//
// Devices of several users run random mutations of every registered mutator while the
// simulation cuts their network, loses server answers, replays old pushes (duplicates and
// reordering), kills devices and SIGKILLs the server. Then it heals everything and checks:
//   - every replica equals the server's view for its user;
//   - every mutation a device queued was processed by the server exactly once (or is still
//     visibly quarantined on the device): nothing queued is lost;
//   - no applied last-writer-wins write vanished silently: its value is current, or kept as a
//     conflict record or conflict copy, or was overwritten by a write that had seen it, or its
//     row was deleted on purpose;
//   - no duplicates: one change-log entry per row and bucket, one conflict per lost write.
//   - derived counters add up: every post's like_count is the number of users who like it,
//     and its comment_count the number of its comments neither deleted nor marked by a
//     moderator (hidden or removed);
//   - stock adds up: every variant's stock is its applied adjustStock and countStock deltas,
//     minus the units of the orders placed for it, plus those of orders cancelled or
//     refunded (every user has a shop, and buys from it, from two devices at once).
//
// SOUK_SIM_SEED=<n> replays a run; SOUK_SIM_OPS=<n> sets its length (default: 1,500 steps,
// capped at 40 s so a CI run stays under a minute). A failure prints the seed.
#include "Arbitrary.h"
#include "FaultyLink.h"
#include "Mutators.h"
#include "SyncHarness.h"
#include "TestImages.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace Souk::Test;
using Souk::Sync::Hlc;
using Souk::Sync::Row;
using Souk::Sync::SyncEngine;

namespace {

struct Device
{
    Account account;
    QString dbPath;
    std::unique_ptr<FaultyLink> link;
    std::unique_ptr<SyncEngine> engine;
    QString clientId;
    QList<qint64> queued; // every seq this device queued
    QList<QJsonArray> capturedBatches; // outbox snapshots, replayed later
};

//! A write as it was queued: to check afterwards that it did not vanish.
struct QueuedWrite
{
    QString clientId;
    qint64 seq;
    QString userId;
    QString mutator;
    QJsonObject args;
    Hlc hlc;
};

quint32 envNumber(const char *name, quint32 fallback, bool *set = nullptr)
{
    bool ok = false;
    const quint32 value = qEnvironmentVariable(name).toUInt(&ok);
    if (set)
        *set = ok;
    return ok ? value : fallback;
}

} // namespace

class SimulationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void randomizedRun();

private:
    quint32 random(quint32 bound) { return bound == 0 ? 0 : m_rng.bounded(bound); }
    void openDevice(Device &device);
    void mutateSomething(Device &device);
    void replayOldBatch(Device &device);
    bool heal();
    QString seedNote() const { return u"(replay with SOUK_SIM_SEED=%1)"_s.arg(m_seed); }

    std::unique_ptr<SyncHarness> m_h;
    quint32 m_seed = 0;
    QRandomGenerator m_rng;
    QList<Account> m_accounts;
    QStringList m_mediaIds; // images uploaded at the start, for posts
    std::vector<Device> m_devices;
    QList<QueuedWrite> m_writes;
};

void SimulationTest::initTestCase()
{
    bool seedSet = false;
    m_seed = envNumber("SOUK_SIM_SEED", QRandomGenerator::system()->generate(), &seedSet);
    m_rng.seed(m_seed);
    qInfo("SOUK_SIM_SEED=%u%s", m_seed, seedSet ? " (from the environment)" : "");
    m_h = std::make_unique<SyncHarness>();
    QVERIFY2(m_h->startServer(), qPrintable(m_h->server().error()));
    for (const QString &name : {u"sim_amal"_s, u"sim_badr"_s, u"sim_chen"_s})
        m_accounts << m_h->account(name);
    for (const Account &account : std::as_const(m_accounts))
        QVERIFY2(!account.id.isEmpty(), "registration failed");
    // Every user owns a shop (the first account is the server's admin and opens them).
    for (const Account &account : std::as_const(m_accounts)) {
        const HttpReply shop = m_h->http().send(
            "POST", m_h->server().url(u"/api/v1/admin/shops"_s),
            toJson({{u"owner_id"_s, account.id}, {u"name"_s, account.username + u"'s stall"_s}}),
            m_accounts.first().accessToken);
        QCOMPARE(shop.status, 201);
    }
    // A few stored images for posts (uploads are not part of the sync protocol).
    for (int i = 0; i < 4; ++i) {
        const HttpReply image = m_h->http().send(
            "POST", m_h->server().url(u"/api/v1/media"_s), Images::make(64, 48, "jpeg", i),
            m_accounts.at(i % m_accounts.size()).accessToken, "image/jpeg");
        QCOMPARE(image.status, 201);
        m_mediaIds << image.json.value(u"id"_s).toString();
    }
    // Two devices per user: concurrent edits of the same rows happen.
    for (int i = 0; i < 6; ++i) {
        Device device;
        device.account = m_accounts.at(i % m_accounts.size());
        device.dbPath = m_h->newDbPath();
        device.link =
            std::make_unique<FaultyLink>(m_h->port(), [this](quint32 b) { return random(b); });
        QVERIFY(device.link->listen());
        m_devices.push_back(std::move(device));
    }
    for (Device &device : m_devices) {
        openDevice(device);
        QVERIFY2(device.engine, "a device failed to open");
    }
    for (const Souk::Sync::Mutator *m : Souk::Sync::MutatorRegistry::instance().all())
        QVERIFY2(Souk::Sync::Arbitrary::generatorFor(m->name),
                 qPrintable(u"mutator %1 has no generator in core/testing"_s.arg(m->name)));
}

void SimulationTest::openDevice(Device &device)
{
    // Some devices live without the WebSocket, relying on polling after their own writes.
    device.engine = m_h->device(device.account, device.dbPath, random(4) != 0, device.link->port());
    if (device.engine)
        device.clientId = device.engine->clientId();
}

void SimulationTest::mutateSomething(Device &device)
{
    const QList<const Souk::Sync::Mutator *> all = Souk::Sync::MutatorRegistry::instance().all();
    // A third of the steps go to the shop: a chain of product, variant, stock and checkout
    // must happen often enough for orders to race stock changes.
    static const QStringList shop {u"upsertProduct"_s, u"setVariant"_s,    u"adjustStock"_s,
                                   u"countStock"_s,    u"placeOrder"_s,    u"setOrderStatus"_s,
                                   u"addToCart"_s,     u"removeFromCart"_s};
    const Souk::Sync::Mutator *mutator = all.at(int(random(quint32(all.size()))));
    if (random(3) == 0) {
        const QString name = shop.at(int(random(quint32(shop.size()))));
        mutator = Souk::Sync::MutatorRegistry::instance().find(name, 1);
    }
    QStringList userIds;
    for (const Account &a : std::as_const(m_accounts))
        userIds << a.id;
    Souk::Sync::Arbitrary::ArbitraryInput input {
        [this](quint32 b) { return random(b); },
        device.account.id,
        userIds,
        [&device](const QString &entity) {
            QStringList ids;
            for (const Row &row : device.engine->rows(entity).value())
                ids << row.id;
            return ids;
        },
        m_mediaIds,
        [&device](const QString &entity, const QString &id) {
            const auto row = device.engine->row(entity, id).value_or(std::nullopt);
            return row ? row->fields : QJsonObject {};
        }};
    const QJsonObject args = Souk::Sync::Arbitrary::generatorFor(mutator->name)(input);
    const Souk::Result<qint64> seq = device.engine->mutate(mutator->name, args, mutator->version);
    if (!seq)
        return; // refused locally (validation): nothing queued, nothing to track
    device.queued << *seq;
    // The queued form, with the "base" clocks the engine added: what the server will judge.
    for (const SyncEngine::OutboxEntry &e : device.engine->outbox()) {
        if (e.seq == *seq)
            m_writes << QueuedWrite {
                device.clientId, e.seq,  device.account.id,
                e.name,          e.args, Hlc::fromString(e.hlc).value_or(Hlc {})};
    }
}

void SimulationTest::replayOldBatch(Device &device)
{
    // Capture the current outbox as a push would send it, or replay an older capture: the
    // server sees duplicates, and batches arriving after later ones.
    if (device.capturedBatches.isEmpty() || random(2) == 0) {
        QJsonArray batch;
        for (const SyncEngine::OutboxEntry &e : device.engine->outbox()) {
            if (e.status == u"pending"_s)
                batch.append(QJsonObject {{u"seq"_s, e.seq},
                                          {u"name"_s, e.name},
                                          {u"version"_s, e.version},
                                          {u"args"_s, e.args},
                                          {u"hlc"_s, e.hlc}});
        }
        if (!batch.isEmpty())
            device.capturedBatches << batch;
        return;
    }
    const QJsonArray batch =
        device.capturedBatches.at(int(random(quint32(device.capturedBatches.size()))));
    m_h->http().post(m_h->server().url(u"/api/v1/sync/push"_s),
                     QJsonObject {{u"client_id"_s, device.clientId},
                                  {u"schema_version"_s, Souk::Sync::SyncSchemaVersion},
                                  {u"mutations"_s, batch}},
                     device.account.accessToken);
}

bool SimulationTest::heal()
{
    for (Device &device : m_devices) {
        device.link->setPartitioned(false);
        device.link->setDropPercent(0);
        if (!device.engine)
            openDevice(device);
        if (!device.engine)
            return false;
        device.engine->setNetworkEnabled(true);
    }
    // Two full rounds: the second brings every device what the others sent in the first.
    for (int round = 0; round < 2; ++round) {
        for (Device &device : m_devices) {
            if (!SyncHarness::sync(*device.engine, 30000))
                return false;
        }
    }
    return true;
}

void SimulationTest::randomizedRun()
{
    bool opsSet = false;
    const quint32 ops = envNumber("SOUK_SIM_OPS", 1500, &opsSet);
    const qint64 budgetMs = opsSet ? std::numeric_limits<qint64>::max() : 40'000;
    QElapsedTimer clock;
    clock.start();
    int serverRestarts = 0;
    int kills = 0;
    int replays = 0;
    int partitions = 0;
    quint32 step = 0;
    for (; step < ops && clock.elapsed() < budgetMs; ++step) {
        Device &device = m_devices.at(random(quint32(m_devices.size())));
        const quint32 dice = random(100);
        if (dice < 55) {
            mutateSomething(device);
        } else if (dice < 63) {
            device.link->setPartitioned(!device.link->isPartitioned());
            ++partitions;
        } else if (dice < 68) {
            device.link->setDropPercent(QList<int> {0, 10, 40}.at(int(random(3))));
        } else if (dice < 76) {
            replayOldBatch(device);
            ++replays;
        } else if (dice < 80) {
            // Killed: the engine goes away mid-whatever; its SQLite file is all that is left.
            device.engine.reset();
            openDevice(device);
            QVERIFY2(device.engine, qPrintable(u"device failed to reopen "_s + seedNote()));
            ++kills;
        } else if (dice < 82 && serverRestarts < 3) {
            QVERIFY2(m_h->restartServer(true),
                     qPrintable(u"server restart failed "_s + seedNote()));
            ++serverRestarts;
        } else {
            QTest::qWait(int(random(30)));
        }
    }
    qInfo("%u steps in %lld ms: %d partitions, %d replays, %d kills, %d server restarts, "
          "%lld writes queued",
          step, clock.elapsed(), partitions, replays, kills, serverRestarts,
          qint64(m_writes.size()));

    QVERIFY2(heal(), qPrintable(u"devices did not settle after healing "_s + seedNote()));

    // 1. Every replica converges to the server's view.
    QHash<QString, QMap<QString, QList<Row>>> views;
    for (const Account &account : std::as_const(m_accounts)) {
        views.insert(account.id, m_h->serverView(account));
        QVERIFY2(!views.value(account.id).isEmpty(), qPrintable(seedNote()));
    }
    for (Device &device : m_devices) {
        QVERIFY2(SyncHarness::replica(*device.engine) == views.value(device.account.id),
                 qPrintable(u"replica of %1 differs from the server "_s.arg(device.clientId)
                            + seedNote()));
        QVERIFY2(device.engine->pendingCount() == 0, qPrintable(seedNote()));
    }

    // 2. Every queued mutation was processed exactly once: nothing queued was lost.
    QSqlDatabase server = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"sim-server"_s);
    server.setDatabaseName(m_h->server().databasePath());
    server.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    QVERIFY(server.open());
    // A client's mutations are processed in order, and last_seq is the last one processed;
    // only refusals keep a record of their own (the server's sync_results, and the device's
    // list of refusals it showed). So a processed mutation without one was applied.
    QHash<QString, QString> outcome; // "client/seq" -> applied | rejected
    {
        QHash<QString, qint64> processedUpTo; // client -> last_seq
        QSqlQuery q(server);
        QVERIFY(q.exec(u"SELECT client_id, last_seq FROM sync_clients"_s));
        while (q.next())
            processedUpTo.insert(q.value(0).toString(), q.value(1).toLongLong());
        QSet<QString> refused;
        QVERIFY(q.exec(u"SELECT client_id, seq FROM sync_results WHERE status = 'rejected'"_s));
        while (q.next())
            refused.insert(q.value(0).toString() + u'/' + q.value(1).toString());
        for (Device &device : m_devices) {
            for (const SyncEngine::Rejection &r : device.engine->rejections())
                refused.insert(device.clientId + u'/' + QString::number(r.seq));
            for (qint64 seq : std::as_const(device.queued)) {
                if (seq > processedUpTo.value(device.clientId, 0))
                    continue;
                const QString key = device.clientId + u'/' + QString::number(seq);
                outcome.insert(key, refused.contains(key) ? u"rejected"_s : u"applied"_s);
            }
        }
    }
    for (Device &device : m_devices) {
        QSet<qint64> quarantined;
        for (const SyncEngine::OutboxEntry &e : device.engine->outbox())
            quarantined.insert(e.seq);
        for (qint64 seq : std::as_const(device.queued)) {
            const bool processed = outcome.contains(device.clientId + u'/' + QString::number(seq));
            QVERIFY2(
                processed || quarantined.contains(seq),
                qPrintable(u"seq %1 of %2 was queued but never reached the server "_s.arg(seq).arg(
                               device.clientId)
                           + seedNote()));
        }
        QVERIFY2(quarantined.isEmpty(),
                 qPrintable(u"%1 has quarantined mutations "_s.arg(device.clientId) + seedNote()));
    }

    // 3. No applied last-writer-wins write vanished silently.
    for (const QueuedWrite &w : std::as_const(m_writes)) {
        if (outcome.value(w.clientId + u'/' + QString::number(w.seq)) != u"applied"_s)
            continue;
        const Souk::Sync::Mutator *mutator =
            Souk::Sync::MutatorRegistry::instance().find(w.mutator, 1);
        if (!mutator || !mutator->lwwTarget)
            continue;
        const auto [entity, rowId] = mutator->lwwTarget(w.args, w.userId);
        const auto view = views.value(w.userId);
        const QList<Row> rows = view.value(entity->name);
        for (auto it = w.args.constBegin(); it != w.args.constEnd(); ++it) {
            if (!entity->hasField(it.key()) || it.key() == u"id"_s)
                continue;
            const QString field = it.key();
            // Lists (a draft's images) are stored as JSON text.
            const QJsonValue value = it.value().isArray()
                ? QJsonValue(QString::fromUtf8(
                    QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact)))
                : it.value();
            bool survived = false;
            bool rowPresent = false;
            for (const Row &row : rows) {
                if (row.id == rowId) {
                    // A deleted message stays as a row marked removed: deleted on purpose.
                    rowPresent = !row.fields.value(u"removed"_s).toBool();
                    survived = survived || row.fields.value(field) == value;
                }
                // A conflict copy (drafts): the other text kept as its own row.
                if (row.fields.value(u"conflict_of"_s).toString() == rowId
                    && row.fields.value(field) == value)
                    survived = true;
            }
            for (const Row &c : view.value(u"conflicts"_s)) {
                if (c.fields.value(u"row_id"_s).toString() == rowId
                    && c.fields.value(u"field"_s).toString() == field
                    && c.fields.value(u"lost_value"_s).toString() == value.toString())
                    survived = true;
            }
            // Overwritten by a later applied write that had seen this one.
            for (const QueuedWrite &later : std::as_const(m_writes)) {
                if (survived)
                    break;
                if (later.mutator != w.mutator
                    || outcome.value(later.clientId + u'/' + QString::number(later.seq))
                        != u"applied"_s
                    || mutator->lwwTarget(later.args, later.userId).second != rowId)
                    continue;
                const auto seen =
                    Hlc::fromString(later.args.value(u"base"_s).toObject().value(field).toString());
                survived = seen && !(*seen < w.hlc);
            }
            // Overwritten by "keep mine" on a conflict of this field, which sees the current
            // value by construction.
            for (const QueuedWrite &later : std::as_const(m_writes)) {
                if (survived)
                    break;
                if (later.mutator != u"resolveConflict"_s
                    || later.args.value(u"choice"_s).toString() != u"keep_mine"_s
                    || outcome.value(later.clientId + u'/' + QString::number(later.seq))
                        != u"applied"_s
                    || later.hlc < w.hlc)
                    continue;
                for (const Row &c : view.value(u"conflicts"_s)) {
                    if (c.id == later.args.value(u"id"_s).toString()
                        && c.fields.value(u"row_id"_s).toString() == rowId
                        && c.fields.value(u"field"_s).toString() == field)
                        survived = true;
                }
            }
            // Deleted on purpose (a tombstone wins over edits).
            survived = survived || !rowPresent;
            QVERIFY2(
                survived,
                qPrintable(u"%1 seq %2 wrote %3.%4 = %5 on %6 and it vanished "_s.arg(w.mutator)
                               .arg(w.seq)
                               .arg(entity->name, field, value.toVariant().toString(), rowId)
                           + seedNote()));
        }
    }

    // 4. Derived counters add up.
    {
        QSqlQuery q(server);
        QVERIFY(q.exec(u"SELECT p.id, p.like_count,"
                       " (SELECT COUNT(*) FROM likes l WHERE l.post_id = p.id AND l.active = 1),"
                       " p.comment_count,"
                       " (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id AND c.deleted = 0"
                       "  AND c.moderation = '')"
                       " FROM posts p WHERE p.deleted = 0"_s));
        int posts = 0;
        while (q.next()) {
            ++posts;
            QVERIFY2(q.value(1).toLongLong() == q.value(2).toLongLong(),
                     qPrintable(u"post %1 counts %2 likes but has %3 "_s.arg(q.value(0).toString(),
                                                                             q.value(1).toString(),
                                                                             q.value(2).toString())
                                + seedNote()));
            QVERIFY2(
                q.value(3).toLongLong() == q.value(4).toLongLong(),
                qPrintable(u"post %1 counts %2 comments but has %3 "_s.arg(
                               q.value(0).toString(), q.value(3).toString(), q.value(4).toString())
                           + seedNote()));
        }
        qInfo("%d posts with consistent like and comment counts", posts);
    }

    // 6. Stock adds up, from the applied writes and the orders.
    {
        QHash<QString, qint64> expected;
        for (const QueuedWrite &w : std::as_const(m_writes)) {
            if (outcome.value(w.clientId + u'/' + QString::number(w.seq)) != u"applied"_s)
                continue;
            const QString variant = w.args.value(u"variant_id"_s).toString();
            if (w.mutator == u"adjustStock"_s)
                expected[variant] += qint64(w.args.value(u"delta"_s).toDouble());
            else if (w.mutator == u"countStock"_s)
                expected[variant] += qint64(w.args.value(u"counted"_s).toDouble())
                    - qint64(w.args.value(u"base"_s).toDouble());
        }
        QSqlQuery orders(server);
        QVERIFY(orders.exec(u"SELECT lines, status FROM orders"_s));
        int orderCount = 0;
        while (orders.next()) {
            ++orderCount;
            const bool restored = orders.value(1).toString() == u"cancelled"_s
                || orders.value(1).toString() == u"refunded"_s;
            for (const QJsonValue &line :
                 QJsonDocument::fromJson(orders.value(0).toString().toUtf8()).array()) {
                const QString variant = line.toObject().value(u"variant_id"_s).toString();
                const qint64 units = line.toObject().value(u"quantity"_s).toInteger();
                expected[variant] += restored ? 0 : -units;
            }
        }
        QSqlQuery variants(server);
        QVERIFY(variants.exec(u"SELECT id, stock FROM variants WHERE deleted = 0"_s));
        int count = 0;
        while (variants.next()) {
            ++count;
            const QString id = variants.value(0).toString();
            QVERIFY2(variants.value(1).toLongLong() == expected.value(id),
                     qPrintable(u"variant %1 has stock %2, its history says %3 "_s.arg(id)
                                    .arg(variants.value(1).toLongLong())
                                    .arg(expected.value(id))
                                + seedNote()));
        }
        qInfo("%d variants whose stock adds up, %d orders", count, orderCount);
    }

    // 5. No duplicates.
    {
        QSqlQuery q(server);
        QVERIFY(q.exec(u"SELECT bucket, tbl, row_id FROM sync_rows"
                       " GROUP BY bucket, tbl, row_id HAVING COUNT(*) > 1"_s));
        QVERIFY2(!q.next(), qPrintable(u"duplicate change-log rows "_s + seedNote()));
    }
    for (const Account &account : std::as_const(m_accounts)) {
        QSet<QString> lost;
        for (const Row &c : views.value(account.id).value(u"conflicts"_s)) {
            const QString key = c.fields.value(u"row_id"_s).toString() + u'/'
                + c.fields.value(u"field"_s).toString() + u'/'
                + c.fields.value(u"lost_hlc"_s).toString();
            QVERIFY2(!lost.contains(key),
                     qPrintable(u"the same lost write was recorded twice "_s + seedNote()));
            lost.insert(key);
        }
    }
    server.close();
    server = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"sim-server"_s);
}

QTEST_GUILESS_MAIN(SimulationTest)
#include "tst_sim.moc"
