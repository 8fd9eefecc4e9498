// Nothing acknowledged is lost when the server is killed: register, SIGKILL, restart, log in.
#include "ApiFixture.h"

using namespace Qt::StringLiterals;
using namespace Souk::Test;

class RestartTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedWritesSurviveSigkill();
    void cleanShutdownOnSigterm();
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
