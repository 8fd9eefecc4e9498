#include "AccountRules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk;

class AccountRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usernames_data();
    void usernames();
    void emails_data();
    void emails();
    void passwords_data();
    void passwords();
};

void AccountRulesTest::usernames_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"layla"_s << true;
    QTest::newRow("digits dots underscores") << u"a.b_c9"_s << true;
    QTest::newRow("three") << u"abc"_s << true;
    QTest::newRow("thirty") << QString(30, u'a') << true;
    QTest::newRow("two") << u"ab"_s << false;
    QTest::newRow("thirty-one") << QString(31, u'a') << false;
    QTest::newRow("upper case") << u"Layla"_s << false;
    QTest::newRow("dash") << u"la-yla"_s << false;
    QTest::newRow("space") << u"la yla"_s << false;
    QTest::newRow("non-ascii") << u"lÄyla"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void AccountRulesTest::usernames()
{
    QFETCH(QString, username);
    QFETCH(bool, valid);
    const Error error = AccountRules::checkUsername(username);
    QCOMPARE(error.isNull(), valid);
    if (!valid) {
        QCOMPARE(error.status, 422);
        QCOMPARE(error.field, u"username"_s);
    }
}

void AccountRulesTest::emails_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"a@example.com"_s << true;
    QTest::newRow("plus and subdomain") << u"a+b@mail.example.co.uk"_s << true;
    QTest::newRow("no at") << u"example.com"_s << false;
    QTest::newRow("no domain dot") << u"a@localhost"_s << false;
    QTest::newRow("two ats") << u"a@b@example.com"_s << false;
    QTest::newRow("space") << u"a b@example.com"_s << false;
    QTest::newRow("trailing dot") << u"a@example."_s << false;
    QTest::newRow("too long") << QString(250, u'a') + u"@example.com"_s << false;
}

void AccountRulesTest::emails()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(AccountRules::checkEmail(email).isNull(), valid);
}

void AccountRulesTest::passwords_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code");
    QTest::newRow("fine") << u"correct horse battery"_s << QString();
    QTest::newRow("eight") << u"zq8!mw2p"_s << QString();
    QTest::newRow("seven") << u"zq8!mw2"_s << u"weak_password"_s;
    QTest::newRow("1024") << QString(1023, u'x') + u'y' << QString();
    QTest::newRow("1025") << QString(1024, u'x') + u'y' << u"password_too_long"_s;
    QTest::newRow("common") << u"password123"_s << u"weak_password"_s;
    QTest::newRow("common any case") << u"PassWord123"_s << u"weak_password"_s;
    QTest::newRow("repeated") << u"zzzzzzzzzz"_s << u"weak_password"_s;
    QTest::newRow("same as username") << u"layla.mansour"_s << u"weak_password"_s;
}

void AccountRulesTest::passwords()
{
    QFETCH(QString, password);
    QFETCH(QString, code);
    const Error error = AccountRules::checkPassword(password, u"layla.mansour"_s);
    QCOMPARE(error.code, code);
    if (code == u"weak_password"_s && password == u"password123"_s)
        QVERIFY(error.message.contains(u"commonly used"_s));
}

QTEST_GUILESS_MAIN(AccountRulesTest)
#include "tst_accountrules.moc"
