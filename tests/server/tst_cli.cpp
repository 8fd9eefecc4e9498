// The souk-server command line: admin create, settings precedence, bad settings, --version.
#include "ApiFixture.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace Souk::Test;

class CliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void adminCreateMakesAnAdminOnAnyServer();
    void adminCreateRefusesAWeakPassword();
    void unknownConfigKeyIsAnError();
    void settingsPrecedence();
    void unknownCommandIsAnError();
};

void CliTest::version()
{
    QByteArray out;
    QCOMPARE(ServerProcess::run({u"--version"_s}, &out), 0);
    QVERIFY(out.contains("souk-server"));
}

void CliTest::adminCreateMakesAnAdminOnAnyServer()
{
    QTemporaryDir dir;
    HttpClient http;
    {
        ServerProcess server(relaxedLimits(), dir.path());
        QVERIFY(server.start());
        registerAccount(http, server, u"first"_s);
        QVERIFY(server.stop());
    }
    QByteArray out;
    QCOMPARE(ServerProcess::run({u"admin"_s, u"create"_s, u"--data-dir"_s, dir.path(),
                                 u"--username"_s, u"boss"_s, u"--email"_s, u"boss@example.com"_s},
                                &out, "a-strong-admin-pass\n"),
             0);
    QVERIFY(!out.contains("a-strong-admin-pass"));
    ServerProcess server(relaxedLimits(), dir.path());
    QVERIFY(server.start());
    const Account boss = login(http, server, u"boss"_s, u"a-strong-admin-pass"_s);
    QVERIFY(!boss.accessToken.isEmpty());
    QCOMPARE(
        http.get(server.url(u"/api/v1/me"_s), boss.accessToken).json.value(u"role"_s).toString(),
        u"admin"_s);
    // A duplicate is refused with a clear message.
    QVERIFY(ServerProcess::run({u"admin"_s, u"create"_s, u"--data-dir"_s, dir.path(),
                                u"--username"_s, u"boss"_s, u"--email"_s, u"b2@example.com"_s},
                               &out, "a-strong-admin-pass\n")
            != 0);
    QVERIFY(out.contains("already taken"));
}

void CliTest::adminCreateRefusesAWeakPassword()
{
    QTemporaryDir dir;
    QByteArray out;
    QCOMPARE(ServerProcess::run({u"admin"_s, u"create"_s, u"--data-dir"_s, dir.path(),
                                 u"--username"_s, u"boss"_s, u"--email"_s, u"boss@example.com"_s},
                                &out, "password\n"),
             2);
    QVERIFY(out.contains("commonly used"));
}

void CliTest::unknownConfigKeyIsAnError()
{
    QTemporaryDir dir;
    QFile config(dir.filePath(u"souk.conf"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("listen = 127.0.0.1:0\nlisten_port = 9\n");
    config.close();
    QByteArray out;
    QCOMPARE(
        ServerProcess::run(
            {u"migrate"_s, u"--config"_s, config.fileName(), u"--data-dir"_s, dir.path()}, &out),
        2);
    QVERIFY2(out.contains("listen_port"), out.constData());
}

void CliTest::settingsPrecedence()
{
    // The config file sets a data dir and a body limit; the environment overrides the body limit;
    // a flag overrides the environment's data dir. Observed through the running server.
    QTemporaryDir dir;
    const QString fileDir = dir.filePath(u"from-file"_s);
    const QString envDir = dir.filePath(u"from-env"_s);
    const QString flagDir = dir.filePath(u"from-flag"_s);
    QFile config(dir.filePath(u"souk.conf"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("data_dir = " + fileDir.toUtf8() + "\nmax_body_bytes = 100\nidle_timeout = 30\n");
    config.close();

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SOUK_CONFIG"_s, config.fileName());
    env.insert(u"SOUK_MAX_BODY_BYTES"_s, u"200"_s);
    env.insert(u"SOUK_DATA_DIR"_s, envDir);
    process.setProcessEnvironment(env);
    process.start(ServerProcess::binary(),
                  {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--data-dir"_s, flagDir});
    QVERIFY(process.waitForStarted());
    QByteArray out;
    while (!out.contains("listening on") && process.waitForReadyRead(10000))
        out += process.readAllStandardOutput();
    const quint16 port = quint16(out.mid(out.lastIndexOf(':') + 1).trimmed().toUInt());
    QVERIFY(port > 0);
    QVERIFY(QFile::exists(flagDir + u"/souk.db"_s));
    QVERIFY(!QFile::exists(envDir + u"/souk.db"_s));
    QVERIFY(!QFile::exists(fileDir + u"/souk.db"_s));

    HttpClient http;
    const QUrl login(u"http://127.0.0.1:%1/api/v1/auth/login"_s.arg(port));
    const QByteArray body150 = "{\"login\":\"" + QByteArray(120, 'a') + "\",\"password\":\"x\"}";
    QVERIFY(body150.size() > 100 && body150.size() < 200);
    QCOMPARE(http.send("POST", login, body150).status, 401); // env's 200 wins over the file's 100
    QCOMPARE(http.send("POST", login, body150 + QByteArray(100, ' ')).status, 413);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void CliTest::unknownCommandIsAnError()
{
    QByteArray out;
    QCOMPARE(ServerProcess::run({u"frobnicate"_s}, &out), 2);
    QVERIFY(out.contains("Unknown command"));
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
