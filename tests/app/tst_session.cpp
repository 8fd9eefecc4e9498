// The client's session against the real server and the real keychain (gnome-keyring under
// dbus-run-session, see tests/CMakeLists.txt), and the no-keychain path.
// SOUK_EXPECT_KEYCHAIN=1: a keychain is running; 0: none is, and the app must say so.
#include "EngineThread.h"
#include "SessionController.h"
#include "SyncEngine.h"
#include "TokenStore.h"

#include "ApiFixture.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Souk;
using namespace Souk::Test;
using App::SessionController;

class SessionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInErrorsAreWorded();
    void keychainSignInThenOfflineStart();
    void withoutKeychainTheUserIsTold();

private:
    bool expectKeychain() const { return qEnvironmentVariable("SOUK_EXPECT_KEYCHAIN") == u"1"_s; }
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QString m_base;
};

void SessionTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_server = std::make_unique<ServerProcess>(relaxedLimits());
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_base = m_server->url({}).toString();
    QVERIFY(!registerAccount(m_http, *m_server, u"rania"_s).id.isEmpty());
}

void SessionTest::signInErrorsAreWorded()
{
    QSettings settings(m_dir.filePath(u"errors.ini"_s), QSettings::IniFormat);
    App::TokenStore tokens(u"souk-test-errors"_s);
    SessionController session(settings, tokens, m_dir.filePath(u"errors"_s), m_base);
    session.restore();
    QCOMPARE(session.state(), SessionController::State::SignedOut);

    session.signIn(m_base, u"rania"_s, u"not her password"_s);
    QTRY_VERIFY(!session.busy());
    QCOMPARE(session.errorMessage(),
             SessionController::messageFor(401, u"invalid_credentials"_s, m_base));
    QCOMPARE(session.state(), SessionController::State::SignedOut);

    session.createAccount(m_base, u"rania"_s, u"r2@example.com"_s, defaultPassword());
    QTRY_VERIFY(!session.busy());
    QCOMPARE(session.errorMessage(),
             SessionController::messageFor(409, u"username_taken"_s, m_base));

    session.createAccount(m_base, u"rania2"_s, u"r3@example.com"_s, u"short"_s);
    QTRY_VERIFY(!session.busy());
    QCOMPARE(session.errorMessage(),
             SessionController::messageFor(422, u"weak_password"_s, m_base));

    const QString nowhere = u"http://127.0.0.1:9"_s; // discard port: nothing listens
    session.signIn(nowhere, u"rania"_s, defaultPassword());
    QTRY_VERIFY_WITH_TIMEOUT(!session.busy(), 20000);
    QVERIFY(session.errorMessage().contains(nowhere));
    QCOMPARE(session.state(), SessionController::State::SignedOut);
}

void SessionTest::keychainSignInThenOfflineStart()
{
    if (!expectKeychain())
        QSKIP("needs the keychain (runs as tst_session_keychain)");
    const QString ini = m_dir.filePath(u"app.ini"_s);
    const QString data = m_dir.filePath(u"data"_s);
    const QString draft = u"0190cccc-0000-7000-8000-000000000001"_s;
    App::TokenStore tokens(u"souk-test"_s);
    {
        QSettings settings(ini, QSettings::IniFormat);
        SessionController session(settings, tokens, data, m_base);
        session.restore();
        session.signIn(m_base, u"rania"_s, defaultPassword());
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionController::State::SignedIn, 10000);
        QVERIFY(session.keychainAvailable());
        QVERIFY(session.mutate(u"saveDraft"_s, {{u"id"_s, draft}, {u"body"_s, u"kept"_s}}));
        QTRY_COMPARE_WITH_TIMEOUT(session.pendingCount(), 0, 10000);
    }
    // The token is in the keychain, and nowhere in the settings or data files.
    bool found = false;
    tokens.read(QSettings(ini, QSettings::IniFormat).value(u"account/user_id"_s).toString(),
                [&](Result<std::optional<App::TokenStore::Tokens>> r) {
                    found = r && r->has_value() && !(*r)->refreshToken.isEmpty();
                });
    QTRY_VERIFY(found);
    QFile settingsFile(ini);
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("srt_"));

    // Later start with the server down: straight into the account, data from the local file.
    QVERIFY(m_server->stop());
    QSettings settings(ini, QSettings::IniFormat);
    SessionController again(settings, tokens, data, m_base);
    again.restore();
    QTRY_COMPARE_WITH_TIMEOUT(again.state(), SessionController::State::SignedIn, 5000);
    QCOMPARE(again.username(), u"rania"_s);
    const auto row = again.row(u"drafts"_s, draft);
    QVERIFY(row && row->has_value());
    QCOMPARE((*row)->fields.value(u"body"_s).toString(), u"kept"_s);
    QCOMPARE(again.syncStatus(), u"offline"_s);
    // The engine and its database connection live on their own thread, not the interface's.
    QVERIFY(again.engine()->thread() != QThread::currentThread());

    // A second account on the same machine, then back to the first one.
    QVERIFY(m_server->start());
    const Account second = registerAccount(m_http, *m_server, u"rania_work"_s);
    m_base = m_server->url({}).toString();
    again.addAccount();
    QCOMPARE(again.state(), SessionController::State::SignedOut);
    again.signIn(m_base, u"rania_work"_s, defaultPassword());
    QTRY_COMPARE_WITH_TIMEOUT(again.state(), SessionController::State::SignedIn, 10000);
    QCOMPARE(again.username(), u"rania_work"_s);
    QCOMPARE(again.accounts().size(), 2);
    QVERIFY(!again.row(u"drafts"_s, draft)->has_value()); // each account its own data
    const QString firstId = again.accounts().constFirst().toMap().value(u"userId"_s).toString();
    again.switchAccount(firstId);
    QCOMPARE(again.state(), SessionController::State::SignedIn);
    QCOMPARE(again.username(), u"rania"_s);
    QVERIFY(again.row(u"drafts"_s, draft)->has_value());

    // Signing out removes the token from the keychain, and the account from the list.
    again.signOut();
    QCOMPARE(again.accounts().size(), 1);
    found = true;
    bool answered = false;
    tokens.read(firstId, [&](Result<std::optional<App::TokenStore::Tokens>> r) {
        answered = true;
        found = !r || r->has_value();
    });
    QTRY_VERIFY(answered);
    QVERIFY(!found);
}

void SessionTest::withoutKeychainTheUserIsTold()
{
    if (expectKeychain())
        QSKIP("runs without a keychain (tst_session)");
    QSettings settings(m_dir.filePath(u"nokeychain.ini"_s), QSettings::IniFormat);
    App::TokenStore tokens(u"souk-test"_s);
    SessionController session(settings, tokens, m_dir.filePath(u"nokeychain"_s), m_base);
    session.restore();
    session.signIn(m_base, u"rania"_s, defaultPassword());
    QTRY_VERIFY_WITH_TIMEOUT(!session.busy(), 30000);
    QCOMPARE(session.state(), SessionController::State::SignedOut);
    QVERIFY(!session.keychainAvailable());
    QVERIFY(session.errorMessage().contains(u"keychain"_s));
    // Nothing secret was written anywhere instead.
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains("srt_"));
    // The user may choose a session-only sign-in.
    session.signIn(m_base, u"rania"_s, defaultPassword(), true);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionController::State::SignedIn, 10000);

    // The session is revoked elsewhere (a password change on another device ends it) while a
    // change waits offline: back online, the app returns to sign-in and keeps the change for
    // the next sign-in. (Offline first: online, the server's close of the WebSocket could sign
    // the app out before the change is even made.)
    Sync::SyncEngine *engine = session.engine();
    App::onThreadOf(engine, [engine] { engine->setNetworkEnabled(false); });
    const QString draft = u"0190eeee-0000-7000-8000-000000000001"_s;
    QVERIFY(session.mutate(u"saveDraft"_s, {{u"id"_s, draft}, {u"body"_s, u"kept for later"_s}}));
    const Account elsewhere = login(m_http, *m_server, u"rania"_s, defaultPassword());
    const QString newPassword = u"a brand new passphrase 77"_s;
    QCOMPARE(
        m_http
            .post(m_server->url(u"/api/v1/me/password"_s),
                  {{u"current_password"_s, defaultPassword()}, {u"new_password"_s, newPassword}},
                  elsewhere.accessToken)
            .status,
        204);
    QCOMPARE(session.pendingCount(), 1);
    App::onThreadOf(engine, [engine] { engine->setNetworkEnabled(true); });
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionController::State::SignedOut, 10000);
    QVERIFY(session.errorMessage().contains(u"unsent changes are kept"_s));
    session.signIn(m_base, u"rania"_s, newPassword, true);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SessionController::State::SignedIn, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(session.pendingCount(), 0, 10000);
    // It reached the server: another fresh sign-in on the same account sees it after a sync.
    QTRY_VERIFY_WITH_TIMEOUT(session.row(u"drafts"_s, draft)->has_value(), 5000);
    const Account check = login(m_http, *m_server, u"rania"_s, newPassword);
    const HttpReply pulled =
        m_http.get(m_server->url(u"/api/v1/sync/pull?client_id=check-client-01&schema_version=1"_s),
                   check.accessToken);
    QVERIFY(pulled.body.contains("kept for later"));
}

QTEST_MAIN(SessionTest)
#include "tst_session.moc"
