#include "JsonFields.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk;

class JsonFieldsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
};

void JsonFieldsTest::decode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("ok") << QByteArray(R"({"name":"x","count":3})") << QString() << QString();
    QTest::newRow("optional omitted") << QByteArray(R"({"name":"x"})") << QString() << QString();
    QTest::newRow("nullable null")
        << QByteArray(R"({"name":"x","note":null})") << QString() << QString();
    QTest::newRow("malformed") << QByteArray(R"({"name":)") << u"malformed_json"_s << QString();
    QTest::newRow("empty") << QByteArray() << u"malformed_json"_s << QString();
    QTest::newRow("array") << QByteArray(R"([1])") << u"not_an_object"_s << QString();
    QTest::newRow("scalar") << QByteArray(R"("x")") << u"malformed_json"_s << QString();
    QTest::newRow("unknown") << QByteArray(R"({"name":"x","admin":true})") << u"unknown_field"_s
                             << u"admin"_s;
    QTest::newRow("missing") << QByteArray(R"({"count":1})") << u"missing_field"_s << u"name"_s;
    QTest::newRow("string as number")
        << QByteArray(R"({"name":1})") << u"wrong_type"_s << u"name"_s;
    QTest::newRow("fraction as integer")
        << QByteArray(R"({"name":"x","count":1.5})") << u"wrong_type"_s << u"count"_s;
    QTest::newRow("huge integer") << QByteArray(R"({"name":"x","count":1e300})") << u"wrong_type"_s
                                  << u"count"_s;
    QTest::newRow("null not allowed")
        << QByteArray(R"({"name":null})") << u"wrong_type"_s << u"name"_s;
}

void JsonFieldsTest::decode()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    using T = FieldSpec::Type;
    const Result<QJsonObject> result = decodeObject(body,
                                                    {{u"name"_s, T::String},
                                                     {u"count"_s, T::Integer, false},
                                                     {u"note"_s, T::String, false, true}});
    if (code.isEmpty()) {
        QVERIFY(result.ok());
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().status, 400);
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().field, field);
    QVERIFY(!result.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(JsonFieldsTest)
#include "tst_jsonfields.moc"
