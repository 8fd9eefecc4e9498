// Session stories: refresh rotation and reuse detection, logout, password change, expiry; an
// open WebSocket ends with its access token and with its session.
#include "ApiFixture.h"

#include <QElapsedTimer>

#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace Souk::Test;

class SessionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refreshRotates();
    void reusedRefreshTokenRevokesFamily();
    void logoutRevokesOnlyThisSession();
    void passwordChangeRevokesOtherSessions();
    void expiredAccessTokenIsRefusedThenRefreshed();
    void tokensAreStoredOnlyHashed();
    void webSocketClosesWhenItsTokenExpires();
    void webSocketClosesWhenRefreshReuseEndsItsSession();

private:
    HttpReply me(const QByteArray &token)
    {
        return m_http.get(m_server->url(u"/api/v1/me"_s), token);
    }
    HttpReply refresh(const QByteArray &refreshToken)
    {
        return m_http.post(m_server->url(u"/api/v1/auth/refresh"_s),
                           {{u"refresh_token"_s, QString::fromLatin1(refreshToken)}});
    }

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
};

void SessionsTest::initTestCase()
{
    m_server = std::make_unique<ServerProcess>(relaxedLimits());
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    QVERIFY(!registerAccount(m_http, *m_server, u"owner"_s).id.isEmpty());
}

void SessionsTest::refreshRotates()
{
    const Account a = registerAccount(m_http, *m_server, u"rotator"_s);
    const HttpReply rotated = refresh(a.refreshToken);
    QCOMPARE(rotated.status, 200);
    const QByteArray newAccess = rotated.json.value(u"access_token"_s).toString().toLatin1();
    const QByteArray newRefresh = rotated.json.value(u"refresh_token"_s).toString().toLatin1();
    QVERIFY(newAccess != a.accessToken);
    QVERIFY(newRefresh != a.refreshToken);
    QCOMPARE(rotated.json.value(u"expires_in"_s).toInt(), 900);
    QCOMPARE(me(newAccess).status, 200);
    // The next rotation works from the new token.
    QCOMPARE(refresh(newRefresh).status, 200);
}

void SessionsTest::reusedRefreshTokenRevokesFamily()
{
    const Account a = registerAccount(m_http, *m_server, u"victim"_s);
    const Account otherDevice = login(m_http, *m_server, u"victim"_s, a.password);
    const HttpReply first = refresh(a.refreshToken);
    QCOMPARE(first.status, 200);
    const QByteArray legitAccess = first.json.value(u"access_token"_s).toString().toLatin1();
    const QByteArray legitRefresh = first.json.value(u"refresh_token"_s).toString().toLatin1();

    // Someone replays the old refresh token: the whole family dies.
    const HttpReply replay = refresh(a.refreshToken);
    QCOMPARE(replay.status, 401);
    QCOMPARE(replay.errorCode(), u"refresh_token_reused"_s);
    QCOMPARE(me(legitAccess).errorCode(), u"session_revoked"_s);
    QCOMPARE(me(a.accessToken).errorCode(), u"session_revoked"_s);
    QCOMPARE(refresh(legitRefresh).errorCode(), u"session_revoked"_s);
    // Another sign-in of the same user is a different family and lives on.
    QCOMPARE(me(otherDevice.accessToken).status, 200);
}

void SessionsTest::logoutRevokesOnlyThisSession()
{
    const Account a = registerAccount(m_http, *m_server, u"leaver"_s);
    const Account second = login(m_http, *m_server, u"leaver"_s, a.password);
    const HttpReply out =
        m_http.send("POST", m_server->url(u"/api/v1/auth/logout"_s), {}, a.accessToken);
    QCOMPARE(out.status, 204);
    QCOMPARE(me(a.accessToken).status, 401);
    QCOMPARE(refresh(a.refreshToken).errorCode(), u"session_revoked"_s);
    QCOMPARE(me(second.accessToken).status, 200);
    // Logging out twice is refused, and changes nothing.
    QCOMPARE(m_http.send("POST", m_server->url(u"/api/v1/auth/logout"_s), {}, a.accessToken).status,
             401);
}

void SessionsTest::passwordChangeRevokesOtherSessions()
{
    const Account a = registerAccount(m_http, *m_server, u"changer"_s);
    const Account laptop = login(m_http, *m_server, u"changer"_s, a.password);
    const HttpReply changed = m_http.post(
        m_server->url(u"/api/v1/me/password"_s),
        {{u"current_password"_s, a.password}, {u"new_password"_s, u"a-brand-new-secret"_s}},
        a.accessToken);
    QCOMPARE(changed.status, 204);
    QCOMPARE(me(a.accessToken).status, 200);
    QCOMPARE(me(laptop.accessToken).errorCode(), u"session_revoked"_s);
    QVERIFY(login(m_http, *m_server, u"changer"_s, a.password).accessToken.isEmpty());
    QVERIFY(!login(m_http, *m_server, u"changer"_s, u"a-brand-new-secret"_s).accessToken.isEmpty());
}

void SessionsTest::expiredAccessTokenIsRefusedThenRefreshed()
{
    ServerProcess shortLived(QStringList {u"--access-token-ttl"_s, u"1"_s} + relaxedLimits());
    QVERIFY2(shortLived.start(), qPrintable(shortLived.error()));
    HttpClient http;
    const Account a = registerAccount(http, shortLived, u"sleeper"_s);
    QCOMPARE(http.get(shortLived.url(u"/api/v1/me"_s), a.accessToken).status, 200);
    QTest::qWait(1300);
    const QStringList before = databaseSnapshot(shortLived.databasePath());
    const HttpReply expired = http.get(shortLived.url(u"/api/v1/me"_s), a.accessToken);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), u"token_expired"_s);
    QCOMPARE(databaseSnapshot(shortLived.databasePath()), before);
    const HttpReply renewed =
        http.post(shortLived.url(u"/api/v1/auth/refresh"_s),
                  {{u"refresh_token"_s, QString::fromLatin1(a.refreshToken)}});
    QCOMPARE(renewed.status, 200);
    QCOMPARE(http.get(shortLived.url(u"/api/v1/me"_s),
                      renewed.json.value(u"access_token"_s).toString().toLatin1())
                 .status,
             200);
}

void SessionsTest::tokensAreStoredOnlyHashed()
{
    const Account a = registerAccount(m_http, *m_server, u"hashed"_s);
    const QStringList all = databaseSnapshot(m_server->databasePath());
    const QString joined = all.join(u'\n');
    QVERIFY(!joined.contains(QString::fromLatin1(a.accessToken)));
    QVERIFY(!joined.contains(QString::fromLatin1(a.refreshToken)));
    QVERIFY(!joined.contains(a.password));
    // The password is stored as an argon2id hash.
    QVERIFY(queryValue(m_server->databasePath(),
                       u"SELECT password_hash FROM users WHERE username = 'hashed'"_s)
                .toString()
                .startsWith(u"$argon2id$"_s));
}

namespace {

//! Opens a realtime socket with `token` and waits for its hello frame.
bool openSocket(QWebSocket &ws, quint16 port, const QByteArray &token)
{
    bool hello = false;
    const QMetaObject::Connection c =
        QObject::connect(&ws, &QWebSocket::textMessageReceived, [&hello](const QString &frame) {
            hello = hello || frame.contains(u"hello"_s);
        });
    QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/ws"_s.arg(port)));
    request.setRawHeader("Authorization", "Bearer " + token);
    ws.open(request);
    const bool ok = QTest::qWaitFor([&] { return hello; }, 5000);
    QObject::disconnect(c); // the lambda refers to a local
    return ok;
}

} // namespace

void SessionsTest::webSocketClosesWhenItsTokenExpires()
{
    // Finding (b): a socket used to stay open for as long as the client liked, long after the
    // token that opened it stopped being accepted anywhere else.
    ServerProcess shortLived(QStringList {u"--access-token-ttl"_s, u"2"_s} + relaxedLimits());
    QVERIFY2(shortLived.start(), qPrintable(shortLived.error()));
    HttpClient http;
    const Account a = registerAccount(http, shortLived, u"lingerer"_s);
    QWebSocket ws;
    QVERIFY(openSocket(ws, shortLived.port(), a.accessToken));
    QElapsedTimer timer;
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(ws.state(), QAbstractSocket::UnconnectedState, 6000);
    QVERIFY2(timer.elapsed() < 4000, "closed long after the token expired");
    // Like any end of a session (the client refreshes, or signs out if it cannot), saying why.
    QCOMPARE(ws.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QCOMPARE(ws.closeReason(), u"token_expired"_s);
    // The expired token cannot open a new one.
    QWebSocket again;
    QVERIFY(!openSocket(again, shortLived.port(), a.accessToken));
}

void SessionsTest::webSocketClosesWhenRefreshReuseEndsItsSession()
{
    const Account a = registerAccount(m_http, *m_server, u"reused"_s);
    QWebSocket ws;
    QVERIFY(openSocket(ws, m_server->port(), a.accessToken));
    QCOMPARE(refresh(a.refreshToken).status, 200);
    // A second use of the old refresh token: a thief or the client holds a copy; the whole
    // session ends, and so does its socket.
    const HttpReply reused = refresh(a.refreshToken);
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.errorCode(), u"refresh_token_reused"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ws.state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(ws.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QCOMPARE(me(a.accessToken).errorCode(), u"session_revoked"_s);
}

QTEST_GUILESS_MAIN(SessionsTest)
#include "tst_sessions.moc"
