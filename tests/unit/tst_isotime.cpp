#include "IsoTime.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk;

class IsoTimeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownValues();
    void sameTextAsQDateTime();
    void neverIsNull();
    void parsesWhatItWrites();
    void parsesOffsets();
    void refusesTimesWithoutAnOffset_data();
    void refusesTimesWithoutAnOffset();
    void readsBothFormsFromJson();
};

void IsoTimeTest::knownValues()
{
    QCOMPARE(isoTime(0), u"1970-01-01T00:00:00.000Z"_s);
    QCOMPARE(isoTime(1793299706334), u"2026-10-29T18:48:26.334Z"_s);
    QCOMPARE(isoTime(-1), u"1969-12-31T23:59:59.999Z"_s);
    QCOMPARE(isoTime(951'782'400'000), u"2000-02-29T00:00:00.000Z"_s); // a leap day
}

void IsoTimeTest::sameTextAsQDateTime()
{
    // Years 1 to 9999, and densely around now.
    QRandomGenerator random(20261201);
    const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 last =
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        const qint64 ms = i % 2 ? first + qint64(random.generateDouble() * double(last - first))
                                : now + random.bounded(-100'000'000'000LL, 100'000'000'000LL);
        const QString expected =
            QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        QCOMPARE(isoTime(ms), expected);
    }
}

void IsoTimeTest::neverIsNull()
{
    QVERIFY(jsonTime(0).isNull());
    QCOMPARE(jsonTime(1793299706334), QJsonValue(u"2026-10-29T18:48:26.334Z"_s));
}

void IsoTimeTest::parsesWhatItWrites()
{
    QRandomGenerator random(20261207);
    for (int i = 0; i < 5000; ++i) {
        const qint64 ms = random.bounded(-10'000'000'000'000LL, 200'000'000'000'000LL);
        QCOMPARE(parseIsoTime(isoTime(ms)), std::optional<qint64>(ms));
    }
}

void IsoTimeTest::parsesOffsets()
{
    QCOMPARE(parseIsoTime(u"2026-10-29T20:48:26.334+02:00"), std::optional<qint64>(1793299706334));
    QCOMPARE(parseIsoTime(u"2026-10-29T18:48:26Z"), std::optional<qint64>(1793299706000));
    QCOMPARE(parseIsoTime(u"2026-10-30T08:48:26.334+14:00"), std::optional<qint64>(1793299706334));
    QCOMPARE(parseIsoTime(u"2026-10-29T06:48:26.334-12:00"), std::optional<qint64>(1793299706334));
    QCOMPARE(parseIsoTime(u"2026-10-29T18:48:26.3Z"), std::optional<qint64>(1793299706300));
}

void IsoTimeTest::refusesTimesWithoutAnOffset_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("local time") << u"2026-10-29T18:48:26.334"_s;
    QTest::newRow("a date") << u"2026-10-29"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << u"yesterday at noon, Z"_s;
    QTest::newRow("no such day") << u"2026-02-30T10:00:00Z"_s;
    QTest::newRow("epoch digits") << u"1793299706334"_s;
    QTest::newRow("24:00") << u"2026-10-29T24:00:00Z"_s;
    QTest::newRow("decimal comma") << u"2026-10-29T10:00:00,5Z"_s;
    QTest::newRow("four fraction digits") << u"2026-10-29T10:00:00.1234Z"_s;
    QTest::newRow("offset past +14:00") << u"2026-10-29T10:00:00+14:30"_s;
    QTest::newRow("offset +15:00") << u"2026-10-29T10:00:00+15:00"_s;
    QTest::newRow("offset without colon") << u"2026-10-29T10:00:00+0200"_s;
    QTest::newRow("lower-case z") << u"2026-10-29T10:00:00z"_s;
    QTest::newRow("Arabic-Indic digits") << u"٢٠٢٦-10-29T10:00:00Z"_s;
}

void IsoTimeTest::refusesTimesWithoutAnOffset()
{
    QFETCH(QString, text);
    QCOMPARE(parseIsoTime(text), std::nullopt);
}

void IsoTimeTest::readsBothFormsFromJson()
{
    QCOMPARE(timeFromJson(QJsonValue(u"2026-10-29T18:48:26.334Z"_s)), 1793299706334);
    QCOMPARE(timeFromJson(QJsonValue(1793299706334LL)), 1793299706334); // servers before ISO times
    QCOMPARE(timeFromJson(QJsonValue(QJsonValue::Null)), 0);
    QCOMPARE(timeFromJson(QJsonValue(QJsonValue::Undefined)), 0);
    QCOMPARE(timeFromJson(QJsonValue(u"soon"_s)), 0);
}

QTEST_GUILESS_MAIN(IsoTimeTest)
#include "tst_isotime.moc"
