// Nothing acknowledged is lost when the server is killed: register, SIGKILL, restart, log in.
#include "ApiFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Souk::Test;

class RestartTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedWritesSurviveSigkill();
    void cleanShutdownOnSigterm();
    void aFailedWalSyncStopsTheServerUnanswered();
};

void RestartTest::acknowledgedWritesSurviveSigkill()
{
    QTemporaryDir dir;
    HttpClient http;
    Account a;
    QByteArray profileBio = "written just before the crash";
    {
        ServerProcess server(relaxedLimits(), dir.path());
        QVERIFY2(server.start(), qPrintable(server.error()));
        a = registerAccount(http, server, u"survivor"_s);
        QVERIFY(!a.id.isEmpty());
        QCOMPARE(http.patch(server.url(u"/api/v1/me"_s),
                            {{u"bio"_s, QString::fromLatin1(profileBio)}}, a.accessToken)
                     .status,
                 200);
        server.kill(); // no chance to flush or close anything
    }
    ServerProcess again(relaxedLimits(), dir.path());
    QVERIFY2(again.start(), qPrintable(again.error()));
    const Account back = login(http, again, u"survivor"_s, a.password);
    QCOMPARE(back.id, a.id);
    // The session issued before the crash is still valid, and so is the profile edit.
    const HttpReply me = http.get(again.url(u"/api/v1/me"_s), a.accessToken);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(u"bio"_s).toString().toLatin1(), profileBio);
}

void RestartTest::cleanShutdownOnSigterm()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    QVERIFY(server.stop());
    QVERIFY(server.logs().contains("shutting down"));
}

QTEST_GUILESS_MAIN(RestartTest)
#include "tst_restart.moc"

void RestartTest::aFailedWalSyncStopsTheServerUnanswered()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("the sanitizer's runtime must be the first library loaded; the shim would be");
#endif
    // The writer commits without syncing and a second thread syncs the WAL before anything is
    // answered (GroupCommit.h). When that sync fails, nothing of the group may be answered,
    // and the server stops rather than acknowledge later commits whose earlier frames the
    // disk may not hold. Restarted, it answers a retry of the same push once.
    QTemporaryDir dir;
    const QString flag = dir.filePath(u"fail-sync"_s);
    const QString data = dir.filePath(u"data"_s);
    HttpClient http;
    qputenv("SOUK_TEST_FAIL_SYNC", flag.toUtf8());
    qputenv("LD_PRELOAD", SOUK_FAILING_FDATASYNC);
    auto server = std::make_unique<ServerProcess>(relaxedLimits(), data);
    const bool started = server->start();
    qunsetenv("LD_PRELOAD");
    QVERIFY2(started, qPrintable(server->error()));
    const Account a = registerAccount(http, *server, u"unsynced"_s);
    QVERIFY(!a.id.isEmpty());

    const QString draftId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject push {
        {u"client_id"_s, u"sync-fail-client"_s},
        {u"schema_version"_s, 1},
        {u"mutations"_s,
         QJsonArray {QJsonObject {
             {u"seq"_s, 1},
             {u"name"_s, u"saveDraft"_s},
             {u"version"_s, 1},
             {u"args"_s, QJsonObject {{u"id"_s, draftId}, {u"body"_s, u"kept or not"_s}}},
             {u"hlc"_s, u"0000000000001-00000000-syncfail"_s}}}}};
    QFile flagFile(flag);
    QVERIFY(flagFile.open(QIODevice::WriteOnly)); // from now on, every fdatasync() fails
    const HttpReply unsynced = http.post(server->url(u"/api/v1/sync/push"_s), push, a.accessToken);
    QVERIFY2(unsynced.status != 200, "a push answered although its WAL sync failed");
    QTRY_VERIFY_WITH_TIMEOUT(server->logs().contains("WAL sync failed; stopping"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(http.get(server->url(u"/readyz"_s)).status == 0, 10000);
    QFile::remove(flag);
    qunsetenv("SOUK_TEST_FAIL_SYNC");

    server = std::make_unique<ServerProcess>(relaxedLimits(), data);
    QVERIFY2(server->start(), qPrintable(server->error()));
    // Whether the disk kept the first attempt or not, the retry is answered, and the draft
    // is there.
    const HttpReply retried = http.post(server->url(u"/api/v1/sync/push"_s), push, a.accessToken);
    QCOMPARE(retried.status, 200);
    const QString status =
        retried.json.value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString();
    QVERIFY2(status == u"applied"_s || status == u"duplicate"_s, qPrintable(status));
    const HttpReply pulled =
        http.get(server->url(u"/api/v1/sync/pull?client_id=sync-fail-client&schema_version=1"_s),
                 a.accessToken);
    QCOMPARE(pulled.status, 200);
    QVERIFY(pulled.body.contains(draftId.toUtf8())); // one row: the id is its key
}
