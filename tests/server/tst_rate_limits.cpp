// Rate limits: failed logins per address and account, registrations per address, and the
// general per-token budget. Refused requests answer 429 with Retry-After and change nothing.
#include "ApiFixture.h"

using namespace Qt::StringLiterals;
using namespace Souk::Test;

class RateLimitsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedLoginsAreLimited();
    void registrationsAreCappedPerAddress();
    void tokensHaveABudget();
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
    for (int i = 0; i < 5; ++i)
        QCOMPARE(http.get(server.url(u"/api/v1/me"_s), a.accessToken).status, 200);
    const HttpReply limited = http.get(server.url(u"/api/v1/me"_s), a.accessToken);
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.header("retry-after").isEmpty());
    QCOMPARE(http.get(server.url(u"/api/v1/me"_s), b.accessToken).status, 200);
}

QTEST_GUILESS_MAIN(RateLimitsTest)
#include "tst_rate_limits.moc"
