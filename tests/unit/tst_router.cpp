#include "Router.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk::Server;

class RouterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matching();
};

void RouterTest::matching()
{
    Router router;
    auto route = [](const QByteArray &method, const QString &pattern) {
        Route r;
        r.method = method;
        r.pattern = pattern;
        return r;
    };
    router.add(route("GET", u"/api/v1/users/{username}"_s));
    router.add(route("PATCH", u"/api/v1/me"_s));
    router.add(route("GET", u"/api/v1/me"_s));

    auto m = router.match("GET", u"/api/v1/users/layla%2Eq"_s);
    QVERIFY(m.route);
    QCOMPARE(m.params.value(u"username"_s), u"layla.q"_s);

    m = router.match("DELETE", u"/api/v1/me"_s);
    QVERIFY(!m.route);
    QVERIFY(m.pathExists);
    QCOMPARE(m.allowed, (QByteArrayList {"PATCH", "GET", "HEAD"}));

    m = router.match("GET", u"/api/v1/users/"_s); // empty placeholder
    QVERIFY(!m.pathExists);
    m = router.match("GET", u"/api/v1/users/a/b"_s);
    QVERIFY(!m.pathExists);
    m = router.match("GET", u"/api/v1/mE"_s);
    QVERIFY(!m.pathExists);
}

QTEST_GUILESS_MAIN(RouterTest)
#include "tst_router.moc"
