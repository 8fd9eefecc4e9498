// ConflictsModel over a real engine and server: a conflict made by two offline devices shows
// up with both values, and resolving it through the mutator removes it.
#include "ConflictsModel.h"
#include "SetAsideModel.h"
#include "SyncHarness.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace Souk::Test;
using Souk::App::ConflictsModel;

class ConflictsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndResolvesAConflict();
    void setAsideListsRefusedChanges();
};

void ConflictsModelTest::showsAndResolvesAConflict()
{
    SyncHarness h;
    QVERIFY2(h.startServer(), qPrintable(h.server().error()));
    const Account sara = h.account(u"sara"_s);
    auto laptop = h.device(sara);
    auto phone = h.device(sara);
    QVERIFY(laptop && phone);
    QVERIFY(SyncHarness::sync(*laptop) && SyncHarness::sync(*phone));

    ConflictsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEngine(laptop.get());
    QCOMPARE(model.rowCount(), 0);

    laptop->setNetworkEnabled(false);
    phone->setNetworkEnabled(false);
    QVERIFY(laptop->mutate(u"updateProfile"_s, {{u"bio"_s, u"laptop text"_s}}));
    QTest::qWait(5);
    QVERIFY(phone->mutate(u"updateProfile"_s, {{u"bio"_s, u"phone text"_s}}));
    phone->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*phone));
    laptop->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*laptop));

    QTRY_COMPARE(model.count(), 1);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(model.data(first, ConflictsModel::FieldRole).toString(), u"bio"_s);
    QCOMPARE(model.data(first, ConflictsModel::EntityRole).toString(), u"profiles"_s);
    QCOMPARE(model.data(first, ConflictsModel::KeptValueRole).toString(), u"phone text"_s);
    QCOMPARE(model.data(first, ConflictsModel::LostValueRole).toString(), u"laptop text"_s);
    QCOMPARE(model.roleNames().value(ConflictsModel::LostValueRole), QByteArray("lostValue"));

    const QString id = model.data(first, ConflictsModel::IdRole).toString();
    QVERIFY(laptop->mutate(u"resolveConflict"_s, {{u"id"_s, id}, {u"choice"_s, u"keep_mine"_s}}));
    QTRY_COMPARE(model.count(), 0); // gone at once, optimistically
    QVERIFY(SyncHarness::sync(*laptop));
    QCOMPARE(model.count(), 0);

    model.setEngine(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void ConflictsModelTest::setAsideListsRefusedChanges()
{
    SyncHarness h;
    QVERIFY2(h.startServer(), qPrintable(h.server().error()));
    const Account tom = h.account(u"tom"_s);
    auto device = h.device(tom);
    QVERIFY(device && SyncHarness::sync(*device));
    Souk::App::SetAsideModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEngine(device.get());
    QCOMPARE(model.count(), 0);

    // Well-formed, so queued; the server refuses it (there is no such user).
    const auto seq =
        device->mutate(u"follow"_s, {{u"user_id"_s, u"0190dddd-0000-7000-8000-000000000009"_s}});
    QVERIFY(seq);
    QVERIFY(SyncHarness::sync(*device));
    QTRY_COMPARE(model.count(), 1);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(model.data(first, Souk::App::SetAsideModel::KindRole).toString(), u"rejected"_s);
    QCOMPARE(model.data(first, Souk::App::SetAsideModel::NameRole).toString(), u"follow"_s);
    QVERIFY(!model.data(first, Souk::App::SetAsideModel::ReasonRole).toString().isEmpty());
    QCOMPARE(model.data(first, Souk::App::SetAsideModel::SeqRole).toLongLong(), *seq);

    QVERIFY(model.discard(*seq));
    QCOMPARE(model.count(), 0);
    QVERIFY(device->rejections().isEmpty());
}

QTEST_GUILESS_MAIN(ConflictsModelTest)
#include "tst_conflictsmodel.moc"
