#include "Hlc.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Souk;
using namespace Souk::Sync;

namespace Souk::Sync {
// Found by argument-dependent lookup, so QCOMPARE prints stamps readably.
char *toString(const Hlc &hlc)
{
    return QTest::toString(hlc.toString());
}
} // namespace Souk::Sync

namespace {

constexpr qint64 Hour = 3600LL * 1000;
constexpr qint64 Day = 24 * Hour;
// 2024-06-01T12:00:00Z
constexpr qint64 T0 = 1717243200000LL;
constexpr quint32 MaxCounter = std::numeric_limits<quint32>::max();

} // namespace

class HlcTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toStringIsFixedWidth();
    void roundTrip_data();
    void roundTrip();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void ordering_data();
    void ordering();
    void stringOrderEqualsStampOrder();

    void nowFollowsWallClock();
    void nowMonotonicWhenWallClockStandsStill();
    void nowMonotonicWhenWallClockGoesBackwards();
    void nowMonotonicAtCounterLimit();

    void receiveMovesPastRemote_data();
    void receiveMovesPastRemote();
    void receiveOlderRemoteStillAdvances();
    void receiveAtCounterLimit();
    void slowDeviceOrdersAfterReceivedWrite();
    void receiveRefusesFarFuture();
    void receiveAcceptsExactlyMaxDrift();
    void receiveHonoursCustomDrift();

    void restoreNeverMovesBackwards();
    void restoreAdvancesToSaved();
};

void HlcTest::toStringIsFixedWidth()
{
    QCOMPARE((Hlc {0x18fd3b2c1a0, 7, u"dev1"_s}.toString()), u"0018fd3b2c1a0-00000007-dev1"_s);
    QCOMPARE((Hlc {0, 0, u"n"_s}.toString()), u"0000000000000-00000000-n"_s);
    QCOMPARE((Hlc {0xfffffffffffff, MaxCounter, u"n"_s}.toString()), u"fffffffffffff-ffffffff-n"_s);
}

void HlcTest::roundTrip_data()
{
    QTest::addColumn<Hlc>("hlc");
    QTest::newRow("zero") << Hlc {0, 0, u"a"_s};
    QTest::newRow("now") << Hlc {T0, 3, u"device01"_s};
    QTest::newRow("max wall and counter") << Hlc {0xfffffffffffff, MaxCounter, u"z"_s};
    QTest::newRow("node with dashes") << Hlc {T0, 1, u"a-b-c"_s};
    QTest::newRow("64 char node") << Hlc {T0, 1, QString(64, u'n')};
    QTest::newRow("server node") << Hlc {T0 + 1, 0, u"server"_s};
}

void HlcTest::roundTrip()
{
    QFETCH(Hlc, hlc);
    const QString text = hlc.toString();
    const std::optional<Hlc> parsed = Hlc::fromString(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, hlc);
    QCOMPARE(parsed->toString(), text);
}

void HlcTest::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("garbage") << u"hello"_s;
    QTest::newRow("no separators") << u"0018fd3b2c1a000000007dev1"_s;
    QTest::newRow("empty node") << u"0018fd3b2c1a0-00000007-"_s;
    QTest::newRow("missing node separator") << u"0018fd3b2c1a0-00000007"_s;
    QTest::newRow("wall 12 digits") << u"018fd3b2c1a0-00000007-dev1"_s;
    QTest::newRow("wall 14 digits") << u"00018fd3b2c1a0-00000007-dev1"_s;
    QTest::newRow("counter 7 digits") << u"0018fd3b2c1a0-0000007-dev1"_s;
    QTest::newRow("counter 9 digits") << u"0018fd3b2c1a0-000000007-dev1"_s;
    QTest::newRow("non-hex wall") << u"0018fd3b2c1g0-00000007-dev1"_s;
    QTest::newRow("non-hex counter") << u"0018fd3b2c1a0-0000000x-dev1"_s;
    QTest::newRow("upper-case wall") << u"0018FD3B2C1A0-00000007-dev1"_s;
    QTest::newRow("upper-case counter") << u"0018fd3b2c1a0-0000000A-dev1"_s;
    QTest::newRow("signed wall") << u"+018fd3b2c1a0-00000007-dev1"_s;
    QTest::newRow("space in wall") << u" 018fd3b2c1a0-00000007-dev1"_s;
    QTest::newRow("node too long") << u"0018fd3b2c1a0-00000007-"_s + QString(65, u'n');
}

void HlcTest::rejectsMalformed()
{
    QFETCH(QString, text);
    const std::optional<Hlc> parsed = Hlc::fromString(text);
    QVERIFY2(!parsed.has_value(), qPrintable(text));
}

void HlcTest::ordering_data()
{
    QTest::addColumn<Hlc>("lower");
    QTest::addColumn<Hlc>("higher");
    // Wall time first, even against a larger counter and node.
    QTest::newRow("wall beats counter and node")
        << Hlc {T0, MaxCounter, u"zzz"_s} << Hlc {T0 + 1, 0, u"aaa"_s};
    // Then the counter, even against a larger node.
    QTest::newRow("counter beats node") << Hlc {T0, 1, u"zzz"_s} << Hlc {T0, 2, u"aaa"_s};
    // Then the node, as the tie-break.
    QTest::newRow("node breaks ties") << Hlc {T0, 5, u"alpha"_s} << Hlc {T0, 5, u"beta"_s};
}

void HlcTest::ordering()
{
    QFETCH(Hlc, lower);
    QFETCH(Hlc, higher);
    QVERIFY(lower < higher);
    QVERIFY(!(higher < lower));
    QVERIFY(higher > lower);
    QVERIFY(lower <= higher);
    QVERIFY(higher >= lower);
    QVERIFY(lower != higher);
    QVERIFY(!(lower == higher));
    QVERIFY(lower <= lower);
    QVERIFY(lower >= lower);
    QVERIFY(!(lower < lower));
    // The fixed-width text sorts the same way.
    QVERIFY(lower.toString() < higher.toString());
}

void HlcTest::stringOrderEqualsStampOrder()
{
    // Same-length nodes, as clients use: then text order must equal stamp order.
    QRandomGenerator rng(20240601);
    const QStringList nodes {u"aaaa"_s, u"abcd"_s, u"ffff"_s, u"zz00"_s};
    auto random = [&] {
        return Hlc {T0 + rng.bounded(4), quint32(rng.bounded(3)),
                    nodes.at(rng.bounded(int(nodes.size())))};
    };
    for (int i = 0; i < 500; ++i) {
        const Hlc a = random();
        const Hlc b = random();
        const QString sa = a.toString();
        const QString sb = b.toString();
        QVERIFY2((a < b) == (sa < sb), qPrintable(sa + u" vs "_s + sb));
        QVERIFY2((a == b) == (sa == sb), qPrintable(sa + u" vs "_s + sb));
    }
}

void HlcTest::nowFollowsWallClock()
{
    qint64 wall = T0;
    HlcClock clock(u"dev"_s, [&wall] { return wall; });
    const Hlc first = clock.now();
    QCOMPARE(first, (Hlc {T0, 0, u"dev"_s}));
    wall = T0 + 5;
    const Hlc second = clock.now();
    QCOMPARE(second, (Hlc {T0 + 5, 0, u"dev"_s}));
    QCOMPARE(clock.last(), second);
}

void HlcTest::nowMonotonicWhenWallClockStandsStill()
{
    HlcClock clock(u"dev"_s, [] { return T0; });
    Hlc previous = clock.now();
    for (int i = 0; i < 1000; ++i) {
        const Hlc next = clock.now();
        QVERIFY2(previous < next, qPrintable(previous.toString() + u" !< "_s + next.toString()));
        QCOMPARE(next.wallMs, T0);
        previous = next;
    }
}

void HlcTest::nowMonotonicWhenWallClockGoesBackwards()
{
    qint64 wall = T0;
    HlcClock clock(u"dev"_s, [&wall] { return wall; });
    Hlc previous = clock.now();
    // The wall clock jumps back an hour (NTP correction, user changing the time), then wanders.
    QRandomGenerator rng(7);
    wall -= Hour;
    for (int i = 0; i < 1000; ++i) {
        wall += rng.bounded(-50, 51);
        const Hlc next = clock.now();
        QVERIFY2(previous < next, qPrintable(previous.toString() + u" !< "_s + next.toString()));
        QVERIFY(next.wallMs >= T0);
        previous = next;
    }
    // Once the wall clock catches up, it is used again.
    wall = T0 + Hour;
    const Hlc caughtUp = clock.now();
    QVERIFY(previous < caughtUp);
    QCOMPARE(caughtUp, (Hlc {T0 + Hour, 0, u"dev"_s}));
}

void HlcTest::nowMonotonicAtCounterLimit()
{
    HlcClock clock(u"dev"_s, [] { return T0; });
    const Hlc saved {T0, MaxCounter, u"dev"_s};
    clock.restore(saved);
    const Hlc next = clock.now();
    QVERIFY2(saved < next, qPrintable(saved.toString() + u" !< "_s + next.toString()));
    const Hlc after = clock.now();
    QVERIFY2(next < after, qPrintable(next.toString() + u" !< "_s + after.toString()));
}

void HlcTest::receiveMovesPastRemote_data()
{
    QTest::addColumn<qint64>("localWall");
    QTest::addColumn<Hlc>("remote");
    QTest::newRow("remote ahead") << T0 << Hlc {T0 + 10 * 60 * 1000, 4, u"other"_s};
    QTest::newRow("remote same ms, higher counter") << T0 << Hlc {T0, 9, u"other"_s};
    QTest::newRow("remote same ms, lower node") << T0 << Hlc {T0, 0, u"aaa"_s};
    QTest::newRow("remote same ms, higher node") << T0 << Hlc {T0, 0, u"zzz"_s};
    QTest::newRow("remote almost a day ahead") << T0 << Hlc {T0 + Day - 1, 2, u"other"_s};
}

void HlcTest::receiveMovesPastRemote()
{
    QFETCH(qint64, localWall);
    QFETCH(Hlc, remote);
    qint64 wall = localWall;
    HlcClock clock(u"dev"_s, [&wall] { return wall; });
    const Hlc before = clock.now();

    const Result<Hlc> received = clock.receive(remote);
    QVERIFY(received.ok());
    QVERIFY2(remote < *received, qPrintable(received->toString()));
    QVERIFY(before < *received);
    QCOMPARE(received->node, u"dev"_s);
    QCOMPARE(clock.last(), *received);

    // The wall clock does not move (or even goes back): the next local event still follows.
    const Hlc next = clock.now();
    QVERIFY2(remote < next, qPrintable(remote.toString() + u" !< "_s + next.toString()));
    QVERIFY(*received < next);
    wall -= 1000;
    QVERIFY(next < clock.now());
}

void HlcTest::receiveOlderRemoteStillAdvances()
{
    HlcClock clock(u"dev"_s, [] { return T0; });
    const Hlc before = clock.now();
    const Hlc old {T0 - Hour, 50, u"other"_s};
    const Result<Hlc> received = clock.receive(old);
    QVERIFY(received.ok());
    QVERIFY(before < *received);
    QCOMPARE(received->wallMs, T0);
    QVERIFY(old < clock.now());
}

void HlcTest::receiveAtCounterLimit()
{
    // A peer's stamp (valid on the wire) with the largest counter must still be passed.
    HlcClock clock(u"dev"_s, [] { return T0; });
    const Hlc remote {T0 + 1000, MaxCounter, u"other"_s};
    const Result<Hlc> received = clock.receive(remote);
    QVERIFY(received.ok());
    QVERIFY2(remote < *received, qPrintable(received->toString()));
    const Hlc next = clock.now();
    QVERIFY2(remote < next, qPrintable(next.toString()));

    // The same when our own clock is the one at the limit.
    HlcClock own(u"dev"_s, [] { return T0; });
    own.restore(Hlc {T0, MaxCounter, u"dev"_s});
    const Hlc peer {T0, 3, u"other"_s};
    const Result<Hlc> merged = own.receive(peer);
    QVERIFY(merged.ok());
    QVERIFY2((Hlc {T0, MaxCounter, u"dev"_s}) < *merged, qPrintable(merged->toString()));
    QVERIFY(peer < *merged);
}

void HlcTest::slowDeviceOrdersAfterReceivedWrite()
{
    qint64 realTime = T0;
    // Phone A keeps correct time; phone B's clock is an hour behind.
    HlcClock a(u"phone-a"_s, [&realTime] { return realTime; });
    HlcClock b(u"phone-b"_s, [&realTime] { return realTime - Hour; });

    // Without any exchange, B's stamps sort before A's even when written later: that is the
    // hazard the clock must fix.
    const Hlc firstA = a.now();
    realTime += 1000;
    QVERIFY(b.now() < firstA);

    // A writes; B receives that write (causally after), then writes itself a moment later.
    realTime += 1000;
    const Hlc writeA = a.now();
    realTime += 5;
    const Result<Hlc> seen = b.receive(writeA);
    QVERIFY(seen.ok());
    realTime += 5;
    const Hlc writeB = b.now();
    QVERIFY2(writeA < writeB, qPrintable(writeA.toString() + u" !< "_s + writeB.toString()));

    // B keeps writing while its wall clock still lags: every write stays after A's.
    for (int i = 0; i < 100; ++i) {
        realTime += 10;
        const Hlc later = b.now();
        QVERIFY(writeA < later);
    }

    // And the other way round: A receives B's latest and orders its next write after it.
    const Hlc latestB = b.last();
    QVERIFY(a.receive(latestB).ok());
    const Hlc nextA = a.now();
    QVERIFY2(latestB < nextA, qPrintable(latestB.toString() + u" !< "_s + nextA.toString()));
}

void HlcTest::receiveRefusesFarFuture()
{
    qint64 wall = T0;
    HlcClock clock(u"dev"_s, [&wall] { return wall; });
    const Hlc before = clock.now();

    const Hlc broken {T0 + Day + 1, 0, u"broken"_s};
    const Result<Hlc> received = clock.receive(broken);
    QVERIFY(!received.ok());
    QCOMPARE(received.error().code, u"clock_skew"_s);
    QCOMPARE(clock.last(), before);

    // The clock was not dragged along: the next stamp follows the wall clock.
    const Hlc next = clock.now();
    QCOMPARE(next, (Hlc {T0, 1, u"dev"_s}));
    QVERIFY(next < broken);

    // Far in the future by years: also refused.
    const Result<Hlc> years = clock.receive(Hlc {T0 + 365 * Day, 0, u"broken"_s});
    QVERIFY(!years.ok());
    QCOMPARE(years.error().code, u"clock_skew"_s);
    QCOMPARE(clock.last(), next);
}

void HlcTest::receiveAcceptsExactlyMaxDrift()
{
    HlcClock clock(u"dev"_s, [] { return T0; });
    const Hlc edge {T0 + Day, 0, u"other"_s};
    const Result<Hlc> received = clock.receive(edge);
    QVERIFY(received.ok());
    QVERIFY(edge < *received);
}

void HlcTest::receiveHonoursCustomDrift()
{
    HlcClock clock(
        u"dev"_s, [] { return T0; }, 1000);
    QVERIFY(clock.receive(Hlc {T0 + 1000, 0, u"other"_s}).ok());
    const Hlc last = clock.last();
    const Result<Hlc> refused = clock.receive(Hlc {T0 + 1001, 0, u"other"_s});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"clock_skew"_s);
    QCOMPARE(clock.last(), last);
}

void HlcTest::restoreNeverMovesBackwards()
{
    HlcClock clock(u"dev"_s, [] { return T0; });
    clock.now();
    const Hlc current = clock.now();
    QCOMPARE(current, (Hlc {T0, 1, u"dev"_s}));

    clock.restore(Hlc {T0 - Hour, 99, u"dev"_s}); // older wall
    QCOMPARE(clock.last(), current);
    clock.restore(Hlc {T0, 0, u"dev"_s}); // same wall, lower counter
    QCOMPARE(clock.last(), current);
    clock.restore(current); // equal
    QCOMPARE(clock.last(), current);
    clock.restore(Hlc {}); // null
    QCOMPARE(clock.last(), current);

    const Hlc next = clock.now();
    QVERIFY(current < next);
}

void HlcTest::restoreAdvancesToSaved()
{
    // After a restart, the wall clock is behind what was saved: stamps continue after it.
    HlcClock clock(u"dev"_s, [] { return T0 - Hour; });
    const Hlc saved {T0, 42, u"dev"_s};
    clock.restore(saved);
    QCOMPARE(clock.last(), saved);
    const Hlc next = clock.now();
    QVERIFY2(saved < next, qPrintable(next.toString()));
    QCOMPARE(next, (Hlc {T0, 43, u"dev"_s}));
}

QTEST_GUILESS_MAIN(HlcTest)
#include "tst_hlc.moc"
