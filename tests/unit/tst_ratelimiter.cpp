#include "RateLimiter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk::Server;

class RateLimiterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstThenRefuse();
    void refillsOverTime();
    void peekDoesNotConsume();
    void keysAreIndependent();
};

void RateLimiterTest::burstThenRefuse()
{
    RateLimiter limiter;
    const auto rule = RateLimiter::perMinute(5);
    for (int i = 0; i < 5; ++i)
        QVERIFY(limiter.take(u"k"_s, rule).allowed);
    const auto refused = limiter.take(u"k"_s, rule);
    QVERIFY(!refused.allowed);
    QVERIFY(refused.retryAfterSeconds >= 1 && refused.retryAfterSeconds <= 12);
}

void RateLimiterTest::refillsOverTime()
{
    RateLimiter limiter;
    const RateLimiter::Rule rule {1, 10}; // one token, ten a second
    QVERIFY(limiter.take(u"k"_s, rule).allowed);
    QVERIFY(!limiter.take(u"k"_s, rule).allowed);
    QTest::qWait(150);
    QVERIFY(limiter.take(u"k"_s, rule).allowed);
}

void RateLimiterTest::peekDoesNotConsume()
{
    RateLimiter limiter;
    const auto rule = RateLimiter::perMinute(1);
    for (int i = 0; i < 10; ++i)
        QVERIFY(limiter.peek(u"k"_s, rule).allowed);
    QVERIFY(limiter.take(u"k"_s, rule).allowed);
    QVERIFY(!limiter.peek(u"k"_s, rule).allowed);
    limiter.reset(u"k"_s);
    QVERIFY(limiter.peek(u"k"_s, rule).allowed);
}

void RateLimiterTest::keysAreIndependent()
{
    RateLimiter limiter;
    const auto rule = RateLimiter::perMinute(1);
    QVERIFY(limiter.take(u"a"_s, rule).allowed);
    QVERIFY(!limiter.take(u"a"_s, rule).allowed);
    QVERIFY(limiter.take(u"b"_s, rule).allowed);
}

QTEST_GUILESS_MAIN(RateLimiterTest)
#include "tst_ratelimiter.moc"
