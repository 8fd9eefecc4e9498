// The chat issue's sync stories with real devices against the real server.
#include "ChatMutators.h"
#include "ChatQueries.h"
#include "SyncHarness.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Souk::Test;
using Souk::Sync::Row;
using Souk::Sync::SyncEngine;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

//! The messages of a conversation on a device, in the server's order.
QList<Row> messagesOf(SyncEngine &device, const QString &conversation)
{
    QList<Row> out;
    for (const Row &r : device.rows(u"messages"_s).value()) {
        if (r.fields.value(u"conversation_id"_s).toString() == conversation)
            out << r;
    }
    std::sort(out.begin(), out.end(), [](const Row &a, const Row &b) {
        return a.fields.value(u"seq"_s).toInteger() < b.fields.value(u"seq"_s).toInteger();
    });
    return out;
}

} // namespace

class ChatStoriesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void threeMessagesSentOfflineArriveOnceInOrder();
    void removedWhileOfflineMessagesAreRejected();

private:
    std::unique_ptr<SyncHarness> m_h;
};

void ChatStoriesTest::initTestCase()
{
    m_h = std::make_unique<SyncHarness>();
    QVERIFY2(m_h->startServer(), qPrintable(m_h->server().error()));
}

void ChatStoriesTest::threeMessagesSentOfflineArriveOnceInOrder()
{
    const Account a = m_h->account(u"amira"_s);
    const Account b = m_h->account(u"bilal"_s);
    auto phoneA = m_h->device(a);
    auto phoneB = m_h->device(b);
    QVERIFY(phoneA->mutate(u"startDirect"_s, {{u"user_id"_s, b.id}}));
    QVERIFY(SyncHarness::sync(*phoneA));
    const QString conversation = Souk::Sync::Chat::directId(a.id, b.id);
    QTRY_VERIFY_WITH_TIMEOUT(phoneB->row(u"conversations"_s, conversation).value().has_value(),
                             5000);

    phoneA->setNetworkEnabled(false);
    QStringList sent;
    for (int i = 1; i <= 3; ++i) {
        sent << newId();
        QVERIFY(phoneA->mutate(u"sendMessage"_s,
                               {{u"id"_s, sent.last()},
                                {u"conversation_id"_s, conversation},
                                {u"body"_s, u"message %1"_s.arg(i)}}));
    }
    // "Sending": shown at once on A, not yet ordered by the server.
    QCOMPARE(messagesOf(*phoneA, conversation).size(), 3);
    QCOMPARE(messagesOf(*phoneA, conversation).first().fields.value(u"seq"_s).toInt(), 0);
    QCOMPARE(phoneA->pendingCount(), 3);

    phoneA->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*phoneA));
    // B is online and receives them in real time: exactly three, in order.
    QTRY_COMPARE_WITH_TIMEOUT(messagesOf(*phoneB, conversation).size(), 3, 5000);
    const QList<Row> onB = messagesOf(*phoneB, conversation);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(onB.at(i).id, sent.at(i));
        QCOMPARE(onB.at(i).fields.value(u"seq"_s).toInt(), i + 1);
    }
    QCOMPARE(SyncHarness::replica(*phoneA), m_h->serverView(a));

    // B's screens, through a read-only connection: unread count, order, search, receipts.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"chat-reader"_s);
    db.setDatabaseName(phoneB->database().path());
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    QVERIFY(db.open());
    {
        Souk::Sync::ChatQueries queries(db, b.id);
        const auto list = queries.conversations().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().unread, 3);
        QCOMPARE(list.first().lastPreview, u"message 3"_s);
        QCOMPARE(list.first().memberNames, QStringList {u"amira"_s});
        const auto shown = queries.messages(conversation, 0, 2).value();
        QCOMPARE(shown.size(), 2); // the newest two, oldest first
        QCOMPARE(shown.at(0).body, u"message 2"_s);
        const auto older = queries.messages(conversation, shown.first().seq, 10).value();
        QCOMPARE(older.size(), 1);
        QCOMPARE(older.first().body, u"message 1"_s);
        QCOMPARE(queries.search(u"messa"_s, 10).value().size(), 3);
        // B reads up to 2: A's device shows "seen by bilal" on messages 1 and 2.
        QVERIFY(
            phoneB->mutate(u"markRead"_s, {{u"conversation_id"_s, conversation}, {u"seq"_s, 2}}));
        QCOMPARE(queries.conversations().value().first().unread, 1);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"chat-reader"_s);
    QVERIFY(SyncHarness::sync(*phoneB));
    QVERIFY(SyncHarness::sync(*phoneA));
    QSqlDatabase dbA = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"chat-reader-a"_s);
    dbA.setDatabaseName(phoneA->database().path());
    QVERIFY(dbA.open());
    {
        Souk::Sync::ChatQueries queries(dbA, a.id);
        const auto seen = queries.messages(conversation, 0, 10).value();
        QCOMPARE(seen.at(1).seenBy, QStringList {u"bilal"_s});
        QVERIFY(seen.at(2).seenBy.isEmpty());
    }
    dbA.close();
    dbA = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"chat-reader-a"_s);
}

void ChatStoriesTest::removedWhileOfflineMessagesAreRejected()
{
    const Account admin = m_h->account(u"chadi"_s);
    const Account member = m_h->account(u"dina"_s);
    auto adminDevice = m_h->device(admin);
    auto memberDevice = m_h->device(member);
    const QString group = newId();
    QVERIFY(adminDevice->mutate(u"createGroup"_s,
                                {{u"id"_s, group},
                                 {u"title"_s, u"Stall neighbours"_s},
                                 {u"user_ids"_s, QJsonArray {member.id}}}));
    QVERIFY(SyncHarness::sync(*adminDevice));
    QVERIFY(SyncHarness::sync(*memberDevice));
    QVERIFY(memberDevice->row(u"conversations"_s, group).value().has_value());

    memberDevice->setNetworkEnabled(false);
    const QString late = newId();
    QVERIFY(memberDevice->mutate(
        u"sendMessage"_s,
        {{u"id"_s, late}, {u"conversation_id"_s, group}, {u"body"_s, u"see you tomorrow"_s}}));
    QVERIFY(adminDevice->mutate(u"removeMember"_s,
                                {{u"conversation_id"_s, group}, {u"user_id"_s, member.id}}));
    QVERIFY(SyncHarness::sync(*adminDevice));

    QSignalSpy rejected(memberDevice.get(), &SyncEngine::mutationRejected);
    memberDevice->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*memberDevice));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(2).toString(), u"conversation_not_found"_s);
    // Shown as refused (with retry and discard), and the group is gone from the device.
    QCOMPARE(memberDevice->rejections().size(), 1);
    QVERIFY(!memberDevice->row(u"messages"_s, late).value().has_value());
    QVERIFY(!memberDevice->row(u"conversations"_s, group).value().has_value());
    QVERIFY(messagesOf(*adminDevice, group).isEmpty());
    QCOMPARE(SyncHarness::replica(*memberDevice), m_h->serverView(member));
}

QTEST_MAIN(ChatStoriesTest)
#include "tst_chat_stories.moc"
