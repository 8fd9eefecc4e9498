// The access-token cache must never let a revoked session or changed user through.
#include "AuthCache.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk::Server;

class AuthCacheTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hitUntilTtl();
    void expiredTokenIsNotServed();
    void revokedSessionIsDroppedAndFenced();
    void userChangeDropsEverySessionOfTheUser();
    void fenceLiftsLater();

private:
    static AuthCache::Entry entry(const QString &user, const QString &session)
    {
        return AuthCache::Entry {user, session, u"name"_s, u"user"_s, 1'000'000};
    }
};

void AuthCacheTest::hitUntilTtl()
{
    AuthCache cache(2000);
    cache.insert("h1", entry(u"u1"_s, u"s1"_s), 1000);
    QCOMPARE(cache.find("h1", 1000)->sessionId, u"s1"_s);
    QVERIFY(cache.find("h1", 2999).has_value());
    QVERIFY(!cache.find("h1", 3000).has_value()); // older than the TTL: back to the database
    QVERIFY(!cache.find("other", 1000).has_value());
}

void AuthCacheTest::expiredTokenIsNotServed()
{
    AuthCache cache(10'000);
    AuthCache::Entry e = entry(u"u1"_s, u"s1"_s);
    e.tokenExpiresAt = 1500;
    cache.insert("h1", e, 1000);
    QVERIFY(cache.find("h1", 1499).has_value());
    QVERIFY(!cache.find("h1", 1500).has_value());
}

void AuthCacheTest::revokedSessionIsDroppedAndFenced()
{
    AuthCache cache(2000);
    cache.insert("h1", entry(u"u1"_s, u"s1"_s), 1000);
    cache.insert("h2", entry(u"u1"_s, u"s2"_s), 1000);
    cache.forgetSession(u"s1"_s, 1100);
    QVERIFY(!cache.find("h1", 1100).has_value());
    QVERIFY(cache.find("h2", 1100).has_value());
    // A lookup that read the database before the revocation committed cannot re-insert it.
    cache.insert("h1", entry(u"u1"_s, u"s1"_s), 1200);
    QVERIFY(!cache.find("h1", 1200).has_value());
}

void AuthCacheTest::userChangeDropsEverySessionOfTheUser()
{
    AuthCache cache(2000);
    cache.insert("h1", entry(u"u1"_s, u"s1"_s), 1000);
    cache.insert("h2", entry(u"u1"_s, u"s2"_s), 1000);
    cache.insert("h3", entry(u"u2"_s, u"s3"_s), 1000);
    cache.forgetUser(u"u1"_s, 1100);
    QVERIFY(!cache.find("h1", 1100).has_value());
    QVERIFY(!cache.find("h2", 1100).has_value());
    QVERIFY(cache.find("h3", 1100).has_value());
    cache.insert("h2", entry(u"u1"_s, u"s2"_s), 1200);
    QVERIFY(!cache.find("h2", 1200).has_value());
}

void AuthCacheTest::fenceLiftsLater()
{
    AuthCache cache(2000);
    cache.forgetUser(u"u1"_s, 1000);
    cache.insert("h1", entry(u"u1"_s, u"s1"_s), 1000 + 60'000);
    QVERIFY(cache.find("h1", 1000 + 60'000).has_value());
}

QTEST_GUILESS_MAIN(AuthCacheTest)
#include "tst_authcache.moc"
