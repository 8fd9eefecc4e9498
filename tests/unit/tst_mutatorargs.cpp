#include "MutatorArgs.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk;
using namespace Souk::Sync;

namespace {

//! A small argument struct in the shape the mutators use: required and optional fields, a
//! format check, a rule of its own.
struct SampleArgs
{
    QString id;
    QString title; // trimmed
    std::optional<qint64> count;

    static Result<SampleArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        SampleArgs a {
            in.id(u"id"_s), in.string(u"title"_s).trimmed(),
            in.optionalIntegerIn(u"count"_s, 1, 10, u"invalid_count"_s, u"A count is 1 to 10."_s)};
        in.check([&a] {
            return a.title.isEmpty()
                ? Error::unprocessable(u"empty_title"_s, u"Write a title."_s, u"title"_s)
                : Error {};
        });
        return in.finish(a);
    }
};

const QString Id = u"0a1b2c3d-0000-4000-8000-000000000001"_s;

} // namespace

//! ArgsReader answers as checkFields() and the checks of ArgumentChecks.h did, in their order:
//! the field checks over every declared field first, then the other checks as added.
class MutatorArgsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusals_data();
    void refusals();
    void typedValues();
    void mutatorValidatesWithTheParser();
};

void MutatorArgsTest::refusals_data()
{
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QJsonObject ok {{u"id"_s, Id}, {u"title"_s, u" Hi "_s}};
    QTest::newRow("ok") << ok << 0 << QString() << QString();
    QJsonObject unknown = ok;
    unknown.insert(u"admin"_s, true);
    unknown.remove(u"title"_s); // unknown before missing, as checkFields()
    QTest::newRow("unknown first") << unknown << 400 << u"unknown_field"_s << u"admin"_s;
    QTest::newRow("missing") << QJsonObject {{u"title"_s, u"x"_s}} << 400 << u"missing_field"_s
                             << u"id"_s;
    QTest::newRow("wrong type before format")
        << QJsonObject {{u"id"_s, u"not an id"_s}, {u"title"_s, 5}} << 400 << u"wrong_type"_s
        << u"title"_s;
    QTest::newRow("fraction") << QJsonObject {{u"id"_s, Id},
                                              {u"title"_s, u"x"_s},
                                              {u"count"_s, 1.5}}
                              << 400 << u"wrong_type"_s << u"count"_s;
    QTest::newRow("format in order added")
        << QJsonObject {{u"id"_s, u"NOPE"_s}, {u"title"_s, u""_s}, {u"count"_s, 99}} << 422
        << u"invalid_id"_s << u"id"_s;
    QTest::newRow("range") << QJsonObject {{u"id"_s, Id}, {u"title"_s, u""_s}, {u"count"_s, 99}}
                           << 422 << u"invalid_count"_s << u"count"_s;
    QTest::newRow("own rule last")
        << QJsonObject {{u"id"_s, Id}, {u"title"_s, u"  "_s}, {u"count"_s, 3}} << 422
        << u"empty_title"_s << u"title"_s;
}

void MutatorArgsTest::refusals()
{
    QFETCH(QJsonObject, args);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Result<SampleArgs> read = SampleArgs::fromJson(args);
    if (status == 0) {
        QVERIFY(read.ok());
        return;
    }
    QVERIFY(!read.ok());
    QCOMPARE(read.error().status, status);
    QCOMPARE(read.error().code, code);
    QCOMPARE(read.error().field, field);
    QVERIFY(!read.error().message.isEmpty());
}

void MutatorArgsTest::typedValues()
{
    const Result<SampleArgs> read =
        SampleArgs::fromJson({{u"id"_s, Id}, {u"title"_s, u" Hi "_s}, {u"count"_s, 4}});
    QVERIFY(read.ok());
    QCOMPARE(read->id, Id);
    QCOMPARE(read->title, u"Hi"_s);
    QCOMPARE(read->count, std::optional<qint64>(4));
    const Result<SampleArgs> without = SampleArgs::fromJson({{u"id"_s, Id}, {u"title"_s, u"x"_s}});
    QVERIFY(without.ok());
    QVERIFY(!without->count.has_value());
    const Result<QString> one = oneId(u"user_id"_s)({{u"user_id"_s, Id}});
    QVERIFY(one.ok());
    QCOMPARE(*one, Id);
    QCOMPARE(oneId(u"user_id"_s)({{u"id"_s, Id}}).error().code, u"unknown_field"_s);
}

void MutatorArgsTest::mutatorValidatesWithTheParser()
{
    const Mutator m = makeMutator<SampleArgs>(
        u"sample"_s,
        [](SyncStore &, const MutationContext &, const SampleArgs &) { return Result<Ok>(Ok {}); });
    QCOMPARE(m.name, u"sample"_s);
    QCOMPARE(m.version, 1);
    QVERIFY(!m.serverOrdered);
    QCOMPARE(m.validate({{u"id"_s, Id}}).code, u"missing_field"_s);
    QCOMPARE(m.validate({{u"id"_s, Id}, {u"title"_s, u" "_s}}).code, u"empty_title"_s);
    QVERIFY(m.validate({{u"id"_s, Id}, {u"title"_s, u"x"_s}}).isNull());
}

QTEST_GUILESS_MAIN(MutatorArgsTest)
#include "tst_mutatorargs.moc"
