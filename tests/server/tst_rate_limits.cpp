// Rate limits: failed logins per address and account, registrations per address, and the
// general per-token budget. Refused requests answer 429 with Retry-After and change nothing.
// Who "the address" is: the peer, or behind a trusted proxy the client it names; a bearer token
// gets its own budget only once the server has seen it valid. WebSocket frames have a budget.
#include "ApiFixture.h"
#include "RealtimeSocket.h"

#include <QUuid>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace Souk::Test;

class RateLimitsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedLoginsAreLimited();
    void registrationsAreCappedPerAddress();
    void tokensHaveABudget();
    void junkBearerTokensShareTheAddressBudget();
    void junkBearerTokensDoNotEscapeTheLoginLimits();
    void loginLimitCountsTheAccountWhicheverIdentifier();
    void forwardedForIsIgnoredWithoutTrustedProxies();
    void trustedProxyGivesEachClientItsOwnBudget();
    void metricsAreJudgedOnTheForwardedClient();
    void failedLoginsFromOneClientDoNotLockOutTheOwner();
    void webSocketFramesHaveABudget();
    void freshConversationIdsDoNotSkipTheTypingThrottle();

private:
    //! GET /readyz (a worker route with no authentication) with these headers.
    static HttpReply ready(HttpClient &http, const ServerProcess &server,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        return http.send("GET", server.url(u"/readyz"_s), {}, {}, {}, headers);
    }
    static QByteArray junkToken()
    {
        return "junk-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    }
};

void RateLimitsTest::failedLoginsAreLimited()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    HttpClient http;
    const Account target = registerAccount(http, server, u"target"_s);
    const Account bystander = registerAccount(http, server, u"bystander"_s);
    auto attempt = [&](const QString &login, const QString &password) {
        return http.post(server.url(u"/api/v1/auth/login"_s),
                         {{u"login"_s, login}, {u"password"_s, password}});
    };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(attempt(u"target"_s, u"guess-number-%1"_s.arg(i)).status, 401);
    const QStringList before = databaseSnapshot(server.databasePath());
    const HttpReply limited = attempt(u"target"_s, u"guess-number-6"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), u"rate_limited"_s);
    QVERIFY(limited.header("retry-after").toInt() >= 1);
    // Even the right password waits: the limit is checked before the password.
    QCOMPARE(attempt(u"target"_s, target.password).status, 429);
    QCOMPARE(databaseSnapshot(server.databasePath()), before);
    // Another account from the same address is not affected.
    QCOMPARE(attempt(u"bystander"_s, bystander.password).status, 200);
}

void RateLimitsTest::registrationsAreCappedPerAddress()
{
    ServerProcess server({u"--rate-registrations"_s, u"3"_s});
    QVERIFY2(server.start(), qPrintable(server.error()));
    HttpClient http;
    for (int i = 0; i < 3; ++i)
        QVERIFY(!registerAccount(http, server, u"user%1"_s.arg(i)).id.isEmpty());
    const QStringList before = databaseSnapshot(server.databasePath());
    const HttpReply refused = http.post(server.url(u"/api/v1/auth/register"_s),
                                        {{u"username"_s, u"user4"_s},
                                         {u"email"_s, u"user4@example.com"_s},
                                         {u"password"_s, u"a-fine-password"_s}});
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("retry-after").toInt() > 60);
    QCOMPARE(databaseSnapshot(server.databasePath()), before);
}

void RateLimitsTest::tokensHaveABudget()
{
    ServerProcess server({u"--rate-requests"_s, u"5"_s});
    QVERIFY2(server.start(), qPrintable(server.error()));
    HttpClient http;
    const Account a = registerAccount(http, server, u"busy"_s);
    const Account b = registerAccount(http, server, u"calm"_s);
    // A new token's first request counts as its address's: only then does the server know the
    // token is valid and give it a budget of its own (junk tokens get none).
    QCOMPARE(http.get(server.url(u"/api/v1/me"_s), a.accessToken).status, 200);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(http.get(server.url(u"/api/v1/me"_s), a.accessToken).status, 200);
    const HttpReply limited = http.get(server.url(u"/api/v1/me"_s), a.accessToken);
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.header("retry-after").isEmpty());
    QCOMPARE(http.get(server.url(u"/api/v1/me"_s), b.accessToken).status, 200);
}

void RateLimitsTest::junkBearerTokensShareTheAddressBudget()
{
    // Review finding 5: the budget used to be charged to any token's hash before the token was
    // checked, so a new junk token per request meant no limit at all.
    ServerProcess server({u"--rate-anonymous"_s, u"6"_s, u"--rate-requests"_s, u"1000"_s});
    QVERIFY2(server.start(), qPrintable(server.error()));
    HttpClient http;
    const Account a = registerAccount(http, server, u"genuine"_s); // 1 of the address's 6
    QCOMPARE(http.get(server.url(u"/api/v1/me"_s), a.accessToken).status, 200); // 2: not yet known
    for (int i = 0; i < 4; ++i) {
        const HttpReply r = ready(http, server, {{"Authorization", "Bearer " + junkToken()}});
        QCOMPARE(r.status, 200);
    }
    const QStringList before = databaseSnapshot(server.databasePath());
    // The seventh request from this address, whatever token it carries, is one too many.
    const HttpReply limited = ready(http, server, {{"Authorization", "Bearer " + junkToken()}});
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.header("retry-after").isEmpty());
    QCOMPARE(ready(http, server, {}).status, 429);
    // A junk token on a route that needs one is refused, and charged to the address too.
    QCOMPARE(http.get(server.url(u"/api/v1/me"_s), junkToken()).status, 429);
    QCOMPARE(databaseSnapshot(server.databasePath()), before);
    // A token the server has seen valid keeps its own budget.
    QCOMPARE(http.get(server.url(u"/api/v1/me"_s), a.accessToken).status, 200);
}

void RateLimitsTest::junkBearerTokensDoNotEscapeTheLoginLimits()
{
    ServerProcess server({u"--rate-anonymous"_s, u"5"_s, u"--rate-login-failures"_s, u"1000"_s});
    QVERIFY2(server.start(), qPrintable(server.error()));
    HttpClient http;
    auto attempt = [&](int i) {
        return http.send("POST", server.url(u"/api/v1/auth/login"_s),
                         toJson({{u"login"_s, u"victim%1"_s.arg(i)}, {u"password"_s, u"guess"_s}}),
                         junkToken());
    };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(attempt(i).status, 401);
    const QStringList before = databaseSnapshot(server.databasePath());
    QCOMPARE(attempt(5).status, 429);
    QCOMPARE(attempt(6).status, 429);
    QCOMPARE(databaseSnapshot(server.databasePath()), before);
}

void RateLimitsTest::loginLimitCountsTheAccountWhicheverIdentifier()
{
    // Finding (c): username and e-mail used to be separate buckets for one account.
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    HttpClient http;
    const Account owner = registerAccount(http, server, u"dual"_s);
    auto attempt = [&](const QString &login, const QString &password) {
        return http.post(server.url(u"/api/v1/auth/login"_s),
                         {{u"login"_s, login}, {u"password"_s, password}});
    };
    for (int i = 0; i < 3; ++i)
        QCOMPARE(attempt(u"dual"_s, u"wrong-%1"_s.arg(i)).status, 401);
    QCOMPARE(attempt(u"dual@example.com"_s, u"wrong-3"_s).status, 401);
    QCOMPARE(attempt(u"DUAL@Example.com"_s, u"wrong-4"_s).status, 401);
    // The account's five tries are spent, whichever identifier is used: no more tries, even with
    // the right password, and the answer a wrong password gets. (A 429 said for the account
    // would tell that the username and the e-mail are one account.)
    const QStringList before = databaseSnapshot(server.databasePath());
    QCOMPARE(attempt(u"Dual@example.com"_s, u"wrong-5"_s).status, 401);
    const HttpReply right = attempt(u"dual@example.com"_s, owner.password);
    QCOMPARE(right.status, 401);
    QCOMPARE(right.errorCode(), u"invalid_credentials"_s);
    QCOMPARE(databaseSnapshot(server.databasePath()), before);
    // 429 comes for an identifier as typed, after its own five failures.
    QCOMPARE(attempt(u"dual"_s, u"wrong-6"_s).status, 401);
    QCOMPARE(attempt(u"dual"_s, u"wrong-7"_s).status, 401);
    QCOMPARE(attempt(u"dual"_s, u"wrong-8"_s).status, 429);
    // Unknown accounts are limited just the same (nothing tells them apart).
    for (int i = 0; i < 5; ++i)
        QCOMPARE(attempt(u"nobody"_s, u"wrong-%1"_s.arg(i)).status, 401);
    QCOMPARE(attempt(u"nobody"_s, u"wrong-5"_s).status, 429);
}

void RateLimitsTest::forwardedForIsIgnoredWithoutTrustedProxies()
{
    ServerProcess server({u"--rate-anonymous"_s, u"3"_s});
    QVERIFY2(server.start(), qPrintable(server.error()));
    HttpClient http;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(
            ready(http, server, {{"X-Forwarded-For", "203.0.113." + QByteArray::number(i)}}).status,
            200);
    // A made-up client address is no new budget.
    QCOMPARE(ready(http, server, {{"X-Forwarded-For", "198.51.100.7"}}).status, 429);
    QCOMPARE(ready(http, server, {{"Forwarded", "for=198.51.100.8"}}).status, 429);
    QCOMPARE(ready(http, server, {}).status, 429);
}

void RateLimitsTest::trustedProxyGivesEachClientItsOwnBudget()
{
    // Finding 16: behind a reverse proxy every client used to share the proxy's address.
    ServerProcess server(
        {u"--rate-anonymous"_s, u"3"_s, u"--trusted-proxies"_s, u"10.9.9.9, 127.0.0.1/32"_s});
    QVERIFY2(server.start(), qPrintable(server.error()));
    HttpClient http;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(ready(http, server, {{"X-Forwarded-For", "203.0.113.7"}}).status, 200);
    QCOMPARE(ready(http, server, {{"X-Forwarded-For", "203.0.113.7"}}).status, 429);
    // What the client wrote itself is to the left of what the proxy appended: ignored.
    QCOMPARE(ready(http, server, {{"X-Forwarded-For", "198.51.100.1, 203.0.113.7"}}).status, 429);
    // Trusted hops on the right are skipped; the rightmost untrusted one is the client.
    QCOMPARE(ready(http, server, {{"X-Forwarded-For", "203.0.113.7, 10.9.9.9"}}).status, 429);
    // Another client has its own budget.
    QCOMPARE(ready(http, server, {{"X-Forwarded-For", "203.0.113.8"}}).status, 200);
    QCOMPARE(ready(http, server, {{"X-Forwarded-For", "2001:db8::8"}}).status, 200);
    // Only the configured header counts (X-Forwarded-For by default): Forwarded is ignored.
    QCOMPARE(ready(http, server, {{"Forwarded", "for=198.51.100.2"}}).status, 200); // the proxy
    QCOMPARE(ready(http, server, {{"Forwarded", "for=198.51.100.3"}}).status, 200);
    QCOMPARE(ready(http, server, {{"Forwarded", "for=198.51.100.4"}}).status, 200);
    QCOMPARE(ready(http, server, {{"Forwarded", "for=198.51.100.5"}}).status, 429);
}

void RateLimitsTest::metricsAreJudgedOnTheForwardedClient()
{
    HttpClient http;
    auto metrics = [&](const ServerProcess &server, const QByteArray &name,
                       const QByteArray &value) {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!name.isEmpty())
            headers.append({name, value});
        return http.send("GET", server.url(u"/metrics"_s), {}, {}, {}, headers).status;
    };
    ServerProcess proxied({u"--trusted-proxies"_s, u"127.0.0.1/32"_s});
    QVERIFY2(proxied.start(), qPrintable(proxied.error()));
    QCOMPARE(metrics(proxied, {}, {}), 200); // the machine itself
    QCOMPARE(metrics(proxied, "X-Forwarded-For", "203.0.113.7"), 403);
    QCOMPARE(metrics(proxied, "X-Forwarded-For", "127.0.0.1, 203.0.113.7"), 403);
    QCOMPARE(metrics(proxied, "X-Forwarded-For", "not-an-address"), 403);

    ServerProcess forwardedHeader(
        {u"--trusted-proxies"_s, u"127.0.0.1"_s, u"--forwarded-header"_s, u"forwarded"_s});
    QVERIFY2(forwardedHeader.start(), qPrintable(forwardedHeader.error()));
    QCOMPARE(metrics(forwardedHeader, "Forwarded", "for=203.0.113.7;proto=https"), 403);
    QCOMPARE(metrics(forwardedHeader, "Forwarded", "for=\"[2001:db8::7]:4711\""), 403);
    QCOMPARE(metrics(forwardedHeader, "X-Forwarded-For", "203.0.113.7"), 200); // not its header

    ServerProcess direct;
    QVERIFY2(direct.start(), qPrintable(direct.error()));
    QCOMPARE(metrics(direct, "X-Forwarded-For", "203.0.113.7"), 200); // ignored: a local peer
}

void RateLimitsTest::failedLoginsFromOneClientDoNotLockOutTheOwner()
{
    ServerProcess server({u"--trusted-proxies"_s, u"127.0.0.1/32"_s});
    QVERIFY2(server.start(), qPrintable(server.error()));
    HttpClient http;
    const Account owner = registerAccount(http, server, u"owner"_s);
    auto attempt = [&](const QByteArray &client, const QString &password) {
        return http.send("POST", server.url(u"/api/v1/auth/login"_s),
                         toJson({{u"login"_s, u"owner"_s}, {u"password"_s, password}}), {},
                         "application/json", {{"X-Forwarded-For", client}});
    };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(attempt("203.0.113.66", u"guess-%1"_s.arg(i)).status, 401);
    QCOMPARE(attempt("203.0.113.66", owner.password).status, 429);
    // The owner, elsewhere, is not locked out by the attacker's failures.
    QCOMPARE(attempt("198.51.100.2", owner.password).status, 200);
}

using Socket = RealtimeSocket;

void RateLimitsTest::webSocketFramesHaveABudget()
{
    // Finding (a): frames had no limit at all; each one costs the HTTP thread a JSON parse.
    ServerProcess server(relaxedLimits());
    QVERIFY2(server.start(), qPrintable(server.error()));
    HttpClient http;
    const Account a = registerAccount(http, server, u"chatty"_s);
    Socket socket;
    QVERIFY(socket.open(server.port(), a.accessToken));
    for (int i = 0; i < 500; ++i)
        socket.ws.sendTextMessage(u"{\"type\":\"ping\"}"_s);
    QTRY_VERIFY_WITH_TIMEOUT(socket.count(u"rate_limited"_s) >= 1, 5000);
    QTest::qWait(300);
    const qsizetype pongs = socket.count(u"pong"_s);
    QVERIFY2(pongs < 200, qPrintable(u"%1 of 500 pings answered"_s.arg(pongs)));
    QCOMPARE(socket.ws.state(), QAbstractSocket::ConnectedState);
    // The budget refills: a ping a little later is answered again.
    QTest::qWait(1500);
    socket.ws.sendTextMessage(u"{\"type\":\"ping\"}"_s);
    QTRY_VERIFY_WITH_TIMEOUT(socket.count(u"pong"_s) > pongs, 5000);
}

void RateLimitsTest::freshConversationIdsDoNotSkipTheTypingThrottle()
{
    // Each typing frame for a conversation not seen before cost a database lookup: a new id per
    // frame got past the per-conversation throttle every time.
    ServerProcess server(relaxedLimits());
    QVERIFY2(server.start(), qPrintable(server.error()));
    HttpClient http;
    const Account a = registerAccount(http, server, u"typist"_s);
    Socket socket;
    QVERIFY(socket.open(server.port(), a.accessToken));
    for (int i = 0; i < 40; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        socket.ws.sendTextMessage(u"{\"type\":\"typing\",\"conversation_id\":\"%1\"}"_s.arg(id));
    }
    QTest::qWait(1500);
    const qsizetype looked = socket.count(u"conversation_not_found"_s);
    QVERIFY2(looked <= 10, qPrintable(u"%1 of 40 fresh ids looked up"_s.arg(looked)));
    QCOMPARE(socket.ws.state(), QAbstractSocket::ConnectedState);
}

QTEST_GUILESS_MAIN(RateLimitsTest)
#include "tst_rate_limits.moc"
