#include "IsoTime.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk::Server;

class IsoTimeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownValues();
    void sameTextAsQDateTime();
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

QTEST_GUILESS_MAIN(IsoTimeTest)
#include "tst_isotime.moc"
