// Inventory CSV: what is exported reads back the same; a malformed file is refused whole,
// with every problem named by its line.
#include "InventoryCsv.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk;

class InventoryCsvTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips()
    {
        const QList<InventoryCsv::Line> lines {
            {0, u"BOWL-1"_s, u"Tea bowl, \"celadon\""_s, u"Blue"_s, u"EUR"_s, u"active"_s, 1850,
             12},
            {0, u"LAMP.2"_s, u"Lantern\nwith a line break"_s, u""_s, u"JPY"_s, u"draft"_s, 4500, 0},
            {0, u"RUG_3"_s, u"Kilim"_s, u"2x3"_s, u"BHD"_s, u"archived"_s, 1'234'567, 1'000'000}};
        QString text = InventoryCsv::header() + u"\r\n"_s;
        for (const auto &l : lines)
            text += InventoryCsv::formatLine(l) + u"\r\n"_s;
        const InventoryCsv::Parsed parsed = InventoryCsv::parse(text);
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(u'\n')));
        QCOMPARE(parsed.lines.size(), 3);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QCOMPARE(parsed.lines.at(i).sku, lines.at(i).sku);
            QCOMPARE(parsed.lines.at(i).product, lines.at(i).product);
            QCOMPARE(parsed.lines.at(i).variant, lines.at(i).variant);
            QCOMPARE(parsed.lines.at(i).price, lines.at(i).price);
            QCOMPARE(parsed.lines.at(i).currency, lines.at(i).currency);
            QCOMPARE(parsed.lines.at(i).stock, lines.at(i).stock);
            QCOMPARE(parsed.lines.at(i).status, lines.at(i).status);
        }
        QCOMPARE(parsed.lines.at(2).number, 5); // the second product spans two lines
    }

    void refusesAMalformedFileWhole()
    {
        const QString text = u"sku,product,variant,price,currency,stock,status\n"
                             "OK-1,Bowl,Blue,12.50,EUR,3,active\n"
                             "OK-2,Bowl,Green,-1,EUR,3,active\n"
                             "bad sku,Bowl,Red,12.50,EUR,3,active\n"
                             "OK-3,Bowl,Red,12.50,euro,3,active\n"
                             "OK-4,Bowl,Red,12.50,EUR,-2000000,active\n"
                             "OK-1,Bowl,Again,12.50,EUR,1,active\n"
                             "OK-5,Bowl\n"
                             "OK-6,Bowl,Red,12.50,EUR,1,sold\n"_s;
        const InventoryCsv::Parsed parsed = InventoryCsv::parse(text);
        QVERIFY(parsed.lines.isEmpty()); // nothing from a file with errors
        const QStringList expected {u"line 3:"_s, u"line 4:"_s, u"line 5:"_s, u"line 6:"_s,
                                    u"line 7:"_s, u"line 8:"_s, u"line 9:"_s};
        QCOMPARE(parsed.errors.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(parsed.errors.at(i).startsWith(expected.at(i)),
                     qPrintable(parsed.errors.at(i)));
        QVERIFY(parsed.errors.at(4).contains(u"appears twice"_s));
    }

    void refusesABadHeaderAndAnOpenQuote()
    {
        QVERIFY(
            InventoryCsv::parse(u"name,price\nx,1\n"_s).errors.first().startsWith(u"line 1:"_s));
        QVERIFY(InventoryCsv::parse(u""_s).errors.first().startsWith(u"line 1:"_s));
        const auto open = InventoryCsv::parse(
            u"sku,product,variant,price,currency,stock,status\nA,\"Bowl,Blue,1,EUR,1,active\n"_s);
        QCOMPARE(open.errors, QStringList {u"line 2: a quote is never closed"_s});
    }
};

QTEST_GUILESS_MAIN(InventoryCsvTest)
#include "tst_inventorycsv.moc"
