// Chat through the sync API against the real server: who may read and write a conversation,
// direct conversations, server order, receipts, edits against deletes, blocks, bad input.
#include "ChatMutators.h"
#include "RealtimeSocket.h"
#include "SyncHarness.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace Souk::Test;

class ChatApiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void directConversationIsOnePerPair();
    void messagesAreOrderedByTheServerAndStoredOnce();
    void nonMembersCanNeitherReadNorWrite();
    void removedMemberLosesAccessAtOnce();
    void deleteWinsOverEdit();
    void readReceiptsNeverMoveBackwards();
    void blockStopsDirectMessages();
    void refusals_data();
    void refusals();
    void restForClientsThatDoNotSync();
    void restRefusals_data();
    void restRefusals();
    void typingReachesMembersOnly();
    void presenceIsPublishedOnChangeToContactsOnly();
    void presenceFollowsPrivacyAndMembershipLive();
    void changesReachMembersOnlyOverTheWebSocket();

private:
    QJsonObject run(const Account &who, const QString &name, const QJsonObject &args,
                    const QString &clientId = {}, qint64 seq = 1);
    QString code(const QJsonObject &result) const
    {
        return result.value(u"error"_s).toObject().value(u"code"_s).toString();
    }
    QStringList buckets(const Account &who);
    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    std::unique_ptr<SyncHarness> m_h;
    Account m_ann, m_ben, m_cat;
    QString m_group;
};

void ChatApiTest::initTestCase()
{
    m_h = std::make_unique<SyncHarness>();
    QVERIFY2(m_h->startServer(), qPrintable(m_h->server().error()));
    m_ann = m_h->account(u"ann"_s);
    m_ben = m_h->account(u"ben"_s);
    m_cat = m_h->account(u"cat"_s);
    m_group = newId();
    QCOMPARE(run(m_ann, u"createGroup"_s,
                 {{u"id"_s, m_group},
                  {u"title"_s, u"Weekend market"_s},
                  {u"user_ids"_s, QJsonArray {m_ben.id}}})
                 .value(u"status"_s),
             u"applied"_s);
}

QJsonObject ChatApiTest::run(const Account &who, const QString &name, const QJsonObject &args,
                             const QString &clientId, qint64 seq)
{
    return m_h->push(who, name, args, {0, clientId, seq});
}

QStringList ChatApiTest::buckets(const Account &who)
{
    const HttpReply pulled = m_h->http().get(
        m_h->server().url(
            u"/api/v1/sync/pull?client_id=chat-pull-%1&schema_version=1"_s.arg(who.username)),
        who.accessToken);
    return pulled.json.value(u"buckets"_s).toObject().keys();
}

void ChatApiTest::directConversationIsOnePerPair()
{
    QCOMPARE(run(m_ann, u"startDirect"_s, {{u"user_id"_s, m_cat.id}}).value(u"status"_s),
             u"applied"_s);
    QCOMPARE(run(m_cat, u"startDirect"_s, {{u"user_id"_s, m_ann.id}}).value(u"status"_s),
             u"applied"_s);
    const QString id = Souk::Sync::Chat::directId(m_ann.id, m_cat.id);
    QCOMPARE(queryValue(m_h->server().databasePath(),
                        u"SELECT COUNT(*) FROM conversations WHERE kind = 'direct'"_s)
                 .toInt(),
             1);
    QVERIFY(buckets(m_cat).contains(u"conv:"_s + id));
    QVERIFY(!buckets(m_ben).contains(u"conv:"_s + id));
}

void ChatApiTest::messagesAreOrderedByTheServerAndStoredOnce()
{
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids << newId();
        QCOMPARE(run(m_ben, u"sendMessage"_s,
                     {{u"id"_s, ids.last()},
                      {u"conversation_id"_s, m_group},
                      {u"body"_s, u"message %1"_s.arg(i)}})
                     .value(u"status"_s),
                 u"applied"_s);
    }
    for (int i = 0; i < 3; ++i)
        QCOMPARE(queryValue(m_h->server().databasePath(),
                            u"SELECT seq FROM messages WHERE id = '%1'"_s.arg(ids.at(i)))
                     .toInt(),
                 i + 1);
    // The same push again (a lost answer): acknowledged, not applied twice.
    const QString again = newId();
    const QJsonObject args {
        {u"id"_s, again}, {u"conversation_id"_s, m_group}, {u"body"_s, u"once"_s}};
    QCOMPARE(run(m_ben, u"sendMessage"_s, args, u"ben-resend-client"_s, 1).value(u"status"_s),
             u"applied"_s);
    QCOMPARE(run(m_ben, u"sendMessage"_s, args, u"ben-resend-client"_s, 1).value(u"status"_s),
             u"duplicate"_s);
    // From another device (a new client), the id is taken: still one message.
    QCOMPARE(code(run(m_ben, u"sendMessage"_s, args)), u"id_taken"_s);
    QCOMPARE(queryValue(m_h->server().databasePath(),
                        u"SELECT COUNT(*) FROM messages WHERE id = '%1'"_s.arg(again))
                 .toInt(),
             1);
    QCOMPARE(queryValue(m_h->server().databasePath(),
                        u"SELECT last_seq FROM conversations WHERE id = '%1'"_s.arg(m_group))
                 .toInt(),
             4);
}

void ChatApiTest::nonMembersCanNeitherReadNorWrite()
{
    const QString someMessage = queryValue(m_h->server().databasePath(),
                                           u"SELECT id FROM messages WHERE conversation_id = '%1'"
                                           " LIMIT 1"_s.arg(m_group))
                                    .toString();
    const QStringList before = databaseSnapshot(m_h->server().databasePath())
                                   .filter(QRegularExpression(u"^(messages|reactions|members)"_s));
    QCOMPARE(code(run(m_cat, u"sendMessage"_s,
                      {{u"id"_s, newId()}, {u"conversation_id"_s, m_group}, {u"body"_s, u"hi"_s}})),
             u"conversation_not_found"_s);
    QCOMPARE(code(run(m_cat, u"react"_s, {{u"message_id"_s, someMessage}, {u"emoji"_s, u"👍"_s}})),
             u"conversation_not_found"_s);
    QCOMPARE(code(run(m_cat, u"markRead"_s, {{u"conversation_id"_s, m_group}, {u"seq"_s, 1}})),
             u"conversation_not_found"_s);
    QCOMPARE(code(run(m_cat, u"addMembers"_s,
                      {{u"conversation_id"_s, m_group}, {u"user_ids"_s, QJsonArray {m_cat.id}}})),
             u"conversation_not_found"_s);
    QCOMPARE(databaseSnapshot(m_h->server().databasePath())
                 .filter(QRegularExpression(u"^(messages|reactions|members)"_s)),
             before);
    QVERIFY(!buckets(m_cat).contains(u"conv:"_s + m_group));
    QVERIFY(buckets(m_ben).contains(u"conv:"_s + m_group));
    // A member who is not an admin cannot change the group.
    QCOMPARE(code(run(m_ben, u"addMembers"_s,
                      {{u"conversation_id"_s, m_group}, {u"user_ids"_s, QJsonArray {m_cat.id}}})),
             u"forbidden"_s);
}

void ChatApiTest::removedMemberLosesAccessAtOnce()
{
    const QString group = newId();
    QCOMPARE(run(m_ann, u"createGroup"_s,
                 {{u"id"_s, group},
                  {u"title"_s, u"Short-lived"_s},
                  {u"user_ids"_s, QJsonArray {m_cat.id}}})
                 .value(u"status"_s),
             u"applied"_s);
    QVERIFY(buckets(m_cat).contains(u"conv:"_s + group));
    QCOMPARE(
        run(m_ann, u"removeMember"_s, {{u"conversation_id"_s, group}, {u"user_id"_s, m_cat.id}})
            .value(u"status"_s),
        u"applied"_s);
    QVERIFY(!buckets(m_cat).contains(u"conv:"_s + group));
    QCOMPARE(
        code(run(
            m_cat, u"sendMessage"_s,
            {{u"id"_s, newId()}, {u"conversation_id"_s, group}, {u"body"_s, u"still here?"_s}})),
        u"conversation_not_found"_s);
    // Promoted members may add people back.
    QCOMPARE(run(m_ann, u"addMembers"_s,
                 {{u"conversation_id"_s, group}, {u"user_ids"_s, QJsonArray {m_ben.id}}})
                 .value(u"status"_s),
             u"applied"_s);
    QCOMPARE(
        run(m_ann, u"promoteMember"_s, {{u"conversation_id"_s, group}, {u"user_id"_s, m_ben.id}})
            .value(u"status"_s),
        u"applied"_s);
    QCOMPARE(run(m_ben, u"addMembers"_s,
                 {{u"conversation_id"_s, group}, {u"user_ids"_s, QJsonArray {m_cat.id}}})
                 .value(u"status"_s),
             u"applied"_s);
    QVERIFY(buckets(m_cat).contains(u"conv:"_s + group));
    // Anyone can leave.
    QCOMPARE(run(m_cat, u"leaveConversation"_s, {{u"conversation_id"_s, group}}).value(u"status"_s),
             u"applied"_s);
    QVERIFY(!buckets(m_cat).contains(u"conv:"_s + group));
}

void ChatApiTest::deleteWinsOverEdit()
{
    const QString id = newId();
    QCOMPARE(run(m_ann, u"sendMessage"_s,
                 {{u"id"_s, id}, {u"conversation_id"_s, m_group}, {u"body"_s, u"typo"_s}})
                 .value(u"status"_s),
             u"applied"_s);
    QCOMPARE(
        run(m_ann, u"editMessage"_s, {{u"id"_s, id}, {u"body"_s, u"fixed"_s}}).value(u"status"_s),
        u"applied"_s);
    QCOMPARE(code(run(m_ben, u"editMessage"_s, {{u"id"_s, id}, {u"body"_s, u"mine"_s}})),
             u"forbidden"_s);
    QCOMPARE(run(m_ann, u"deleteMessage"_s, {{u"id"_s, id}}).value(u"status"_s), u"applied"_s);
    // An edit that arrives after the delete (written earlier, offline) loses.
    QCOMPARE(code(run(m_ann, u"editMessage"_s, {{u"id"_s, id}, {u"body"_s, u"late edit"_s}})),
             u"message_deleted"_s);
    QCOMPARE(queryValue(m_h->server().databasePath(),
                        u"SELECT removed || '|' || body FROM messages WHERE id = '%1'"_s.arg(id))
                 .toString(),
             u"1|"_s);
    // Deleting again (another device) is not an error.
    QCOMPARE(run(m_ann, u"deleteMessage"_s, {{u"id"_s, id}}).value(u"status"_s), u"applied"_s);
}

void ChatApiTest::readReceiptsNeverMoveBackwards()
{
    const QString me = m_group + u':' + m_ben.id;
    QCOMPARE(run(m_ben, u"markRead"_s, {{u"conversation_id"_s, m_group}, {u"seq"_s, 3}})
                 .value(u"status"_s),
             u"applied"_s);
    QCOMPARE(run(m_ben, u"markRead"_s, {{u"conversation_id"_s, m_group}, {u"seq"_s, 1}})
                 .value(u"status"_s),
             u"applied"_s);
    QCOMPARE(queryValue(m_h->server().databasePath(),
                        u"SELECT read_seq FROM members WHERE id = '%1'"_s.arg(me))
                 .toInt(),
             3);
}

void ChatApiTest::blockStopsDirectMessages()
{
    const QString direct = Souk::Sync::Chat::directId(m_ann.id, m_cat.id);
    QCOMPARE(run(m_cat, u"sendMessage"_s,
                 {{u"id"_s, newId()}, {u"conversation_id"_s, direct}, {u"body"_s, u"hello"_s}})
                 .value(u"status"_s),
             u"applied"_s);
    QCOMPARE(run(m_ann, u"block"_s, {{u"user_id"_s, m_cat.id}}).value(u"status"_s), u"applied"_s);
    QCOMPARE(
        code(run(m_cat, u"sendMessage"_s,
                 {{u"id"_s, newId()}, {u"conversation_id"_s, direct}, {u"body"_s, u"hello?"_s}})),
        u"forbidden"_s);
    QCOMPARE(code(run(m_cat, u"startDirect"_s, {{u"user_id"_s, m_ann.id}})), u"forbidden"_s);
    QCOMPARE(run(m_ann, u"unblock"_s, {{u"user_id"_s, m_cat.id}}).value(u"status"_s), u"applied"_s);
}

void ChatApiTest::refusals_data()
{
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty text") << QJsonObject {{u"id"_s, newId()},
                                                {u"conversation_id"_s, m_group},
                                                {u"body"_s, u"  "_s}}
                                << u"empty_message"_s;
    QTest::newRow("4,001 characters") << QJsonObject {{u"id"_s, newId()},
                                                      {u"conversation_id"_s, m_group},
                                                      {u"body"_s, QString(4001, u'x')}}
                                      << u"message_too_long"_s;
    QTest::newRow("unknown conversation")
        << QJsonObject {{u"id"_s, newId()}, {u"conversation_id"_s, newId()}, {u"body"_s, u"hi"_s}}
        << u"conversation_not_found"_s;
    const QString elsewhere =
        queryValue(m_h->server().databasePath(),
                   u"SELECT id FROM messages WHERE conversation_id <> '%1' LIMIT 1"_s.arg(m_group))
            .toString();
    QTest::newRow("reply to another conversation's message")
        << QJsonObject {{u"id"_s, newId()},
                        {u"conversation_id"_s, m_group},
                        {u"body"_s, u"re"_s},
                        {u"reply_to"_s, elsewhere}}
        << u"invalid_reply"_s;
    QTest::newRow("unknown field") << QJsonObject {{u"id"_s, newId()},
                                                   {u"conversation_id"_s, m_group},
                                                   {u"body"_s, u"hi"_s},
                                                   {u"seq"_s, 1}}
                                   << u"unknown_field"_s;
}

void ChatApiTest::refusals()
{
    QFETCH(QJsonObject, args);
    QFETCH(QString, code);
    const QStringList before = databaseSnapshot(m_h->server().databasePath())
                                   .filter(QRegularExpression(u"^(messages|conversations)"_s));
    const QJsonObject result = run(m_ann, u"sendMessage"_s, args);
    QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(this->code(result), code);
    QCOMPARE(databaseSnapshot(m_h->server().databasePath())
                 .filter(QRegularExpression(u"^(messages|conversations)"_s)),
             before);
}

void ChatApiTest::restForClientsThatDoNotSync()
{
    HttpClient &http = m_h->http();
    const HttpReply direct =
        http.post(m_h->server().url(u"/api/v1/conversations"_s),
                  {{u"kind"_s, u"direct"_s}, {u"user_id"_s, m_ben.id}}, m_cat.accessToken);
    QVERIFY2(direct.status == 201, direct.body.constData());
    const QString id = direct.json.value(u"id"_s).toString();
    QCOMPARE(id, Souk::Sync::Chat::directId(m_cat.id, m_ben.id));
    QCOMPARE(direct.json.value(u"members"_s).toArray().size(), 2);
    // Again: the same conversation.
    QCOMPARE(http.post(m_h->server().url(u"/api/v1/conversations"_s),
                       {{u"kind"_s, u"direct"_s}, {u"user_id"_s, m_ben.id}}, m_cat.accessToken)
                 .json.value(u"id"_s)
                 .toString(),
             id);
    const QString messageId = newId();
    const HttpReply sent = http.post(
        m_h->server().url(u"/api/v1/conversations/%1/messages"_s.arg(id)),
        {{u"id"_s, messageId}, {u"body"_s, u"Are the bowls ready?"_s}}, m_cat.accessToken);
    QVERIFY2(sent.status == 201, sent.body.constData());
    QCOMPARE(sent.json.value(u"seq"_s).toInt(), 1);
    http.post(m_h->server().url(u"/api/v1/conversations/%1/messages"_s.arg(id)),
              {{u"body"_s, u"Thursday!"_s}}, m_ben.accessToken);
    const HttpReply page = http.get(
        m_h->server().url(u"/api/v1/conversations/%1/messages"_s.arg(id)), m_ben.accessToken);
    QCOMPARE(page.status, 200);
    const QJsonArray messages = page.json.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(u"id"_s).toString(), messageId);
    QCOMPARE(messages.at(1).toObject().value(u"seq"_s).toInt(), 2);
    // The list shows unread counts per conversation.
    const HttpReply list =
        http.get(m_h->server().url(u"/api/v1/conversations"_s), m_ben.accessToken);
    bool found = false;
    for (const QJsonValue &c : list.json.value(u"conversations"_s).toArray()) {
        if (c.toObject().value(u"id"_s).toString() == id) {
            found = true;
            QCOMPARE(c.toObject().value(u"unread"_s).toInt(), 2);
            QCOMPARE(c.toObject().value(u"last_preview"_s).toString(), u"Thursday!"_s);
        }
    }
    QVERIFY(found);
}

void ChatApiTest::restRefusals_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString group = u"/api/v1/conversations/%1/messages"_s.arg(m_group);
    QTest::newRow("non-member reads")
        << QByteArray("GET") << group << QByteArray() << 404 << u"conversation_not_found"_s;
    QTest::newRow("non-member posts")
        << QByteArray("POST") << group << QByteArray(R"({"body":"let me in"})") << 404
        << u"conversation_not_found"_s;
    QTest::newRow("unknown conversation")
        << QByteArray("POST") << u"/api/v1/conversations/%1/messages"_s.arg(newId())
        << QByteArray(R"({"body":"hello"})") << 404 << u"conversation_not_found"_s;
    QTest::newRow("bad kind") << QByteArray("POST") << u"/api/v1/conversations"_s
                              << QByteArray(R"({"kind":"channel"})") << 422 << u"invalid_kind"_s;
    QTest::newRow("malformed json") << QByteArray("POST") << u"/api/v1/conversations"_s
                                    << QByteArray(R"({"kind":)") << 400 << u"malformed_json"_s;
    QTest::newRow("unknown field")
        << QByteArray("POST") << u"/api/v1/conversations"_s
        << QByteArray(R"({"kind":"group","owner":"me"})") << 400 << u"unknown_field"_s;
    QTest::newRow("limit zero") << QByteArray("GET")
                                << u"/api/v1/conversations/%1/messages?limit=0"_s.arg(m_group)
                                << QByteArray() << 422 << u"invalid_limit"_s;
}

void ChatApiTest::restRefusals()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QStringList before = databaseSnapshot(m_h->server().databasePath());
    const HttpReply reply = m_h->http().send(method, m_h->server().url(path), body,
                                             m_cat.accessToken); // Cat is not in the group
    QVERIFY2(reply.status == status, reply.body.constData());
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(databaseSnapshot(m_h->server().databasePath()), before);
}

using Socket = RealtimeSocket;

void ChatApiTest::typingReachesMembersOnly()
{
    Socket ann, ben, cat;
    QVERIFY(ann.open(m_h->port(), m_ann.accessToken));
    QVERIFY(ben.open(m_h->port(), m_ben.accessToken));
    QVERIFY(cat.open(m_h->port(), m_cat.accessToken));
    const QString frame = u"{\"type\":\"typing\",\"conversation_id\":\"%1\"}"_s.arg(m_group);

    ann.ws.sendTextMessage(frame);
    QTRY_COMPARE_WITH_TIMEOUT(ben.typing().size(), 1, 5000);
    QVERIFY(ben.typing().first().contains(m_ann.id));
    QVERIFY(ben.typing().first().contains(u"expires_in_ms"_s));
    // Throttled: a second frame right away is not forwarded.
    ann.ws.sendTextMessage(frame);
    QTest::qWait(300);
    QCOMPARE(ben.typing().size(), 1);
    QVERIFY(ann.typing().isEmpty()); // not echoed to the typist

    // A non-member sees nothing and cannot type into the group.
    cat.ws.sendTextMessage(frame);
    QTRY_VERIFY_WITH_TIMEOUT(!cat.frames.filter(u"conversation_not_found"_s).isEmpty(), 5000);
    QVERIFY(cat.typing().isEmpty());
    QCOMPARE(ben.typing().size(), 1);

    // Malformed typing frames get an error; the socket stays up.
    cat.ws.sendTextMessage(u"{\"type\":\"typing\"}"_s);
    cat.ws.sendTextMessage(u"{\"type\":\"typing\",\"conversation_id\":\"x' OR 1\"}"_s);
    QTRY_COMPARE_WITH_TIMEOUT(cat.frames.filter(u"bad_frame"_s).size(), 2, 5000);
    cat.ws.sendTextMessage(u"{\"type\":\"ping\"}"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!cat.frames.filter(u"pong"_s).isEmpty(), 5000);
    QCOMPARE(cat.ws.state(), QAbstractSocket::ConnectedState);
    // Nothing about typing was stored.
    QVERIFY(!databaseSnapshot(m_h->server().databasePath()).join(u'\n').contains(u"typing"_s));
}

void ChatApiTest::presenceIsPublishedOnChangeToContactsOnly()
{
    // Ben shares the group with Ann; Dan shares nothing with anyone.
    const Account dan = m_h->account(u"dan"_s);
    Socket ben, lurker;
    QVERIFY(ben.open(m_h->port(), m_ben.accessToken));
    QVERIFY(lurker.open(m_h->port(), dan.accessToken));
    const auto presence = [](const Socket &s, const QString &user) {
        return s.frames.filter(u"\"presence\""_s).filter(user);
    };
    {
        Socket ann;
        QVERIFY(ann.open(m_h->port(), m_ann.accessToken));
        QTRY_COMPARE_WITH_TIMEOUT(presence(ben, m_ann.id).size(), 1, 5000);
        QVERIFY(presence(ben, m_ann.id).last().contains(u"online"_s));
        // Ann learns that Ben is here.
        QTRY_COMPARE_WITH_TIMEOUT(presence(ann, m_ben.id).size(), 1, 5000);
        ann.ws.sendTextMessage(u"{\"type\":\"presence\",\"state\":\"away\"}"_s);
        QTRY_COMPARE_WITH_TIMEOUT(presence(ben, m_ann.id).size(), 2, 5000);
        QVERIFY(presence(ben, m_ann.id).last().contains(u"away"_s));
        // Published only when it changes.
        ann.ws.sendTextMessage(u"{\"type\":\"presence\",\"state\":\"away\"}"_s);
        ann.ws.sendTextMessage(u"{\"type\":\"presence\",\"state\":\"asleep\"}"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!ann.frames.filter(u"bad_frame"_s).isEmpty(), 5000);
        QCOMPARE(presence(ben, m_ann.id).size(), 2);
        ann.ws.close();
        QTRY_COMPARE_WITH_TIMEOUT(presence(ben, m_ann.id).size(), 3, 5000);
        QVERIFY(presence(ben, m_ann.id).last().contains(u"offline"_s));
    }
    QVERIFY(presence(lurker, m_ann.id).isEmpty()); // not a contact

    // Hidden presence is never published.
    QCOMPARE(run(m_ann, u"setPreferences"_s, {{u"presence_hidden"_s, true}}).value(u"status"_s),
             u"applied"_s);
    Socket hiddenAnn;
    QVERIFY(hiddenAnn.open(m_h->port(), m_ann.accessToken));
    QTest::qWait(500);
    QCOMPARE(presence(ben, m_ann.id).size(), 3);
    QCOMPARE(run(m_ann, u"setPreferences"_s, {{u"presence_hidden"_s, false}}).value(u"status"_s),
             u"applied"_s);
}

void ChatApiTest::presenceFollowsPrivacyAndMembershipLive()
{
    const Account fay = m_h->account(u"fay"_s);
    Socket ann, ben, stranger;
    QVERIFY(ann.open(m_h->port(), m_ann.accessToken));
    QVERIFY(ben.open(m_h->port(), m_ben.accessToken));
    QVERIFY(stranger.open(m_h->port(), fay.accessToken));
    const auto last = [](const Socket &s, const QString &user) {
        const QStringList frames = s.frames.filter(u"\"presence\""_s).filter(user);
        return frames.isEmpty()
            ? QString()
            : QJsonDocument::fromJson(frames.last().toUtf8()).object().value(u"state"_s).toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(last(ben, m_ann.id), u"online"_s, 5000);
    QVERIFY(last(stranger, m_ann.id).isEmpty());

    // Hiding while connected: Ben hears "offline" at once; showing again, "online".
    QCOMPARE(run(m_ann, u"setPreferences"_s, {{u"presence_hidden"_s, true}}).value(u"status"_s),
             u"applied"_s);
    QTRY_COMPARE_WITH_TIMEOUT(last(ben, m_ann.id), u"offline"_s, 5000);
    QCOMPARE(run(m_ann, u"setPreferences"_s, {{u"presence_hidden"_s, false}}).value(u"status"_s),
             u"applied"_s);
    QTRY_COMPARE_WITH_TIMEOUT(last(ben, m_ann.id), u"online"_s, 5000);

    // A new group makes Fay and Ann contacts: each learns the other is here, without
    // reconnecting. Removed, Fay hears Ann is gone and stops hearing about her.
    const QString group = newId();
    QCOMPARE(run(m_ann, u"createGroup"_s,
                 {{u"id"_s, group},
                  {u"title"_s, u"Night market"_s},
                  {u"user_ids"_s, QJsonArray {fay.id}}})
                 .value(u"status"_s),
             u"applied"_s);
    QTRY_COMPARE_WITH_TIMEOUT(last(stranger, m_ann.id), u"online"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(last(ann, fay.id), u"online"_s, 5000);
    QCOMPARE(run(m_ann, u"removeMember"_s, {{u"conversation_id"_s, group}, {u"user_id"_s, fay.id}})
                 .value(u"status"_s),
             u"applied"_s);
    QTRY_COMPARE_WITH_TIMEOUT(last(stranger, m_ann.id), u"offline"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(last(ann, fay.id), u"offline"_s, 5000);
    const qsizetype heard = stranger.frames.filter(m_ann.id).size();
    ann.ws.sendTextMessage(u"{\"type\":\"presence\",\"state\":\"away\"}"_s);
    QTRY_COMPARE_WITH_TIMEOUT(last(ben, m_ann.id), u"away"_s, 5000);
    QCOMPARE(stranger.frames.filter(m_ann.id).size(), heard);
}

QTEST_MAIN(ChatApiTest)
void ChatApiTest::changesReachMembersOnlyOverTheWebSocket()
{
    const Account eve = m_h->account(u"eve"_s);
    const QString group = newId();
    const QString bucket = u"conv:"_s + group;
    QCOMPARE(run(m_ann, u"createGroup"_s,
                 {{u"id"_s, group},
                  {u"title"_s, u"Stall neighbours"_s},
                  {u"user_ids"_s, QJsonArray {m_ben.id, m_cat.id}}})
                 .value(u"status"_s),
             u"applied"_s);
    Socket ben, cat, outsider;
    QVERIFY(ben.open(m_h->port(), m_ben.accessToken));
    QVERIFY(cat.open(m_h->port(), m_cat.accessToken));
    QVERIFY(outsider.open(m_h->port(), eve.accessToken));
    auto about = [](const Socket &s, const QString &needle) {
        return s.frames.filter(needle);
    };

    // A message reaches the members as a delta frame: the rows themselves, no pull needed.
    const QString first = newId();
    QCOMPARE(run(m_ann, u"sendMessage"_s,
                 {{u"id"_s, first}, {u"conversation_id"_s, group}, {u"body"_s, u"Tea at four?"_s}})
                 .value(u"status"_s),
             u"applied"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!about(ben, first).isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!about(cat, first).isEmpty(), 5000);
    const QJsonObject delta = QJsonDocument::fromJson(about(ben, first).first().toUtf8()).object();
    QCOMPARE(delta.value(u"type"_s).toString(), u"delta"_s);
    QCOMPARE(delta.value(u"bucket"_s).toString(), bucket);
    QVERIFY(delta.value(u"cursor"_s).toInteger() > delta.value(u"after"_s).toInteger());
    QVERIFY(!delta.value(u"checksum"_s).toString().isEmpty());
    bool carriesBody = false;
    for (const QJsonValue &change : delta.value(u"changes"_s).toArray())
        carriesBody = carriesBody
            || change.toObject().value(u"fields"_s).toObject().value(u"body"_s).toString()
                == u"Tea at four?"_s;
    QVERIFY(carriesBody);

    // A reaction too; and nothing of the conversation reaches a non-member.
    QCOMPARE(
        run(m_ben, u"react"_s, {{u"message_id"_s, first}, {u"emoji"_s, u"🍵"_s}}).value(u"status"_s),
        u"applied"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!about(cat, u"🍵"_s).isEmpty(), 5000);

    // Removed: the next message no longer reaches cat's open socket.
    QCOMPARE(
        run(m_ann, u"removeMember"_s, {{u"conversation_id"_s, group}, {u"user_id"_s, m_cat.id}})
            .value(u"status"_s),
        u"applied"_s);
    const QString second = newId();
    QCOMPARE(run(m_ann, u"sendMessage"_s,
                 {{u"id"_s, second}, {u"conversation_id"_s, group}, {u"body"_s, u"Just us now"_s}})
                 .value(u"status"_s),
             u"applied"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!about(ben, second).isEmpty(), 5000);
    QTest::qWait(300); // what would have been sent to the others has arrived by now
    QVERIFY(about(cat, second).isEmpty());
    QVERIFY(about(outsider, group).isEmpty());
    QVERIFY(about(outsider, first).isEmpty());

    // Messages are not written over the WebSocket: such a frame is refused, nothing stored.
    const QStringList before = databaseSnapshot(m_h->server().databasePath())
                                   .filter(QRegularExpression(u"^(messages|reactions)"_s));
    outsider.ws.sendTextMessage(
        u"{\"type\":\"message\",\"conversation_id\":\"%1\",\"body\":\"hi\"}"_s.arg(group));
    outsider.ws.sendTextMessage(
        u"{\"type\":\"react\",\"message_id\":\"%1\",\"emoji\":\"x\"}"_s.arg(first));
    QTRY_COMPARE_WITH_TIMEOUT(about(outsider, u"bad_frame"_s).size(), 2, 5000);
    QCOMPARE(databaseSnapshot(m_h->server().databasePath())
                 .filter(QRegularExpression(u"^(messages|reactions)"_s)),
             before);
}

#include "tst_chat_api.moc"
