// Bad input to the sync endpoints: each gets a clear error, and nothing changes.
#include "SyncHarness.h"

#include <QDateTime>
#include <QJsonArray>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace Souk::Test;

namespace {

QJsonObject mutation(qint64 seq, const QString &name, const QJsonObject &args, int version = 1)
{
    return QJsonObject {
        {u"seq"_s, seq},
        {u"name"_s, name},
        {u"version"_s, version},
        {u"args"_s, args},
        {u"hlc"_s,
         Souk::Sync::Hlc {QDateTime::currentMSecsSinceEpoch(), 0, u"tests"_s}.toString()}};
}

QByteArray pushBody(const QString &clientId, const QJsonArray &mutations, int schema = 1)
{
    return toJson(QJsonObject {
        {u"client_id"_s, clientId}, {u"schema_version"_s, schema}, {u"mutations"_s, mutations}});
}

} // namespace

class SyncApiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pushRefusals_data();
    void pushRefusals();
    void perMutationRejections_data();
    void perMutationRejections();
    void pullRefusals_data();
    void pullRefusals();
    void anotherUsersClientIdIsRefused();
    void websocketNeedsAToken();
    void websocketClosesOnLogout();
    void malformedFramesKeepTheSocketUp();

private:
    std::unique_ptr<SyncHarness> m_h;
    Account m_ann;
    Account m_ben;
    QString m_benDraft = u"0190aaaa-0000-7000-8000-00000000b0b0"_s;
};

void SyncApiTest::initTestCase()
{
    m_h = std::make_unique<SyncHarness>();
    QVERIFY2(m_h->startServer(), qPrintable(m_h->server().error()));
    m_ann = m_h->account(u"ann"_s);
    m_ben = m_h->account(u"ben"_s);
    // Ann has a registered client with one applied mutation.
    const HttpReply first = m_h->http().send(
        "POST", m_h->server().url(u"/api/v1/sync/push"_s),
        pushBody(u"ann-client-1"_s, {mutation(1, u"updateProfile"_s, {{u"bio"_s, u"hi"_s}})}),
        m_ann.accessToken);
    QCOMPARE(first.status, 200);
    // Ben has a draft that Ann will try to touch.
    const HttpReply benDraft = m_h->http().send(
        "POST", m_h->server().url(u"/api/v1/sync/push"_s),
        pushBody(u"ben-client-1"_s,
                 {mutation(1, u"saveDraft"_s, {{u"id"_s, m_benDraft}, {u"body"_s, u"mine"_s}})}),
        m_ben.accessToken);
    QCOMPARE(
        benDraft.json.value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString(),
        u"applied"_s);
}

void SyncApiTest::pushRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString c = u"ann-client-1"_s;
    const QJsonObject ok = mutation(2, u"updateProfile"_s, {{u"bio"_s, u"x"_s}});
    QTest::newRow("malformed json") << QByteArray("{\"client_id\":") << 400 << u"malformed_json"_s;
    QTest::newRow("not an object") << QByteArray("[]") << 400 << u"not_an_object"_s;
    QTest::newRow("missing mutations")
        << toJson({{u"client_id"_s, c}, {u"schema_version"_s, 1}}) << 400 << u"missing_field"_s;
    QTest::newRow("unknown field") << toJson({{u"client_id"_s, c},
                                              {u"schema_version"_s, 1},
                                              {u"mutations"_s, QJsonArray {}},
                                              {u"user_id"_s, m_ben.id}})
                                   << 400 << u"unknown_field"_s;
    QTest::newRow("mutations not an array")
        << toJson({{u"client_id"_s, c}, {u"schema_version"_s, 1}, {u"mutations"_s, 5}}) << 400
        << u"wrong_type"_s;
    QTest::newRow("mutation not an object")
        << pushBody(c, {QJsonValue(3)}) << 400 << u"wrong_type"_s;
    QJsonObject noHlc = ok;
    noHlc.remove(u"hlc"_s);
    QTest::newRow("mutation without hlc") << pushBody(c, {noHlc}) << 400 << u"missing_field"_s;
    QJsonObject badHlc = ok;
    badHlc.insert(u"hlc"_s, u"yesterday"_s);
    QTest::newRow("mutation with a bad hlc") << pushBody(c, {badHlc}) << 400 << u"wrong_type"_s;
    QJsonObject extra = ok;
    extra.insert(u"user_id"_s, m_ben.id);
    QTest::newRow("mutation with an unknown field")
        << pushBody(c, {extra}) << 400 << u"unknown_field"_s;
    QTest::newRow("seqs out of order")
        << pushBody(c, {mutation(3, u"follow"_s, {{u"user_id"_s, m_ben.id}}), ok}) << 400
        << u"bad_seq_order"_s;
    QTest::newRow("seq zero") << pushBody(c, {mutation(0, u"follow"_s, {{u"user_id"_s, m_ben.id}})})
                              << 400 << u"invalid_seq"_s;
    QTest::newRow("bad client id") << pushBody(u"x y"_s, {ok}) << 422 << u"invalid_client_id"_s;
    QTest::newRow("old schema") << pushBody(c, {ok}, 0) << 426 << u"update_required"_s;
    QTest::newRow("future schema") << pushBody(c, {ok}, 99) << 426 << u"server_outdated"_s;
    QJsonArray many;
    for (int i = 1; i <= 1001; ++i)
        many.append(mutation(i + 10, u"follow"_s, {{u"user_id"_s, m_ben.id}}));
    QTest::newRow("oversize batch") << pushBody(c, many) << 422 << u"batch_too_large"_s;
    QTest::newRow("oversize body")
        << QByteArray(5 * 1024 * 1024, ' ') << 413 << u"body_too_large"_s;
}

void SyncApiTest::pushRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QStringList before = databaseSnapshot(m_h->server().databasePath());
    const HttpReply reply = m_h->http().send("POST", m_h->server().url(u"/api/v1/sync/push"_s),
                                             body, m_ann.accessToken);
    QVERIFY2(reply.status == status, reply.body.constData());
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(databaseSnapshot(m_h->server().databasePath()), before);
}

void SyncApiTest::perMutationRejections_data()
{
    QTest::addColumn<QJsonObject>("m");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown mutator") << mutation(1, u"dropTables"_s, {}) << u"unknown_mutator"_s;
    QTest::newRow("unknown version")
        << mutation(1, u"follow"_s, {{u"user_id"_s, m_ben.id}}, 99) << u"unknown_mutator"_s;
    QTest::newRow("undecodable args")
        << mutation(1, u"follow"_s, {{u"user_id"_s, 42}}) << u"wrong_type"_s;
    QTest::newRow("unknown arg") << mutation(1, u"updateProfile"_s,
                                             {{u"bio"_s, u"x"_s}, {u"role"_s, u"admin"_s}})
                                 << u"unknown_field"_s;
    QTest::newRow("invalid value")
        << mutation(1, u"updateProfile"_s, {{u"bio"_s, QString(501, u'b')}}) << u"bio_too_long"_s;
    QTest::newRow("follow yourself")
        << mutation(1, u"follow"_s, {{u"user_id"_s, m_ann.id}}) << u"cannot_follow_self"_s;
    QTest::newRow("follow nobody")
        << mutation(1, u"follow"_s, {{u"user_id"_s, u"0123456789abcdef"_s}}) << u"user_not_found"_s;
    QTest::newRow("edit another user's draft")
        << mutation(1, u"saveDraft"_s, {{u"id"_s, m_benDraft}, {u"body"_s, u"hijacked"_s}})
        << u"forbidden"_s;
    QTest::newRow("delete another user's draft")
        << mutation(1, u"deleteDraft"_s, {{u"id"_s, m_benDraft}}) << u"forbidden"_s;
    QTest::newRow("resolve a conflict that is not yours") << mutation(
        1, u"resolveConflict"_s,
        {{u"id"_s, u"0190bbbb-0000-7000-8000-000000000001"_s}, {u"choice"_s, u"keep_mine"_s}})
                                                          << u"conflict_not_found"_s;
    // A clock far in the future is no refusal any more: the mutation applies, ordered as of
    // its arrival (tst_security_findings, theClientsClockDecidesNoServerFact).
}

void SyncApiTest::perMutationRejections()
{
    QFETCH(QJsonObject, m);
    QFETCH(QString, code);
    // A fresh client each row, so seq 1 is new.
    static int n = 0;
    const QString clientId = u"reject-client-%1"_s.arg(++n);
    const QStringList before =
        databaseSnapshot(m_h->server().databasePath()).filter(u"sync_rows"_s);
    const HttpReply reply = m_h->http().send("POST", m_h->server().url(u"/api/v1/sync/push"_s),
                                             pushBody(clientId, {m}), m_ann.accessToken);
    QCOMPARE(reply.status, 200);
    const QJsonObject result = reply.json.value(u"results"_s).toArray().at(0).toObject();
    QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(result.value(u"error"_s).toObject().value(u"code"_s).toString(), code);
    QVERIFY(!result.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    // Processed (so it is not retried forever), but no data changed.
    QCOMPARE(reply.json.value(u"last_seq"_s).toInt(), 1);
    QCOMPARE(databaseSnapshot(m_h->server().databasePath()).filter(u"sync_rows"_s), before);
}

void SyncApiTest::pullRefusals_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("cursor from the future")
        << u"client_id=ann-client-1&schema_version=1&cursor=user:x@999999999"_s << 400
        << u"cursor_from_future"_s;
    QTest::newRow("bad cursor") << u"client_id=ann-client-1&schema_version=1&cursor=nothing"_s
                                << 400 << u"bad_cursor"_s;
    QTest::newRow("missing schema") << u"client_id=ann-client-1"_s << 400 << u"missing_field"_s;
    QTest::newRow("old schema") << u"client_id=ann-client-1&schema_version=0"_s << 426
                                << u"update_required"_s;
    QTest::newRow("unknown parameter")
        << u"client_id=ann-client-1&schema_version=1&user_id=1"_s << 400 << u"unknown_parameter"_s;
    QTest::newRow("bad limit") << u"client_id=ann-client-1&schema_version=1&limit=0"_s << 422
                               << u"invalid_limit"_s;
    QTest::newRow("bad client id")
        << u"client_id=%20&schema_version=1"_s << 422 << u"invalid_client_id"_s;
}

void SyncApiTest::pullRefusals()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    QUrl url = m_h->server().url(u"/api/v1/sync/pull"_s);
    url.setQuery(query);
    const HttpReply reply = m_h->http().get(url, m_ann.accessToken);
    QVERIFY2(reply.status == status, reply.body.constData());
    QCOMPARE(reply.errorCode(), code);
}

void SyncApiTest::anotherUsersClientIdIsRefused()
{
    const QStringList before = databaseSnapshot(m_h->server().databasePath());
    const HttpReply pushed = m_h->http().send(
        "POST", m_h->server().url(u"/api/v1/sync/push"_s),
        pushBody(u"ann-client-1"_s,
                 {mutation(5, u"updateProfile"_s, {{u"bio"_s, u"ben was here"_s}})}),
        m_ben.accessToken);
    QCOMPARE(pushed.status, 403);
    QCOMPARE(pushed.errorCode(), u"client_not_yours"_s);
    QCOMPARE(databaseSnapshot(m_h->server().databasePath()), before);
    QUrl url = m_h->server().url(u"/api/v1/sync/pull"_s);
    url.setQuery(u"client_id=ann-client-1&schema_version=1"_s);
    QCOMPARE(m_h->http().get(url, m_ben.accessToken).status, 403);
}

void SyncApiTest::websocketNeedsAToken()
{
    for (const QByteArray &token : {QByteArray(), QByteArray("sat_garbage")}) {
        QWebSocket socket;
        QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/ws"_s.arg(m_h->server().port())));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        socket.open(request);
        QVERIFY(disconnected.wait(5000));
        QCOMPARE(connected.size(), 0);
    }
    // A plain GET is told to upgrade.
    const HttpReply plain = m_h->http().get(m_h->server().url(u"/api/v1/ws"_s), m_ann.accessToken);
    QCOMPARE(plain.status, 426);
}

void SyncApiTest::websocketClosesOnLogout()
{
    const Account session = login(m_h->http(), m_h->server(), u"ben"_s, m_ben.password);
    QWebSocket socket;
    QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/ws"_s.arg(m_h->server().port())));
    request.setRawHeader("Authorization", "Bearer " + session.accessToken);
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    socket.open(request);
    QVERIFY(connected.wait(5000));
    QCOMPARE(m_h->http()
                 .send("POST", m_h->server().url(u"/api/v1/auth/logout"_s), {}, session.accessToken)
                 .status,
             204);
    // The close may already have arrived while the logout request was in flight.
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 2000);
    QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
}

void SyncApiTest::malformedFramesKeepTheSocketUp()
{
    QWebSocket socket;
    QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/ws"_s.arg(m_h->server().port())));
    request.setRawHeader("Authorization", "Bearer " + m_ann.accessToken);
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    socket.open(request);
    QVERIFY(connected.wait(5000));
    // The hello frame may arrive in the same event-loop turn as the handshake.
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 2000);
    socket.sendTextMessage(u"this is not json"_s);
    QVERIFY(messages.wait(2000));
    QVERIFY(messages.last().at(0).toString().contains(u"bad_frame"_s));
    socket.sendTextMessage(u"{\"type\":\"ping\"}"_s);
    QVERIFY(messages.wait(2000));
    QVERIFY(messages.last().at(0).toString().contains(u"pong"_s));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

QTEST_GUILESS_MAIN(SyncApiTest)
#include "tst_sync_api.moc"
