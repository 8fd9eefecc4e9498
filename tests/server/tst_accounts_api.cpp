// Data-driven tables for every account route: the success case, bad input, authentication and
// authorization. Every refused request must leave the database exactly as it was.
#include "ApiFixture.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Souk::Test;

class AccountsApiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void routes_data();
    void routes();
    void firstAccountIsAdmin();
    void publicProfileHidesPrivateFields();
    void loginByEmailIgnoresCase();
    void unknownUserAndWrongPasswordLookAlike();

private:
    QByteArray tokenFor(const QString &who) const;
    QString expand(QString text) const;

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    Account m_root; // the first account: admin
    Account m_alice; // an ordinary user
    Account m_bob;
};

void AccountsApiTest::initTestCase()
{
    m_server = std::make_unique<ServerProcess>(relaxedLimits());
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_root = registerAccount(m_http, *m_server, u"root"_s);
    m_alice = registerAccount(m_http, *m_server, u"alice"_s);
    m_bob = registerAccount(m_http, *m_server, u"bob"_s);
    QVERIFY(!m_root.accessToken.isEmpty() && !m_alice.accessToken.isEmpty()
            && !m_bob.accessToken.isEmpty());
}

QByteArray AccountsApiTest::tokenFor(const QString &who) const
{
    if (who == u"alice"_s)
        return m_alice.accessToken;
    if (who == u"admin"_s)
        return m_root.accessToken;
    if (who == u"garbage"_s)
        return "sat_this-is-not-a-token";
    if (who == u"refresh"_s) // a refresh token is not an access token
        return m_alice.refreshToken;
    return {};
}

QString AccountsApiTest::expand(QString text) const
{
    return text.replace(u"{alice_id}"_s, m_alice.id)
        .replace(u"{bob_id}"_s, m_bob.id)
        .replace(u"{root_id}"_s, m_root.id);
}

void AccountsApiTest::routes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("unchanged");

    const QByteArray json = "application/json";
    const QString reg = u"/api/v1/auth/register"_s;
    auto row = [&](const char *name, const QByteArray &method, const QString &path,
                   const QString &who, const QByteArray &body, int status, const QString &code,
                   bool unchanged = true, const QByteArray &type = "application/json") {
        QTest::newRow(name) << method << path << who << body << type << status << code << unchanged;
    };
    const QByteArray longName = QByteArray(31, 'a');
    const QByteArray longPassword = QByteArray(1025, 'x');
    const QByteArray bigBody = "{\"bio\":\"" + QByteArray(70 * 1024, 'b') + "\"}";

    // POST /api/v1/auth/register
    row("register ok", "POST", reg, {},
        R"({"username":"carol","email":"carol@example.com","password":"a-fine-password","display_name":"Carol"})",
        201, {}, false);
    row("register malformed json", "POST", reg, {}, R"({"username":"x",)", 400,
        u"malformed_json"_s);
    row("register not an object", "POST", reg, {}, R"(["carol2"])", 400, u"not_an_object"_s);
    row("register empty body", "POST", reg, {}, "", 400, u"malformed_json"_s);
    row("register wrong type", "POST", reg, {},
        R"({"username":42,"email":"d@example.com","password":"a-fine-password"})", 400,
        u"wrong_type"_s);
    row("register missing password", "POST", reg, {},
        R"({"username":"dave","email":"dave@example.com"})", 400, u"missing_field"_s);
    row("register unknown field (mass assignment)", "POST", reg, {},
        R"({"username":"eve","email":"eve@example.com","password":"a-fine-password","role":"admin"})",
        400, u"unknown_field"_s);
    row("register username too long", "POST", reg, {},
        R"({"username":")" + longName
            + R"(","email":"f@example.com","password":"a-fine-password"})",
        422, u"invalid_username"_s);
    row("register username too short", "POST", reg, {},
        R"({"username":"ab","email":"f@example.com","password":"a-fine-password"})", 422,
        u"invalid_username"_s);
    row("register username upper case", "POST", reg, {},
        R"({"username":"Frank","email":"f@example.com","password":"a-fine-password"})", 422,
        u"invalid_username"_s);
    row("register bad email", "POST", reg, {},
        R"({"username":"frank","email":"frank@","password":"a-fine-password"})", 422,
        u"invalid_email"_s);
    row("register common password", "POST", reg, {},
        R"({"username":"frank","email":"frank@example.com","password":"password123"})", 422,
        u"weak_password"_s);
    row("register short password", "POST", reg, {},
        R"({"username":"frank","email":"frank@example.com","password":"short"})", 422,
        u"weak_password"_s);
    row("register password too long", "POST", reg, {},
        R"({"username":"frank","email":"frank@example.com","password":")" + longPassword + R"("})",
        422, u"password_too_long"_s);
    row("register display name too long", "POST", reg, {},
        R"({"username":"frank","email":"frank@example.com","password":"a-fine-password","display_name":")"
            + QByteArray(51, 'n') + R"("})",
        422, u"invalid_display_name"_s);
    row("register duplicate username", "POST", reg, {},
        R"({"username":"alice","email":"other@example.com","password":"a-fine-password"})", 409,
        u"username_taken"_s);
    row("register duplicate email other case", "POST", reg, {},
        R"({"username":"alice2","email":"ALICE@example.com","password":"a-fine-password"})", 409,
        u"email_taken"_s);
    row("register text/plain", "POST", reg, {},
        R"({"username":"gina","email":"gina@example.com","password":"a-fine-password"})", 415,
        u"unsupported_media_type"_s, true, "text/plain");
    row("register oversize body", "POST", reg, {}, bigBody, 413, u"body_too_large"_s);

    // POST /api/v1/auth/login
    const QString login = u"/api/v1/auth/login"_s;
    row("login ok", "POST", login, {}, R"({"login":"alice","password":"correct-horse-battery"})",
        200, {}, false);
    row("login wrong password", "POST", login, {},
        R"({"login":"alice","password":"wrong-one-here"})", 401, u"invalid_credentials"_s);
    row("login unknown user", "POST", login, {},
        R"({"login":"nobody","password":"wrong-one-here"})", 401, u"invalid_credentials"_s);
    row("login malformed json", "POST", login, {}, R"({"login":)", 400, u"malformed_json"_s);
    row("login wrong type", "POST", login, {}, R"({"login":"alice","password":true})", 400,
        u"wrong_type"_s);
    row("login missing field", "POST", login, {}, R"({"login":"alice"})", 400, u"missing_field"_s);
    row("login unknown field", "POST", login, {},
        R"({"login":"alice","password":"correct-horse-battery","remember":true})", 400,
        u"unknown_field"_s);
    row("login form encoded", "POST", login, {}, "login=alice&password=x", 415,
        u"unsupported_media_type"_s, true, "application/x-www-form-urlencoded");
    row("login oversize body", "POST", login, {}, bigBody, 413, u"body_too_large"_s);

    // POST /api/v1/auth/refresh (rotation and reuse are in tst_sessions)
    const QString refresh = u"/api/v1/auth/refresh"_s;
    row("refresh garbage token", "POST", refresh, {}, R"({"refresh_token":"srt_nope"})", 401,
        u"invalid_token"_s);
    row("refresh with access token", "POST", refresh, {},
        "{\"refresh_token\":\"" + m_alice.accessToken + "\"}", 401, u"invalid_token"_s);
    row("refresh wrong type", "POST", refresh, {}, R"({"refresh_token":1})", 400, u"wrong_type"_s);
    row("refresh missing field", "POST", refresh, {}, R"({})", 400, u"missing_field"_s);
    row("refresh unknown field", "POST", refresh, {}, R"({"refresh_token":"x","user_id":"1"})", 400,
        u"unknown_field"_s);

    // POST /api/v1/auth/logout (success is in tst_sessions)
    const QString logout = u"/api/v1/auth/logout"_s;
    row("logout no token", "POST", logout, {}, {}, 401, u"unauthenticated"_s);
    row("logout garbage token", "POST", logout, u"garbage"_s, {}, 401, u"invalid_token"_s);
    row("logout refresh token as bearer", "POST", logout, u"refresh"_s, {}, 401,
        u"invalid_token"_s);
    row("logout unknown field", "POST", logout, u"alice"_s, R"({"all":true})", 400,
        u"unknown_field"_s);

    // GET /api/v1/me
    const QString me = u"/api/v1/me"_s;
    row("me ok", "GET", me, u"alice"_s, {}, 200, {});
    row("me no token", "GET", me, {}, {}, 401, u"unauthenticated"_s);
    row("me garbage token", "GET", me, u"garbage"_s, {}, 401, u"invalid_token"_s);
    row("me with a body", "GET", me, u"alice"_s, R"({"x":1})", 413, u"body_too_large"_s);

    // PATCH /api/v1/me
    row("patch me ok", "PATCH", me, u"alice"_s, R"({"display_name":"Alice A.","bio":"Potter."})",
        200, {}, false);
    row("patch me role (mass assignment)", "PATCH", me, u"alice"_s, R"({"role":"admin"})", 400,
        u"unknown_field"_s);
    row("patch me email", "PATCH", me, u"alice"_s, R"({"email":"x@example.com"})", 400,
        u"unknown_field"_s);
    row("patch me wrong type", "PATCH", me, u"alice"_s, R"({"bio":["a"]})", 400, u"wrong_type"_s);
    row("patch me empty", "PATCH", me, u"alice"_s, R"({})", 400, u"empty_patch"_s);
    row("patch me bio too long", "PATCH", me, u"alice"_s,
        R"({"bio":")" + QByteArray(501, 'b') + R"("})", 422, u"bio_too_long"_s);
    row("patch me blank display name", "PATCH", me, u"alice"_s, R"({"display_name":"   "})", 422,
        u"invalid_display_name"_s);
    row("patch me malformed", "PATCH", me, u"alice"_s, R"({"bio":)", 400, u"malformed_json"_s);
    row("patch me no token", "PATCH", me, {}, R"({"bio":"x"})", 401, u"unauthenticated"_s);
    row("patch me text/plain", "PATCH", me, u"alice"_s, R"({"bio":"x"})", 415,
        u"unsupported_media_type"_s, true, "text/plain");

    // POST /api/v1/me/password (success is in tst_sessions)
    const QString password = u"/api/v1/me/password"_s;
    row("password wrong current", "POST", password, u"alice"_s,
        R"({"current_password":"not-my-password","new_password":"a-new-fine-password"})", 403,
        u"wrong_password"_s);
    row("password weak new", "POST", password, u"alice"_s,
        R"({"current_password":"correct-horse-battery","new_password":"qwerty123"})", 422,
        u"weak_password"_s);
    row("password unchanged", "POST", password, u"alice"_s,
        R"({"current_password":"correct-horse-battery","new_password":"correct-horse-battery"})",
        422, u"password_unchanged"_s);
    row("password missing field", "POST", password, u"alice"_s,
        R"({"new_password":"a-new-fine-password"})", 400, u"missing_field"_s);
    row("password no token", "POST", password, {},
        R"({"current_password":"x","new_password":"a-new-fine-password"})", 401,
        u"unauthenticated"_s);

    // GET /api/v1/users/{username}
    row("user ok", "GET", u"/api/v1/users/bob"_s, u"alice"_s, {}, 200, {});
    row("user ok ignoring case", "GET", u"/api/v1/users/BOB"_s, u"alice"_s, {}, 200, {});
    row("user unknown", "GET", u"/api/v1/users/nobody"_s, u"alice"_s, {}, 404, u"user_not_found"_s);
    row("user no token", "GET", u"/api/v1/users/bob"_s, {}, {}, 401, u"unauthenticated"_s);
    row("user HEAD", "HEAD", u"/api/v1/users/bob"_s, u"alice"_s, {}, 200, {});

    // PATCH /api/v1/admin/users/{id}
    const QString admin = u"/api/v1/admin/users/"_s;
    row("role set by admin", "PATCH", admin + u"{bob_id}"_s, u"admin"_s, R"({"role":"moderator"})",
        200, {}, false);
    row("role set by a user", "PATCH", admin + u"{bob_id}"_s, u"alice"_s, R"({"role":"admin"})",
        403, u"forbidden"_s);
    row("role self-promotion", "PATCH", admin + u"{alice_id}"_s, u"alice"_s, R"({"role":"admin"})",
        403, u"forbidden"_s);
    row("role invalid", "PATCH", admin + u"{bob_id}"_s, u"admin"_s, R"({"role":"king"})", 422,
        u"invalid_role"_s);
    row("role unknown user", "PATCH", admin + u"01234567-0000-7000-8000-000000000000"_s, u"admin"_s,
        R"({"role":"user"})", 404, u"user_not_found"_s);
    row("role unknown field", "PATCH", admin + u"{bob_id}"_s, u"admin"_s,
        R"({"role":"user","username":"x"})", 400, u"unknown_field"_s);
    row("role last admin", "PATCH", admin + u"{root_id}"_s, u"admin"_s, R"({"role":"user"})", 409,
        u"last_admin"_s);
    row("role no token", "PATCH", admin + u"{bob_id}"_s, {}, R"({"role":"user"})", 401,
        u"unauthenticated"_s);

    // Routing
    row("unknown route", "GET", u"/api/v1/nothing-here"_s, u"alice"_s, {}, 404,
        u"route_not_found"_s);
    row("wrong method", "DELETE", me, u"alice"_s, {}, 405, u"method_not_allowed"_s);
    row("wrong method on login", "GET", login, {}, {}, 405, u"method_not_allowed"_s);
}

void AccountsApiTest::routes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, who);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, unchanged);

    const QStringList before = databaseSnapshot(m_server->databasePath());
    QVERIFY(!before.isEmpty());
    const HttpReply reply =
        m_http.send(method, m_server->url(expand(path)), body, tokenFor(who), contentType);
    QVERIFY2(reply.status == status,
             qPrintable(u"got %1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body))));
    QVERIFY(!reply.header("x-request-id").isEmpty());
    if (status >= 400) {
        // ARCHITECTURE.md §6 error format, on every failure path.
        QCOMPARE(reply.errorCode(), code);
        QVERIFY(!reply.json.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    }
    if (status == 401)
        QCOMPARE(reply.header("www-authenticate"), QByteArray("Bearer"));
    if (status == 405)
        QVERIFY(!reply.header("allow").isEmpty());
    if (method == "HEAD") {
        QVERIFY(reply.body.isEmpty());
        QVERIFY(reply.header("content-length").toInt() > 0);
    }
    if (unchanged)
        QCOMPARE(databaseSnapshot(m_server->databasePath()), before);
}

void AccountsApiTest::firstAccountIsAdmin()
{
    HttpClient http;
    const HttpReply me = http.get(m_server->url(u"/api/v1/me"_s), m_root.accessToken);
    QCOMPARE(me.json.value(u"role"_s).toString(), u"admin"_s);
    const HttpReply other = http.get(m_server->url(u"/api/v1/me"_s), m_bob.accessToken);
    QVERIFY(other.json.value(u"role"_s).toString() != u"admin"_s);
}

void AccountsApiTest::publicProfileHidesPrivateFields()
{
    const HttpReply reply = m_http.get(m_server->url(u"/api/v1/users/alice"_s), m_bob.accessToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"username"_s).toString(), u"alice"_s);
    QVERIFY(!reply.json.contains(u"email"_s));
    QVERIFY(!reply.json.contains(u"role"_s));
    QVERIFY(!reply.body.contains("password"));
}

void AccountsApiTest::loginByEmailIgnoresCase()
{
    const Account viaEmail = login(m_http, *m_server, u"Bob@Example.COM"_s, defaultPassword());
    QCOMPARE(viaEmail.id, m_bob.id);
}

void AccountsApiTest::unknownUserAndWrongPasswordLookAlike()
{
    const HttpReply wrong =
        m_http.post(m_server->url(u"/api/v1/auth/login"_s),
                    {{u"login"_s, u"bob"_s}, {u"password"_s, u"bad-password!"_s}});
    const HttpReply unknown =
        m_http.post(m_server->url(u"/api/v1/auth/login"_s),
                    {{u"login"_s, u"zed"_s}, {u"password"_s, u"bad-password!"_s}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, wrong.status);
    QCOMPARE(unknown.json, wrong.json);
}

QTEST_GUILESS_MAIN(AccountsApiTest)
#include "tst_accounts_api.moc"
