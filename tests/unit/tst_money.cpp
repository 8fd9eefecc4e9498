// Money to and from text in minor units, never through floating point.
#include "Money.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk;

class MoneyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("euros") << qint64(1250) << u"EUR"_s << u"12.50 EUR"_s;
        QTest::newRow("cents only") << qint64(7) << u"EUR"_s << u"0.07 EUR"_s;
        QTest::newRow("yen have no minor unit") << qint64(1500) << u"JPY"_s << u"1,500 JPY"_s;
        QTest::newRow("dinars have three") << qint64(1250) << u"BHD"_s << u"1.250 BHD"_s;
        QTest::newRow("large") << qint64(10'000'000'000) << u"USD"_s << u"100,000,000.00 USD"_s;
        QTest::newRow("negative") << qint64(-405) << u"EUR"_s << u"-4.05 EUR"_s;
    }
    void formats()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(Money::format(minor, currency, QLocale(QLocale::English, QLocale::UnitedStates)),
                 expected);
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("expected"); // -1: refused
        QTest::newRow("plain") << u"12.50"_s << u"EUR"_s << qint64(1250);
        QTest::newRow("one decimal") << u"12.5"_s << u"EUR"_s << qint64(1250);
        QTest::newRow("comma") << u"12,50"_s << u"EUR"_s << qint64(1250);
        QTest::newRow("grouped") << u"1.234,56"_s << u"EUR"_s << qint64(123456);
        QTest::newRow("spaces") << u" 1 234.00 "_s << u"EUR"_s << qint64(123400);
        QTest::newRow("whole") << u"3"_s << u"EUR"_s << qint64(300);
        QTest::newRow("0.1 + 0.2 stays exact") << u"0.30"_s << u"EUR"_s << qint64(30);
        QTest::newRow("yen") << u"1500"_s << u"JPY"_s << qint64(1500);
        QTest::newRow("too many decimals") << u"1.005"_s << u"EUR"_s << qint64(-1);
        QTest::newRow("negative") << u"-3"_s << u"EUR"_s << qint64(-1);
        QTest::newRow("letters") << u"12 EUR"_s << u"EUR"_s << qint64(-1);
        QTest::newRow("empty") << u""_s << u"EUR"_s << qint64(-1);
        QTest::newRow("arabic digits are not ASCII digits") << u"١٢"_s << u"EUR"_s << qint64(-1);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, expected);
        const Result<qint64> parsed = Money::parse(text, currency);
        if (expected < 0) {
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().code, u"invalid_price"_s);
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, expected);
        }
    }
};

QTEST_GUILESS_MAIN(MoneyTest)
#include "tst_money.moc"
