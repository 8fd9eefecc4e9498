// The findings of the outside security review (issue 17) that live in the shared mutators and
// the sync service, each replayed against the real server as the reviewer did it, with the
// state checked afterwards. The HTTP-layer findings are in tests/server (tst_http_limits,
// tst_rate_limits, tst_trusted_proxies); the client's in tests/app.
#include "ChatMutators.h"
#include "CommerceMutators.h"
#include "DatabaseSnapshot.h"
#include "Hlc.h"
#include "SyncHarness.h"
#include "TestImages.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Souk;
using namespace Souk::Test;
using Souk::Sync::Row;

namespace {

constexpr qint64 HourMs = 60LL * 60 * 1000;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<Row> find(const QMap<QString, QList<Row>> &view, const QString &table,
                        const QString &id)
{
    for (const Row &r : view.value(table)) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

} // namespace

class SecurityFindingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void directConversationCannotBeTakenOverByAGroup(); // 1
    void aCostlyPushIsSplitAndFailedWorkCounts(); // 2
    void theClientsClockDecidesNoServerFact(); // 4
    void moderatorCannotRestoreTheirOwnContent(); // 6
    void keepMinePassesTheChecksOfAFreshEdit(); // 7
    void editingAHeldPostNotifiesNobody(); // 8
    void heldAndHiddenPostsLeaveTheFollowersFeed(); // 9
    void aRemovedProductCannotBeOrdered(); // 10
    void ownersNeitherBuyFromNorReviewTheirShop(); // 11
    void blocksHoldInGroups(); // 12
    void shopDecisionsNameNoModerator(); // 13
    void reportsCopyOnlyWhatTheReporterSaw(); // 15
    void documentUploadsHaveAQuota(); // also reported

private:
    QJsonObject push(const Account &who, const QString &name, const QJsonObject &args,
                     qint64 wallMs = 0)
    {
        return m_h->push(who, name, args, {wallMs});
    }
    static QString code(const QJsonObject &r) { return SyncHarness::code(r); }
    QString db() const { return m_h->server().databasePath(); }
    QVariant value(const QString &sql) const { return queryValue(db(), sql); }
    bool isMember(const QString &conversation, const Account &who) const
    {
        return value(u"SELECT COUNT(*) FROM members WHERE id = '%1' AND active = 1"_s.arg(
                         Sync::Chat::memberId(conversation, who.id)))
                   .toInt()
            > 0;
    }
    Account user(const QString &name, const QString &role = {});
    QString post(const Account &author, const QString &caption, qint64 wallMs = 0);
    QString decide(const Account &mod, const QString &type, const QString &target,
                   const QString &action);
    //! A shop of `owner` with one product on sale and one variant of `stock` units.
    struct Stocked
    {
        QString shop, product, variant;
    };
    Stocked stockedShop(const Account &owner, const QString &name, qint64 stock);
    QString order(const Account &buyer, const QString &variant, qint64 price, QString *error);

    std::unique_ptr<SyncHarness> m_h;
    Account m_admin, m_mod, m_ann, m_ben, m_cat, m_eve;
    QString m_image;
};

void SecurityFindingsTest::initTestCase()
{
    m_h = std::make_unique<SyncHarness>();
    QVERIFY2(m_h->startServer(), qPrintable(m_h->server().error()));
    m_admin = m_h->account(u"root_admin"_s); // the first account is the server's admin
    m_mod = user(u"mona"_s, u"moderator"_s);
    m_ann = user(u"ann"_s);
    m_ben = user(u"ben"_s);
    m_cat = user(u"cat"_s);
    m_eve = user(u"eve"_s);
    m_image = m_h->http()
                  .send("POST", m_h->server().url(u"/api/v1/media"_s),
                        Images::make(40, 40, "png", 5), m_admin.accessToken, "image/png")
                  .json.value(u"id"_s)
                  .toString();
    QVERIFY(!m_image.isEmpty());
}

Account SecurityFindingsTest::user(const QString &name, const QString &role)
{
    Account account = m_h->account(name);
    if (!role.isEmpty() && !m_h->setRole(m_admin, account, role))
        qWarning("could not make %s a %s", qPrintable(name), qPrintable(role));
    return account;
}

QString SecurityFindingsTest::post(const Account &author, const QString &caption, qint64 wallMs)
{
    const QString id = newId();
    const QJsonObject r =
        push(author, u"createPost"_s,
             {{u"id"_s, id}, {u"caption"_s, caption}, {u"media"_s, QJsonArray {m_image}}}, wallMs);
    return code(r).isEmpty() ? id : QString();
}

QString SecurityFindingsTest::decide(const Account &mod, const QString &type, const QString &target,
                                     const QString &action)
{
    const QString id = newId();
    const QString mutator = type == u"user"_s ? u"actOnUser"_s : u"moderate"_s;
    const QJsonObject r = push(mod, mutator,
                               {{u"id"_s, id},
                                {u"target_type"_s, type},
                                {u"target_id"_s, target},
                                {u"action"_s, action},
                                {u"reason"_s, u"Against the rules"_s}});
    return code(r).isEmpty() ? id : QString();
}

SecurityFindingsTest::Stocked SecurityFindingsTest::stockedShop(const Account &owner,
                                                                const QString &name, qint64 stock)
{
    Stocked s;
    const HttpReply made = m_h->http().send("POST", m_h->server().url(u"/api/v1/admin/shops"_s),
                                            toJson({{u"owner_id"_s, owner.id}, {u"name"_s, name}}),
                                            m_admin.accessToken);
    s.shop = made.json.value(u"id"_s).toString();
    s.product = newId();
    s.variant = newId();
    const bool ok = code(push(owner, u"upsertProduct"_s,
                              {{u"id"_s, s.product},
                               {u"shop_id"_s, s.shop},
                               {u"title"_s, u"Bowl"_s},
                               {u"price"_s, 1200},
                               {u"currency"_s, u"EUR"_s},
                               {u"media"_s, QJsonArray {m_image}},
                               {u"status"_s, u"active"_s}}))
                        .isEmpty()
        && code(push(owner, u"setVariant"_s,
                     {{u"id"_s, s.variant},
                      {u"product_id"_s, s.product},
                      {u"sku"_s, u"B-%1"_s.arg(s.variant.left(8))},
                      {u"name"_s, u"blue"_s}}))
               .isEmpty()
        && code(push(owner, u"adjustStock"_s,
                     {{u"id"_s, newId()},
                      {u"variant_id"_s, s.variant},
                      {u"delta"_s, stock},
                      {u"reason"_s, u"received"_s}}))
               .isEmpty();
    return ok && !s.shop.isEmpty() ? s : Stocked {};
}

QString SecurityFindingsTest::order(const Account &buyer, const QString &variant, qint64 price,
                                    QString *error)
{
    const QString intent = newId();
    *error = code(
        push(buyer, u"placeOrder"_s,
             {{u"id"_s, intent},
              {u"payment"_s, u"manual"_s},
              {u"lines"_s,
               QJsonArray {QJsonObject {
                   {u"variant_id"_s, variant}, {u"quantity"_s, 1}, {u"unit_price"_s, price}}}}}));
    return intent;
}

// 1. Anyone could createGroup under the id startDirect derives for two others, and read the
// pair's messages when one of them started their direct conversation.
void SecurityFindingsTest::directConversationCannotBeTakenOverByAGroup()
{
    const QString direct = Sync::Chat::directId(m_ann.id, m_ben.id);
    QCOMPARE(code(push(m_eve, u"createGroup"_s,
                       {{u"id"_s, direct},
                        {u"title"_s, u"Trap"_s},
                        {u"user_ids"_s, QJsonArray {m_ann.id, m_ben.id}}})),
             u"invalid_id"_s);
    QCOMPARE(value(u"SELECT COUNT(*) FROM conversations WHERE id = '%1'"_s.arg(direct)).toInt(), 0);

    QCOMPARE(code(push(m_ann, u"startDirect"_s, {{u"user_id"_s, m_ben.id}})), QString());
    QCOMPARE(value(u"SELECT kind FROM conversations WHERE id = '%1'"_s.arg(direct)).toString(),
             u"direct"_s);
    QCOMPARE(value(u"SELECT group_concat(user_id) FROM (SELECT user_id FROM members"
                   " WHERE conversation_id = '%1' AND active = 1 ORDER BY user_id)"_s.arg(direct))
                 .toString()
                 .split(u','),
             QStringList({std::min(m_ann.id, m_ben.id), std::max(m_ann.id, m_ben.id)}));

    // A group made under a derived id before this fix is refused, never joined.
    const QString taken = Sync::Chat::directId(m_ann.id, m_cat.id);
    QVERIFY(execSql(
        db(),
        u"INSERT INTO conversations (id, kind, title, created_by, created_at) VALUES (?, 'group',"
        " 'Old trap', ?, 1)"_s,
        {taken, m_eve.id}));
    QVERIFY(execSql(db(),
                    u"INSERT INTO members (id, conversation_id, user_id, role, active)"
                    " VALUES (?, ?, ?, 'admin', 1)"_s,
                    {Sync::Chat::memberId(taken, m_eve.id), taken, m_eve.id}));
    const QStringList before = databaseSnapshot(db()).filter(u"members"_s);
    QCOMPARE(code(push(m_ann, u"startDirect"_s, {{u"user_id"_s, m_cat.id}})), u"id_taken"_s);
    QCOMPARE(databaseSnapshot(db()).filter(u"members"_s), before);
}

// 2. Hundreds of createGroup of 40 members held the write transaction for minutes.
void SecurityFindingsTest::aCostlyPushIsSplitAndFailedWorkCounts()
{
    QJsonArray members;
    for (int i = 0; i < 30; ++i)
        members.append(m_h->account(u"crowd%1"_s.arg(i)).id);
    // `count` groups of these members, in one batch.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto flood = [&](const QJsonArray &userIds, int count) {
        QJsonArray mutations;
        for (int i = 0; i < count; ++i) {
            mutations.append(QJsonObject {
                {u"seq"_s, i + 1},
                {u"name"_s, u"createGroup"_s},
                {u"version"_s, 1},
                {u"args"_s,
                 QJsonObject {
                     {u"id"_s, newId()}, {u"title"_s, u"Flood"_s}, {u"user_ids"_s, userIds}}},
                {u"hlc"_s, Sync::Hlc {now, quint32(i), u"flood"_s}.toString()}});
        }
        return mutations;
    };
    auto send = [&](const QString &clientId, const QJsonArray &mutations) {
        return m_h->http().send("POST", m_h->server().url(u"/api/v1/sync/push"_s),
                                toJson({{u"client_id"_s, clientId},
                                        {u"schema_version"_s, 1},
                                        {u"mutations"_s, mutations}}),
                                m_eve.accessToken);
    };
    const QJsonArray batch = flood(members, 200);
    const HttpReply first = send(u"flood-client-1"_s, batch);
    QCOMPARE(first.status, 200);
    const int applied = int(first.json.value(u"results"_s).toArray().size());
    const int deferred = first.json.value(u"deferred"_s).toInt();
    // A group of 31 rows, each member looked up: the budget holds a dozen; the rest waits.
    QVERIFY2(applied > 0 && applied < 200, qPrintable(QString::number(applied)));
    QCOMPARE(applied + deferred, 200);
    QCOMPARE(first.json.value(u"last_seq"_s).toInt(), applied);
    const int groups =
        value(
            u"SELECT COUNT(*) FROM conversations WHERE created_by = '%1' AND title = 'Flood'"_s.arg(
                m_eve.id))
            .toInt();
    QCOMPARE(groups, applied);
    // The client pushes the same batch again: the processed part is answered as duplicates,
    // the next part applies, until nothing is deferred.
    int rounds = 1;
    HttpReply next = first;
    while (next.json.value(u"deferred"_s).toInt() > 0 && rounds < 60) {
        next = send(u"flood-client-1"_s, batch);
        QCOMPARE(next.status, 200);
        ++rounds;
    }
    QCOMPARE(next.json.value(u"deferred"_s).toInt(), 0);
    QCOMPARE(next.json.value(u"last_seq"_s).toInt(), 200);
    QVERIFY(rounds >= 3);

    // Work that is rolled back counts too: groups that look every member up and then fail on
    // the last (an unknown account) were free, and held the write lock for seconds a push.
    QJsonArray failing = members;
    failing.append(u"01a250b9-0000-7000-8000-000000000000"_s);
    const HttpReply costly = send(u"flood-client-2"_s, flood(failing, 300));
    QCOMPARE(costly.status, 200);
    QVERIFY2(costly.json.value(u"deferred"_s).toInt() > 0, costly.body.left(200).constData());
    QCOMPARE(costly.json.value(u"results"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"error"_s)
                 .toObject()
                 .value(u"code"_s)
                 .toString(),
             u"user_not_found"_s);
    // And nobody is named twice in a group.
    QCOMPARE(code(push(m_eve, u"createGroup"_s,
                       {{u"id"_s, newId()},
                        {u"title"_s, u"Twice"_s},
                        {u"user_ids"_s, QJsonArray {m_ann.id, m_ann.id}}})),
             u"duplicate_member"_s);
    QCOMPARE(
        value(
            u"SELECT COUNT(*) FROM conversations WHERE created_by = '%1' AND title = 'Flood'"_s.arg(
                m_eve.id))
            .toInt(),
        200);
}

// 4. A mutation's HLC could run a day ahead: new-account limits, created_at and the server's
// own clock followed it.
void SecurityFindingsTest::theClientsClockDecidesNoServerFact()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString id = post(m_cat, u"From tomorrow"_s, before + 23 * HourMs);
    QVERIFY(!id.isEmpty()); // applied all the same: nothing the user did is lost
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const qint64 created =
        value(u"SELECT created_at FROM posts WHERE id = '%1'"_s.arg(id)).toLongLong();
    QVERIFY2(created >= before && created <= after, qPrintable(QString::number(created - after)));
    // The server's clock did not move: another user's REST write is stamped now.
    QCOMPARE(m_h->http()
                 .send("PATCH", m_h->server().url(u"/api/v1/me"_s),
                       toJson({{u"bio"_s, u"Written today"_s}}), m_ben.accessToken)
                 .status,
             200);
    const QJsonObject clocks =
        QJsonDocument::fromJson(
            value(u"SELECT clocks FROM users WHERE id = '%1'"_s.arg(m_ben.id)).toByteArray())
            .object();
    const auto stamped = Sync::Hlc::fromString(clocks.value(u"bio"_s).toString());
    QVERIFY(stamped);
    QVERIFY2(stamped->wallMs <= QDateTime::currentMSecsSinceEpoch() + 5 * 60 * 1000,
             qPrintable(QString::number(stamped->wallMs - QDateTime::currentMSecsSinceEpoch())));

    // New-account limits count by the server's time: a clock two hours ahead does not make a
    // one-hour-old account an old one.
    QStringList args = relaxedLimits();
    args.remove(args.indexOf(u"--new-account-hours"_s), 2);
    SyncHarness strict(
        args + QStringList {u"--new-account-hours"_s, u"1"_s, u"--new-account-posts"_s, u"1"_s});
    QVERIFY2(strict.startServer(), qPrintable(strict.server().error()));
    strict.account(u"first_admin"_s);
    const Account fresh = strict.account(u"freshling"_s);
    const QString media = strict.http()
                              .send("POST", strict.server().url(u"/api/v1/media"_s),
                                    Images::make(32, 32, "png", 8), fresh.accessToken, "image/png")
                              .json.value(u"id"_s)
                              .toString();
    const qint64 ahead = QDateTime::currentMSecsSinceEpoch() + 2 * HourMs;
    auto newPost = [&](const QString &caption) {
        return strict.push(
            fresh, u"createPost"_s,
            {{u"id"_s, newId()}, {u"caption"_s, caption}, {u"media"_s, QJsonArray {media}}},
            {ahead});
    };
    QCOMPARE(code(newPost(u"first"_s)), QString());
    QCOMPARE(code(newPost(u"second"_s)), u"new_account_limit"_s);
    QCOMPARE(queryValue(strict.server().databasePath(), u"SELECT COUNT(*) FROM posts"_s).toInt(),
             1);
}

// 6. restoreContent checked only the role: a moderator undid the removal of their own post.
void SecurityFindingsTest::moderatorCannotRestoreTheirOwnContent()
{
    const QString id = post(m_mod, u"Buy followers here"_s);
    QVERIFY(!id.isEmpty());
    const QString removal = decide(m_admin, u"post"_s, id, u"remove"_s);
    QVERIFY(!removal.isEmpty());
    const QStringList before = databaseSnapshot(db()).filter(u"posts"_s);
    QCOMPARE(code(push(m_mod, u"restoreContent"_s,
                       {{u"action_id"_s, removal}, {u"reason"_s, u"I changed my mind"_s}})),
             u"forbidden"_s);
    QCOMPARE(databaseSnapshot(db()).filter(u"posts"_s), before);
    QCOMPARE(value(u"SELECT moderation FROM posts WHERE id = '%1'"_s.arg(id)).toString(),
             u"removed"_s);
    // The decision carries the server's clock, not the moderator's device's (whose node would
    // name the moderator to the author, who pulls the post).
    const QJsonObject clocks =
        QJsonDocument::fromJson(
            value(u"SELECT clocks FROM posts WHERE id = '%1'"_s.arg(id)).toByteArray())
            .object();
    QVERIFY2(clocks.value(u"moderation"_s).toString().endsWith(u"-server"_s),
             qPrintable(clocks.value(u"moderation"_s).toString()));
    // Another moderator (here the admin) may.
    QCOMPARE(code(push(m_admin, u"restoreContent"_s,
                       {{u"action_id"_s, removal}, {u"reason"_s, u"A mistake"_s}})),
             QString());
}

// 7. keep_mine wrote the lost value back without the target's checks.
void SecurityFindingsTest::keepMinePassesTheChecksOfAFreshEdit()
{
    // Two concurrent edits of a caption: the earlier one is kept as the author's conflict.
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    const QString id = post(m_ann, u"Original caption"_s, t0);
    QVERIFY(!id.isEmpty());
    const QString seen = value(u"SELECT clocks FROM posts WHERE id = '%1'"_s.arg(id)).toString();
    const QString base =
        QJsonDocument::fromJson(seen.toUtf8()).object().value(u"caption"_s).toString();
    QCOMPARE(code(push(m_ann, u"editPost"_s,
                       {{u"id"_s, id},
                        {u"caption"_s, u"Edited on the phone"_s},
                        {u"base"_s, QJsonObject {{u"caption"_s, base}}}},
                       t0 + 10)),
             QString());
    QCOMPARE(code(push(m_ann, u"editPost"_s,
                       {{u"id"_s, id},
                        {u"caption"_s, u"Edited on the laptop"_s},
                        {u"base"_s, QJsonObject {{u"caption"_s, base}}}},
                       t0 + 20)),
             QString());
    const QString conflict =
        value(u"SELECT id FROM conflicts WHERE row_id = '%1' AND resolved = 0"_s.arg(id))
            .toString();
    QVERIFY(!conflict.isEmpty());
    // A moderator removes the post; keeping the lost caption would bring words back.
    QVERIFY(!decide(m_mod, u"post"_s, id, u"remove"_s).isEmpty());
    const QStringList before = databaseSnapshot(db()).filter(u"posts"_s);
    QCOMPARE(code(push(m_ann, u"resolveConflict"_s,
                       {{u"id"_s, conflict}, {u"choice"_s, u"keep_mine"_s}})),
             u"content_moderated"_s);
    QCOMPARE(databaseSnapshot(db()).filter(u"posts"_s), before);
    QCOMPARE(value(u"SELECT caption FROM posts WHERE id = '%1'"_s.arg(id)).toString(), QString());

    // A message: edited twice concurrently, then deleted, and its author left the group.
    const QString group = newId();
    QCOMPARE(
        code(push(
            m_ann, u"createGroup"_s,
            {{u"id"_s, group}, {u"title"_s, u"Stall"_s}, {u"user_ids"_s, QJsonArray {m_ben.id}}})),
        QString());
    const QString message = newId();
    QCOMPARE(
        code(push(m_ben, u"sendMessage"_s,
                  {{u"id"_s, message}, {u"conversation_id"_s, group}, {u"body"_s, u"Hi"_s}}, t0)),
        QString());
    const QString messageBase =
        QJsonDocument::fromJson(
            value(u"SELECT clocks FROM messages WHERE id = '%1'"_s.arg(message)).toByteArray())
            .object()
            .value(u"body"_s)
            .toString();
    for (const auto &[text, at] : {std::pair {u"Hello there"_s, t0 + 10}, {u"Hello!"_s, t0 + 20}})
        QCOMPARE(code(push(m_ben, u"editMessage"_s,
                           {{u"id"_s, message},
                            {u"body"_s, text},
                            {u"base"_s, QJsonObject {{u"body"_s, messageBase}}}},
                           at)),
                 QString());
    const QString lost =
        value(u"SELECT id FROM conflicts WHERE row_id = '%1' AND resolved = 0"_s.arg(message))
            .toString();
    QVERIFY(!lost.isEmpty());
    QCOMPARE(code(push(m_ben, u"deleteMessage"_s, {{u"id"_s, message}})), QString());
    QCOMPARE(code(push(m_ben, u"leaveConversation"_s, {{u"conversation_id"_s, group}})), QString());
    const QStringList messages = databaseSnapshot(db()).filter(u"messages"_s);
    QVERIFY(
        !code(push(m_ben, u"resolveConflict"_s, {{u"id"_s, lost}, {u"choice"_s, u"keep_mine"_s}}))
             .isEmpty());
    QCOMPARE(databaseSnapshot(db()).filter(u"messages"_s), messages);
    QCOMPARE(value(u"SELECT body FROM messages WHERE id = '%1'"_s.arg(message)).toString(),
             QString());
}

// 8. Editing a post held for review still notified the people it mentioned.
void SecurityFindingsTest::editingAHeldPostNotifiesNobody()
{
    const Account limited = user(u"held_hamid"_s);
    QVERIFY(!decide(m_mod, u"user"_s, limited.id, u"limit"_s).isEmpty());
    const QString id = post(limited, u"Waiting for review"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(value(u"SELECT moderation FROM posts WHERE id = '%1'"_s.arg(id)).toString(),
             u"pending"_s);
    QCOMPARE(code(push(limited, u"editPost"_s,
                       {{u"id"_s, id}, {u"caption"_s, u"Look at this @ben and @cat"_s}})),
             QString());
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE post_id = '%1'"_s.arg(id)).toInt(),
             0);
    // Approved, then edited: the edit waits for review again (found by the live attack run).
    QVERIFY(!decide(m_mod, u"post"_s, id, u"approve"_s).isEmpty());
    QCOMPARE(value(u"SELECT moderation FROM posts WHERE id = '%1'"_s.arg(id)).toString(),
             QString());
    QCOMPARE(code(push(limited, u"editPost"_s, {{u"id"_s, id}, {u"caption"_s, u"Buy now @ben"_s}})),
             QString());
    QCOMPARE(value(u"SELECT moderation FROM posts WHERE id = '%1'"_s.arg(id)).toString(),
             u"pending"_s);
    QCOMPARE(value(u"SELECT COUNT(*) FROM notifications WHERE post_id = '%1'"_s.arg(id)).toInt(),
             0);
}

// 9. Pending and hidden posts still reached followers through /api/v1/sync/pull.
void SecurityFindingsTest::heldAndHiddenPostsLeaveTheFollowersFeed()
{
    const Account author = user(u"pia"_s);
    const Account follower = user(u"quinn"_s);
    QCOMPARE(code(push(follower, u"follow"_s, {{u"user_id"_s, author.id}})), QString());
    const QString visible = post(author, u"Seen by followers"_s);
    auto phone = m_h->device(follower);
    QVERIFY(phone && SyncHarness::sync(*phone));
    QVERIFY(find(SyncHarness::replica(*phone), u"posts"_s, visible));

    // Hidden: it leaves the follower's replica on the next pull, and stays the author's.
    QVERIFY(!decide(m_mod, u"post"_s, visible, u"hide"_s).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(SyncHarness::sync(*phone)
                                 && !find(SyncHarness::replica(*phone), u"posts"_s, visible),
                             10000);
    QVERIFY(!find(m_h->serverView(follower), u"posts"_s, visible));
    const auto own = find(m_h->serverView(author), u"posts"_s, visible);
    QVERIFY(own);
    QCOMPARE(own->fields.value(u"moderation"_s).toString(), u"hidden"_s);

    // Pending (a limited account): never in the follower's feed.
    QVERIFY(!decide(m_mod, u"user"_s, author.id, u"limit"_s).isEmpty());
    const QString pending = post(author, u"Waiting for review"_s);
    QVERIFY(!pending.isEmpty());
    QVERIFY(SyncHarness::sync(*phone));
    QVERIFY(!find(SyncHarness::replica(*phone), u"posts"_s, pending));
    QVERIFY(!find(m_h->serverView(follower), u"posts"_s, pending));
    QVERIFY(find(m_h->serverView(author), u"posts"_s, pending));

    // Its tags are not public either (tag pages, suggestions).
    const QString tagged = post(author, u"Waiting #secretlaunch"_s);
    QVERIFY(!tagged.isEmpty());
    QCOMPARE(value(u"SELECT COUNT(*) FROM post_tags WHERE post_id = '%1'"_s.arg(tagged)).toInt(),
             0);

    // A hidden message leaves the other members' replicas and REST reads.
    const QString group = newId();
    QCOMPARE(
        code(push(
            follower, u"createGroup"_s,
            {{u"id"_s, group}, {u"title"_s, u"Stall"_s}, {u"user_ids"_s, QJsonArray {m_cat.id}}})),
        QString());
    const QString message = newId();
    QCOMPARE(
        code(push(m_cat, u"sendMessage"_s,
                  {{u"id"_s, message}, {u"conversation_id"_s, group}, {u"body"_s, u"Spam"_s}})),
        QString());
    QVERIFY(!decide(m_mod, u"message"_s, message, u"hide"_s).isEmpty());
    QVERIFY(!find(m_h->serverView(follower), u"messages"_s, message));
    QVERIFY(find(m_h->serverView(m_cat), u"messages"_s, message));
    QVERIFY(!m_h->http()
                 .get(m_h->server().url(u"/api/v1/conversations/%1/messages"_s.arg(group)),
                      follower.accessToken)
                 .body.contains(message.toUtf8()));

    // Approved: it reaches the follower.
    QVERIFY(!decide(m_mod, u"post"_s, pending, u"approve"_s).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(SyncHarness::sync(*phone)
                                 && find(SyncHarness::replica(*phone), u"posts"_s, pending),
                             10000);
}

// 10. A product removed by a moderator could still be ordered.
void SecurityFindingsTest::aRemovedProductCannotBeOrdered()
{
    const Account owner = user(u"rami"_s);
    const Stocked s = stockedShop(owner, u"Rami's rugs"_s, 5);
    QVERIFY(!s.variant.isEmpty());
    QVERIFY(!decide(m_mod, u"product"_s, s.product, u"remove"_s).isEmpty());
    const QStringList before =
        databaseSnapshot(db()).filter(u"orders"_s) + databaseSnapshot(db()).filter(u"variants"_s);
    QCOMPARE(code(push(m_ben, u"addToCart"_s, {{u"variant_id"_s, s.variant}, {u"quantity"_s, 1}})),
             u"variant_not_found"_s);
    QString error;
    order(m_ben, s.variant, 1200, &error);
    QCOMPARE(error, u"order_rejected"_s);
    QCOMPARE(databaseSnapshot(db()).filter(u"orders"_s)
                 + databaseSnapshot(db()).filter(u"variants"_s),
             before);
}

// 11. An owner bought from their own shop, marked it delivered and reviewed it; the rating
// survived a refund.
void SecurityFindingsTest::ownersNeitherBuyFromNorReviewTheirShop()
{
    const Account owner = user(u"sara"_s);
    const Stocked s = stockedShop(owner, u"Sara's soaps"_s, 5);
    QVERIFY(!s.variant.isEmpty());
    const QStringList before = databaseSnapshot(db()).filter(u"orders"_s);
    QString error;
    order(owner, s.variant, 1200, &error);
    QCOMPARE(error, u"own_shop"_s);
    QCOMPARE(databaseSnapshot(db()).filter(u"orders"_s), before);
    QCOMPARE(value(u"SELECT stock FROM variants WHERE id = '%1'"_s.arg(s.variant)).toInt(), 5);

    // A buyer's review counts until the order is refunded.
    const QString intent = order(m_cat, s.variant, 1200, &error);
    QCOMPARE(error, QString());
    const QString id = Sync::Commerce::orderId(intent, s.shop);
    for (const auto &[who, status] :
         {std::pair {owner, u"paid"_s}, {owner, u"shipped"_s}, {m_cat, u"delivered"_s}})
        QCOMPARE(code(push(who, u"setOrderStatus"_s, {{u"order_id"_s, id}, {u"status"_s, status}})),
                 QString());
    QCOMPARE(code(push(m_cat, u"review"_s,
                       {{u"order_id"_s, id},
                        {u"variant_id"_s, s.variant},
                        {u"stars"_s, 5},
                        {u"body"_s, u"Lovely"_s}})),
             QString());
    QCOMPARE(value(u"SELECT rating_count FROM products WHERE id = '%1'"_s.arg(s.product)).toInt(),
             1);
    QCOMPARE(value(u"SELECT rating_count FROM shops WHERE id = '%1'"_s.arg(s.shop)).toInt(), 1);
    QCOMPARE(
        code(push(owner, u"setOrderStatus"_s, {{u"order_id"_s, id}, {u"status"_s, u"refunded"_s}})),
        QString());
    QCOMPARE(value(u"SELECT rating_count FROM products WHERE id = '%1'"_s.arg(s.product)).toInt(),
             0);
    QCOMPARE(value(u"SELECT rating_total FROM products WHERE id = '%1'"_s.arg(s.product)).toInt(),
             0);
    QCOMPARE(value(u"SELECT rating_count FROM shops WHERE id = '%1'"_s.arg(s.shop)).toInt(), 0);
    QCOMPARE(value(u"SELECT rating_total FROM shops WHERE id = '%1'"_s.arg(s.shop)).toInt(), 0);
}

// 12. A blocked user made a group with the blocker, added them and messaged them.
void SecurityFindingsTest::blocksHoldInGroups()
{
    const Account blocker = user(u"tala"_s);
    const Account blocked = user(u"umar"_s);
    QCOMPARE(code(push(blocker, u"block"_s, {{u"user_id"_s, blocked.id}})), QString());
    const QStringList before = databaseSnapshot(db()).filter(u"members"_s);
    QCOMPARE(code(push(blocked, u"createGroup"_s,
                       {{u"id"_s, newId()},
                        {u"title"_s, u"Hello again"_s},
                        {u"user_ids"_s, QJsonArray {blocker.id}}})),
             u"forbidden"_s);
    QCOMPARE(code(push(blocker, u"createGroup"_s,
                       {{u"id"_s, newId()},
                        {u"title"_s, u"Not you"_s},
                        {u"user_ids"_s, QJsonArray {m_cat.id, blocked.id}}})),
             u"forbidden"_s);
    QCOMPARE(databaseSnapshot(db()).filter(u"members"_s), before);
    const QString group = newId();
    QCOMPARE(code(push(blocked, u"createGroup"_s,
                       {{u"id"_s, group},
                        {u"title"_s, u"Harmless"_s},
                        {u"user_ids"_s, QJsonArray {m_cat.id}}})),
             QString());
    QCOMPARE(code(push(blocked, u"addMembers"_s,
                       {{u"conversation_id"_s, group}, {u"user_ids"_s, QJsonArray {blocker.id}}})),
             u"forbidden"_s);
    QVERIFY(!isMember(group, blocker));
    // Nor can a third account bring the two together, in a new group or an existing one.
    QCOMPARE(code(push(m_cat, u"createGroup"_s,
                       {{u"id"_s, newId()},
                        {u"title"_s, u"Go-between"_s},
                        {u"user_ids"_s, QJsonArray {blocker.id, blocked.id}}})),
             u"forbidden"_s);
    const QString third = newId();
    QCOMPARE(code(push(m_cat, u"createGroup"_s,
                       {{u"id"_s, third},
                        {u"title"_s, u"Go-between"_s},
                        {u"user_ids"_s, QJsonArray {blocker.id}}})),
             QString());
    QCOMPARE(code(push(m_cat, u"addMembers"_s,
                       {{u"conversation_id"_s, third}, {u"user_ids"_s, QJsonArray {blocked.id}}})),
             u"forbidden"_s);
    QVERIFY(!isMember(third, blocked));

    // In a direct conversation from before the block, nothing new passes: no message, no edit
    // of an old one, no reaction.
    const Account friendly = user(u"vera"_s);
    const Account later = user(u"walt"_s);
    QCOMPARE(code(push(friendly, u"startDirect"_s, {{u"user_id"_s, later.id}})), QString());
    const QString direct = Sync::Chat::directId(friendly.id, later.id);
    const QString old = newId();
    QCOMPARE(code(push(later, u"sendMessage"_s,
                       {{u"id"_s, old}, {u"conversation_id"_s, direct}, {u"body"_s, u"Hi"_s}})),
             QString());
    QCOMPARE(code(push(friendly, u"block"_s, {{u"user_id"_s, later.id}})), QString());
    const QStringList messages = databaseSnapshot(db()).filter(u"messages"_s)
        + databaseSnapshot(db()).filter(u"reactions"_s);
    QCOMPARE(code(push(later, u"editMessage"_s, {{u"id"_s, old}, {u"body"_s, u"Now rude"_s}})),
             u"forbidden"_s);
    QCOMPARE(code(push(later, u"react"_s, {{u"message_id"_s, old}, {u"emoji"_s, u"👎"_s}})),
             u"forbidden"_s);
    QCOMPARE(code(push(later, u"sendMessage"_s,
                       {{u"id"_s, newId()}, {u"conversation_id"_s, direct}, {u"body"_s, u"?"_s}})),
             u"forbidden"_s);
    QCOMPARE(databaseSnapshot(db()).filter(u"messages"_s)
                 + databaseSnapshot(db()).filter(u"reactions"_s),
             messages);
}

// 13. The applicant learned which moderator rejected their shop request.
void SecurityFindingsTest::shopDecisionsNameNoModerator()
{
    const Account applicant = user(u"vida"_s);
    HttpClient &http = m_h->http();
    const HttpReply uploaded = http.send("POST", m_h->server().url(u"/api/v1/documents"_s),
                                         "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n",
                                         applicant.accessToken, "application/pdf");
    QCOMPARE(uploaded.status, 201);
    const HttpReply submitted =
        http.send("POST", m_h->server().url(u"/api/v1/shop-requests"_s),
                  toJson({{u"shop_name"_s, u"Vida's vases"_s},
                          {u"description"_s, u"Hand thrown."_s},
                          {u"documents"_s, QJsonArray {uploaded.json.value(u"id"_s).toString()}}}),
                  applicant.accessToken);
    QCOMPARE(submitted.status, 201);
    const HttpReply decided =
        http.send("POST",
                  m_h->server().url(u"/api/v1/admin/shop-requests/%1/decision"_s.arg(
                      submitted.json.value(u"id"_s).toString())),
                  toJson({{u"approve"_s, false}, {u"reason"_s, u"Documents unreadable"_s}}),
                  m_mod.accessToken);
    QCOMPARE(decided.status, 200);
    // Everything the applicant can read: their replica and their request.
    const auto view = m_h->serverView(applicant);
    bool told = false;
    QByteArray seen;
    for (const auto &rows : view) {
        for (const Row &r : rows) {
            seen += QJsonDocument(r.fields).toJson();
            told = told || r.fields.value(u"kind"_s).toString() == u"shop_rejected"_s;
        }
    }
    seen += http.get(m_h->server().url(u"/api/v1/shop-requests"_s), applicant.accessToken).body;
    seen += decided.body;
    QVERIFY(told);
    QVERIFY(!seen.contains(m_mod.id.toUtf8()));
    QVERIFY(!seen.contains(m_mod.username.toUtf8()));
    // The audit log keeps the name.
    QVERIFY(http.get(m_h->server().url(u"/api/v1/admin/audit?action=reject_shop_request"_s),
                     m_admin.accessToken)
                .body.contains(m_mod.id.toUtf8()));
}

// 15. A report copied content the reporter could not see into its snapshot.
void SecurityFindingsTest::reportsCopyOnlyWhatTheReporterSaw()
{
    const Account owner = user(u"wafa"_s);
    const Stocked s = stockedShop(owner, u"Wafa's wares"_s, 1);
    QVERIFY(!s.product.isEmpty());
    const QString draft = newId();
    QCOMPARE(code(push(owner, u"upsertProduct"_s,
                       {{u"id"_s, draft},
                        {u"shop_id"_s, s.shop},
                        {u"title"_s, u"Secret launch"_s},
                        {u"description"_s, u"Not announced yet"_s},
                        {u"price"_s, 900},
                        {u"currency"_s, u"EUR"_s},
                        {u"status"_s, u"draft"_s}})),
             QString());
    const Account limited = user(u"xena"_s);
    QVERIFY(!decide(m_mod, u"user"_s, limited.id, u"limit"_s).isEmpty());
    const QString pending = post(limited, u"Only moderators may read this yet"_s);
    QVERIFY(!pending.isEmpty());
    const QStringList before = databaseSnapshot(db()).filter(u"reports"_s);
    for (const auto &[type, id] : {std::pair {u"product"_s, draft}, {u"post"_s, pending}})
        QCOMPARE(
            code(push(m_ben, u"report"_s,
                      {{u"target_type"_s, type}, {u"target_id"_s, id}, {u"reason"_s, u"spam"_s}})),
            u"target_not_found"_s);
    // Someone the owner blocked cannot read the owner's post through a report's snapshot;
    // the one who blocked can still report whom they blocked.
    const QString blockerPost = post(owner, u"Not for blocked eyes"_s);
    QCOMPARE(code(push(owner, u"block"_s, {{u"user_id"_s, m_eve.id}})), QString());
    QCOMPARE(code(push(m_eve, u"report"_s,
                       {{u"target_type"_s, u"post"_s},
                        {u"target_id"_s, blockerPost},
                        {u"reason"_s, u"spam"_s}})),
             u"target_not_found"_s);
    QCOMPARE(databaseSnapshot(db()).filter(u"reports"_s), before);
    // What is public can be reported, with its words.
    QCOMPARE(code(push(m_ben, u"report"_s,
                       {{u"target_type"_s, u"product"_s},
                        {u"target_id"_s, s.product},
                        {u"reason"_s, u"spam"_s}})),
             QString());
}

// Also reported: document uploads had no per-account quota.
void SecurityFindingsTest::documentUploadsHaveAQuota()
{
    const Account uploader = user(u"yara"_s);
    auto upload = [&](int n) {
        return m_h->http().send("POST", m_h->server().url(u"/api/v1/documents"_s),
                                "%PDF-1.4\n% document " + QByteArray::number(n) + "\n%%EOF\n",
                                uploader.accessToken, "application/pdf");
    };
    for (int i = 0; i < 20; ++i)
        QCOMPARE(upload(i).status, 201);
    const QStringList before = databaseSnapshot(db()).filter(u"documents"_s);
    const HttpReply over = upload(20);
    QCOMPARE(over.status, 422);
    QCOMPARE(over.errorCode(), u"document_quota"_s);
    QCOMPARE(databaseSnapshot(db()).filter(u"documents"_s), before);
    QCOMPARE(upload(3).status, 201); // the same bytes again take no more room
    // Another account has its own quota.
    QCOMPARE(m_h->http()
                 .send("POST", m_h->server().url(u"/api/v1/documents"_s), "%PDF-1.4\n%%EOF\n",
                       m_cat.accessToken, "application/pdf")
                 .status,
             201);
}

QTEST_MAIN(SecurityFindingsTest)
#include "tst_security_findings.moc"
