// Sync stories: devices with their own SQLite files against the real server. Each story ends
// with every replica equal to the server's view.
#include "Entities.h"
#include "SyncHarness.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Souk::Test;
using Souk::Sync::Row;
using Souk::Sync::SyncEngine;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<Row> findRow(SyncEngine &engine, const QString &table, const QString &id)
{
    auto r = engine.row(table, id);
    return r ? *r : std::nullopt;
}

QList<Row> rowsWhere(SyncEngine &engine, const QString &table, const QString &field,
                     const QJsonValue &value)
{
    QList<Row> out;
    for (const Row &row : engine.rows(table).value()) {
        if (row.fields.value(field) == value)
            out.append(row);
    }
    return out;
}

} // namespace

class SyncStoriesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void profileEditedOfflineOnTwoDevices();
    void concurrentFollowAndUnfollow();
    void draftBodyEditedOnTwoDevicesKeepsBothTexts();
    void rejectedMutationIsRolledBackWithItsReason();
    void duplicatePushIsNotAppliedTwice();
    void serverKilledDuringPushLosesNothing();
    void clientKilledDuringSyncKeepsItsOutbox();
    void realtimePokeAndCatchUpAfterDrop();
    void bucketResetKeepsTheOutbox();
    void serverRestoredFromBackupKeepsTheOutbox();
    void restPatchGoesThroughTheMutator();
    void engineRunsOnAWorkerThread();
    void failingMutationIsQuarantinedAndDoesNotBlock();
    void compactedDeletionsResetAStaleDevice();
    void aLongBucketBelowTheHorizonIsReadInPages();
    void clearingTheCacheKeepsUnsentChanges();
    void expiredAccessTokenIsRefreshedSilently();

private:
    std::unique_ptr<SyncHarness> m_h;
};

void SyncStoriesTest::initTestCase()
{
    m_h = std::make_unique<SyncHarness>();
    QVERIFY2(m_h->startServer(), qPrintable(m_h->server().error()));
}

void SyncStoriesTest::profileEditedOfflineOnTwoDevices()
{
    const Account alice = m_h->account(u"alice"_s);
    auto laptop = m_h->device(alice);
    auto phone = m_h->device(alice);
    QVERIFY(SyncHarness::sync(*laptop) && SyncHarness::sync(*phone));
    QVERIFY(findRow(*laptop, u"profiles"_s, alice.id).has_value());

    laptop->setNetworkEnabled(false);
    phone->setNetworkEnabled(false);
    QVERIFY(laptop->mutate(u"updateProfile"_s, {{u"bio"_s, u"written on the laptop"_s}}));
    QTest::qWait(5);
    QVERIFY(phone->mutate(u"updateProfile"_s, {{u"bio"_s, u"written on the phone"_s}}));
    // Offline, each device shows its own edit at once.
    QCOMPARE(findRow(*laptop, u"profiles"_s, alice.id)->fields.value(u"bio"_s).toString(),
             u"written on the laptop"_s);
    QCOMPARE(laptop->pendingCount(), 1);

    phone->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*phone));
    laptop->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*laptop));
    QVERIFY(SyncHarness::sync(*phone));

    // The later HLC wins on every replica; the other text is kept as a conflict record.
    for (SyncEngine *device : {laptop.get(), phone.get()}) {
        QCOMPARE(findRow(*device, u"profiles"_s, alice.id)->fields.value(u"bio"_s).toString(),
                 u"written on the phone"_s);
        const QList<Row> conflicts = rowsWhere(*device, u"conflicts"_s, u"row_id"_s, alice.id);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().fields.value(u"lost_value"_s).toString(),
                 u"written on the laptop"_s);
        QCOMPARE(device->pendingCount(), 0);
    }
    const auto server = m_h->serverView(alice);
    QCOMPARE(SyncHarness::replica(*laptop), server);
    QCOMPARE(SyncHarness::replica(*phone), server);

    // "Keep mine" restores the lost text through the normal mutators.
    const QString conflictId = rowsWhere(*laptop, u"conflicts"_s, u"row_id"_s, alice.id).first().id;
    QVERIFY(laptop->mutate(u"resolveConflict"_s,
                           {{u"id"_s, conflictId}, {u"choice"_s, u"keep_mine"_s}}));
    QVERIFY(SyncHarness::sync(*laptop));
    QVERIFY(SyncHarness::sync(*phone));
    QCOMPARE(findRow(*phone, u"profiles"_s, alice.id)->fields.value(u"bio"_s).toString(),
             u"written on the laptop"_s);
    QVERIFY(findRow(*phone, u"conflicts"_s, conflictId)->fields.value(u"resolved"_s).toBool());
    QCOMPARE(SyncHarness::replica(*phone), m_h->serverView(alice));
}

void SyncStoriesTest::concurrentFollowAndUnfollow()
{
    const Account carol = m_h->account(u"carol"_s);
    const Account dan = m_h->account(u"dan"_s);
    auto c1 = m_h->device(carol);
    auto c2 = m_h->device(carol);
    auto d1 = m_h->device(dan);
    QVERIFY(SyncHarness::sync(*c1) && SyncHarness::sync(*c2) && SyncHarness::sync(*d1));

    c1->setNetworkEnabled(false);
    c2->setNetworkEnabled(false);
    QVERIFY(c1->mutate(u"follow"_s, {{u"user_id"_s, dan.id}}));
    QTest::qWait(5);
    QVERIFY(c2->mutate(u"unfollow"_s, {{u"user_id"_s, dan.id}}));
    // The later unfollow reaches the server first; the earlier follow must still lose.
    c2->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*c2));
    c1->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*c1));
    QVERIFY(SyncHarness::sync(*c2));
    QVERIFY(SyncHarness::sync(*d1));

    const QString id = carol.id + u':' + dan.id;
    for (SyncEngine *device : {c1.get(), c2.get(), d1.get()})
        QCOMPARE(findRow(*device, u"follows"_s, id)->fields.value(u"active"_s).toBool(), false);
    // Not following: Dan's profile is not in Carol's replica.
    QVERIFY(!findRow(*c1, u"profiles"_s, dan.id).has_value());
    QCOMPARE(SyncHarness::replica(*c1), m_h->serverView(carol));
    QCOMPARE(SyncHarness::replica(*d1), m_h->serverView(dan));

    // Following again brings Dan's author bucket (his profile) to both of Carol's devices.
    QVERIFY(c1->mutate(u"follow"_s, {{u"user_id"_s, dan.id}}));
    QVERIFY(SyncHarness::sync(*c1));
    QVERIFY(SyncHarness::sync(*c2));
    QVERIFY(findRow(*c2, u"profiles"_s, dan.id).has_value());
    QCOMPARE(SyncHarness::replica(*c2), m_h->serverView(carol));
}

void SyncStoriesTest::draftBodyEditedOnTwoDevicesKeepsBothTexts()
{
    const Account erin = m_h->account(u"erin"_s);
    auto a = m_h->device(erin);
    auto b = m_h->device(erin);
    const QString id = newId();
    QVERIFY(a->mutate(u"saveDraft"_s,
                      {{u"id"_s, id}, {u"title"_s, u"Spring sale"_s}, {u"body"_s, u"v1"_s}}));
    QVERIFY(SyncHarness::sync(*a) && SyncHarness::sync(*b));
    QCOMPARE(findRow(*b, u"drafts"_s, id)->fields.value(u"body"_s).toString(), u"v1"_s);

    a->setNetworkEnabled(false);
    b->setNetworkEnabled(false);
    QVERIFY(a->mutate(u"saveDraft"_s, {{u"id"_s, id}, {u"body"_s, u"text from device A"_s}}));
    QTest::qWait(5);
    QVERIFY(b->mutate(u"saveDraft"_s, {{u"id"_s, id}, {u"body"_s, u"text from device B"_s}}));
    a->setNetworkEnabled(true);
    b->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*a) && SyncHarness::sync(*b) && SyncHarness::sync(*a));

    for (SyncEngine *device : {a.get(), b.get()}) {
        QCOMPARE(findRow(*device, u"drafts"_s, id)->fields.value(u"body"_s).toString(),
                 u"text from device B"_s);
        const QList<Row> copies = rowsWhere(*device, u"drafts"_s, u"conflict_of"_s, id);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.first().fields.value(u"body"_s).toString(), u"text from device A"_s);
    }
    QCOMPARE(SyncHarness::replica(*a), m_h->serverView(erin));
    QCOMPARE(SyncHarness::replica(*b), m_h->serverView(erin));
}

void SyncStoriesTest::rejectedMutationIsRolledBackWithItsReason()
{
    const Account fay = m_h->account(u"fay"_s);
    auto device = m_h->device(fay);
    QVERIFY(SyncHarness::sync(*device));
    device->setNetworkEnabled(false);
    // The client cannot know this account does not exist; the server can.
    const QString ghost = newId();
    QVERIFY(device->mutate(u"follow"_s, {{u"user_id"_s, ghost}}));
    QVERIFY(findRow(*device, u"follows"_s, fay.id + u':' + ghost).has_value()); // optimistic

    QSignalSpy rejected(device.get(), &SyncEngine::mutationRejected);
    device->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*device));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(2).toString(), u"user_not_found"_s);
    QVERIFY(!findRow(*device, u"follows"_s, fay.id + u':' + ghost).has_value()); // rolled back
    const auto reasons = device->rejections();
    QCOMPARE(reasons.size(), 1);
    QCOMPARE(reasons.first().name, u"follow"_s);
    QVERIFY(!reasons.first().message.isEmpty());
    QCOMPARE(device->pendingCount(), 0);
    QCOMPARE(SyncHarness::replica(*device), m_h->serverView(fay));
}

void SyncStoriesTest::duplicatePushIsNotAppliedTwice()
{
    const Account gus = m_h->account(u"gus"_s);
    const QString draft = newId();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject batch {
        {u"client_id"_s, u"replay-client-1"_s},
        {u"schema_version"_s, 1},
        {u"mutations"_s,
         QJsonArray {
             QJsonObject {{u"seq"_s, 1},
                          {u"name"_s, u"saveDraft"_s},
                          {u"version"_s, 1},
                          {u"args"_s, QJsonObject {{u"id"_s, draft}, {u"body"_s, u"once"_s}}},
                          {u"hlc"_s, Souk::Sync::Hlc {now + 0, 0, u"replay"_s}.toString()}},
             QJsonObject {{u"seq"_s, 2},
                          {u"name"_s, u"follow"_s},
                          {u"version"_s, 1},
                          {u"args"_s, QJsonObject {{u"user_id"_s, gus.id}}},
                          {u"hlc"_s, Souk::Sync::Hlc {now + 1, 0, u"replay"_s}.toString()}}}}};
    const QUrl push = m_h->server().url(u"/api/v1/sync/push"_s);
    const HttpReply first = m_h->http().post(push, batch, gus.accessToken);
    QCOMPARE(first.status, 200);
    const QJsonArray r1 = first.json.value(u"results"_s).toArray();
    QVERIFY2(r1.at(0).toObject().value(u"status"_s).toString() == u"applied"_s,
             QJsonDocument(first.json).toJson().constData());
    QCOMPARE(r1.at(1).toObject().value(u"status"_s).toString(), u"rejected"_s);
    const QStringList before = databaseSnapshot(m_h->server().databasePath());

    const HttpReply again = m_h->http().post(push, batch, gus.accessToken);
    QCOMPARE(again.status, 200);
    const QJsonArray r2 = again.json.value(u"results"_s).toArray();
    QCOMPARE(r2.at(0).toObject().value(u"status"_s).toString(), u"duplicate"_s);
    QVERIFY(!r2.at(0).toObject().contains(u"error"_s)); // applied then: no record, no reason
    QCOMPARE(r2.at(1).toObject().value(u"status"_s).toString(), u"duplicate"_s);
    // The replayed rejection still says why.
    QCOMPARE(r2.at(1).toObject().value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"cannot_follow_self"_s);
    QCOMPARE(again.json.value(u"last_seq"_s).toInt(), 2);
    QCOMPARE(databaseSnapshot(m_h->server().databasePath()).filter(u"sync_rows"_s),
             before.filter(u"sync_rows"_s));
    QCOMPARE(databaseSnapshot(m_h->server().databasePath()).filter(u"drafts"_s),
             before.filter(u"drafts"_s));
}

void SyncStoriesTest::serverKilledDuringPushLosesNothing()
{
    const Account hal = m_h->account(u"hal"_s);
    auto device = m_h->device(hal);
    QVERIFY(SyncHarness::sync(*device));
    device->setNetworkEnabled(false);
    QStringList ids;
    for (int i = 0; i < 600; ++i) {
        ids << newId();
        QVERIFY(device->mutate(u"saveDraft"_s,
                               {{u"id"_s, ids.last()}, {u"body"_s, u"note %1"_s.arg(i)}}));
    }
    device->setNetworkEnabled(true);
    QTest::qWait(15); // a push is on its way
    QVERIFY(m_h->restartServer(true));
    QVERIFY(SyncHarness::sync(*device, 30000));
    QCOMPARE(device->pendingCount(), 0);
    // Every draft exactly once, with its text; every seq processed, none refused.
    const QString db = m_h->server().databasePath();
    QCOMPARE(
        queryValue(db, u"SELECT COUNT(*) FROM drafts WHERE owner_id = '%1'"_s.arg(hal.id)).toInt(),
        600);
    QCOMPARE(queryValue(db,
                        u"SELECT COUNT(*) FROM sync_results WHERE client_id = '%1'"_s.arg(
                            device->clientId()))
                 .toInt(),
             0);
    QCOMPARE(queryValue(db,
                        u"SELECT last_seq FROM sync_clients WHERE client_id = '%1'"_s.arg(
                            device->clientId()))
                 .toInt(),
             600);
    QCOMPARE(findRow(*device, u"drafts"_s, ids.at(599))->fields.value(u"body"_s).toString(),
             u"note 599"_s);
    QCOMPARE(SyncHarness::replica(*device), m_h->serverView(hal));
}

void SyncStoriesTest::clientKilledDuringSyncKeepsItsOutbox()
{
    const Account ida = m_h->account(u"ida"_s);
    const QString db = m_h->newDbPath();
    const QString cli = QStringLiteral(SOUK_CLI_BINARY);
    const QStringList common {
        u"--db"_s, db, u"--server"_s, m_h->server().url(u""_s).toString(), u"--user"_s, u"ida"_s};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SOUK_PASSWORD"_s, ida.password);
    auto runCli = [&](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(cli, common + args);
        p.waitForFinished(30000);
        return p.exitCode();
    };
    QCOMPARE(runCli({u"sync"_s}), 0);
    QStringList ids;
    for (int i = 0; i < 40; ++i) {
        ids << newId();
        QCOMPARE(
            runCli({u"--offline"_s, u"mutate"_s, u"saveDraft"_s,
                    QString::fromUtf8(QJsonDocument(QJsonObject {{u"id"_s, ids.last()},
                                                                 {u"body"_s, u"kept %1"_s.arg(i)}})
                                          .toJson(QJsonDocument::Compact))}),
            0);
    }
    // Kill a sync in flight, several times over.
    for (int delay : {5, 20, 60}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(cli, common + QStringList {u"sync"_s});
        QVERIFY(p.waitForStarted());
        QTest::qWait(delay);
        p.kill();
        p.waitForFinished();
    }
    // Whatever the server has not confirmed is still in the outbox.
    {
        SyncEngine reopened({db, m_h->server().url(u""_s)});
        QVERIFY(reopened.open());
        const QString serverDb = m_h->server().databasePath();
        for (const QString &id : std::as_const(ids)) {
            const bool onServer =
                queryValue(serverDb, u"SELECT COUNT(*) FROM drafts WHERE id = '%1'"_s.arg(id))
                    .toInt()
                == 1;
            bool queued = false;
            for (const auto &e : reopened.outbox())
                queued = queued || e.args.value(u"id"_s).toString() == id;
            QVERIFY2(onServer || queued, qPrintable(id));
        }
    }
    QCOMPARE(runCli({u"sync"_s}), 0);
    auto device = m_h->device(ida, db);
    QVERIFY(SyncHarness::sync(*device));
    QCOMPARE(device->pendingCount(), 0);
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(findRow(*device, u"drafts"_s, ids.at(i))->fields.value(u"body"_s).toString(),
                 u"kept %1"_s.arg(i));
    QCOMPARE(SyncHarness::replica(*device), m_h->serverView(ida));
}

void SyncStoriesTest::realtimePokeAndCatchUpAfterDrop()
{
    const Account jo = m_h->account(u"joan"_s);
    auto writer = m_h->device(jo);
    auto reader = m_h->device(jo);
    QVERIFY(SyncHarness::sync(*writer) && SyncHarness::sync(*reader));
    QTRY_COMPARE_WITH_TIMEOUT(reader->status(), SyncEngine::Status::Online, 5000);

    // Online: the change arrives by itself, in a delta frame on the socket, without a pull.
    QSignalSpy changed(reader.get(), &SyncEngine::changed);
    const int deltas = reader->deltasApplied();
    const QString id = newId();
    QVERIFY(writer->mutate(u"saveDraft"_s, {{u"id"_s, id}, {u"body"_s, u"live"_s}}));
    QTRY_VERIFY_WITH_TIMEOUT(findRow(*reader, u"drafts"_s, id).has_value(), 5000);
    QVERIFY(changed.size() >= 1);
    QCOMPARE(reader->deltasApplied(), deltas + 1);
    QCOMPARE(SyncHarness::replica(*reader), m_h->serverView(jo));

    // The socket drops; changes made meanwhile arrive by pull once it is back.
    reader->setNetworkEnabled(false);
    const QString missed = newId();
    QVERIFY(writer->mutate(u"saveDraft"_s, {{u"id"_s, missed}, {u"body"_s, u"while away"_s}}));
    QVERIFY(SyncHarness::sync(*writer));
    QTest::qWait(100);
    QVERIFY(!findRow(*reader, u"drafts"_s, missed).has_value());
    reader->setNetworkEnabled(true);
    QTRY_VERIFY_WITH_TIMEOUT(findRow(*reader, u"drafts"_s, missed).has_value(), 5000);
    QCOMPARE(SyncHarness::replica(*reader), m_h->serverView(jo));
}

void SyncStoriesTest::bucketResetKeepsTheOutbox()
{
    const Account kim = m_h->account(u"kim"_s);
    auto device = m_h->device(kim);
    const QString kept = newId();
    QVERIFY(device->mutate(u"saveDraft"_s, {{u"id"_s, kept}, {u"body"_s, u"synced"_s}}));
    QVERIFY(SyncHarness::sync(*device));
    device->setNetworkEnabled(false);
    const QString pending = newId();
    QVERIFY(device->mutate(u"saveDraft"_s, {{u"id"_s, pending}, {u"body"_s, u"not yet sent"_s}}));
    // The server compacts its history past this client's cursors: it must start over.
    QVERIFY(m_h->restartServer(false));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"compact"_s);
        db.setDatabaseName(m_h->server().databasePath());
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(
            u"UPDATE sync_state SET purged_before = version + 1, version = version + 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"compact"_s);
    device->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*device));
    QCOMPARE(findRow(*device, u"drafts"_s, kept)->fields.value(u"body"_s).toString(), u"synced"_s);
    QCOMPARE(findRow(*device, u"drafts"_s, pending)->fields.value(u"body"_s).toString(),
             u"not yet sent"_s);
    QCOMPARE(device->pendingCount(), 0);
    QCOMPARE(SyncHarness::replica(*device), m_h->serverView(kim));
}

void SyncStoriesTest::serverRestoredFromBackupKeepsTheOutbox()
{
    const Account max = m_h->account(u"max"_s);
    auto device = m_h->device(max);
    QVERIFY(device->mutate(u"saveDraft"_s, {{u"id"_s, newId()}, {u"body"_s, u"in the backup"_s}}));
    QVERIFY(SyncHarness::sync(*device));
    // A backup is taken, then more happens, then the operator restores the backup: the
    // device's cursors are now ahead of the server.
    QVERIFY(m_h->server().stop());
    const QString db = m_h->server().databasePath();
    // A file-level backup of a stopped server: the database and its write-ahead log.
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        QFile::remove(db + suffix + u".bak"_s);
        QVERIFY(!QFile::exists(db + suffix) || QFile::copy(db + suffix, db + suffix + u".bak"_s));
    }
    QVERIFY(m_h->restartServer(false));
    QVERIFY(
        device->mutate(u"saveDraft"_s, {{u"id"_s, newId()}, {u"body"_s, u"after the backup"_s}}));
    QVERIFY(SyncHarness::sync(*device));
    QVERIFY(m_h->server().stop());
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(db + suffix);
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        QVERIFY(!QFile::exists(db + suffix + u".bak"_s)
                || QFile::copy(db + suffix + u".bak"_s, db + suffix));
    }
    QVERIFY(m_h->restartServer(false));

    device->setNetworkEnabled(false);
    const QString pending = newId();
    QVERIFY(
        device->mutate(u"saveDraft"_s, {{u"id"_s, pending}, {u"body"_s, u"written offline"_s}}));
    device->setNetworkEnabled(true);
    QVERIFY2(SyncHarness::sync(*device), m_h->server().logs().right(3000).constData());
    QCOMPARE(findRow(*device, u"drafts"_s, pending)->fields.value(u"body"_s).toString(),
             u"written offline"_s);
    QCOMPARE(device->pendingCount(), 0);
    QCOMPARE(SyncHarness::replica(*device), m_h->serverView(max));
}

void SyncStoriesTest::restPatchGoesThroughTheMutator()
{
    const Account lee = m_h->account(u"lee"_s);
    auto device = m_h->device(lee);
    QVERIFY(SyncHarness::sync(*device));
    const HttpReply patched =
        m_h->http().patch(m_h->server().url(u"/api/v1/me"_s),
                          {{u"display_name"_s, u"Lee from the web"_s}}, lee.accessToken);
    QCOMPARE(patched.status, 200);
    // A REST write is a sync change like any other: it reaches the device by itself.
    QTRY_COMPARE_WITH_TIMEOUT(
        findRow(*device, u"profiles"_s, lee.id)->fields.value(u"display_name"_s).toString(),
        u"Lee from the web"_s, 5000);
    QVERIFY(rowsWhere(*device, u"conflicts"_s, u"row_id"_s, lee.id).isEmpty());
}

void SyncStoriesTest::engineRunsOnAWorkerThread()
{
    // The app keeps the engine and its SQLite connection off the UI thread.
    const Account nia = m_h->account(u"nia"_s);
    QThread worker;
    worker.start();
    SyncEngine::Options options;
    options.databasePath = m_h->newDbPath();
    options.server = QUrl(u"http://127.0.0.1:%1"_s.arg(m_h->port()));
    auto *engine = new SyncEngine(options);
    engine->moveToThread(&worker);
    QObject receiver; // signals arrive queued on this (the test's) thread
    std::atomic<int> synced = 0;
    connect(engine, &SyncEngine::synced, &receiver, [&synced] { ++synced; });
    Souk::Result<Souk::Ok> started = Souk::Error {};
    QMetaObject::invokeMethod(
        engine,
        [&] {
            started = engine->open();
            if (started)
                started = engine->setCredentials({nia.id, nia.accessToken, nia.refreshToken});
            engine->start();
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(started);
    const QString draft = newId();
    Souk::Result<qint64> seq = Souk::Error {};
    QThread *engineThread = nullptr;
    QMetaObject::invokeMethod(
        engine,
        [&] {
            seq =
                engine->mutate(u"saveDraft"_s, {{u"id"_s, draft}, {u"body"_s, u"from a worker"_s}});
            engineThread = QThread::currentThread();
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(seq);
    QCOMPARE(engineThread, &worker);
    QTRY_VERIFY_WITH_TIMEOUT(synced > 0, 10000);
    int pending = -1;
    QMetaObject::invokeMethod(
        engine, [&] { pending = engine->pendingCount(); }, Qt::BlockingQueuedConnection);
    QCOMPARE(pending, 0);
    bool onServer = false;
    for (const Row &row : m_h->serverView(nia).value(u"drafts"_s))
        onServer =
            onServer || (row.id == draft && row.fields.value(u"body"_s) == u"from a worker"_s);
    QVERIFY(onServer);
    QMetaObject::invokeMethod(
        engine, [engine] { delete engine; }, Qt::BlockingQueuedConnection);
    worker.quit();
    QVERIFY(worker.wait(5000));
}

void SyncStoriesTest::failingMutationIsQuarantinedAndDoesNotBlock()
{
    const Account ola = m_h->account(u"ola"_s);
    auto device = m_h->device(ola);
    QVERIFY(SyncHarness::sync(*device));
    device->setNetworkEnabled(false);
    // An outbox entry the server refuses every time (as if a buggy build had written it).
    const QString stuck = newId();
    const Souk::Result<qint64> stuckSeq =
        device->mutate(u"saveDraft"_s, {{u"id"_s, stuck}, {u"body"_s, u"stuck"_s}});
    QVERIFY(stuckSeq);
    QVERIFY(device->database().run(u"UPDATE _outbox SET hlc = 'not-a-clock' WHERE seq = ?"_s,
                                   {*stuckSeq}, "corrupt entry"));
    const QString behind = newId();
    QVERIFY(device->mutate(u"saveDraft"_s, {{u"id"_s, behind}, {u"body"_s, u"behind it"_s}}));
    QSignalSpy quarantined(device.get(), &SyncEngine::mutationQuarantined);
    device->setNetworkEnabled(true);
    QTRY_COMPARE_WITH_TIMEOUT(quarantined.size(), 1, 15000);
    QCOMPARE(quarantined.first().at(0).toLongLong(), *stuckSeq);
    QVERIFY(quarantined.first().at(2).toString().contains(u"400"_s));
    QVERIFY(SyncHarness::sync(*device));

    // The queue behind it went through; the stuck change is set aside, visible, not applied.
    auto server = m_h->serverView(ola);
    auto hasDraft = [](const QList<Row> &rows, const QString &id) {
        return std::any_of(rows.begin(), rows.end(), [&](const Row &r) { return r.id == id; });
    };
    QVERIFY(hasDraft(server.value(u"drafts"_s), behind));
    QVERIFY(!hasDraft(server.value(u"drafts"_s), stuck));
    QVERIFY(!findRow(*device, u"drafts"_s, stuck).has_value());
    const QList<SyncEngine::OutboxEntry> outbox = device->outbox();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox.first().status, u"quarantined"_s);
    QCOMPARE(device->pendingCount(), 0);
    QCOMPARE(SyncHarness::replica(*device), server);

    // "Retry" queues a fresh copy, which goes through.
    QVERIFY(device->retry(*stuckSeq));
    QVERIFY(SyncHarness::sync(*device));
    QVERIFY(device->outbox().isEmpty());
    server = m_h->serverView(ola);
    QVERIFY(hasDraft(server.value(u"drafts"_s), stuck));

    // A new device reports its initial download, ending with "done".
    auto fresh = m_h->device(ola, {}, false);
    QSignalSpy progress(fresh.get(), &SyncEngine::initialSyncProgress);
    QVERIFY(SyncHarness::sync(*fresh));
    QVERIFY(!progress.isEmpty());
    QVERIFY(progress.last().at(0).toLongLong() >= 3); // profile + two drafts
    QVERIFY(progress.last().at(1).toBool());
}

void SyncStoriesTest::compactedDeletionsResetAStaleDevice()
{
    // A server that keeps deletion markers for only 5 versions and compacts every second.
    SyncHarness h(
        relaxedLimits()
        + QStringList {u"--tombstone-retention"_s, u"5"_s, u"--compact-interval"_s, u"1"_s});
    QVERIFY2(h.startServer(), qPrintable(h.server().error()));
    const Account pia = h.account(u"pia"_s);
    auto stale = h.device(pia);
    auto active = h.device(pia);
    const QString doomed = newId();
    QVERIFY(stale->mutate(u"saveDraft"_s, {{u"id"_s, doomed}, {u"body"_s, u"soon deleted"_s}}));
    QVERIFY(SyncHarness::sync(*stale));
    QVERIFY(SyncHarness::sync(*active));
    stale->setNetworkEnabled(false);

    // While the stale device is away, the draft is deleted and plenty else happens.
    QVERIFY(active->mutate(u"deleteDraft"_s, {{u"id"_s, doomed}}));
    for (int i = 0; i < 10; ++i)
        QVERIFY(active->mutate(u"saveDraft"_s,
                               {{u"id"_s, newId()}, {u"body"_s, u"later %1"_s.arg(i)}}));
    QVERIFY(SyncHarness::sync(*active));
    // Wait for a compaction to purge the deletion marker.
    QTRY_VERIFY2_WITH_TIMEOUT(h.server().logs().contains("sync log compacted"),
                              h.server().logs().right(2000).constData(), 10000);

    const QString offline = newId();
    QVERIFY(stale->mutate(u"saveDraft"_s, {{u"id"_s, offline}, {u"body"_s, u"written away"_s}}));
    stale->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*stale));
    // It learnt about the deletion it could no longer be told about, and kept its own change.
    QVERIFY(!findRow(*stale, u"drafts"_s, doomed).has_value());
    QCOMPARE(findRow(*stale, u"drafts"_s, offline)->fields.value(u"body"_s).toString(),
             u"written away"_s);
    QCOMPARE(SyncHarness::replica(*stale), h.serverView(pia));
}

void SyncStoriesTest::aLongBucketBelowTheHorizonIsReadInPages()
{
    // Found by review: a pull started a bucket again whenever its cursor was below the global
    // horizon of purged tombstones, including the cursor the server had just handed out in
    // the middle of a long bucket. A new device then got the same first page forever.
    SyncHarness h(
        relaxedLimits()
        + QStringList {u"--tombstone-retention"_s, u"5"_s, u"--compact-interval"_s, u"1"_s});
    QVERIFY2(h.startServer(), qPrintable(h.server().error()));
    const Account quinn = h.account(u"quinn"_s);
    auto writer = h.device(quinn);
    QStringList drafts;
    for (int i = 0; i < 30; ++i) {
        drafts << newId();
        QVERIFY(writer->mutate(u"saveDraft"_s,
                               {{u"id"_s, drafts.last()}, {u"body"_s, u"draft %1"_s.arg(i)}}));
    }
    // Another account's tombstones move the horizon past all of quinn's drafts.
    const Account rhys = h.account(u"rhys"_s);
    auto other = h.device(rhys);
    for (int i = 0; i < 10; ++i) {
        const QString id = newId();
        QVERIFY(other->mutate(u"saveDraft"_s, {{u"id"_s, id}, {u"body"_s, u"gone"_s}}));
        QVERIFY(other->mutate(u"deleteDraft"_s, {{u"id"_s, id}}));
    }
    QVERIFY(SyncHarness::sync(*writer));
    QVERIFY(SyncHarness::sync(*other));
    QTRY_VERIFY2_WITH_TIMEOUT(h.server().logs().contains("sync log compacted"),
                              h.server().logs().right(2000).constData(), 10000);

    // A fresh client reads quinn's bucket ten rows at a time.
    const QString bucket = u"user:"_s + quinn.id;
    qint64 cursor = 0;
    QSet<QString> seen;
    for (int page = 0; page < 10; ++page) {
        QUrl url = h.server().url(u"/api/v1/sync/pull"_s);
        url.setQuery(u"client_id=quinn-fresh&schema_version=%1&limit=10&cursor=%2@%3"_s
                         .arg(Souk::Sync::SyncSchemaVersion)
                         .arg(bucket)
                         .arg(cursor));
        const HttpReply reply = h.http().get(url, quinn.accessToken);
        QVERIFY2(reply.status == 200, reply.body.constData());
        const QJsonObject state =
            reply.json.value(u"buckets"_s).toObject().value(bucket).toObject();
        QVERIFY2(!state.value(u"reset"_s).toBool() || cursor == 0, reply.body.constData());
        for (const QJsonValue &change : reply.json.value(u"changes"_s).toArray()) {
            if (change.toObject().value(u"table"_s).toString() == u"drafts"_s)
                seen.insert(change.toObject().value(u"id"_s).toString());
        }
        cursor = state.value(u"cursor"_s).toInteger();
        if (!state.value(u"has_more"_s).toBool())
            break;
    }
    QCOMPARE(seen, QSet<QString>(drafts.begin(), drafts.end()));
}

void SyncStoriesTest::clearingTheCacheKeepsUnsentChanges()
{
    const Account una = m_h->account(u"una"_s);
    auto device = m_h->device(una);
    const QString synced = newId();
    QVERIFY(device->mutate(u"saveDraft"_s, {{u"id"_s, synced}, {u"body"_s, u"on the server"_s}}));
    QVERIFY(SyncHarness::sync(*device));
    device->setNetworkEnabled(false);
    const QString unsent = newId();
    QVERIFY(device->mutate(u"saveDraft"_s, {{u"id"_s, unsent}, {u"body"_s, u"not sent yet"_s}}));
    QVERIFY(device->cacheBytes() > 0);

    QVERIFY(device->clearCache());
    // Offline: the server's rows are gone from the cache, the unsent change is still shown.
    QVERIFY(!findRow(*device, u"drafts"_s, synced).has_value());
    QCOMPARE(findRow(*device, u"drafts"_s, unsent)->fields.value(u"body"_s).toString(),
             u"not sent yet"_s);
    QCOMPARE(device->pendingCount(), 1);

    device->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*device));
    QVERIFY(findRow(*device, u"drafts"_s, synced).has_value());
    QVERIFY(findRow(*device, u"drafts"_s, unsent).has_value());
    QCOMPARE(SyncHarness::replica(*device), m_h->serverView(una));
}

void SyncStoriesTest::expiredAccessTokenIsRefreshedSilently()
{
    // Access tokens that live one second.
    SyncHarness h(relaxedLimits() + QStringList {u"--access-token-ttl"_s, u"1"_s});
    QVERIFY2(h.startServer(), qPrintable(h.server().error()));
    const Account vera = h.account(u"vera"_s);
    auto device = h.device(vera, {}, false);
    QVERIFY(SyncHarness::sync(*device));
    QSignalSpy refreshed(device.get(), &SyncEngine::credentialsChanged);
    QSignalSpy signedOut(device.get(), &SyncEngine::signedOut);
    QTest::qWait(1500);
    const QString draft = newId();
    QVERIFY(device->mutate(u"saveDraft"_s, {{u"id"_s, draft}, {u"body"_s, u"after expiry"_s}}));
    QVERIFY(SyncHarness::sync(*device));
    QCOMPARE(signedOut.size(), 0);
    QVERIFY(refreshed.size() >= 1);
    const auto fresh = refreshed.last().at(0).value<SyncEngine::Credentials>();
    QVERIFY(fresh.accessToken != vera.accessToken);
    QVERIFY(fresh.refreshToken != vera.refreshToken); // rotated
    QCOMPARE(device->pendingCount(), 0);
}

QTEST_GUILESS_MAIN(SyncStoriesTest)
#include "tst_sync_stories.moc"
