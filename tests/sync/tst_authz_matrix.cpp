// The authorization matrix: every mutator in the registry and every REST route the server
// serves, tried by every kind of actor against the real server, with the outcome each must get
// and, for a refusal, the proof that nothing changed. The table is enumerated against the
// registry and the router: a mutator or route without a row fails the test, so a new one
// cannot ship without someone deciding who may use it. The server's own writes (server
// mutations) have rows too: pushed by a client, each is an unknown mutator for every actor.
//
// The actors, in the order of each row's outcomes:
//   owner     the account whose object it is (olga: her post, group, shop, order to fulfil)
//   member    someone with a relation to it (mia: follows olga, is in her group, buys from her)
//   stranger  a signed-in account with no relation (nils)
//   blocked   an account olga has blocked (boris)
//   modown    a moderator acting on their own object (the same object, made by the moderator)
//   mod       a moderator acting on olga's object
//   admin     an admin acting on olga's object
//   suspended a suspended account (its sessions ended when it was suspended)
//   anon      no token at all
// An outcome is "ok" or the error code the push result (or the HTTP reply) carries.
//
// SOUK_MATRIX_PRINT=1 prints the observed rows in the table's own format, for review.
#include "ChatMutators.h"
#include "CommerceMutators.h"
#include "DatabaseSnapshot.h"
#include "ModerationMutators.h"
#include "Mutators.h"
#include "SyncHarness.h"
#include "TestImages.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Souk;
using namespace Souk::Test;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

enum Actor { Owner, Member, Stranger, Blocked, ModOwn, Mod, Admin, Suspended, Anonymous };
const QStringList ActorNames {u"owner"_s, u"member"_s, u"stranger"_s,  u"blocked"_s, u"modown"_s,
                              u"mod"_s,   u"admin"_s,  u"suspended"_s, u"anon"_s};

} // namespace

class AuthzMatrixTest : public QObject
{
    Q_OBJECT

public:
    //! Everything a row may build its arguments from, made for one owner (olga or the moderator).
    struct Ctx
    {
        AuthzMatrixTest *t;
        Account owner;
        QString shop;
        Account actor; // who will run the row (for state of their own, such as a cart)
    };
    using Args = std::function<QJsonObject(Ctx &)>;
    struct MutatorRow
    {
        QString name;
        Args args;
        QString expected; // nine outcomes, in the order of ActorNames
    };
    //! A route: its concrete path and body (built fresh for each actor), and the nine statuses.
    struct RouteRow
    {
        QString route; // as `souk-server routes` prints it
        std::function<QString(Ctx &)> path;
        std::function<QByteArray(Ctx &)> body;
        QString expected;
        QByteArray contentType = "application/json";
        bool freshSession = false; // the route ends the caller's session: use a new one
    };

private Q_SLOTS:
    void initTestCase();
    void everyMutatorHasARow();
    void serverMutationsAreNoMutators();
    void mutators_data();
    void mutators();
    void everyRouteHasARow();
    void routes_data();
    void routes();

private:
    const Account &account(Actor actor) const;
    //! What a row builds its objects from when `actor` tries it: olga's, or the moderator's own.
    Ctx contextFor(Actor actor);
    //! A data row for each row of a table (its label) and each actor.
    static void addActorRows(const QStringList &labels);
    QStringList contentSnapshot() const;

public:
    // Builders of fresh objects, each owned by `owner`.
    QString post(const Account &owner);
    QString comment(const Account &owner);
    QString group(const Account &owner);
    QString message(const Account &owner);
    QString draft(const Account &owner);
    QString product(Ctx &c, QString *variant = nullptr);
    QString order(Ctx &c, const QString &status, QString *variant = nullptr);
    QString strikeOf(const Account &owner, QString *actionId = nullptr);
    QJsonObject push(const Account &who, const QString &name, const QJsonObject &args)
    {
        return m_h->push(who, name, args);
    }

    std::unique_ptr<SyncHarness> m_h;
    Account m_admin, m_mod, m_olga, m_mia, m_nils, m_bo, m_sue, m_anon;
    QString m_image;
    QHash<QString, QString> m_shops; // owner id -> shop id
    QList<MutatorRow> m_rows;
    QList<RouteRow> m_routes;
    QString document(const Account &owner);
    QString shopRequest();
};

using Ctx = AuthzMatrixTest::Ctx;

void AuthzMatrixTest::initTestCase()
{
    m_h = std::make_unique<SyncHarness>();
    QVERIFY2(m_h->startServer(), qPrintable(m_h->server().error()));
    m_admin = m_h->account(u"root_admin"_s); // the first account is the server's admin
    m_mod = m_h->account(u"mona"_s);
    m_olga = m_h->account(u"olga"_s);
    m_mia = m_h->account(u"mia"_s);
    m_nils = m_h->account(u"nils"_s);
    m_bo = m_h->account(u"boris"_s);
    m_sue = m_h->account(u"susan"_s);
    QCOMPARE(m_h->http()
                 .send("PATCH", m_h->server().url(u"/api/v1/admin/users/"_s + m_mod.id),
                       toJson({{u"role"_s, u"moderator"_s}}), m_admin.accessToken)
                 .status,
             200);
    m_image = m_h->http()
                  .send("POST", m_h->server().url(u"/api/v1/media"_s),
                        Images::make(40, 40, "png", 5), m_admin.accessToken, "image/png")
                  .json.value(u"id"_s)
                  .toString();
    for (const Account &owner : {m_olga, m_mod}) {
        const HttpReply shop = m_h->http().send(
            "POST", m_h->server().url(u"/api/v1/admin/shops"_s),
            toJson({{u"owner_id"_s, owner.id}, {u"name"_s, owner.username + u"'s shop"_s}}),
            m_admin.accessToken);
        QCOMPARE(shop.status, 201);
        m_shops.insert(owner.id, shop.json.value(u"id"_s).toString());
    }
    QCOMPARE(SyncHarness::code(push(m_mia, u"follow"_s, {{u"user_id"_s, m_olga.id}})), QString());
    QCOMPARE(SyncHarness::code(push(m_mia, u"follow"_s, {{u"user_id"_s, m_mod.id}})), QString());
    QCOMPARE(SyncHarness::code(push(m_olga, u"block"_s, {{u"user_id"_s, m_bo.id}})), QString());
    QCOMPARE(SyncHarness::code(push(m_mod, u"block"_s, {{u"user_id"_s, m_bo.id}})), QString());
    QCOMPARE(SyncHarness::code(push(m_admin, u"actOnUser"_s,
                                    {{u"id"_s, newId()},
                                     {u"target_type"_s, u"user"_s},
                                     {u"target_id"_s, m_sue.id},
                                     {u"action"_s, u"suspend"_s},
                                     {u"days"_s, 7},
                                     {u"reason"_s, u"Matrix"_s}})),
             QString());

    auto id = [](const QString &field, std::function<QString(Ctx &)> make) -> Args {
        return [field, make](Ctx &c) {
            return QJsonObject {{field, make(c)}};
        };
    };
    // clang-format off
    m_rows = {
        // --- profile, follows, drafts, conflicts: each acts on the caller's own data ---
        {u"updateProfile"_s, [](Ctx &) { return QJsonObject {{u"bio"_s, u"Hello"_s}}; },
         u"ok ok ok ok ok ok ok 401 401"_s},
        {u"follow"_s, [](Ctx &c) { return QJsonObject {{u"user_id"_s, c.owner.id}}; },
         u"cannot_follow_self ok ok forbidden cannot_follow_self ok ok 401 401"_s},
        {u"unfollow"_s, [](Ctx &c) { return QJsonObject {{u"user_id"_s, c.owner.id}}; },
         u"cannot_follow_self ok ok ok cannot_follow_self ok ok 401 401"_s},
        {u"saveDraft"_s, [this](Ctx &c) {
             return QJsonObject {{u"id"_s, draft(c.owner)}, {u"body"_s, u"Mine now"_s}}; },
         u"ok forbidden forbidden forbidden ok forbidden forbidden 401 401"_s},
        {u"deleteDraft"_s, id(u"id"_s, [this](Ctx &c) { return draft(c.owner); }),
         u"ok forbidden forbidden forbidden ok forbidden forbidden 401 401"_s},
        {u"resolveConflict"_s, [](Ctx &) {
             return QJsonObject {{u"id"_s, newId()}, {u"choice"_s, u"keep_theirs"_s}}; },
         u"conflict_not_found conflict_not_found conflict_not_found conflict_not_found conflict_not_found conflict_not_found conflict_not_found 401 401"_s},
        // --- posts, comments, likes, blocks, notifications ---
        {u"createPost"_s, [this](Ctx &) {
             return QJsonObject {{u"id"_s, newId()}, {u"caption"_s, u"New"_s},
                                 {u"media"_s, QJsonArray {m_image}}}; },
         u"ok ok ok ok ok ok ok 401 401"_s},
        {u"editPost"_s, [this](Ctx &c) {
             return QJsonObject {{u"id"_s, post(c.owner)}, {u"caption"_s, u"Changed"_s}}; },
         u"ok forbidden forbidden forbidden ok forbidden forbidden 401 401"_s},
        {u"deletePost"_s, id(u"id"_s, [this](Ctx &c) { return post(c.owner); }),
         u"ok forbidden forbidden forbidden ok forbidden forbidden 401 401"_s},
        {u"likePost"_s, id(u"post_id"_s, [this](Ctx &c) { return post(c.owner); }),
         u"ok ok ok forbidden ok ok ok 401 401"_s},
        {u"unlikePost"_s, id(u"post_id"_s, [this](Ctx &c) { return post(c.owner); }),
         u"ok ok ok ok ok ok ok 401 401"_s},
        {u"comment"_s, [this](Ctx &c) {
             return QJsonObject {{u"id"_s, newId()}, {u"post_id"_s, post(c.owner)},
                                 {u"body"_s, u"Nice"_s}}; },
         u"ok ok ok forbidden ok ok ok 401 401"_s},
        {u"deleteComment"_s, id(u"id"_s, [this](Ctx &c) { return comment(c.owner); }),
         u"ok forbidden forbidden forbidden ok forbidden forbidden 401 401"_s},
        {u"block"_s, [](Ctx &c) { return QJsonObject {{u"user_id"_s, c.owner.id}}; },
         u"cannot_block_self ok ok ok cannot_block_self ok ok 401 401"_s},
        {u"unblock"_s, [](Ctx &c) { return QJsonObject {{u"user_id"_s, c.owner.id}}; },
         u"cannot_block_self ok ok ok cannot_block_self ok ok 401 401"_s},
        {u"markNotificationsRead"_s, [](Ctx &) {
             return QJsonObject {{u"until"_s, QDateTime::currentMSecsSinceEpoch()}}; },
         u"ok ok ok ok ok ok ok 401 401"_s},
        // --- chat: olga's group, mia a member ---
        {u"startDirect"_s, [](Ctx &c) { return QJsonObject {{u"user_id"_s, c.owner.id}}; },
         u"cannot_message_self ok ok forbidden cannot_message_self ok ok 401 401"_s},
        {u"createGroup"_s, [](Ctx &c) {
             return QJsonObject {{u"id"_s, newId()}, {u"title"_s, u"G"_s},
                                 {u"user_ids"_s, QJsonArray {c.owner.id}}}; },
         u"ok ok ok forbidden ok ok ok 401 401"_s},
        {u"addMembers"_s, [this](Ctx &c) {
             return QJsonObject {{u"conversation_id"_s, group(c.owner)},
                                 {u"user_ids"_s, QJsonArray {m_nils.id}}}; },
         u"ok forbidden conversation_not_found conversation_not_found ok conversation_not_found conversation_not_found 401 401"_s},
        {u"removeMember"_s, [this](Ctx &c) {
             return QJsonObject {{u"conversation_id"_s, group(c.owner)}, {u"user_id"_s, m_mia.id}}; },
         u"ok forbidden conversation_not_found conversation_not_found ok conversation_not_found conversation_not_found 401 401"_s},
        {u"promoteMember"_s, [this](Ctx &c) {
             return QJsonObject {{u"conversation_id"_s, group(c.owner)}, {u"user_id"_s, m_mia.id}}; },
         u"ok forbidden conversation_not_found conversation_not_found ok conversation_not_found conversation_not_found 401 401"_s},
        {u"leaveConversation"_s, id(u"conversation_id"_s, [this](Ctx &c) { return group(c.owner); }),
         u"ok ok conversation_not_found conversation_not_found ok conversation_not_found conversation_not_found 401 401"_s},
        {u"renameGroup"_s, [this](Ctx &c) {
             return QJsonObject {{u"conversation_id"_s, group(c.owner)}, {u"title"_s, u"Renamed"_s}}; },
         u"ok forbidden conversation_not_found conversation_not_found ok conversation_not_found conversation_not_found 401 401"_s},
        {u"sendMessage"_s, [this](Ctx &c) {
             return QJsonObject {{u"id"_s, newId()}, {u"conversation_id"_s, group(c.owner)},
                                 {u"body"_s, u"Hi"_s}}; },
         u"ok ok conversation_not_found conversation_not_found ok conversation_not_found conversation_not_found 401 401"_s},
        {u"editMessage"_s, [this](Ctx &c) {
             return QJsonObject {{u"id"_s, message(c.owner)}, {u"body"_s, u"Edited"_s}}; },
         u"ok forbidden conversation_not_found conversation_not_found ok conversation_not_found conversation_not_found 401 401"_s},
        {u"deleteMessage"_s, id(u"id"_s, [this](Ctx &c) { return message(c.owner); }),
         u"ok forbidden conversation_not_found conversation_not_found ok conversation_not_found conversation_not_found 401 401"_s},
        {u"react"_s, [this](Ctx &c) {
             return QJsonObject {{u"message_id"_s, message(c.owner)}, {u"emoji"_s, u"👍"_s}}; },
         u"ok ok conversation_not_found conversation_not_found ok conversation_not_found conversation_not_found 401 401"_s},
        {u"unreact"_s, [this](Ctx &c) {
             return QJsonObject {{u"message_id"_s, message(c.owner)}, {u"emoji"_s, u"👍"_s}}; },
         u"ok ok conversation_not_found conversation_not_found ok conversation_not_found conversation_not_found 401 401"_s},
        {u"markRead"_s, [this](Ctx &c) {
             return QJsonObject {{u"conversation_id"_s, group(c.owner)}, {u"seq"_s, 1}}; },
         u"ok ok conversation_not_found conversation_not_found ok conversation_not_found conversation_not_found 401 401"_s},
        {u"setPreferences"_s, [](Ctx &) { return QJsonObject {{u"presence_hidden"_s, true}}; },
         u"ok ok ok ok ok ok ok 401 401"_s},
        // --- commerce: olga's shop; mia buys ---
        {u"updateShop"_s, [](Ctx &c) {
             return QJsonObject {{u"shop_id"_s, c.shop}, {u"description"_s, u"Ours"_s}}; },
         u"ok forbidden forbidden forbidden ok forbidden forbidden 401 401"_s},
        {u"upsertProduct"_s, [this](Ctx &c) {
             return QJsonObject {{u"id"_s, product(c)}, {u"shop_id"_s, c.shop},
                                 {u"title"_s, u"Retitled"_s}}; },
         u"ok forbidden forbidden forbidden ok forbidden forbidden 401 401"_s},
        {u"archiveProduct"_s, id(u"id"_s, [this](Ctx &c) { return product(c); }),
         u"ok forbidden forbidden forbidden ok forbidden forbidden 401 401"_s},
        {u"setVariant"_s, [this](Ctx &c) {
             return QJsonObject {{u"id"_s, newId()}, {u"product_id"_s, product(c)},
                                 {u"sku"_s, u"S-"_s + newId().left(8)}}; },
         u"ok forbidden forbidden forbidden ok forbidden forbidden 401 401"_s},
        {u"adjustStock"_s, [this](Ctx &c) {
             QString variant;
             product(c, &variant);
             return QJsonObject {{u"id"_s, newId()}, {u"variant_id"_s, variant}, {u"delta"_s, 3},
                                 {u"reason"_s, u"received"_s}}; },
         u"ok forbidden forbidden forbidden ok forbidden forbidden 401 401"_s},
        {u"countStock"_s, [this](Ctx &c) {
             QString variant;
             product(c, &variant);
             return QJsonObject {{u"id"_s, newId()}, {u"variant_id"_s, variant}, {u"counted"_s, 2},
                                 {u"base"_s, 5}}; },
         u"ok forbidden forbidden forbidden ok forbidden forbidden 401 401"_s},
        {u"wish"_s, id(u"product_id"_s, [this](Ctx &c) { return product(c); }),
         u"ok ok ok ok ok ok ok 401 401"_s},
        {u"unwish"_s, id(u"product_id"_s, [this](Ctx &c) { return product(c); }),
         u"ok ok ok ok ok ok ok 401 401"_s},
        {u"addToCart"_s, [this](Ctx &c) {
             QString variant;
             product(c, &variant);
             return QJsonObject {{u"variant_id"_s, variant}, {u"quantity"_s, 1}}; },
         u"ok ok ok ok ok ok ok 401 401"_s},
        {u"setCartQuantity"_s, [this](Ctx &c) {
             QString variant;
             product(c, &variant);
             return QJsonObject {{u"variant_id"_s, variant}, {u"quantity"_s, 2}}; },
         u"not_in_cart not_in_cart not_in_cart not_in_cart not_in_cart not_in_cart not_in_cart 401 401"_s},
        {u"removeFromCart"_s, [this](Ctx &c) {
             QString variant;
             product(c, &variant);
             push(c.actor, u"addToCart"_s, {{u"variant_id"_s, variant}, {u"quantity"_s, 1}});
             return QJsonObject {{u"variant_id"_s, variant}, {u"seen_added"_s, 1}}; },
         u"ok ok ok ok ok ok ok 401 401"_s},
        {u"placeOrder"_s, [this](Ctx &c) {
             QString variant;
             product(c, &variant);
             return QJsonObject {{u"id"_s, newId()}, {u"payment"_s, u"manual"_s},
                                 {u"lines"_s, QJsonArray {QJsonObject {{u"variant_id"_s, variant},
                                     {u"quantity"_s, 1}, {u"unit_price"_s, 1500}}}}}; },
         u"own_shop ok ok ok own_shop ok ok 401 401"_s},
        {u"setOrderStatus"_s, [this](Ctx &c) {
             return QJsonObject {{u"order_id"_s, order(c, u"placed"_s)}, {u"status"_s, u"paid"_s}}; },
         u"ok forbidden order_not_found order_not_found ok order_not_found order_not_found 401 401"_s},
        {u"review"_s, [this](Ctx &c) {
             QString variant;
             const QString id = order(c, u"delivered"_s, &variant);
             return QJsonObject {{u"order_id"_s, id}, {u"variant_id"_s, variant}, {u"stars"_s, 4},
                                 {u"body"_s, u"Good"_s}}; },
         u"forbidden ok forbidden forbidden forbidden forbidden forbidden 401 401"_s},
        {u"replyToReview"_s, [this](Ctx &c) {
             QString variant;
             const QString id = order(c, u"delivered"_s, &variant);
             push(m_mia, u"review"_s, {{u"order_id"_s, id}, {u"variant_id"_s, variant},
                                       {u"stars"_s, 3}, {u"body"_s, u"Fine"_s}});
             return QJsonObject {{u"review_id"_s, Sync::Commerce::reviewId(id, variant)},
                                 {u"body"_s, u"Thank you"_s}}; },
         u"ok forbidden forbidden forbidden ok forbidden forbidden 401 401"_s},
        // --- moderation: the target is the owner's post or account ---
        {u"report"_s, [this](Ctx &c) {
             return QJsonObject {{u"target_type"_s, u"post"_s}, {u"target_id"_s, post(c.owner)},
                                 {u"reason"_s, u"spam"_s}}; },
         u"own_content ok ok target_not_found own_content ok ok 401 401"_s},
        {u"moderate"_s, [this](Ctx &c) {
             return QJsonObject {{u"id"_s, newId()}, {u"target_type"_s, u"post"_s},
                                 {u"target_id"_s, post(c.owner)}, {u"action"_s, u"hide"_s},
                                 {u"reason"_s, u"Matrix"_s}}; },
         u"forbidden forbidden forbidden forbidden forbidden ok ok 401 401"_s},
        {u"restoreContent"_s, [this](Ctx &c) {
             QString action;
             strikeOf(c.owner, &action);
             return QJsonObject {{u"action_id"_s, action}, {u"reason"_s, u"Matrix"_s}}; },
         u"forbidden forbidden forbidden forbidden forbidden ok ok 401 401"_s},
        {u"actOnUser"_s, [](Ctx &c) {
             return QJsonObject {{u"id"_s, newId()}, {u"target_type"_s, u"user"_s},
                                 {u"target_id"_s, c.owner.id}, {u"action"_s, u"warn"_s},
                                 {u"reason"_s, u"Matrix"_s}}; },
         u"forbidden forbidden forbidden forbidden forbidden ok ok 401 401"_s},
        {u"appeal"_s, [this](Ctx &c) {
             return QJsonObject {{u"id"_s, newId()}, {u"strike_id"_s, strikeOf(c.owner)},
                                 {u"body"_s, u"Please look again"_s}}; },
         u"ok strike_not_found strike_not_found strike_not_found ok strike_not_found strike_not_found 401 401"_s},
        {u"appealMessage"_s, [this](Ctx &c) {
             const QString strike = strikeOf(c.owner);
             push(c.owner, u"appeal"_s, {{u"id"_s, newId()}, {u"strike_id"_s, strike},
                                         {u"body"_s, u"Please"_s}});
             return QJsonObject {{u"id"_s, newId()}, {u"strike_id"_s, strike},
                                 {u"body"_s, u"More"_s}}; },
         u"ok forbidden forbidden forbidden ok ok ok 401 401"_s},
        {u"decideAppeal"_s, [this](Ctx &c) {
             const QString strike = strikeOf(c.owner);
             push(c.owner, u"appeal"_s, {{u"id"_s, newId()}, {u"strike_id"_s, strike},
                                         {u"body"_s, u"Please"_s}});
             return QJsonObject {{u"id"_s, newId()}, {u"strike_id"_s, strike},
                                 {u"decision"_s, u"deny"_s}, {u"body"_s, u"No"_s}}; },
         u"forbidden forbidden forbidden forbidden forbidden ok ok 401 401"_s},
        // --- server mutations (server/src/sync/ServerMutation.h): the server alone runs them,
        // from its own routes; pushed, they are no mutator at all, for every actor ---
        {u"openShop"_s, [](Ctx &c) {
             return QJsonObject {{u"owner_id"_s, c.owner.id}, {u"name"_s, u"Pushed shop"_s}}; },
         u"unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator 401 401"_s},
        {u"submitShopRequest"_s, [this](Ctx &c) {
             return QJsonObject {{u"shop_name"_s, u"Pushed"_s}, {u"description"_s, u"Matrix"_s},
                                 {u"documents"_s, QJsonArray {document(c.actor)}}}; },
         u"unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator 401 401"_s},
        {u"decideShopRequest"_s, [this](Ctx &) {
             return QJsonObject {{u"request_id"_s, shopRequest()}, {u"approve"_s, true}}; },
         u"unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator 401 401"_s},
        {u"setRole"_s, [](Ctx &c) {
             return QJsonObject {{u"user_id"_s, c.actor.id}, {u"role"_s, u"admin"_s}}; },
         u"unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator 401 401"_s},
        {u"endSessions"_s, [](Ctx &c) { return QJsonObject {{u"user_id"_s, c.owner.id}}; },
         u"unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator 401 401"_s},
        {u"registerAccount"_s, [](Ctx &) {
             const QString name = u"pushed"_s + newId().left(8);
             return QJsonObject {{u"id"_s, newId()}, {u"username"_s, name},
                                 {u"email"_s, name + u"@example.com"_s}, {u"display_name"_s, name},
                                 {u"password_hash"_s, u"$argon2id$v=19$m=19456,t=2,p=1$x$y"_s},
                                 {u"role"_s, u"admin"_s}}; },
         u"unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator unknown_mutator 401 401"_s},
    };

    const auto none = [](Ctx &) { return QByteArray(); };
    const auto fixed = [](const QString &path) {
        return [path](Ctx &) { return path; };
    };
    const auto json = [](const QJsonObject &o) {
        return [o](Ctx &) { return toJson(o); };
    };
    m_routes = {
        {u"GET /healthz"_s, fixed(u"/healthz"_s), none, u"200 200 200 200 200 200 200 200 200"_s},
        {u"GET /readyz"_s, fixed(u"/readyz"_s), none, u"200 200 200 200 200 200 200 200 200"_s},
        // Loopback is an operator's address: /metrics answers it, token or not.
        {u"GET /metrics"_s, fixed(u"/metrics"_s), none, u"200 200 200 200 200 200 200 200 200"_s},
        {u"POST /api/v1/auth/register"_s, fixed(u"/api/v1/auth/register"_s), [](Ctx &) {
             const QString name = u"reg"_s + newId().left(8);
             return toJson({{u"username"_s, name}, {u"email"_s, name + u"@example.com"_s},
                            {u"password"_s, u"correct-horse-battery"_s}}); },
         u"201 201 201 201 201 201 201 201 201"_s},
        {u"POST /api/v1/auth/login"_s, fixed(u"/api/v1/auth/login"_s),
         json({{u"login"_s, u"olga"_s}, {u"password"_s, u"not her password"_s}}),
         u"401 401 401 401 401 401 401 401 401"_s},
        {u"POST /api/v1/auth/refresh"_s, fixed(u"/api/v1/auth/refresh"_s),
         json({{u"refresh_token"_s, u"not-a-token"_s}}), u"401 401 401 401 401 401 401 401 401"_s},
        {u"POST /api/v1/auth/logout"_s, fixed(u"/api/v1/auth/logout"_s), none,
         u"204 204 204 204 204 204 204 401 401"_s, "application/json", true},
        {u"GET /api/v1/me"_s, fixed(u"/api/v1/me"_s), none, u"200 200 200 200 200 200 200 401 401"_s},
        {u"PATCH /api/v1/me"_s, fixed(u"/api/v1/me"_s), json({{u"bio"_s, u"Matrix"_s}}),
         u"200 200 200 200 200 200 200 401 401"_s},
        {u"POST /api/v1/me/password"_s, fixed(u"/api/v1/me/password"_s),
         json({{u"current_password"_s, u"wrong"_s}, {u"new_password"_s, u"another-long-pass"_s}}),
         u"403 403 403 403 403 403 403 401 401"_s},
        // Profiles are public to every signed-in account, blocked ones included.
        {u"GET /api/v1/users/{username}"_s, fixed(u"/api/v1/users/olga"_s), none,
         u"200 200 200 200 200 200 200 401 401"_s},
        {u"PATCH /api/v1/admin/users/{id}"_s,
         [this](Ctx &) { return u"/api/v1/admin/users/"_s + m_nils.id; },
         json({{u"role"_s, u"user"_s}}), u"403 403 403 403 403 403 200 401 401"_s},
        {u"POST /api/v1/admin/shops"_s, fixed(u"/api/v1/admin/shops"_s), [this](Ctx &) {
             const Account fresh = m_h->account(u"shop"_s + newId().left(8));
             return toJson({{u"owner_id"_s, fresh.id}, {u"name"_s, u"Fresh"_s}}); },
         u"403 403 403 403 403 403 201 401 401"_s},
        {u"POST /api/v1/sync/push"_s, fixed(u"/api/v1/sync/push"_s), [](Ctx &) {
             return toJson({{u"client_id"_s, u"matrix-"_s + newId().left(8)},
                            {u"schema_version"_s, 1}, {u"mutations"_s, QJsonArray {}}}); },
         u"200 200 200 200 200 200 200 401 401"_s},
        {u"GET /api/v1/sync/pull"_s, [](Ctx &) {
             return u"/api/v1/sync/pull?client_id=matrix-%1&schema_version=1"_s.arg(
                 newId().left(8)); },
         none, u"200 200 200 200 200 200 200 401 401"_s},
        // Without `Upgrade: websocket` it is no WebSocket: 426 before any token is read.
        {u"GET /api/v1/ws"_s, fixed(u"/api/v1/ws"_s), none,
         u"426 426 426 426 426 426 426 426 426"_s},
        {u"POST /api/v1/media"_s, fixed(u"/api/v1/media"_s),
         // A new image each time (a second upload of the same one answers 200, not 201).
         [](Ctx &) {
             static int seed = 1000;
             return Images::make(24, 24, "png", ++seed);
         },
         u"201 201 201 201 201 201 201 401 401"_s, "image/png"},
        {u"GET /media/{sha256}"_s, [this](Ctx &) { return u"/media/"_s + m_image; }, none,
         u"200 200 200 200 200 200 200 200 200"_s},
        {u"GET /api/v1/posts/{id}"_s,
         [this](Ctx &c) { return u"/api/v1/posts/"_s + post(c.owner); }, none,
         u"200 200 200 404 200 200 200 401 401"_s},
        {u"GET /api/v1/users/{username}/posts"_s,
         [](Ctx &c) { return u"/api/v1/users/%1/posts"_s.arg(c.owner.username); }, none,
         u"200 200 200 404 200 200 200 401 401"_s},
        {u"GET /api/v1/explore"_s, fixed(u"/api/v1/explore"_s), none,
         u"200 200 200 200 200 200 200 401 401"_s},
        {u"GET /api/v1/tags/{tag}"_s, fixed(u"/api/v1/tags/matrix"_s), none,
         u"200 200 200 200 200 200 200 401 401"_s},
        {u"GET /api/v1/search"_s, fixed(u"/api/v1/search?q=olga"_s), none,
         u"200 200 200 200 200 200 200 401 401"_s},
        {u"GET /api/v1/conversations"_s, fixed(u"/api/v1/conversations"_s), none,
         u"200 200 200 200 200 200 200 401 401"_s},
        {u"POST /api/v1/conversations"_s, fixed(u"/api/v1/conversations"_s),
         [](Ctx &c) { return toJson({{u"kind"_s, u"direct"_s}, {u"user_id"_s, c.owner.id}}); },
         u"422 201 201 403 422 201 201 401 401"_s},
        {u"GET /api/v1/conversations/{id}/messages"_s,
         [this](Ctx &c) { return u"/api/v1/conversations/%1/messages"_s.arg(group(c.owner)); },
         none, u"200 200 404 404 200 404 404 401 401"_s},
        {u"POST /api/v1/conversations/{id}/messages"_s,
         [this](Ctx &c) { return u"/api/v1/conversations/%1/messages"_s.arg(group(c.owner)); },
         json({{u"body"_s, u"Hello"_s}}), u"201 201 404 404 201 404 404 401 401"_s},
        {u"POST /api/v1/documents"_s, fixed(u"/api/v1/documents"_s), [](Ctx &) {
             return "%PDF-1.4\n% " + newId().toLatin1() + "\n%%EOF\n"; },
         u"201 201 201 201 201 201 201 401 401"_s, "application/pdf"},
        {u"GET /api/v1/documents/{id}"_s,
         [this](Ctx &c) { return u"/api/v1/documents/"_s + document(c.owner); }, none,
         u"200 404 404 404 200 200 200 401 401"_s},
        {u"POST /api/v1/shop-requests"_s, fixed(u"/api/v1/shop-requests"_s), [this](Ctx &c) {
             return toJson({{u"shop_name"_s, u"Second shop"_s}, {u"description"_s, u"More"_s},
                            {u"documents"_s, QJsonArray {document(c.owner)}}}); },
         // olga has a shop; the moderator's shop was opened by an admin, so its role is not
         // "shop" and a request is taken (its approval would be refused: already_a_shop).
         u"409 422 422 422 201 422 422 401 401"_s},
        {u"GET /api/v1/shop-requests"_s, fixed(u"/api/v1/shop-requests"_s), none,
         u"200 200 200 200 200 200 200 401 401"_s},
        {u"GET /api/v1/admin/shop-requests"_s, fixed(u"/api/v1/admin/shop-requests"_s), none,
         u"403 403 403 403 200 200 200 401 401"_s},
        {u"POST /api/v1/admin/shop-requests/{id}/decision"_s, [this](Ctx &) {
             return u"/api/v1/admin/shop-requests/%1/decision"_s.arg(shopRequest()); },
         json({{u"approve"_s, false}, {u"reason"_s, u"Matrix"_s}}),
         u"403 403 403 403 200 200 200 401 401"_s},
        // The market is public, signed in or not.
        {u"GET /api/v1/catalog"_s, fixed(u"/api/v1/catalog"_s), none,
         u"200 200 200 200 200 200 200 200 200"_s},
        {u"GET /api/v1/products/{id}"_s,
         [this](Ctx &c) { return u"/api/v1/products/"_s + product(c); }, none,
         u"200 200 200 200 200 200 200 200 200"_s},
        {u"GET /api/v1/shops/{id}"_s, [](Ctx &c) { return u"/api/v1/shops/"_s + c.shop; }, none,
         u"200 200 200 200 200 200 200 200 200"_s},
        {u"GET /api/v1/admin/audit"_s, fixed(u"/api/v1/admin/audit"_s), none,
         u"403 403 403 403 403 403 200 401 401"_s},
        {u"GET /api/v1/admin/users"_s, fixed(u"/api/v1/admin/users?q=olga"_s), none,
         u"403 403 403 403 200 200 200 401 401"_s},
        {u"GET /api/v1/admin/users/{id}"_s,
         [](Ctx &c) { return u"/api/v1/admin/users/"_s + c.owner.id; }, none,
         u"403 403 403 403 200 200 200 401 401"_s},
        {u"POST /api/v1/admin/users/{id}/sessions/end"_s, [this](Ctx &) {
             return u"/api/v1/admin/users/%1/sessions/end"_s.arg(
                 m_h->account(u"ends"_s + newId().left(8)).id); },
         none, u"403 403 403 403 200 200 200 401 401"_s},
        {u"GET /api/v1/admin/stats"_s, fixed(u"/api/v1/admin/stats"_s), none,
         u"403 403 403 403 403 403 200 401 401"_s},
    };
    // clang-format on
}

const Account &AuthzMatrixTest::account(Actor actor) const
{
    switch (actor) {
    case Owner:
        return m_olga;
    case Member:
        return m_mia;
    case Stranger:
        return m_nils;
    case Blocked:
        return m_bo;
    case ModOwn:
    case Mod:
        return m_mod;
    case Admin:
        return m_admin;
    case Suspended:
        return m_sue;
    case Anonymous:
        break;
    }
    return m_anon;
}

Ctx AuthzMatrixTest::contextFor(Actor actor)
{
    const Account &owner = actor == ModOwn ? m_mod : m_olga;
    return Ctx {this, owner, m_shops.value(owner.id), account(actor)};
}

void AuthzMatrixTest::addActorRows(const QStringList &labels)
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("actor");
    for (int i = 0; i < labels.size(); ++i) {
        for (int a = Owner; a <= Anonymous; ++a)
            QTest::addRow("%s by %s", qPrintable(labels.at(i)), qPrintable(ActorNames.at(a)))
                << i << a;
    }
}

QStringList AuthzMatrixTest::contentSnapshot() const
{
    // Bookkeeping of the pushes themselves (which client sent what) changes with every push.
    QStringList rows = databaseSnapshot(m_h->server().databasePath());
    rows.removeIf([](const QString &row) {
        return row.startsWith(u"sync_clients:"_s) || row.startsWith(u"sync_results:"_s)
            || row.startsWith(u"sessions:"_s);
    });
    return rows;
}

QString AuthzMatrixTest::post(const Account &owner)
{
    const QString id = newId();
    push(owner, u"createPost"_s,
         {{u"id"_s, id}, {u"caption"_s, u"Post"_s}, {u"media"_s, QJsonArray {m_image}}});
    return id;
}

QString AuthzMatrixTest::comment(const Account &owner)
{
    const QString id = newId();
    push(owner, u"comment"_s, {{u"id"_s, id}, {u"post_id"_s, post(owner)}, {u"body"_s, u"C"_s}});
    return id;
}

QString AuthzMatrixTest::group(const Account &owner)
{
    const QString id = newId();
    push(owner, u"createGroup"_s,
         {{u"id"_s, id}, {u"title"_s, u"Group"_s}, {u"user_ids"_s, QJsonArray {m_mia.id}}});
    return id;
}

QString AuthzMatrixTest::message(const Account &owner)
{
    const QString id = newId();
    push(owner, u"sendMessage"_s,
         {{u"id"_s, id}, {u"conversation_id"_s, group(owner)}, {u"body"_s, u"M"_s}});
    return id;
}

QString AuthzMatrixTest::draft(const Account &owner)
{
    const QString id = newId();
    push(owner, u"saveDraft"_s, {{u"id"_s, id}, {u"body"_s, u"Draft"_s}});
    return id;
}

QString AuthzMatrixTest::product(Ctx &c, QString *variant)
{
    const QString id = newId();
    const QString v = newId();
    push(c.owner, u"upsertProduct"_s,
         {{u"id"_s, id},
          {u"shop_id"_s, c.shop},
          {u"title"_s, u"Jar"_s},
          {u"price"_s, 1500},
          {u"currency"_s, u"EUR"_s},
          {u"media"_s, QJsonArray {m_image}},
          {u"status"_s, u"active"_s}});
    push(c.owner, u"setVariant"_s,
         {{u"id"_s, v}, {u"product_id"_s, id}, {u"sku"_s, u"J-"_s + v.left(8)}});
    push(c.owner, u"adjustStock"_s,
         {{u"id"_s, newId()}, {u"variant_id"_s, v}, {u"delta"_s, 5}, {u"reason"_s, u"received"_s}});
    if (variant)
        *variant = v;
    return id;
}

QString AuthzMatrixTest::order(Ctx &c, const QString &status, QString *variant)
{
    QString v;
    product(c, &v);
    const QString intent = newId();
    push(m_mia, u"placeOrder"_s,
         {{u"id"_s, intent},
          {u"payment"_s, u"manual"_s},
          {u"lines"_s,
           QJsonArray {
               QJsonObject {{u"variant_id"_s, v}, {u"quantity"_s, 1}, {u"unit_price"_s, 1500}}}}});
    const QString id = Sync::Commerce::orderId(intent, c.shop);
    const QStringList path {u"paid"_s, u"shipped"_s, u"delivered"_s};
    for (const QString &next : path) {
        if (status == u"placed"_s)
            break;
        push(next == u"delivered"_s ? m_mia : c.owner, u"setOrderStatus"_s,
             {{u"order_id"_s, id}, {u"status"_s, next}});
        if (next == status)
            break;
    }
    if (variant)
        *variant = v;
    return id;
}

QString AuthzMatrixTest::strikeOf(const Account &owner, QString *actionId)
{
    // The admin hides one of the owner's posts: a decision, and a strike against the owner.
    const QString action = newId();
    push(m_admin, u"moderate"_s,
         {{u"id"_s, action},
          {u"target_type"_s, u"post"_s},
          {u"target_id"_s, post(owner)},
          {u"action"_s, u"hide"_s},
          {u"reason"_s, u"Matrix"_s}});
    if (actionId)
        *actionId = action;
    return Sync::Moderation::strikeId(action);
}

void AuthzMatrixTest::everyMutatorHasARow()
{
    QSet<QString> covered;
    for (const MutatorRow &row : std::as_const(m_rows))
        covered.insert(row.name);
    QStringList missing;
    for (const Sync::Mutator *m : Sync::MutatorRegistry::instance().all()) {
        if (!covered.contains(m->name))
            missing << m->name;
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"mutators without a row in the matrix: "_s + missing.join(u", "_s)));
}

//! The server's own writes (`souk-server server-mutations`): each needs a row above, where a
//! client's push of its name is refused for every actor, so none may share a mutator's name.
void AuthzMatrixTest::serverMutationsAreNoMutators()
{
    QByteArray out;
    QCOMPARE(ServerProcess::run({u"server-mutations"_s}, &out), 0);
    QStringList serverOnly;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            serverOnly << QString::fromUtf8(line.trimmed());
    }
    QVERIFY(!serverOnly.isEmpty());
    QSet<QString> covered;
    for (const MutatorRow &row : std::as_const(m_rows))
        covered.insert(row.name);
    for (const QString &name : std::as_const(serverOnly)) {
        QVERIFY2(covered.contains(name), qPrintable(name + u" has no row in the matrix"_s));
        for (const Sync::Mutator *m : Sync::MutatorRegistry::instance().all())
            QVERIFY2(m->name != name, qPrintable(name + u" is also a client mutator"_s));
    }
}

void AuthzMatrixTest::mutators_data()
{
    QStringList labels;
    for (const MutatorRow &row : std::as_const(m_rows))
        labels << row.name;
    addActorRows(labels);
}

void AuthzMatrixTest::mutators()
{
    QFETCH(int, index);
    QFETCH(int, actor);
    const MutatorRow &row = m_rows.at(index);
    const QStringList expected = row.expected.split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(expected.size(), ActorNames.size());
    Ctx c = contextFor(Actor(actor));
    const QJsonObject args = row.args(c);
    const QStringList before = contentSnapshot();
    const QJsonObject result = push(account(Actor(actor)), row.name, args);
    QString outcome = result.contains(u"http_status"_s)
        ? QString::number(result.value(u"http_status"_s).toInt())
        : SyncHarness::code(result);
    if (outcome.isEmpty())
        outcome = result.value(u"status"_s).toString() == u"applied"_s ? u"ok"_s : u"?"_s;
    if (qEnvironmentVariableIsSet("SOUK_MATRIX_PRINT"))
        qInfo("%s %s -> %s", qPrintable(row.name), qPrintable(ActorNames.at(actor)),
              qPrintable(outcome));
    QCOMPARE(outcome, expected.at(actor));
    const QStringList after = contentSnapshot();
    if (outcome == u"ok"_s)
        QVERIFY2(after != before, "an applied mutation changed nothing");
    else
        QCOMPARE(after, before);
}

// --- REST routes ---------------------------------------------------------------------------

void AuthzMatrixTest::everyRouteHasARow()
{
    QByteArray out;
    QCOMPARE(ServerProcess::run({u"routes"_s}, &out), 0);
    QSet<QString> served;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            served.insert(QString::fromUtf8(line.trimmed()));
    }
    QSet<QString> covered;
    for (const RouteRow &row : std::as_const(m_routes))
        covered.insert(row.route);
    QStringList missing = (served - covered).values();
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"routes without a row in the matrix: "_s + missing.join(u", "_s)));
}

void AuthzMatrixTest::routes_data()
{
    QStringList labels;
    for (const RouteRow &row : std::as_const(m_routes))
        labels << row.route;
    addActorRows(labels);
}

void AuthzMatrixTest::routes()
{
    QFETCH(int, index);
    QFETCH(int, actor);
    const RouteRow &row = m_routes.at(index);
    const QStringList expected = row.expected.split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(expected.size(), ActorNames.size());
    Ctx c = contextFor(Actor(actor));
    const QString path = row.path(c);
    const QByteArray body = row.body(c);
    QByteArray token = account(Actor(actor)).accessToken;
    if (row.freshSession && !token.isEmpty() && actor != Suspended) {
        const Account &who = account(Actor(actor));
        token = login(m_h->http(), m_h->server(), who.username, who.password).accessToken;
        QVERIFY(!token.isEmpty());
    }
    const QByteArray method = row.route.section(u' ', 0, 0).toLatin1();
    const QStringList before = contentSnapshot();
    const HttpReply reply =
        m_h->http().send(method, m_h->server().url(path), body, token, row.contentType);
    const QString outcome = QString::number(reply.status);
    if (qEnvironmentVariableIsSet("SOUK_MATRIX_PRINT"))
        qInfo("%s %s -> %s %s", qPrintable(row.route), qPrintable(ActorNames.at(actor)),
              qPrintable(outcome), reply.body.left(120).constData());
    QCOMPARE(outcome, expected.at(actor));
    if (reply.status >= 400)
        QCOMPARE(contentSnapshot(), before);
}

QString AuthzMatrixTest::document(const Account &owner)
{
    return m_h->http()
        .send("POST", m_h->server().url(u"/api/v1/documents"_s),
              "%PDF-1.4\n% " + newId().toLatin1() + "\n%%EOF\n", owner.accessToken,
              "application/pdf")
        .json.value(u"id"_s)
        .toString();
}

QString AuthzMatrixTest::shopRequest()
{
    const Account applicant = m_h->account(u"applicant"_s + newId().left(8));
    return m_h->http()
        .send("POST", m_h->server().url(u"/api/v1/shop-requests"_s),
              toJson({{u"shop_name"_s, u"A new shop"_s},
                      {u"description"_s, u"Matrix"_s},
                      {u"documents"_s, QJsonArray {document(applicant)}}}),
              applicant.accessToken)
        .json.value(u"id"_s)
        .toString();
}

QTEST_MAIN(AuthzMatrixTest)
#include "tst_authz_matrix.moc"
