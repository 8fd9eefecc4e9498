#include "MergeRules.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Souk;
using namespace Souk::Sync;

namespace {

// Property tests draw their cases from this seed; SOUK_PROPERTY_SEED replays another run.
constexpr quint32 DefaultSeed = 20240601;
constexpr int Cases = 300;
// 2024-06-01T12:00:00Z
constexpr qint64 T0 = 1717243200000LL;

const QStringList &nodes()
{
    static const QStringList list {u"a"_s, u"b"_s, u"c"_s};
    return list;
}

// Few distinct stamps, so random states often share writes.
Hlc randomHlc(QRandomGenerator &rng)
{
    return Hlc {T0 + rng.bounded(4), quint32(rng.bounded(3)), nodes().at(rng.bounded(3))};
}

// A write is identified by its HLC: the same HLC always carries the same value.
LwwValue writeAt(const Hlc &hlc)
{
    return LwwValue {QJsonValue(u"v@"_s + hlc.toString()), hlc};
}

// A quantity (a number) that is a function of the HLC of the write that set it.
LwwValue quantityAt(const Hlc &hlc)
{
    const qint64 n = (hlc.wallMs - T0) * 100 + hlc.counter * 10 + (hlc.node.at(0).unicode() - 'a');
    return LwwValue {QJsonValue(n + 1), hlc};
}

QString describe(const LwwValue &v)
{
    return v.hlc.toString() + u'=' + v.value.toVariant().toString();
}

QString describe(const CounterState &c)
{
    QStringList parts;
    for (auto it = c.deltas.constBegin(); it != c.deltas.constEnd(); ++it)
        parts << u"%1:%2"_s.arg(it.key()).arg(it.value());
    return u'{' + parts.join(u',') + u'}';
}

QString describe(const PairRegister &p)
{
    return (p.active ? u"on@"_s : u"off@"_s) + p.hlc.toString();
}

QString describeSets(const QMap<QString, QSet<QString>> &sets)
{
    QStringList parts;
    for (auto it = sets.constBegin(); it != sets.constEnd(); ++it) {
        QStringList tags(it.value().cbegin(), it.value().cend());
        tags.sort();
        parts << it.key() + u":["_s + tags.join(u',') + u']';
    }
    return parts.join(u' ');
}

QString describe(const AddWinsMap &m)
{
    QStringList qty;
    for (auto it = m.quantity.constBegin(); it != m.quantity.constEnd(); ++it)
        qty << it.key() + u'=' + describe(it.value());
    return u"adds{"_s + describeSets(m.adds) + u"} removed{"_s + describeSets(m.removed)
        + u"} qty{"_s + qty.join(u' ') + u"} keys["_s + m.keys().join(u',') + u']';
}

QString context(quint32 seed, int i)
{
    return u"[SOUK_PROPERTY_SEED=%1, case %2] "_s.arg(seed).arg(i);
}

// Commutative, associative and idempotent on random states: what makes replicas converge
// whatever order (and however often) they exchange states.
template<typename T, typename Merge, typename Gen>
void checkMergeLaws(quint32 seed, Merge merge, Gen gen)
{
    QRandomGenerator rng(seed);
    for (int i = 0; i < Cases; ++i) {
        const T a = gen(rng);
        const T b = gen(rng);
        const T c = gen(rng);
        const QString states =
            u"a="_s + describe(a) + u" b="_s + describe(b) + u" c="_s + describe(c);
        QVERIFY2(merge(a, b) == merge(b, a),
                 qPrintable(context(seed, i) + u"not commutative: "_s + states));
        QVERIFY2(merge(merge(a, b), c) == merge(a, merge(b, c)),
                 qPrintable(context(seed, i) + u"not associative: "_s + states));
        QVERIFY2(merge(a, a) == a, qPrintable(context(seed, i) + u"not idempotent: "_s + states));
        // Merging again what was already merged in changes nothing.
        QVERIFY2(merge(merge(a, b), b) == merge(a, b),
                 qPrintable(context(seed, i) + u"re-merge changed the state: "_s + states));
    }
}

} // namespace

class MergeRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void lwwMergeLaws();
    void lwwHigherHlcWins();

    void applyLwwWriteFirstWrite();
    void applyLwwWriteSequentialIsNoConflict();
    void applyLwwWriteSameWriteTwice();
    void applyLwwWriteConcurrentKeepsLoser();
    void applyLwwWriteConcurrentSameValue();
    void applyLwwWriteConvergesInAnyOrder();

    void counterMergeLaws();
    void counterIgnoresDuplicateOpIds();
    void counterValueIsSumOfDistinctDeltas();

    void pairMergeLaws();
    void pairLastWriterWins();

    void addWinsMergeLaws();
    void addWinsConcurrentAddSurvivesRemove();
    void addWinsObservedRemoveRemoves();
    void addWinsRemoveScenarios();
    void addWinsQuantityIsLww();

    void appendLogIgnoresDuplicates();
    void appendLogRandomDuplicates();

    void maxRegisterNeverGoesBackwards();
    void mergeMaxLaws();

    void orderStateMachineInitial();
    void orderTransitions_data();
    void orderTransitions();

private:
    quint32 m_seed = DefaultSeed;
};

void MergeRulesTest::initTestCase()
{
    const QString env = qEnvironmentVariable("SOUK_PROPERTY_SEED");
    if (!env.isEmpty()) {
        bool ok = false;
        m_seed = env.toUInt(&ok);
        QVERIFY2(ok, "SOUK_PROPERTY_SEED must be an unsigned 32-bit integer");
    }
    qInfo().noquote() << u"SOUK_PROPERTY_SEED=%1 (%2 cases per property)"_s.arg(m_seed).arg(Cases);
}

void MergeRulesTest::lwwMergeLaws()
{
    checkMergeLaws<LwwValue>(m_seed, mergeLww,
                             [](QRandomGenerator &rng) { return writeAt(randomHlc(rng)); });
    if (QTest::currentTestFailed())
        return;

    // And the result is the write with the higher HLC, whichever side it is on.
    QRandomGenerator rng(m_seed + 1);
    for (int i = 0; i < Cases; ++i) {
        const LwwValue a = writeAt(randomHlc(rng));
        const LwwValue b = writeAt(randomHlc(rng));
        const LwwValue expected = a.hlc < b.hlc ? b : a;
        QVERIFY2(mergeLww(a, b) == expected,
                 qPrintable(context(m_seed, i) + describe(a) + u" vs "_s + describe(b)));
    }
}

void MergeRulesTest::lwwHigherHlcWins()
{
    const LwwValue older {QJsonValue(u"old"_s), Hlc {T0 + 1, 0, u"z"_s}};
    const LwwValue newer {QJsonValue(u"new"_s), Hlc {T0 + 2, 0, u"a"_s}};
    QCOMPARE(mergeLww(older, newer), newer);
    QCOMPARE(mergeLww(newer, older), newer);
    const LwwValue sameMsHigherCounter {QJsonValue(u"c"_s), Hlc {T0 + 2, 1, u"a"_s}};
    QCOMPARE(mergeLww(newer, sameMsHigherCounter), sameMsHigherCounter);
    const LwwValue nodeTieBreak {QJsonValue(u"b"_s), Hlc {T0 + 2, 0, u"b"_s}};
    QCOMPARE(mergeLww(nodeTieBreak, newer), nodeTieBreak);
    QCOMPARE(mergeLww(newer, nodeTieBreak), nodeTieBreak);
}

void MergeRulesTest::applyLwwWriteFirstWrite()
{
    const LwwValue incoming {QJsonValue(u"hello"_s), Hlc {T0, 0, u"a"_s}};
    const LwwWriteOutcome out = applyLwwWrite(std::nullopt, incoming, Hlc {});
    QCOMPARE(out.result, incoming);
    QVERIFY(out.changed);
    QVERIFY(!out.conflictLoser.has_value());
}

void MergeRulesTest::applyLwwWriteSequentialIsNoConflict()
{
    const LwwValue current {QJsonValue(u"red"_s), Hlc {T0, 0, u"a"_s}};
    // The writer saw the current value (base == its clock): a plain overwrite.
    const LwwValue incoming {QJsonValue(u"blue"_s), Hlc {T0 + 10, 0, u"b"_s}};
    const LwwWriteOutcome out = applyLwwWrite(current, incoming, current.hlc);
    QCOMPARE(out.result, incoming);
    QVERIFY(out.changed);
    QVERIFY2(!out.conflictLoser.has_value(),
             qPrintable(out.conflictLoser ? describe(*out.conflictLoser) : QString()));
}

void MergeRulesTest::applyLwwWriteSameWriteTwice()
{
    const LwwValue current {QJsonValue(u"red"_s), Hlc {T0, 0, u"a"_s}};
    const LwwWriteOutcome out = applyLwwWrite(current, current, Hlc {T0 - 5, 0, u"a"_s});
    QCOMPARE(out.result, current);
    QVERIFY(!out.changed);
    QVERIFY(!out.conflictLoser.has_value());
}

void MergeRulesTest::applyLwwWriteConcurrentKeepsLoser()
{
    // Both writers saw `base`; neither saw the other's write.
    const Hlc base {T0, 0, u"a"_s};
    const LwwValue low {QJsonValue(u"from-b"_s), Hlc {T0 + 10, 0, u"b"_s}};
    const LwwValue high {QJsonValue(u"from-c"_s), Hlc {T0 + 20, 0, u"c"_s}};

    // The lower stamp arrived first; the higher one wins and the lower one is the conflict.
    const LwwWriteOutcome lowFirst = applyLwwWrite(low, high, base);
    QCOMPARE(lowFirst.result, high);
    QVERIFY(lowFirst.changed);
    QVERIFY(lowFirst.conflictLoser.has_value());
    QCOMPARE(*lowFirst.conflictLoser, low);

    // The higher stamp arrived first: it stays, and the late lower write is the conflict.
    const LwwWriteOutcome highFirst = applyLwwWrite(high, low, base);
    QCOMPARE(highFirst.result, high);
    QVERIFY(!highFirst.changed);
    QVERIFY(highFirst.conflictLoser.has_value());
    QCOMPARE(*highFirst.conflictLoser, low);
}

void MergeRulesTest::applyLwwWriteConcurrentSameValue()
{
    const Hlc base {T0, 0, u"a"_s};
    const LwwValue one {QJsonValue(3), Hlc {T0 + 10, 0, u"b"_s}};
    const LwwValue two {QJsonValue(3), Hlc {T0 + 20, 0, u"c"_s}};
    const LwwWriteOutcome out = applyLwwWrite(one, two, base);
    QCOMPARE(out.result, two);
    QVERIFY(!out.conflictLoser.has_value()); // nothing was lost
}

void MergeRulesTest::applyLwwWriteConvergesInAnyOrder()
{
    QRandomGenerator rng(m_seed);
    const QStringList colours {u"red"_s, u"green"_s, u"blue"_s};
    auto randomValue = [&] {
        return QJsonValue(colours.at(rng.bounded(3)));
    };
    for (int i = 0; i < Cases; ++i) {
        // A base write everybody saw, then two concurrent writes made on top of it.
        const LwwValue base {randomValue(), Hlc {T0, quint32(rng.bounded(3)), u"s"_s}};
        Hlc hx = randomHlc(rng);
        Hlc hy = randomHlc(rng);
        hx.wallMs += 1000; // both after the base
        hy.wallMs += 1000;
        if (hx == hy)
            hy.node = u"d"_s;
        const LwwValue x {randomValue(), hx};
        const LwwValue y {randomValue(), hy};
        const LwwValue &winner = x.hlc < y.hlc ? y : x;
        const LwwValue &loser = x.hlc < y.hlc ? x : y;
        const QString ctx = context(m_seed, i) + u"base="_s + describe(base) + u" x="_s
            + describe(x) + u" y="_s + describe(y);

        for (const auto &[first, second] :
             {std::pair {&x, &y}, std::pair {&y, &x}}) { // both arrival orders
            const LwwWriteOutcome one = applyLwwWrite(base, *first, base.hlc);
            QVERIFY2(one.result == *first && one.changed && !one.conflictLoser,
                     qPrintable(ctx + u" first write on top of its base"_s));
            const LwwWriteOutcome two = applyLwwWrite(one.result, *second, base.hlc);
            QVERIFY2(two.result == winner, qPrintable(ctx + u" wrong winner"_s));
            QVERIFY2(two.changed == (second == &winner), qPrintable(ctx + u" changed flag"_s));
            if (x.value == y.value) {
                QVERIFY2(!two.conflictLoser, qPrintable(ctx + u" same value is no conflict"_s));
            } else {
                QVERIFY2(two.conflictLoser && *two.conflictLoser == loser,
                         qPrintable(ctx + u" loser not kept"_s));
            }
            // A later write by someone who saw the winner is not a conflict.
            const LwwValue next {randomValue(), Hlc {T0 + 5000, 0, u"a"_s}};
            const LwwWriteOutcome three = applyLwwWrite(two.result, next, two.result.hlc);
            QVERIFY2(three.result == next && three.changed && !three.conflictLoser,
                     qPrintable(ctx + u" sequential write after the merge"_s));
        }
    }
}

void MergeRulesTest::counterMergeLaws()
{
    // Operation ids are unique, so an id always carries the same delta.
    QRandomGenerator table(m_seed + 2);
    QMap<QString, qint64> deltaOf;
    for (int op = 0; op < 24; ++op)
        deltaOf.insert(u"op%1"_s.arg(op), table.bounded(-5, 21));
    checkMergeLaws<CounterState>(m_seed, mergeCounters, [&deltaOf](QRandomGenerator &rng) {
        CounterState state;
        for (auto it = deltaOf.constBegin(); it != deltaOf.constEnd(); ++it) {
            if (rng.bounded(3) == 0)
                state = counterApply(state, it.key(), it.value());
        }
        return state;
    });
}

void MergeRulesTest::counterIgnoresDuplicateOpIds()
{
    CounterState state;
    state = counterApply(state, u"op1"_s, 5);
    state = counterApply(state, u"op1"_s, 5);
    QCOMPARE(state.value(), 5);
    state = counterApply(state, u"op2"_s, -2);
    QCOMPARE(state.value(), 3);
    // A replayed id never counts twice, whatever it claims.
    state = counterApply(state, u"op2"_s, 100);
    QCOMPARE(state.value(), 3);
    QCOMPARE(mergeCounters(state, state).value(), 3);
}

void MergeRulesTest::counterValueIsSumOfDistinctDeltas()
{
    QRandomGenerator rng(m_seed);
    for (int i = 0; i < Cases; ++i) {
        // Distinct operations, each delivered one to three times, in a random order, split
        // between two replicas that may both receive the same operation.
        const int count = rng.bounded(1, 16);
        QList<std::pair<QString, qint64>> deliveries;
        qint64 expected = 0;
        for (int op = 0; op < count; ++op) {
            const QString id = u"op-%1-%2"_s.arg(i).arg(op);
            const qint64 delta = rng.bounded(-1000, 1001);
            expected += delta;
            const int copies = rng.bounded(1, 4);
            for (int c = 0; c < copies; ++c)
                deliveries.append({id, delta});
        }
        std::shuffle(deliveries.begin(), deliveries.end(), rng);

        CounterState single;
        CounterState left;
        CounterState right;
        for (const auto &[id, delta] : std::as_const(deliveries)) {
            single = counterApply(single, id, delta);
            CounterState &replica = rng.bounded(2) ? left : right;
            replica = counterApply(replica, id, delta);
        }
        // Make sure every operation reached at least one replica.
        for (const auto &[id, delta] : std::as_const(deliveries)) {
            if (!left.deltas.contains(id) && !right.deltas.contains(id))
                left = counterApply(left, id, delta);
        }
        const QString ctx = context(m_seed, i)
            + u"deliveries=%1 expected=%2 "_s.arg(deliveries.size()).arg(expected);
        QVERIFY2(single.value() == expected, qPrintable(ctx + u"got %1"_s.arg(single.value())));
        QVERIFY2(single.deltas.size() == count, qPrintable(ctx + describe(single)));
        const CounterState merged = mergeCounters(left, right);
        QVERIFY2(merged.value() == expected,
                 qPrintable(ctx + u"merged %1 + %2"_s.arg(describe(left), describe(right))));
        QVERIFY2(merged == single, qPrintable(ctx + describe(merged)));
    }
}

void MergeRulesTest::pairMergeLaws()
{
    // Like the values of LWW writes, `active` is a property of the write (its HLC).
    auto gen = [](QRandomGenerator &rng) {
        const Hlc hlc = randomHlc(rng);
        return PairRegister {(hlc.wallMs + hlc.counter + hlc.node.at(0).unicode()) % 2 == 0, hlc};
    };
    checkMergeLaws<PairRegister>(m_seed, mergePair, gen);
    if (QTest::currentTestFailed())
        return;
    QRandomGenerator rng(m_seed + 3);
    for (int i = 0; i < Cases; ++i) {
        const PairRegister a = gen(rng);
        const PairRegister b = gen(rng);
        const PairRegister merged = mergePair(a, b);
        QVERIFY2(merged.hlc == std::max(a.hlc, b.hlc) && merged == (a.hlc < b.hlc ? b : a),
                 qPrintable(context(m_seed, i) + describe(a) + u" vs "_s + describe(b)));
    }
}

void MergeRulesTest::pairLastWriterWins()
{
    const PairRegister like {true, Hlc {T0, 0, u"a"_s}};
    const PairRegister unlike {false, Hlc {T0 + 1, 0, u"a"_s}};
    QCOMPARE(mergePair(like, unlike), unlike);
    QCOMPARE(mergePair(unlike, like), unlike);
    const PairRegister relike {true, Hlc {T0 + 1, 1, u"b"_s}};
    QCOMPARE(mergePair(unlike, relike), relike);
    QCOMPARE(mergePair(relike, unlike), relike);
    QVERIFY(mergePair(PairRegister {}, like).active);
}

void MergeRulesTest::addWinsMergeLaws()
{
    checkMergeLaws<AddWinsMap>(m_seed, mergeAddWins, [](QRandomGenerator &rng) {
        AddWinsMap map;
        const int ops = rng.bounded(9);
        for (int op = 0; op < ops; ++op) {
            const QString key = u"k%1"_s.arg(rng.bounded(4));
            if (rng.bounded(10) < 7)
                map.add(key, key + u"/t%1"_s.arg(rng.bounded(6)), quantityAt(randomHlc(rng)));
            else
                map.remove(key);
        }
        return map;
    });
}

void MergeRulesTest::addWinsConcurrentAddSurvivesRemove()
{
    const QString key = u"sku-1"_s;
    AddWinsMap phone;
    phone.add(key, u"tag-1"_s, LwwValue {QJsonValue(1), Hlc {T0, 0, u"a"_s}});
    AddWinsMap laptop = phone; // synced
    QVERIFY(laptop.contains(key));

    // Offline: the laptop removes the line it has seen; the phone adds the item again.
    laptop.remove(key);
    QVERIFY(!laptop.contains(key));
    phone.add(key, u"tag-2"_s, LwwValue {QJsonValue(2), Hlc {T0 + 10, 0, u"a"_s}});

    const AddWinsMap m1 = mergeAddWins(phone, laptop);
    const AddWinsMap m2 = mergeAddWins(laptop, phone);
    QVERIFY2(m1.contains(key), qPrintable(describe(m1)));
    QVERIFY2(m2.contains(key), qPrintable(describe(m2)));
    QCOMPARE(m1.keys(), QStringList {key});
    QCOMPARE(m1.quantity.value(key).value, QJsonValue(2));
    QCOMPARE(m1, m2);
}

void MergeRulesTest::addWinsObservedRemoveRemoves()
{
    const QString key = u"sku-1"_s;
    const QString other = u"sku-2"_s;
    AddWinsMap phone;
    phone.add(key, u"tag-1"_s, LwwValue {QJsonValue(1), Hlc {T0, 0, u"a"_s}});
    AddWinsMap laptop;
    laptop.add(key, u"tag-2"_s, LwwValue {QJsonValue(4), Hlc {T0 + 1, 0, u"b"_s}});
    laptop.add(other, u"tag-3"_s, LwwValue {QJsonValue(1), Hlc {T0 + 2, 0, u"b"_s}});

    // The laptop syncs, so its remove sees both tags.
    laptop = mergeAddWins(laptop, phone);
    laptop.remove(key);
    QVERIFY(!laptop.contains(key));
    QCOMPARE(laptop.keys(), QStringList {other});

    // The phone, which added nothing since, learns of the remove: the line is gone everywhere.
    const AddWinsMap m1 = mergeAddWins(phone, laptop);
    const AddWinsMap m2 = mergeAddWins(laptop, phone);
    QVERIFY2(!m1.contains(key), qPrintable(describe(m1)));
    QVERIFY2(!m2.contains(key), qPrintable(describe(m2)));
    QCOMPARE(m1.keys(), QStringList {other});
    QCOMPARE(m1, m2);

    // Removing something never added is harmless.
    AddWinsMap empty;
    empty.remove(key);
    QVERIFY(!empty.contains(key));
    QVERIFY(empty.keys().isEmpty());
}

void MergeRulesTest::addWinsRemoveScenarios()
{
    QRandomGenerator rng(m_seed);
    for (int i = 0; i < Cases; ++i) {
        const QString key = u"k%1"_s.arg(rng.bounded(3));
        // A shared history of a few adds (and maybe removes) of several keys.
        AddWinsMap shared;
        int tag = 0;
        const int ops = rng.bounded(1, 6);
        for (int op = 0; op < ops; ++op) {
            const QString k = u"k%1"_s.arg(rng.bounded(3));
            if (rng.bounded(4) == 0)
                shared.remove(k);
            else
                shared.add(k, u"t%1"_s.arg(tag++), quantityAt(randomHlc(rng)));
        }
        shared.add(key, u"t%1"_s.arg(tag++), quantityAt(randomHlc(rng)));

        // Replica R removes `key` having seen all of its tags; replica A, concurrently,
        // may add it again (a tag R has not seen) and may add or remove other keys.
        AddWinsMap remover = shared;
        remover.remove(key);
        AddWinsMap adder = shared;
        const bool concurrentAdd = rng.bounded(2) == 1;
        if (concurrentAdd)
            adder.add(key, u"t%1"_s.arg(tag++), quantityAt(randomHlc(rng)));
        const QString otherKey = u"k%1"_s.arg((key.mid(1).toInt() + 1) % 3);
        if (rng.bounded(2))
            adder.add(otherKey, u"t%1"_s.arg(tag++), quantityAt(randomHlc(rng)));

        const AddWinsMap m1 = mergeAddWins(remover, adder);
        const AddWinsMap m2 = mergeAddWins(adder, remover);
        const QString ctx = context(m_seed, i)
            + u"key=%1 concurrentAdd=%2 shared="_s.arg(key).arg(int(concurrentAdd))
            + describe(shared) + u" merged="_s + describe(m1);
        QVERIFY2(m1 == m2, qPrintable(ctx + u" merge not commutative"_s));
        QVERIFY2(m1.contains(key) == concurrentAdd, qPrintable(ctx));
        QVERIFY2(m1.keys().contains(key) == concurrentAdd, qPrintable(ctx));
        // Other keys are untouched by a remove of `key`.
        QVERIFY2(m1.contains(otherKey) == adder.contains(otherKey), qPrintable(ctx));
        // A remove made after seeing the merged state removes the key, concurrent add or not.
        AddWinsMap later = m1;
        later.remove(key);
        QVERIFY2(!later.contains(key), qPrintable(ctx + u" remove after merge"_s));
        QVERIFY2(!mergeAddWins(later, m1).contains(key),
                 qPrintable(ctx + u" remove after merge, merged back"_s));
    }
}

void MergeRulesTest::addWinsQuantityIsLww()
{
    const QString key = u"sku-1"_s;
    AddWinsMap a;
    a.add(key, u"tag-1"_s, LwwValue {QJsonValue(1), Hlc {T0, 0, u"a"_s}});
    AddWinsMap b = a;
    a.add(key, u"tag-2"_s, LwwValue {QJsonValue(3), Hlc {T0 + 5, 0, u"a"_s}});
    b.add(key, u"tag-3"_s, LwwValue {QJsonValue(7), Hlc {T0 + 9, 0, u"b"_s}});
    QCOMPARE(mergeAddWins(a, b).quantity.value(key).value, QJsonValue(7));
    QCOMPARE(mergeAddWins(b, a).quantity.value(key).value, QJsonValue(7));
    // An older quantity added later locally does not replace a newer one.
    b.add(key, u"tag-4"_s, LwwValue {QJsonValue(2), Hlc {T0 + 1, 0, u"b"_s}});
    QCOMPARE(b.quantity.value(key).value, QJsonValue(7));
}

void MergeRulesTest::appendLogIgnoresDuplicates()
{
    AppendLog log;
    QVERIFY(log.append(LogEntry {u"m1"_s, QJsonValue(u"hello"_s)}));
    QVERIFY(log.append(LogEntry {u"m2"_s, QJsonValue(u"world"_s)}));
    QVERIFY(!log.append(LogEntry {u"m1"_s, QJsonValue(u"replayed"_s)}));
    QCOMPARE(log.entries().size(), 2);
    QCOMPARE(log.entries().at(0).id, u"m1"_s);
    QCOMPARE(log.entries().at(0).payload, QJsonValue(u"hello"_s));
    QCOMPARE(log.entries().at(0).position, 0);
    QCOMPARE(log.entries().at(1).id, u"m2"_s);
    QCOMPARE(log.entries().at(1).position, 1);
}

void MergeRulesTest::appendLogRandomDuplicates()
{
    QRandomGenerator rng(m_seed);
    for (int i = 0; i < Cases; ++i) {
        AppendLog log;
        QStringList expectedIds;
        QHash<QString, int> firstPayload;
        const int n = rng.bounded(1, 30);
        for (int k = 0; k < n; ++k) {
            const QString id = u"m%1"_s.arg(rng.bounded(10));
            const int payload = rng.bounded(1000);
            const bool fresh = !expectedIds.contains(id);
            if (fresh) {
                expectedIds << id;
                firstPayload.insert(id, payload);
            }
            QVERIFY2(log.append(LogEntry {id, QJsonValue(payload)}) == fresh,
                     qPrintable(context(m_seed, i) + u"append %1"_s.arg(id)));
        }
        QVERIFY2(log.entries().size() == expectedIds.size(), qPrintable(context(m_seed, i)));
        for (qsizetype p = 0; p < log.entries().size(); ++p) {
            const LogEntry &e = log.entries().at(p);
            QVERIFY2(e.id == expectedIds.at(p) && e.position == p
                         && e.payload == QJsonValue(firstPayload.value(e.id)),
                     qPrintable(context(m_seed, i) + u"entry %1"_s.arg(p)));
        }
    }
}

void MergeRulesTest::maxRegisterNeverGoesBackwards()
{
    MaxRegister fixed;
    QVERIFY(fixed.advance(10));
    QVERIFY(!fixed.advance(3));
    QVERIFY(!fixed.advance(10));
    QCOMPARE(fixed.value, 10);
    QVERIFY(!fixed.advance(-1));
    QCOMPARE(fixed.value, 10);

    QRandomGenerator rng(m_seed);
    for (int i = 0; i < Cases; ++i) {
        MaxRegister reg;
        qint64 expected = 0;
        const int n = rng.bounded(1, 20);
        for (int k = 0; k < n; ++k) {
            const qint64 to = rng.bounded(-20, 100);
            const qint64 before = reg.value;
            const bool advanced = reg.advance(to);
            expected = std::max(expected, to);
            const QString ctx = context(m_seed, i) + u"%1 -> %2"_s.arg(before).arg(to);
            QVERIFY2(reg.value >= before, qPrintable(ctx + u" went backwards"_s));
            QVERIFY2(reg.value == expected, qPrintable(ctx));
            QVERIFY2(advanced == (to > before), qPrintable(ctx + u" return value"_s));
        }
    }
}

void MergeRulesTest::mergeMaxLaws()
{
    QRandomGenerator rng(m_seed);
    for (int i = 0; i < Cases; ++i) {
        const qint64 a = rng.bounded(-50, 50);
        const qint64 b = rng.bounded(-50, 50);
        const qint64 c = rng.bounded(-50, 50);
        const QString ctx = context(m_seed, i) + u"%1 %2 %3"_s.arg(a).arg(b).arg(c);
        QVERIFY2(mergeMax(a, b) == std::max(a, b), qPrintable(ctx));
        QVERIFY2(mergeMax(a, b) == mergeMax(b, a), qPrintable(ctx));
        QVERIFY2(mergeMax(mergeMax(a, b), c) == mergeMax(a, mergeMax(b, c)), qPrintable(ctx));
        QVERIFY2(mergeMax(a, a) == a, qPrintable(ctx));
    }
}

void MergeRulesTest::orderStateMachineInitial()
{
    const StateMachine sm = orderStateMachine();
    QCOMPARE(sm.initial(), u"placed"_s);
    // The happy path, step by step.
    QString state = sm.initial();
    for (const QString &next : {u"paid"_s, u"shipped"_s, u"delivered"_s, u"refunded"_s}) {
        const Result<QString> r = sm.transition(state, next);
        QVERIFY2(r.ok(), qPrintable(state + u" -> "_s + next));
        state = *r;
    }
    QCOMPARE(state, u"refunded"_s);
}

void MergeRulesTest::orderTransitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("valid");
    const QStringList states {u"placed"_s,    u"paid"_s,     u"shipped"_s, u"delivered"_s,
                              u"cancelled"_s, u"refunded"_s, u"unknown"_s, QString()};
    const QSet<QString> allowed {
        u"placed>paid"_s,   u"placed>cancelled"_s,  u"paid>shipped"_s,     u"paid>cancelled"_s,
        u"paid>refunded"_s, u"shipped>delivered"_s, u"shipped>refunded"_s, u"delivered>refunded"_s,
    };
    for (const QString &from : states) {
        for (const QString &to : states) {
            const QString name = (from.isEmpty() ? u"(empty)"_s : from) + u" -> "_s
                + (to.isEmpty() ? u"(empty)"_s : to);
            QTest::newRow(qPrintable(name)) << from << to << allowed.contains(from + u'>' + to);
        }
    }
}

void MergeRulesTest::orderTransitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, valid);
    const StateMachine sm = orderStateMachine();
    QCOMPARE(sm.canTransition(from, to), valid);
    const Result<QString> r = sm.transition(from, to);
    QCOMPARE(r.ok(), valid);
    if (valid) {
        QCOMPARE(*r, to);
    } else {
        QCOMPARE(r.error().status, 409);
        QCOMPARE(r.error().code, u"invalid_transition"_s);
    }
}

QTEST_GUILESS_MAIN(MergeRulesTest)
#include "tst_mergerules.moc"
