// Operations: health and readiness probes, Prometheus metrics, and structured logs that
// carry request ids and never a password or token.
#include "ApiFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Souk::Test;

class OperationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probes();
    void metricsCountRequestsByRouteAndStatus();
    void metricsCountTheWritePath();
    void logsAreJsonWithRequestIdsAndNoSecrets();
    void aStopLeavesNoWarnings();

private:
    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
};

void OperationsTest::initTestCase()
{
    m_server = std::make_unique<ServerProcess>(relaxedLimits());
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void OperationsTest::probes()
{
    const HttpReply health = m_http.get(m_server->url(u"/healthz"_s));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(u"status"_s).toString(), u"ok"_s);
    const HttpReply ready = m_http.get(m_server->url(u"/readyz"_s));
    QCOMPARE(ready.status, 200);
    QCOMPARE(ready.json.value(u"status"_s).toString(), u"ready"_s);
}

void OperationsTest::metricsCountRequestsByRouteAndStatus()
{
    for (int i = 0; i < 3; ++i)
        m_http.get(m_server->url(u"/api/v1/users/nobody"_s), "sat_garbage");
    const HttpReply metrics = m_http.get(m_server->url(u"/metrics"_s));
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.header("content-type").startsWith("text/plain"));
    const QByteArray text = metrics.body;
    QVERIFY2(
        text.contains(
            R"(souk_http_requests_total{method="GET",route="/api/v1/users/{username}",status="401"} 3)"),
        text.constData());
    QVERIFY(text.contains(
        R"(souk_http_request_duration_seconds_count{method="GET",route="/api/v1/users/{username}"} 3)"));
    QVERIFY(text.contains(R"(le="+Inf")"));
    // The gauge counts at least the connection this request came on.
    const QByteArray gauge = "\nsouk_http_open_connections ";
    const qsizetype at = text.indexOf(gauge);
    QVERIFY(at > 0);
    const qsizetype from = at + gauge.size();
    QVERIFY(text.mid(from, text.indexOf('\n', from) - from).toInt() >= 1);
}

//! The value of an unlabelled metric in /metrics, or -1 when it is missing.
static qint64 metric(HttpClient &http, const ServerProcess &server, const QByteArray &name)
{
    const QByteArray text = http.get(server.url(u"/metrics"_s)).body;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toLongLong();
    }
    return -1;
}

void OperationsTest::metricsCountTheWritePath()
{
    // A push of two drafts: one more commit, one more job, and pages written to the WAL.
    const Account a = registerAccount(m_http, *m_server, u"counted"_s);
    const qint64 commits = metric(m_http, *m_server, "souk_sync_commits_total");
    const qint64 jobs = metric(m_http, *m_server, "souk_sync_commit_jobs_total");
    const qint64 pages = metric(m_http, *m_server, "souk_sync_wal_pages_total");
    const qint64 syncs = metric(m_http, *m_server, "souk_sync_wal_syncs_total");
    QVERIFY(commits >= 0 && jobs >= 0 && pages >= 0 && syncs >= 0);
    QJsonArray mutations;
    for (int i = 1; i <= 2; ++i)
        mutations.append(QJsonObject {
            {u"seq"_s, i},
            {u"name"_s, u"saveDraft"_s},
            {u"version"_s, 1},
            {u"args"_s,
             QJsonObject {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                          {u"body"_s, u"draft %1"_s.arg(i)}}},
            {u"hlc"_s, u"0000000000001-00000000-metrics"_s}});
    const HttpReply pushed = m_http.post(m_server->url(u"/api/v1/sync/push"_s),
                                         {{u"client_id"_s, u"metrics-client-1"_s},
                                          {u"schema_version"_s, 1}, // the sync protocol's version
                                          {u"mutations"_s, mutations}},
                                         a.accessToken);
    QCOMPARE(pushed.status, 200);
    QCOMPARE(metric(m_http, *m_server, "souk_sync_commits_total"), commits + 1);
    QCOMPARE(metric(m_http, *m_server, "souk_sync_commit_jobs_total"), jobs + 1);
    QVERIFY(metric(m_http, *m_server, "souk_sync_wal_pages_total") > pages);
    // The push was answered only after a sync of the WAL that began after its commit (the
    // writer commits without syncing; GroupCommit.h).
    QVERIFY(metric(m_http, *m_server, "souk_sync_wal_syncs_total") > syncs);
}

void OperationsTest::logsAreJsonWithRequestIdsAndNoSecrets()
{
    const QString password = u"very-secret-passphrase-42"_s;
    const Account a = registerAccount(m_http, *m_server, u"logged"_s, password);
    QVERIFY(!a.accessToken.isEmpty());
    const Account b = login(m_http, *m_server, u"logged"_s, password);
    m_http.post(m_server->url(u"/api/v1/auth/login"_s),
                {{u"login"_s, u"logged"_s}, {u"password"_s, u"wrong-but-secret-too"_s}});
    const HttpReply rotated =
        m_http.post(m_server->url(u"/api/v1/auth/refresh"_s),
                    {{u"refresh_token"_s, QString::fromLatin1(b.refreshToken)}});
    const HttpReply traced = m_http.send("GET", m_server->url(u"/api/v1/me"_s), {}, a.accessToken,
                                         {}, {{"X-Request-Id", "trace-me-1"}});
    m_http.post(m_server->url(u"/api/v1/me/password"_s),
                {{u"current_password"_s, password}, {u"new_password"_s, u"another-secret-77"_s}},
                a.accessToken);
    QTest::qWait(200);

    const QByteArray logs = m_server->logs();
    const QByteArrayList secrets {password.toUtf8(),
                                  "wrong-but-secret-too",
                                  "another-secret-77",
                                  a.accessToken,
                                  a.refreshToken,
                                  b.accessToken,
                                  b.refreshToken,
                                  rotated.json.value(u"access_token"_s).toString().toLatin1(),
                                  rotated.json.value(u"refresh_token"_s).toString().toLatin1()};
    for (const QByteArray &secret : secrets) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!logs.contains(secret), secret.constData());
    }
    bool sawTrace = false;
    int lines = 0;
    for (const QByteArray &line : logs.split('\n')) {
        if (line.isEmpty())
            continue;
        ++lines;
        QJsonParseError error;
        const QJsonObject entry = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        QVERIFY(entry.contains(u"ts"_s) && entry.contains(u"level"_s) && entry.contains(u"msg"_s));
        if (entry.value(u"request_id"_s).toString() == u"trace-me-1"_s) {
            sawTrace = true;
            QCOMPARE(entry.value(u"status"_s).toInt(), 200);
            QCOMPARE(entry.value(u"route"_s).toString(), u"/api/v1/me"_s);
            QCOMPARE(entry.value(u"user_id"_s).toString(), a.id);
        }
    }
    QVERIFY(lines > 5);
    QVERIFY(sawTrace);
    QCOMPARE(traced.header("x-request-id"), QByteArray("trace-me-1"));
}

void OperationsTest::aStopLeavesNoWarnings()
{
    // Demo data is written through the sync store on the main thread, requests on workers:
    // both keep prepared statements per connection, and all must be gone before the database
    // closes (Qt warns "connection ... is still in use" otherwise).
    ServerProcess server(relaxedLimits() + QStringList {u"--demo-data"_s, u"true"_s});
    QVERIFY2(server.start(), qPrintable(server.error()));
    const Account a = login(m_http, server, u"layla"_s, u"souk-demo-2026"_s);
    QCOMPARE(m_http.send("GET", server.url(u"/api/v1/users/omar"_s), {}, a.accessToken).status,
             200);
    QVERIFY(server.stop());
    const QByteArray logs = server.logs();
    QVERIFY2(!logs.contains(R"("level":"warning")") && !logs.contains(R"("level":"error")"),
             logs.constData());
}

QTEST_GUILESS_MAIN(OperationsTest)
#include "tst_operations.moc"
