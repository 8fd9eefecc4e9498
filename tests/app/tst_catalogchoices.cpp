// The choices the catalog offers: the category tree (every path named, translated names, a
// parent before its children) and the buyer's filter, which becomes the server's query and,
// offline, the test of the products kept on the device.
#include "CatalogFilter.h"
#include "Categories.h"
#include "CategoryTree.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk;

class CatalogChoicesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCategoryHasANameAndItsParent()
    {
        App::CategoryTree tree;
        const QVariantList items = tree.items();
        QCOMPARE(items.size(), Categories::paths().size());
        QStringList seen;
        for (const QVariant &item : items) {
            const QString path = item.toMap().value(u"path"_s).toString();
            const QString name = item.toMap().value(u"name"_s).toString();
            QVERIFY2(name != path, qPrintable(u"no name for "_s + path));
            const QString parent = Categories::parent(path);
            QVERIFY2(parent.isEmpty() || seen.contains(parent), qPrintable(path));
            seen << path;
        }
        QCOMPARE(tree.label(u"home/kitchen"_s), u"Home › Kitchen"_s);
        QCOMPARE(tree.label(u"cat/7"_s), u"cat/7"_s); // filed before the tree: shown as is
        QCOMPARE(tree.indexOf(u"home"_s), int(Categories::paths().indexOf(u"home"_s)));
        QVERIFY(Categories::isValid(QString()));
        QVERIFY(Categories::isValid(u"food/spices"_s));
        QVERIFY(!Categories::isValid(u"food/"_s));
        QVERIFY(!Categories::isValid(u"Food/Spices"_s));
    }

    void aFilterBecomesAQueryAndATest()
    {
        Result<App::CatalogFilter> f = App::CatalogFilter::fromMap({{u"text"_s, u" bowl "_s},
                                                                    {u"category"_s, u"home"_s},
                                                                    {u"minPrice"_s, u"10"_s},
                                                                    {u"maxPrice"_s, u"20.5"_s},
                                                                    {u"currency"_s, u"eur"_s},
                                                                    {u"inStock"_s, true},
                                                                    {u"sort"_s, u"price_asc"_s}});
        QVERIFY(f);
        QCOMPARE(f->query().toString(QUrl::FullyDecoded),
                 u"q=bowl&category=home&min_price=1000&max_price=2050&currency=EUR"
                 "&sort=price_asc&in_stock=true"_s);
        const QJsonObject bowl {{u"category"_s, u"home/kitchen"_s},
                                {u"price"_s, 1800},
                                {u"currency"_s, u"EUR"_s},
                                {u"stock"_s, 2},
                                {u"shop"_s, QJsonObject {{u"id"_s, u"s1"_s}}}};
        QVERIFY(f->matches(bowl));
        QJsonObject other = bowl;
        other.insert(u"category"_s, u"homeware"_s); // not under "home"
        QVERIFY(!f->matches(other));
        other = bowl;
        other.insert(u"price"_s, 2051);
        QVERIFY(!f->matches(other));
        other = bowl;
        other.insert(u"currency"_s, u"USD"_s);
        QVERIFY(!f->matches(other));
        other = bowl;
        other.insert(u"stock"_s, 0);
        QVERIFY(!f->matches(other));
        // A price that is not one is an error, not an empty filter.
        QVERIFY(!App::CatalogFilter::fromMap({{u"maxPrice"_s, u"12.345"_s}}));
        QVERIFY(!App::CatalogFilter::fromMap({{u"minPrice"_s, u"-1"_s}}));
        // The defaults ask for everything, newest first.
        QCOMPARE(App::CatalogFilter::fromMap({})->query().toString(), u"sort=newest"_s);
    }
};

QTEST_GUILESS_MAIN(CatalogChoicesTest)
#include "tst_catalogchoices.moc"
