// Which address a request comes from: the peer, or behind a trusted reverse proxy the rightmost
// hop of its forwarding header that is not itself a trusted proxy.
#include "TrustedProxies.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk;
using namespace Souk::Server;

class TrustedProxiesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesLists_data();
    void parsesLists();
    void refusesBadLists_data();
    void refusesBadLists();
    void clientAddress_data();
    void clientAddress();
    void forwardedHeader_data();
    void forwardedHeader();
};

void TrustedProxiesTest::parsesLists_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("trusted");
    QTest::newRow("empty") << u""_s << u"127.0.0.1"_s << false;
    QTest::newRow("single v4") << u"127.0.0.1"_s << u"127.0.0.1"_s << true;
    QTest::newRow("single v4, other") << u"127.0.0.1"_s << u"127.0.0.2"_s << false;
    QTest::newRow("cidr in") << u"10.0.0.0/8"_s << u"10.200.3.4"_s << true;
    QTest::newRow("cidr out") << u"10.0.0.0/8"_s << u"11.0.0.1"_s << false;
    QTest::newRow("list, spaces") << u" 192.0.2.1 , 10.0.0.0/8 "_s << u"192.0.2.1"_s << true;
    QTest::newRow("semicolons") << u"192.0.2.1;10.0.0.0/8"_s << u"10.1.1.1"_s << true;
    QTest::newRow("v6 cidr") << u"2001:db8::/32"_s << u"2001:db8:1::5"_s << true;
    QTest::newRow("v6 single") << u"::1"_s << u"::1"_s << true;
    QTest::newRow("v4-mapped peer") << u"127.0.0.1/32"_s << u"::ffff:127.0.0.1"_s << true;
    QTest::newRow("/0 trusts all") << u"0.0.0.0/0"_s << u"203.0.113.9"_s << true;
}

void TrustedProxiesTest::parsesLists()
{
    QFETCH(QString, list);
    QFETCH(QString, address);
    QFETCH(bool, trusted);
    const Result<TrustedProxies> proxies = TrustedProxies::parse(list);
    QVERIFY(proxies.ok());
    QCOMPARE(proxies->isEmpty(), list.trimmed().isEmpty());
    QCOMPARE(proxies->contains(QHostAddress(address)), trusted);
}

void TrustedProxiesTest::refusesBadLists_data()
{
    QTest::addColumn<QString>("list");
    QTest::newRow("not an address") << u"proxy.example.com"_s;
    QTest::newRow("prefix too long v4") << u"10.0.0.0/33"_s;
    QTest::newRow("prefix too long v6") << u"::1/129"_s;
    QTest::newRow("negative prefix") << u"10.0.0.0/-1"_s;
    QTest::newRow("text prefix") << u"10.0.0.0/eight"_s;
    QTest::newRow("empty entry") << u"10.0.0.1,,10.0.0.2"_s;
    QTest::newRow("host bits set") << u"10.0.0.1/8"_s;
}

void TrustedProxiesTest::refusesBadLists()
{
    QFETCH(QString, list);
    const Result<TrustedProxies> proxies = TrustedProxies::parse(list);
    QVERIFY(!proxies.ok());
    QVERIFY(!proxies.error().message.isEmpty());
}

void TrustedProxiesTest::clientAddress_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QByteArrayList>("xff"); // X-Forwarded-For lines, in order
    QTest::addColumn<QString>("client"); // empty: unknown

    QTest::newRow("untrusted peer, header ignored")
        << u"198.51.100.1"_s << QByteArrayList {"203.0.113.7"} << u"198.51.100.1"_s;
    QTest::newRow("trusted peer, no header")
        << u"127.0.0.1"_s << QByteArrayList {} << u"127.0.0.1"_s;
    QTest::newRow("trusted peer, one hop")
        << u"127.0.0.1"_s << QByteArrayList {"203.0.113.7"} << u"203.0.113.7"_s;
    QTest::newRow("client-written entries on the left are ignored")
        << u"127.0.0.1"_s << QByteArrayList {"127.0.0.1, 10.0.0.1, 203.0.113.7"}
        << u"203.0.113.7"_s;
    QTest::newRow("trusted hops on the right are skipped")
        << u"127.0.0.1"_s << QByteArrayList {"203.0.113.7, 10.1.2.3"} << u"203.0.113.7"_s;
    QTest::newRow("all trusted: the leftmost")
        << u"127.0.0.1"_s << QByteArrayList {"10.0.0.5, 10.1.2.3"} << u"10.0.0.5"_s;
    QTest::newRow("several header lines join in order")
        << u"127.0.0.1"_s << QByteArrayList {"203.0.113.7", "198.51.100.4"} << u"198.51.100.4"_s;
    QTest::newRow("port on v4") << u"127.0.0.1"_s << QByteArrayList {"203.0.113.7:5555"}
                                << u"203.0.113.7"_s;
    QTest::newRow("bracketed v6 with port")
        << u"127.0.0.1"_s << QByteArrayList {"[2001:db8::7]:443"} << u"2001:db8::7"_s;
    QTest::newRow("bare v6") << u"127.0.0.1"_s << QByteArrayList {"2001:db8::7"}
                             << u"2001:db8::7"_s;
    QTest::newRow("garbage hop: unknown client")
        << u"127.0.0.1"_s << QByteArrayList {"203.0.113.7, bogus"} << QString();
    QTest::newRow("empty header: the proxy")
        << u"127.0.0.1"_s << QByteArrayList {""} << u"127.0.0.1"_s;
    QTest::newRow("v4-mapped trusted peer")
        << u"::ffff:127.0.0.1"_s << QByteArrayList {"203.0.113.7"} << u"203.0.113.7"_s;
}

void TrustedProxiesTest::clientAddress()
{
    QFETCH(QString, peer);
    QFETCH(QByteArrayList, xff);
    QFETCH(QString, client);
    const Result<TrustedProxies> proxies = TrustedProxies::parse(u"127.0.0.1/32, 10.0.0.0/8"_s);
    QVERIFY(proxies.ok());
    HeaderList headers {{"Host", "x"}};
    for (const QByteArray &line : xff)
        headers.append(qMakePair(QByteArray("X-Forwarded-For"), line));
    headers.append(qMakePair(QByteArray("Forwarded"),
                             QByteArray("for=192.0.2.99"))); // not the configured header: ignored
    const QHostAddress found = proxies->clientAddress(QHostAddress(peer), headers);
    if (client.isEmpty())
        QVERIFY2(found.isNull(), qPrintable(found.toString()));
    else
        QCOMPARE(found, QHostAddress(client));
}

void TrustedProxiesTest::forwardedHeader_data()
{
    QTest::addColumn<QByteArray>("forwarded");
    QTest::addColumn<QString>("client");
    QTest::newRow("plain") << QByteArray("for=203.0.113.7") << u"203.0.113.7"_s;
    QTest::newRow("with other pairs")
        << QByteArray("proto=https;for=203.0.113.7;by=10.0.0.1") << u"203.0.113.7"_s;
    QTest::newRow("case and quotes") << QByteArray("For=\"203.0.113.7\"") << u"203.0.113.7"_s;
    QTest::newRow("v6 quoted with port")
        << QByteArray("for=\"[2001:db8::7]:4711\"") << u"2001:db8::7"_s;
    QTest::newRow("list, rightmost untrusted")
        << QByteArray("for=198.51.100.1, for=203.0.113.7, for=10.0.0.2") << u"203.0.113.7"_s;
    QTest::newRow("obfuscated: unknown") << QByteArray("for=_hidden") << QString();
    QTest::newRow("unknown: unknown") << QByteArray("for=unknown") << QString();
    QTest::newRow("no for: unknown") << QByteArray("proto=https") << QString();
}

void TrustedProxiesTest::forwardedHeader()
{
    QFETCH(QByteArray, forwarded);
    QFETCH(QString, client);
    Result<TrustedProxies> proxies = TrustedProxies::parse(u"127.0.0.1, 10.0.0.0/8"_s);
    QVERIFY(proxies.ok());
    proxies->setHeader(TrustedProxies::Header::Forwarded);
    const HeaderList headers {{"X-Forwarded-For", "192.0.2.99"}, {"Forwarded", forwarded}};
    const QHostAddress found = proxies->clientAddress(QHostAddress::LocalHost, headers);
    if (client.isEmpty())
        QVERIFY2(found.isNull(), qPrintable(found.toString()));
    else
        QCOMPARE(found, QHostAddress(client));
}

QTEST_GUILESS_MAIN(TrustedProxiesTest)
#include "tst_trustedproxies.moc"
