// A pull writes its answer as text, splicing each row's stored snapshot into it (PullJson.h):
// what a client parses must be what the answer held when it was built from parsed objects.
#include "PullJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk::Server;

class PullJsonTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsAreEscapedAsQtDoes_data();
    void stringsAreEscapedAsQtDoes();
    void membersAreTheSnapshotsValues_data();
    void membersAreTheSnapshotsValues();
    void absentMembersAreNull();
    void textThatIsNotOneObjectIsRefused_data();
    void textThatIsNotOneObjectIsRefused();
};

void PullJsonTest::stringsAreEscapedAsQtDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"user:4f1c"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("quotes and backslash") << u"a \"b\" \\c\\"_s;
    QTest::newRow("controls") << u"tab\there\nnew\rline\b\f \u0001 \u001f"_s;
    QTest::newRow("non-ASCII") << u"caf\u00e9 \u20ac \U0001F600"_s;
    QTest::newRow("slash and braces") << u"a/b {x} [y]"_s;
}

void PullJsonTest::stringsAreEscapedAsQtDoes()
{
    QFETCH(QString, text);
    QByteArray mine = "[";
    appendJsonString(mine, text);
    mine.append(']');
    QCOMPARE(mine, QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact));
}

void PullJsonTest::membersAreTheSnapshotsValues_data()
{
    QTest::addColumn<QJsonObject>("snapshot");
    const QJsonObject clocks {{u"title"_s, u"0000191f2b3c4-00000001-abcdef01"_s},
                              {u"body"_s, u"0000191f2b3c4-00000002-abcdef01"_s}};
    QTest::newRow("a draft") << QJsonObject {
        {u"fields"_s,
         QJsonObject {{u"id"_s, u"00000000-0000-0000-0000-000000000001"_s},
                      {u"title"_s, u"Draft number 1"_s},
                      {u"body"_s, u"Brass lamp, hand made, 30 cm; ships in a week."_s}}},
        {u"clocks"_s, clocks}};
    QTest::newRow("tricky text") << QJsonObject {
        {u"fields"_s,
         QJsonObject {{u"title"_s, u"} ] \" \\\" { [ , :"_s},
                      {u"body"_s, u"line\nbreak \u00e9 \U0001F600 \\"_s},
                      {u"empty"_s, u""_s}}},
        {u"clocks"_s, clocks}};
    QJsonObject kinds;
    kinds.insert(u"price"_s, 1999);
    kinds.insert(u"big"_s, qint64(9007199254740991));
    kinds.insert(u"negative"_s, -42);
    kinds.insert(u"ratio"_s, 0.125);
    kinds.insert(u"on"_s, true);
    kinds.insert(u"off"_s, false);
    kinds.insert(u"nothing"_s, QJsonValue::Null);
    kinds.insert(u"list"_s, QJsonArray {1, u"two"_s, QJsonArray {}, QJsonObject {}});
    QJsonObject inner;
    inner.insert(u"b"_s, QJsonArray {u"]}"_s});
    QJsonObject nested;
    nested.insert(u"a"_s, inner);
    kinds.insert(u"nested"_s, nested);
    QTest::newRow("every kind of value")
        << QJsonObject {{u"fields"_s, kinds}, {u"clocks"_s, QJsonObject {}}};
    QTest::newRow("empty objects")
        << QJsonObject {{u"fields"_s, QJsonObject {}}, {u"clocks"_s, QJsonObject {}}};
    QTest::newRow("more keys than two") << QJsonObject {{u"a"_s, 1},
                                                        {u"fields"_s, QJsonObject {{u"x"_s, 1}}},
                                                        {u"z"_s, u"}"_s},
                                                        {u"clocks"_s, clocks}};
    QTest::newRow("members that are not objects")
        << QJsonObject {{u"fields"_s, u"text"_s}, {u"clocks"_s, QJsonArray {1, 2}}};
}

void PullJsonTest::membersAreTheSnapshotsValues()
{
    QFETCH(QJsonObject, snapshot);
    const QByteArray text = QJsonDocument(snapshot).toJson(QJsonDocument::Compact);
    const std::optional<SnapshotMembers> members = snapshotMembers(text);
    QVERIFY(members);
    // Spliced into an answer, each member parses to the value it had.
    const QByteArray spliced = "{\"fields\":" + members->fields.toByteArray()
        + ",\"clocks\":" + members->clocks.toByteArray() + '}';
    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(spliced, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.value(u"fields"_s), snapshot.value(u"fields"_s));
    QCOMPARE(parsed.value(u"clocks"_s), snapshot.value(u"clocks"_s));
    // Spaces between tokens (not what QJsonDocument writes, but still one object).
    const QByteArray indented = QJsonDocument(snapshot).toJson(QJsonDocument::Indented);
    const std::optional<SnapshotMembers> again = snapshotMembers(indented);
    QVERIFY(again);
    QCOMPARE(QJsonDocument::fromJson("[" + again->fields.toByteArray() + "]").array().at(0),
             snapshot.value(u"fields"_s));
}

void PullJsonTest::absentMembersAreNull()
{
    std::optional<SnapshotMembers> members = snapshotMembers("{\"fields\":{\"a\":1}}");
    QVERIFY(members);
    QCOMPARE(members->fields, QByteArrayView("{\"a\":1}"));
    QVERIFY(members->clocks.isNull());
    members = snapshotMembers("{}");
    QVERIFY(members);
    QVERIFY(members->fields.isNull());
    QVERIFY(members->clocks.isNull());
    // A repeated key: the last one counts, as when QJsonDocument parses it.
    members = snapshotMembers("{\"clocks\":{\"a\":1},\"clocks\":{\"b\":2}}");
    QVERIFY(members);
    QCOMPARE(members->clocks, QByteArrayView("{\"b\":2}"));
}

void PullJsonTest::textThatIsNotOneObjectIsRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("an array") << QByteArray("[1,2]");
    QTest::newRow("cut short") << QByteArray("{\"fields\":{\"a\":1}");
    QTest::newRow("string not closed") << QByteArray("{\"fields\":{\"a\":\"}}");
    QTest::newRow("brackets crossed") << QByteArray("{\"fields\":{\"a\":[1}]}");
    QTest::newRow("trailing text") << QByteArray("{\"fields\":{}} x");
    QTest::newRow("two objects") << QByteArray("{}{}");
    QTest::newRow("no colon") << QByteArray("{\"fields\" {}}");
    QTest::newRow("no value") << QByteArray("{\"fields\":}");
    QTest::newRow("key not a string") << QByteArray("{fields:{}}");
}

void PullJsonTest::textThatIsNotOneObjectIsRefused()
{
    QFETCH(QByteArray, text);
    QVERIFY(!snapshotMembers(text));
}

QTEST_GUILESS_MAIN(PullJsonTest)
#include "tst_pulljson.moc"
