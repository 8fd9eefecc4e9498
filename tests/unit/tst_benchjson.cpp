// The chat bench's JSON reading and writing (bench/chat/JsonReader, SyncMessages): it counts a
// delivery from the fields it reads, so a frame it misreads would show up as lost deliveries
// or, worse, as deliveries that never happened. Checked against what QJsonDocument writes.
#include "JsonReader.h"
#include "SyncMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk::Bench;

namespace {

QJsonObject messageChange(const QString &id, const QString &author, const QString &body,
                          qint64 version)
{
    return {{u"bucket"_s, u"conv:x"_s},
            {u"table"_s, u"messages"_s},
            {u"id"_s, id},
            {u"version"_s, version},
            {u"deleted"_s, false},
            {u"fields"_s,
             QJsonObject {{u"author_id"_s, author},
                          {u"body"_s, body},
                          {u"conversation_id"_s, u"c"_s},
                          {u"tags"_s, QJsonArray {1, 2.5, -3e10, true, false, QJsonValue()}}}},
            {u"clocks"_s, QJsonObject {{u"body"_s, u"0000000000001-00000000-n"_s}}}};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestBenchJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deltaFrameWithSeveralChanges_data()
    {
        QTest::addColumn<bool>("indented");
        QTest::newRow("compact") << false;
        QTest::newRow("indented") << true;
    }

    void deltaFrameWithSeveralChanges()
    {
        QFETCH(bool, indented);
        const QString tricky = u"#123 say \"hi\" \\ é 😀\n"_s;
        const QJsonObject frame {{u"type"_s, u"delta"_s},
                                 {u"bucket"_s, u"conv:x"_s},
                                 {u"after"_s, 4},
                                 {u"cursor"_s, 7},
                                 {u"checksum"_s, u"-123"_s},
                                 {u"changes"_s,
                                  QJsonArray {messageChange(u"m1"_s, u"u1"_s, u"#5 plain"_s, 5),
                                              messageChange(u"m\\2"_s, u"u2"_s, tricky, 6),
                                              QJsonObject {{u"bucket"_s, u"conv:x"_s},
                                                           {u"table"_s, u"messages"_s},
                                                           {u"id"_s, u"m3"_s},
                                                           {u"version"_s, 7},
                                                           {u"deleted"_s, true}}}}};
        Frame f;
        QVERIFY(readFrame(QJsonDocument(frame).toJson(indented ? QJsonDocument::Indented
                                                               : QJsonDocument::Compact),
                          &f));
        QCOMPARE(f.type, Frame::Type::Delta);
        QCOMPARE(f.bucket, "conv:x");
        QCOMPARE(f.after, 4);
        QCOMPARE(f.cursor, 7);
        QCOMPARE(f.changes.size(), size_t(3));
        QCOMPARE(f.changes[0].table, "messages");
        QCOMPARE(f.changes[0].id, "m1");
        QCOMPARE(f.changes[0].authorId, "u1");
        QCOMPARE(f.changes[0].body, "#5 plain");
        QCOMPARE(f.changes[1].id, "m\\2");
        QCOMPARE(QString::fromUtf8(f.changes[1].body), tricky);
        QCOMPARE(f.changes[2].id, "m3");
        QVERIFY(f.changes[2].body.isEmpty()); // deleted: no fields
    }

    void otherFrames()
    {
        Frame f;
        QVERIFY(readFrame(R"({"buckets":["a","b"],"type":"poke","version":3})", &f));
        QCOMPARE(f.type, Frame::Type::Poke);
        QVERIFY(readFrame(R"({"type":"hello","user_id":"x"})", &f));
        QCOMPARE(f.type, Frame::Type::Other);
        QVERIFY(readFrame(R"({"type":7,"cursor":"x","changes":null})", &f));
        QCOMPARE(f.type, Frame::Type::Other);
        QCOMPARE(f.cursor, 0);
    }

    void brokenText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("trailing comma") << QByteArray(R"({"type":"delta",})");
        QTest::newRow("unclosed") << QByteArray(R"({"type":"delta")");
        QTest::newRow("garbage after") << QByteArray(R"({"type":"delta"}x)");
        QTest::newRow("no colon") << QByteArray(R"({"type" "delta"})");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("comma in array") << QByteArray(R"({"type":"delta","a":[1,]})");
        QTest::newRow("bad number") << QByteArray(R"({"a":1.})");
        QTest::newRow("bad escape") << QByteArray(R"({"a":"\x"})");
        QTest::newRow("lone surrogate") << QByteArray(R"({"a":"\ud800"})");
        QTest::newRow("bad literal") << QByteArray(R"({"a":tru})");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("mismatched") << QByteArray(R"({"a":[}]})");
        QTest::newRow("too deep") << "{\"a\":" + QByteArray(40, '[') + QByteArray(40, ']') + '}';
    }

    void brokenText()
    {
        QFETCH(QByteArray, text);
        Frame f;
        QVERIFY(!readFrame(text, &f));
        QCOMPARE(f.type, Frame::Type::Other);
        QVERIFY(f.changes.empty());
    }

    void pullAnswer()
    {
        const QJsonObject answer {
            {u"version"_s, 9},
            {u"last_seq"_s, 2},
            {u"buckets"_s,
             QJsonObject {
                 {u"conv:x"_s,
                  QJsonObject {{u"cursor"_s, 7}, {u"has_more"_s, true}, {u"reset"_s, false}}},
                 {u"user:u"_s,
                  QJsonObject {{u"cursor"_s, 3},
                               {u"has_more"_s, false},
                               {u"reset"_s, false},
                               {u"checksum"_s, u"77"_s}}}}},
            {u"changes"_s, QJsonArray {messageChange(u"m1"_s, u"u1"_s, u"#1 a"_s, 5)}}};
        PullAnswer a;
        QVERIFY(readPullAnswer(compact(answer), &a));
        QCOMPARE(a.buckets.size(), size_t(2));
        QCOMPARE(a.buckets[0].name, "conv:x");
        QCOMPARE(a.buckets[0].cursor, 7);
        QVERIFY(a.buckets[0].hasMore);
        QCOMPARE(a.buckets[1].name, "user:u");
        QCOMPARE(a.buckets[1].cursor, 3);
        QVERIFY(!a.buckets[1].hasMore);
        QCOMPARE(a.changes.size(), size_t(1));
        QCOMPARE(a.changes[0].authorId, "u1");
        QVERIFY(!readPullAnswer(R"({"error":{"code":"x"})", &a)); // cut short
        QVERIFY(a.buckets.empty());
    }

    void appliedResults()
    {
        QCOMPARE(appliedCount(R"({"results":[{"seq":1,"status":"applied"},)"
                              R"({"seq":2,"status":"duplicate"},{"seq":3,"status":"applied"}]})"),
                 2);
        QCOMPARE(appliedCount(R"({"error":{"code":"x","message":"y"}})"), 0);
        QCOMPARE(appliedCount(R"({"results":[{"status":"applied"})"), 0); // cut short
    }

    void integers()
    {
        JsonReader json(
            R"( {"n": -12 , "max": 9223372036854775807, "over": 9223372036854775808} )");
        QByteArrayView key;
        QVERIFY(json.enterObject());
        QVERIFY(json.nextKey(&key));
        QCOMPARE(key, "n");
        QCOMPARE(json.integer(), -12);
        QVERIFY(json.nextKey(&key));
        QCOMPARE(json.integer(), std::numeric_limits<qint64>::max());
        QVERIFY(json.nextKey(&key));
        json.integer();
        QVERIFY(!json.ok());
    }

    //! The push body is written by hand; the server must get what QJsonDocument wrote.
    void pushBodyAsQJsonDocumentWroteIt_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("chat") << u"#123456789 On my way, the shop opens at nine; see you?"_s;
        QTest::newRow("escapes") << u"a\"b\\c\nd\te\x01f é 😀 /x"_s;
    }

    void pushBodyAsQJsonDocumentWroteIt()
    {
        QFETCH(QString, body);
        auto mutation = [&](qint64 seq, const QString &id, const QString &hlc) {
            return QJsonObject {{u"seq"_s, seq},
                                {u"name"_s, u"sendMessage"_s},
                                {u"version"_s, 1},
                                {u"args"_s,
                                 QJsonObject {{u"id"_s, id},
                                              {u"conversation_id"_s, u"conv-1"_s},
                                              {u"body"_s, body}}},
                                {u"hlc"_s, hlc}};
        };
        const QByteArray expected = compact(QJsonObject {
            {u"client_id"_s, u"chatbench-x"_s},
            {u"schema_version"_s, 1},
            {u"mutations"_s,
             QJsonArray {mutation(7, u"0190-aa"_s, u"0000000000001-00000000-chatbench-x"_s),
                         mutation(8, u"0190-bb"_s, u"h2"_s)}}});
        const QByteArray mutations = sendMessageMutation(7, "0190-aa", "conv-1", body.toUtf8(),
                                                         "0000000000001-00000000-chatbench-x")
            + ',' + sendMessageMutation(8, "0190-bb", "conv-1", body.toUtf8(), "h2");
        QCOMPARE(pushBody("chatbench-x", 1, mutations), expected);
    }
};

QTEST_APPLESS_MAIN(TestBenchJson)
#include "tst_benchjson.moc"
