#include "ServerConfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk::Server;

class ServerConfigTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void precedence();
    void invalidValues_data();
    void invalidValues();
};

void ServerConfigTest::defaults()
{
    const auto config = ServerConfig::load({}, {});
    QVERIFY(config.ok());
    QCOMPARE(config->listenPort, 8080);
    QVERIFY(config->listenAddress.isLoopback());
    QCOMPARE(config->maxBodyBytes, 65536);
    QCOMPARE(config->accessTokenTtlS, 900);
    QCOMPARE(config->loginFailuresPerMinute, 5);
    QCOMPARE(config->idleTimeoutMs, 60000);
    QVERIFY(config->trustedProxies.isEmpty()); // forwarding headers ignored unless configured
}

void ServerConfigTest::precedence()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"souk.conf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "listen = 127.0.0.1:7000\nrate_requests = 11\nrate_anonymous = 12\nidle_timeout = 13\n");
    file.close();

    const auto config = ServerConfig::load(
        {{u"config"_s, path}, {u"rate_requests"_s, u"21"_s}},
        {{u"SOUK_RATE_REQUESTS"_s, u"31"_s}, {u"SOUK_RATE_ANONYMOUS"_s, u"32"_s}});
    QVERIFY(config.ok());
    QCOMPARE(config->listenPort, 7000); // file over default
    QCOMPARE(config->anonymousRequestsPerMinute, 32); // env over file
    QCOMPARE(config->requestsPerMinute, 21); // flag over env
    QCOMPARE(config->idleTimeoutMs, 13000);

    const auto proxied = ServerConfig::load({},
                                            {{u"SOUK_TRUSTED_PROXIES"_s, u"10.0.0.0/8, ::1"_s},
                                             {u"SOUK_FORWARDED_HEADER"_s, u"Forwarded"_s}});
    QVERIFY(proxied.ok());
    QVERIFY(proxied->trustedProxies.contains(QHostAddress(u"10.2.3.4"_s)));
    QVERIFY(proxied->trustedProxies.contains(QHostAddress::LocalHostIPv6));
    QCOMPARE(proxied->trustedProxies.header(), TrustedProxies::Header::Forwarded);
}

void ServerConfigTest::invalidValues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("port too big") << u"listen"_s << u"127.0.0.1:70000"_s;
    QTest::newRow("no port") << u"listen"_s << u"127.0.0.1"_s;
    QTest::newRow("bad host") << u"listen"_s << u"not a host:80"_s;
    QTest::newRow("negative body") << u"max_body_bytes"_s << u"-1"_s;
    QTest::newRow("text number") << u"rate_requests"_s << u"many"_s;
    QTest::newRow("bad bool") << u"demo_data"_s << u"maybe"_s;
    QTest::newRow("bad level") << u"log_level"_s << u"loud"_s;
    QTest::newRow("proxy host name") << u"trusted_proxies"_s << u"proxy.example.com"_s;
    QTest::newRow("proxy bad prefix") << u"trusted_proxies"_s << u"10.0.0.0/40"_s;
    QTest::newRow("unknown forwarded header") << u"forwarded_header"_s << u"x-real-ip"_s;
    QTest::newRow("missing config file") << u"config"_s << u"/nonexistent/souk.conf"_s;
}

void ServerConfigTest::invalidValues()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    const auto config = ServerConfig::load({{name, value}}, {});
    QVERIFY(!config.ok());
    QVERIFY(config.error().message.contains(name));
}

QTEST_GUILESS_MAIN(ServerConfigTest)
#include "tst_serverconfig.moc"
