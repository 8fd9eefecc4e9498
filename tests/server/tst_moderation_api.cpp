// Moderation against the real server: reports that only moderators (and their reporter) see,
// decisions made offline and applied on reconnect, hidden content that no edit brings back,
// appeals that restore content on every replica, suspensions and bans that sign a client out
// at once, the admin routes' permissions, the audit log through a SIGKILL, analytics, and bad
// input. Each refusal checks that nothing changed.
#include "ChatMutators.h"
#include "DatabaseSnapshot.h"
#include "IsoTime.h"
#include "ModerationMutators.h"
#include "SyncHarness.h"
#include "TestImages.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Souk;
using namespace Souk::Test;
using Souk::Sync::Row;
namespace Moderation = Souk::Sync::Moderation;

class ModerationApiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsReachModeratorsButNeverTheReported();
    void everyAdminRouteRefusesUsersAndShopOwners();
    void moderatorsCannotActOnAdminsOrThemselves();
    void moderatorTriagesOfflineAndDecidesOnReconnect();
    void hiddenPostStaysHiddenWhenItsAuthorEditsOffline();
    void upheldAppealRestoresRemovedContentOnEveryReplica();
    void hiddenCommentLeavesItsCountAndTheNoticesQuotingIt();
    void hiddenPostLeavesTheNoticesOfItsMentions();
    void bannedUserIsSignedOutAndCannotPush();
    void suspensionEndsSessionsAndSaysUntilWhen();
    void limitedAccountsPostsWaitForReview();
    void userRecordSearchAndEndingSessions();
    void serverMutationsCannotBePushed();
    void analyticsCountTheDays();
    void auditLogSurvivesAKillMidAction();
    void auditLogPagesAndFiltersByIsoTimes();
    void newAccountsHaveLimits();
    void refusals_data();
    void refusals();

private:
    QJsonObject run(const Account &who, const QString &name, const QJsonObject &args);
    static QString code(const QJsonObject &result)
    {
        return result.value(u"error"_s).toObject().value(u"code"_s).toString();
    }
    std::optional<Row> row(const Account &who, const QString &table, const QString &id);
    static std::optional<Row> find(const QMap<QString, QList<Row>> &view, const QString &table,
                                   const QString &id);
    QString post(const Account &author, const QString &caption);
    Account user(const QString &name, const QString &role = {});
    HttpReply get(const QString &path, const Account &who);
    QJsonArray audit(const QString &query);
    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    static QString mediaId() { return QString(64, u'a'); }

    std::unique_ptr<SyncHarness> m_h;
    Account m_admin, m_mod, m_author, m_reader;
    int m_clients = 0;
};

void ModerationApiTest::initTestCase()
{
    m_h = std::make_unique<SyncHarness>();
    QVERIFY2(m_h->startServer(), qPrintable(m_h->server().error()));
    m_admin = m_h->account(u"root_admin"_s); // the first account is the server's admin
    m_mod = user(u"mina"_s, u"moderator"_s);
    m_author = user(u"tariq"_s);
    m_reader = user(u"salma"_s);
    QCOMPARE(code(run(m_reader, u"follow"_s, {{u"user_id"_s, m_author.id}})), QString());
}

Account ModerationApiTest::user(const QString &name, const QString &role)
{
    Account account = m_h->account(name);
    if (!role.isEmpty() && !m_h->setRole(m_admin, account, role))
        qWarning("could not make %s a %s", qPrintable(name), qPrintable(role));
    return account;
}

QJsonObject ModerationApiTest::run(const Account &who, const QString &name, const QJsonObject &args)
{
    return m_h->push(who, name, args);
}

std::optional<Row> ModerationApiTest::find(const QMap<QString, QList<Row>> &view,
                                           const QString &table, const QString &id)
{
    for (const Row &r : view.value(table)) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

std::optional<Row> ModerationApiTest::row(const Account &who, const QString &table,
                                          const QString &id)
{
    return find(m_h->serverView(who), table, id);
}

QString ModerationApiTest::post(const Account &author, const QString &caption)
{
    // Posts need an uploaded image.
    static QString media;
    if (media.isEmpty()) {
        const HttpReply up =
            m_h->http().send("POST", m_h->server().url(u"/api/v1/media"_s),
                             Images::make(40, 40, "png", 5), m_admin.accessToken, "image/png");
        media = up.json.value(u"id"_s).toString();
    }
    const QString id = newId();
    const QJsonObject result =
        run(author, u"createPost"_s,
            {{u"id"_s, id}, {u"caption"_s, caption}, {u"media"_s, QJsonArray {media}}});
    return code(result).isEmpty() ? id : QString();
}

HttpReply ModerationApiTest::get(const QString &path, const Account &who)
{
    return m_h->http().get(m_h->server().url(path), who.accessToken);
}

QJsonArray ModerationApiTest::audit(const QString &query)
{
    return get(u"/api/v1/admin/audit"_s + query, m_admin).json.value(u"entries"_s).toArray();
}

void ModerationApiTest::reportsReachModeratorsButNeverTheReported()
{
    const QString id = post(m_author, u"Cheap watches, DM me"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(code(run(m_reader, u"report"_s,
                      {{u"target_type"_s, u"post"_s},
                       {u"target_id"_s, id},
                       {u"reason"_s, u"spam"_s},
                       {u"note"_s, u"Fake watches"_s}})),
             QString());
    const QString report = Moderation::reportId(m_reader.id, u"post"_s, id);
    // The reporter and the moderators see it; the author never does.
    const auto seen = row(m_mod, u"reports"_s, report);
    QVERIFY(seen);
    QCOMPARE(seen->fields.value(u"reporter_id"_s).toString(), m_reader.id);
    QCOMPARE(seen->fields.value(u"target_owner_id"_s).toString(), m_author.id);
    QCOMPARE(seen->fields.value(u"status"_s).toString(), u"open"_s);
    QVERIFY(row(m_reader, u"reports"_s, report));
    QVERIFY(m_h->serverView(m_author).value(u"reports"_s).isEmpty());
    // The snapshot keeps what was reported, whatever the author does next.
    QCOMPARE(code(run(m_author, u"editPost"_s, {{u"id"_s, id}, {u"caption"_s, u"Nice weather"_s}})),
             QString());
    QVERIFY(row(m_mod, u"reports"_s, report)
                ->fields.value(u"snapshot"_s)
                .toString()
                .contains(u"Cheap watches"_s));
    // One open report per reporter and target; nobody reports themselves; a message is
    // reportable only by someone in its conversation.
    const auto before = m_h->serverView(m_mod);
    QCOMPARE(
        code(run(m_reader, u"report"_s,
                 {{u"target_type"_s, u"post"_s}, {u"target_id"_s, id}, {u"reason"_s, u"fraud"_s}})),
        u"already_reported"_s);
    QCOMPARE(
        code(run(m_author, u"report"_s,
                 {{u"target_type"_s, u"post"_s}, {u"target_id"_s, id}, {u"reason"_s, u"spam"_s}})),
        u"own_content"_s);
    QCOMPARE(code(run(m_reader, u"report"_s,
                      {{u"target_type"_s, u"message"_s},
                       {u"target_id"_s, newId()},
                       {u"reason"_s, u"spam"_s}})),
             u"target_not_found"_s);
    QCOMPARE(m_h->serverView(m_mod), before);
    // Reporting a user works too; it is about the account itself.
    QCOMPARE(code(run(m_reader, u"report"_s,
                      {{u"target_type"_s, u"user"_s},
                       {u"target_id"_s, m_author.id},
                       {u"reason"_s, u"harassment"_s}})),
             QString());
}

void ModerationApiTest::everyAdminRouteRefusesUsersAndShopOwners()
{
    const Account owner = m_h->account(u"shopkeeper"_s);
    QCOMPARE(m_h->http()
                 .send("POST", m_h->server().url(u"/api/v1/admin/shops"_s),
                       toJson({{u"owner_id"_s, owner.id}, {u"name"_s, u"Keeper's"_s}}),
                       m_admin.accessToken)
                 .status,
             201);
    const QString someone = m_author.id;
    struct Call
    {
        QByteArray method;
        QString path;
        QByteArray body;
        bool moderatorMay;
    };
    const QList<Call> calls {
        {"GET", u"/api/v1/admin/audit"_s, {}, false},
        {"GET", u"/api/v1/admin/stats"_s, {}, false},
        {"GET", u"/api/v1/admin/users"_s, {}, true},
        {"GET", u"/api/v1/admin/users/"_s + someone, {}, true},
        {"PATCH", u"/api/v1/admin/users/"_s + someone, R"({"role":"admin"})", false},
        {"POST", u"/api/v1/admin/shops"_s,
         R"({"owner_id":")" + someone.toUtf8() + R"(","name":"x"})", false},
        {"GET", u"/api/v1/admin/shop-requests"_s, {}, true},
        {"POST", u"/api/v1/admin/shop-requests/%1/decision"_s.arg(newId()), R"({"approve":true})",
         true},
    };
    const QStringList before = databaseSnapshot(m_h->server().databasePath());
    for (const Call &call : calls) {
        for (const Account *who : {&std::as_const(m_reader), &owner}) {
            const HttpReply reply = m_h->http().send(call.method, m_h->server().url(call.path),
                                                     call.body, who->accessToken);
            QVERIFY2(reply.status == 403,
                     qPrintable(u"%1 %2 as %3: %4"_s
                                    .arg(QString::fromLatin1(call.method), call.path, who->username)
                                    .arg(reply.status)));
        }
        if (!call.moderatorMay) {
            const HttpReply reply = m_h->http().send(call.method, m_h->server().url(call.path),
                                                     call.body, m_mod.accessToken);
            QVERIFY2(reply.status == 403, qPrintable(call.path));
        }
    }
    // Sessions: ending someone's is a moderator's; a plain user gets 403 and nothing changes.
    QCOMPARE(m_h->http()
                 .send("POST",
                       m_h->server().url(u"/api/v1/admin/users/%1/sessions/end"_s.arg(someone)), {},
                       m_reader.accessToken)
                 .status,
             403);
    QCOMPARE(databaseSnapshot(m_h->server().databasePath()), before);
    // Decisions pushed by a plain user are refused the same way, and change nothing.
    const QString id = post(m_author, u"A sunset"_s);
    const auto view = m_h->serverView(m_mod);
    QCOMPARE(code(run(m_reader, u"moderate"_s,
                      {{u"id"_s, newId()},
                       {u"target_type"_s, u"post"_s},
                       {u"target_id"_s, id},
                       {u"action"_s, u"hide"_s},
                       {u"reason"_s, u"I do not like it"_s}})),
             u"forbidden"_s);
    QCOMPARE(code(run(owner, u"actOnUser"_s,
                      {{u"id"_s, newId()},
                       {u"target_type"_s, u"user"_s},
                       {u"target_id"_s, m_author.id},
                       {u"action"_s, u"ban"_s},
                       {u"reason"_s, u"competition"_s}})),
             u"forbidden"_s);
    QCOMPARE(m_h->serverView(m_mod), view);
}

void ModerationApiTest::moderatorsCannotActOnAdminsOrThemselves()
{
    const QString adminPost = post(m_admin, u"House rules"_s);
    const auto before = m_h->serverView(m_admin);
    QCOMPARE(code(run(m_mod, u"moderate"_s,
                      {{u"id"_s, newId()},
                       {u"target_type"_s, u"post"_s},
                       {u"target_id"_s, adminPost},
                       {u"action"_s, u"hide"_s},
                       {u"reason"_s, u"test"_s}})),
             u"forbidden"_s);
    QCOMPARE(code(run(m_mod, u"actOnUser"_s,
                      {{u"id"_s, newId()},
                       {u"target_type"_s, u"user"_s},
                       {u"target_id"_s, m_admin.id},
                       {u"action"_s, u"suspend"_s},
                       {u"days"_s, 3},
                       {u"reason"_s, u"coup"_s}})),
             u"forbidden"_s);
    QCOMPARE(code(run(m_mod, u"actOnUser"_s,
                      {{u"id"_s, newId()},
                       {u"target_type"_s, u"user"_s},
                       {u"target_id"_s, m_mod.id},
                       {u"action"_s, u"lift"_s},
                       {u"reason"_s, u"me"_s}})),
             u"forbidden"_s);
    QCOMPARE(m_h->http()
                 .send("POST",
                       m_h->server().url(u"/api/v1/admin/users/%1/sessions/end"_s.arg(m_admin.id)),
                       {}, m_mod.accessToken)
                 .status,
             403);
    QCOMPARE(m_h->serverView(m_admin), before);
    QVERIFY(get(u"/api/v1/me"_s, m_admin).status == 200); // the admin is still signed in
}

void ModerationApiTest::moderatorTriagesOfflineAndDecidesOnReconnect()
{
    const QString id = post(m_author, u"Buy followers here"_s);
    QCOMPARE(
        code(run(m_reader, u"report"_s,
                 {{u"target_type"_s, u"post"_s}, {u"target_id"_s, id}, {u"reason"_s, u"spam"_s}})),
        QString());
    const QString report = Moderation::reportId(m_reader.id, u"post"_s, id);
    auto desk = m_h->device(m_mod);
    QVERIFY(desk && SyncHarness::sync(*desk));
    QVERIFY(find(SyncHarness::replica(*desk), u"reports"_s, report)); // the queue is here
    desk->setNetworkEnabled(false);
    // Offline: hide the post, warn its author; the queue moves at once on this device.
    const QString hide = newId();
    const QString warn = newId();
    QVERIFY(desk->mutate(u"moderate"_s,
                         {{u"id"_s, hide},
                          {u"target_type"_s, u"post"_s},
                          {u"target_id"_s, id},
                          {u"action"_s, u"hide"_s},
                          {u"reason"_s, u"Selling followers"_s},
                          {u"rule"_s, u"3.1 Spam"_s},
                          {u"report_ids"_s, QJsonArray {report}}}));
    QVERIFY(desk->mutate(u"actOnUser"_s,
                         {{u"id"_s, warn},
                          {u"target_type"_s, u"user"_s},
                          {u"target_id"_s, m_author.id},
                          {u"action"_s, u"warn"_s},
                          {u"reason"_s, u"Second spam post"_s},
                          {u"rule"_s, u"3.1 Spam"_s}}));
    QCOMPARE(find(SyncHarness::replica(*desk), u"reports"_s, report)
                 ->fields.value(u"status"_s)
                 .toString(),
             u"actioned"_s);
    QVERIFY(audit(u"?actor=mina&action=hide_content"_s).isEmpty()); // nothing on the server yet
    // Back online: the server applies both, records them, and tells the author.
    desk->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*desk));
    QCOMPARE(desk->pendingCount(), 0);
    const auto authorView = m_h->serverView(m_author);
    QCOMPARE(find(authorView, u"posts"_s, id)->fields.value(u"moderation"_s).toString(),
             u"hidden"_s);
    const auto strike = find(authorView, u"strikes"_s, Moderation::strikeId(hide));
    QVERIFY(strike);
    QCOMPARE(strike->fields.value(u"rule"_s).toString(), u"3.1 Spam"_s);
    QVERIFY(find(authorView, u"strikes"_s, Moderation::strikeId(warn)));
    bool told = false;
    for (const Row &n : authorView.value(u"notifications"_s))
        told = told
            || (n.fields.value(u"kind"_s) == u"mod_hide"_s
                && n.fields.value(u"excerpt"_s).toString().contains(u"Selling followers"_s)
                && n.fields.value(u"actor_username"_s).toString().isEmpty()); // no moderator named
    QVERIFY(told);
    const QJsonArray hidden = audit(u"?actor=mina&action=hide_content"_s);
    QCOMPARE(hidden.size(), 1);
    QCOMPARE(hidden.at(0).toObject().value(u"target_id"_s).toString(), id);
    QCOMPARE(hidden.at(0).toObject().value(u"detail"_s).toObject().value(u"reason"_s).toString(),
             u"Selling followers"_s);
    QCOMPARE(audit(u"?actor=mina&action=warn_user&target_id="_s + m_author.id).size(), 1);
    // Append-only: no method edits or deletes the log, not even for an admin.
    const QJsonArray before = audit(u"?limit=200"_s);
    for (const QByteArray method : {"PUT", "PATCH", "DELETE", "POST"}) {
        const HttpReply refused = m_h->http().send(
            method, m_h->server().url(u"/api/v1/admin/audit"_s), "{}", m_admin.accessToken);
        QCOMPARE(refused.status, 405);
    }
    QCOMPARE(audit(u"?limit=200"_s), before);
    // Others no longer see it in public lists.
    const HttpReply explore = get(u"/api/v1/explore"_s, m_reader);
    QVERIFY(!QString::fromUtf8(explore.body).contains(id));
}

void ModerationApiTest::hiddenPostStaysHiddenWhenItsAuthorEditsOffline()
{
    const QString id = post(m_author, u"Original words"_s);
    auto phone = m_h->device(m_author);
    QVERIFY(phone && SyncHarness::sync(*phone));
    phone->setNetworkEnabled(false);
    QCOMPARE(code(run(m_mod, u"moderate"_s,
                      {{u"id"_s, newId()},
                       {u"target_type"_s, u"post"_s},
                       {u"target_id"_s, id},
                       {u"action"_s, u"hide"_s},
                       {u"reason"_s, u"Hate speech"_s}})),
             QString());
    // The author, offline, has not heard yet and edits it.
    QVERIFY(phone->mutate(u"editPost"_s, {{u"id"_s, id}, {u"caption"_s, u"Harmless words"_s}}));
    QSignalSpy rejected(phone.get(), &Sync::SyncEngine::mutationRejected);
    phone->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*phone));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(2).toString(), u"content_moderated"_s);
    const auto mine = find(SyncHarness::replica(*phone), u"posts"_s, id);
    QCOMPARE(mine->fields.value(u"moderation"_s).toString(), u"hidden"_s);
    QCOMPARE(mine->fields.value(u"caption"_s).toString(), u"Original words"_s);
    // An old edit replayed by another client is refused the same way.
    QCOMPARE(code(run(m_author, u"editPost"_s, {{u"id"_s, id}, {u"caption"_s, u"Replayed"_s}})),
             u"content_moderated"_s);
    QCOMPARE(row(m_author, u"posts"_s, id)->fields.value(u"caption"_s).toString(),
             u"Original words"_s);
    // Nor can anyone comment on it.
    QCOMPARE(code(run(m_reader, u"comment"_s,
                      {{u"id"_s, newId()}, {u"post_id"_s, id}, {u"body"_s, u"hello"_s}})),
             u"post_not_found"_s);
}

void ModerationApiTest::hiddenCommentLeavesItsCountAndTheNoticesQuotingIt()
{
    const Account named = user(u"noor"_s);
    const QString id = post(m_author, u"Sunset over the harbour"_s);
    const QString comment = newId();
    QCOMPARE(code(run(m_reader, u"comment"_s,
                      {{u"id"_s, comment},
                       {u"post_id"_s, id},
                       {u"body"_s, u"What an ugly harbour, @noor"_s}})),
             QString());
    // The post's author is told of the comment, the one it names of the mention, each with
    // its words; the author's phone holds them.
    auto phone = m_h->device(m_author);
    QVERIFY(phone && SyncHarness::sync(*phone));
    auto notice = [&](const QMap<QString, QList<Row>> &view) -> std::optional<Row> {
        for (const Row &r : view.value(u"notifications"_s)) {
            if (r.fields.value(u"comment_id"_s).toString() == comment)
                return r;
        }
        return std::nullopt;
    };
    auto quoted = [](const std::optional<Row> &r) {
        return r ? r->fields.value(u"excerpt"_s).toString() : u"<no notice>"_s;
    };
    auto counted = [&](const Account &who) {
        return get(u"/api/v1/posts/"_s + id, who).json.value(u"comment_count"_s).toInt();
    };
    QCOMPARE(quoted(notice(SyncHarness::replica(*phone))), u"What an ugly harbour, @noor"_s);
    QCOMPARE(quoted(notice(m_h->serverView(named))), u"What an ugly harbour, @noor"_s);
    QCOMPARE(counted(m_author), 1);

    const QString decision = newId();
    QCOMPARE(code(run(m_mod, u"moderate"_s,
                      {{u"id"_s, decision},
                       {u"target_type"_s, u"comment"_s},
                       {u"target_id"_s, comment},
                       {u"action"_s, u"hide"_s},
                       {u"reason"_s, u"Insulting"_s}})),
             QString());
    // Hidden: its words leave the notices, on the recipients' devices too (the phone hears of
    // it without a pull), and it counts for nobody, its own author included.
    QTRY_COMPARE_WITH_TIMEOUT(quoted(notice(SyncHarness::replica(*phone))), QString(), 10000);
    QCOMPARE(quoted(notice(m_h->serverView(named))), QString());
    QVERIFY(notice(m_h->serverView(named))); // the notice itself stays
    QCOMPARE(counted(m_author), 0);
    QCOMPARE(counted(m_reader), 0);
    QCOMPARE(row(m_author, u"posts"_s, id)->fields.value(u"comment_count"_s).toInt(), 0);

    // Undone: the comment counts again and its notices quote it again.
    QCOMPARE(code(run(m_mod, u"restoreContent"_s,
                      {{u"action_id"_s, decision}, {u"reason"_s, u"Harsh, not insulting"_s}})),
             QString());
    QTRY_COMPARE_WITH_TIMEOUT(quoted(notice(SyncHarness::replica(*phone))),
                              u"What an ugly harbour, @noor"_s, 10000);
    QCOMPARE(quoted(notice(m_h->serverView(named))), u"What an ugly harbour, @noor"_s);
    QCOMPARE(counted(m_author), 1);

    // Deleted while hidden, it leaves the count once, not twice.
    QCOMPARE(code(run(m_mod, u"moderate"_s,
                      {{u"id"_s, newId()},
                       {u"target_type"_s, u"comment"_s},
                       {u"target_id"_s, comment},
                       {u"action"_s, u"remove"_s},
                       {u"reason"_s, u"Insulting after all"_s}})),
             QString());
    QCOMPARE(quoted(notice(m_h->serverView(named))), QString());
    QCOMPARE(counted(m_author), 0);
    const QString other = newId();
    QCOMPARE(code(run(named, u"comment"_s,
                      {{u"id"_s, other}, {u"post_id"_s, id}, {u"body"_s, u"Lovely light"_s}})),
             QString());
    QCOMPARE(code(run(m_reader, u"deleteComment"_s, {{u"id"_s, comment}})), QString());
    QCOMPARE(counted(m_author), 1);
}

void ModerationApiTest::hiddenPostLeavesTheNoticesOfItsMentions()
{
    const Account named = user(u"rania"_s);
    const QString id = post(m_author, u"Selling followers, ask @rania"_s);
    QVERIFY(!id.isEmpty());
    auto mention = [&]() {
        for (const Row &r : m_h->serverView(named).value(u"notifications"_s)) {
            if (r.fields.value(u"kind"_s) == u"mention"_s && r.fields.value(u"post_id"_s) == id)
                return r.fields.value(u"excerpt"_s).toString();
        }
        return u"<no notice>"_s;
    };
    QCOMPARE(mention(), u"Selling followers, ask @rania"_s);
    const QString decision = newId();
    QCOMPARE(code(run(m_mod, u"moderate"_s,
                      {{u"id"_s, decision},
                       {u"target_type"_s, u"post"_s},
                       {u"target_id"_s, id},
                       {u"action"_s, u"hide"_s},
                       {u"reason"_s, u"Spam"_s}})),
             QString());
    QCOMPARE(mention(), QString()); // the notice stays, without the hidden words
    QCOMPARE(code(run(m_mod, u"restoreContent"_s,
                      {{u"action_id"_s, decision}, {u"reason"_s, u"A joke between friends"_s}})),
             QString());
    QCOMPARE(mention(), u"Selling followers, ask @rania"_s);
}

void ModerationApiTest::upheldAppealRestoresRemovedContentOnEveryReplica()
{
    const QString id = post(m_author, u"My grandmother's recipe"_s);
    auto authorPhone = m_h->device(m_author);
    auto readerPhone = m_h->device(m_reader);
    QVERIFY(authorPhone && readerPhone);
    QVERIFY(SyncHarness::sync(*authorPhone) && SyncHarness::sync(*readerPhone));
    QVERIFY(find(SyncHarness::replica(*readerPhone), u"posts"_s, id));
    const QString removal = newId();
    QCOMPARE(code(run(m_mod, u"moderate"_s,
                      {{u"id"_s, removal},
                       {u"target_type"_s, u"post"_s},
                       {u"target_id"_s, id},
                       {u"action"_s, u"remove"_s},
                       {u"reason"_s, u"Looks like an advert"_s}})),
             QString());
    // Removed from every replica: the words are gone, not just hidden.
    for (auto *phone : {authorPhone.get(), readerPhone.get()}) {
        QTRY_COMPARE_WITH_TIMEOUT(find(SyncHarness::replica(*phone), u"posts"_s, id)
                                      ->fields.value(u"moderation"_s)
                                      .toString(),
                                  u"removed"_s, 10000);
        QCOMPARE(find(SyncHarness::replica(*phone), u"posts"_s, id)
                     ->fields.value(u"caption"_s)
                     .toString(),
                 QString());
    }
    // The author appeals; the moderator asks for more; the author answers; upheld.
    const QString strike = Moderation::strikeId(removal);
    QVERIFY(authorPhone->mutate(u"appeal"_s,
                                {{u"id"_s, newId()},
                                 {u"strike_id"_s, strike},
                                 {u"body"_s, u"It is a family recipe, nothing for sale."_s}}));
    QVERIFY(SyncHarness::sync(*authorPhone));
    QCOMPARE(code(run(m_author, u"appeal"_s,
                      {{u"id"_s, newId()}, {u"strike_id"_s, strike}, {u"body"_s, u"again"_s}})),
             u"already_appealed"_s); // once
    QCOMPARE(code(run(m_reader, u"appealMessage"_s,
                      {{u"id"_s, newId()}, {u"strike_id"_s, strike}, {u"body"_s, u"me too"_s}})),
             u"forbidden"_s); // not theirs, not a moderator
    QCOMPARE(code(run(m_mod, u"appealMessage"_s,
                      {{u"id"_s, newId()},
                       {u"strike_id"_s, strike},
                       {u"body"_s, u"Which shop does the link go to?"_s}})),
             QString());
    QTRY_COMPARE_WITH_TIMEOUT(SyncHarness::replica(*authorPhone).value(u"appeal_messages"_s).size(),
                              2, 10000);
    QVERIFY(authorPhone->mutate(u"appealMessage"_s,
                                {{u"id"_s, newId()},
                                 {u"strike_id"_s, strike},
                                 {u"body"_s, u"None: it is my aunt's blog."_s}}));
    QVERIFY(SyncHarness::sync(*authorPhone));
    QCOMPARE(code(run(m_mod, u"decideAppeal"_s,
                      {{u"id"_s, newId()},
                       {u"strike_id"_s, strike},
                       {u"decision"_s, u"uphold"_s},
                       {u"body"_s, u"Sorry, our mistake."_s}})),
             QString());
    for (auto *phone : {authorPhone.get(), readerPhone.get()}) {
        QTRY_COMPARE_WITH_TIMEOUT(find(SyncHarness::replica(*phone), u"posts"_s, id)
                                      ->fields.value(u"caption"_s)
                                      .toString(),
                                  u"My grandmother's recipe"_s, 10000);
        QCOMPARE(find(SyncHarness::replica(*phone), u"posts"_s, id)
                     ->fields.value(u"moderation"_s)
                     .toString(),
                 QString());
    }
    // The strike travels in the author's own bucket, which may arrive a moment after the post.
    QTRY_COMPARE_WITH_TIMEOUT(find(SyncHarness::replica(*authorPhone), u"strikes"_s, strike)
                                  ->fields.value(u"status"_s)
                                  .toString(),
                              u"overturned"_s, 10000);
    const auto struck = find(SyncHarness::replica(*authorPhone), u"strikes"_s, strike);
    QCOMPARE(struck->fields.value(u"appeal"_s).toString(), u"upheld"_s);
    QTRY_COMPARE_WITH_TIMEOUT(SyncHarness::replica(*authorPhone).value(u"appeal_messages"_s).size(),
                              4, 10000);
    QCOMPARE(audit(u"?action=uphold_appeal&target_id="_s + strike).size(), 1);
    // The same for a hidden post: upheld, it is back on both replicas.
    const QString hiddenPost = post(m_author, u"Market day photos"_s);
    const QString hide = newId();
    QCOMPARE(code(run(m_mod, u"moderate"_s,
                      {{u"id"_s, hide},
                       {u"target_type"_s, u"post"_s},
                       {u"target_id"_s, hiddenPost},
                       {u"action"_s, u"hide"_s},
                       {u"reason"_s, u"Looks like an advert"_s}})),
             QString());
    QTRY_COMPARE_WITH_TIMEOUT(find(SyncHarness::replica(*authorPhone), u"posts"_s, hiddenPost)
                                  ->fields.value(u"moderation"_s)
                                  .toString(),
                              u"hidden"_s, 10000);
    // Hidden content reaches only its author: it leaves the reader's replica (issue 17, 9).
    QTRY_VERIFY_WITH_TIMEOUT(
        !find(SyncHarness::replica(*readerPhone), u"posts"_s, hiddenPost).has_value(), 10000);
    QCOMPARE(code(run(m_author, u"appeal"_s,
                      {{u"id"_s, newId()},
                       {u"strike_id"_s, Moderation::strikeId(hide)},
                       {u"body"_s, u"Just photos of the market."_s}})),
             QString());
    QCOMPARE(code(run(m_mod, u"decideAppeal"_s,
                      {{u"id"_s, newId()},
                       {u"strike_id"_s, Moderation::strikeId(hide)},
                       {u"decision"_s, u"uphold"_s},
                       {u"body"_s, u"Right, no advert."_s}})),
             QString());
    for (auto *phone : {authorPhone.get(), readerPhone.get()})
        QTRY_COMPARE_WITH_TIMEOUT(find(SyncHarness::replica(*phone), u"posts"_s, hiddenPost)
                                      ->fields.value(u"moderation"_s)
                                      .toString(),
                                  QString(), 10000);
    // A decided appeal takes no more messages.
    QCOMPARE(code(run(m_mod, u"decideAppeal"_s,
                      {{u"id"_s, newId()},
                       {u"strike_id"_s, strike},
                       {u"decision"_s, u"deny"_s},
                       {u"body"_s, u"changed my mind"_s}})),
             u"appeal_closed"_s);
}

void ModerationApiTest::bannedUserIsSignedOutAndCannotPush()
{
    const Account troll = user(u"trollface"_s);
    auto device = m_h->device(troll);
    QVERIFY(device && SyncHarness::sync(*device));
    QSignalSpy signedOut(device.get(), &Sync::SyncEngine::signedOut);
    QTest::qWait(300); // the realtime socket is open
    QCOMPARE(code(run(m_mod, u"actOnUser"_s,
                      {{u"id"_s, newId()},
                       {u"target_type"_s, u"user"_s},
                       {u"target_id"_s, troll.id},
                       {u"action"_s, u"ban"_s},
                       {u"rule"_s, u"1.2 Harassment"_s},
                       {u"reason"_s, u"Threats in messages"_s}})),
             QString());
    // The server closes the socket as it commits; the client finds out and signs out.
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 1000);
    QCOMPARE(signedOut.first().at(0).toString(), u"account_restricted"_s);
    // What it queues now never reaches the server.
    const QString queued = newId();
    QVERIFY(device->mutate(u"createPost"_s,
                           {{u"id"_s, queued},
                            {u"caption"_s, u"still here"_s},
                            {u"media"_s, QJsonArray {mediaId()}}}));
    device->requestSync();
    QTest::qWait(300);
    QCOMPARE(run(troll, u"updateProfile"_s, {}).value(u"error"_s).toObject().value(u"code"_s),
             u"session_revoked"_s);
    QVERIFY(!row(m_mod, u"posts"_s, queued));
    // Sign-in says why.
    const HttpReply login = m_h->http().send(
        "POST", m_h->server().url(u"/api/v1/auth/login"_s),
        toJson({{u"login"_s, troll.username}, {u"password"_s, troll.password}}), {});
    QCOMPARE(login.status, 403);
    QCOMPARE(login.errorCode(), u"account_banned"_s);
    QVERIFY(login.json.value(u"error"_s)
                .toObject()
                .value(u"message"_s)
                .toString()
                .contains(u"Threats in messages"_s));
    // A wrong password still says only that the password is wrong.
    QCOMPARE(
        m_h->http()
            .send("POST", m_h->server().url(u"/api/v1/auth/login"_s),
                  toJson({{u"login"_s, troll.username}, {u"password"_s, u"wrong-password-1"_s}}),
                  {})
            .status,
        401);
}

void ModerationApiTest::suspensionEndsSessionsAndSaysUntilWhen()
{
    const Account hothead = user(u"hothead"_s);
    const QString suspension = newId();
    QCOMPARE(code(run(m_mod, u"actOnUser"_s,
                      {{u"id"_s, suspension},
                       {u"target_type"_s, u"user"_s},
                       {u"target_id"_s, hothead.id},
                       {u"action"_s, u"suspend"_s},
                       {u"days"_s, 7},
                       {u"reason"_s, u"Cooling off"_s}})),
             QString());
    QCOMPARE(get(u"/api/v1/me"_s, hothead).status, 401);
    const HttpReply login = m_h->http().send(
        "POST", m_h->server().url(u"/api/v1/auth/login"_s),
        toJson({{u"login"_s, hothead.username}, {u"password"_s, hothead.password}}), {});
    QCOMPARE(login.status, 403);
    QCOMPARE(login.errorCode(), u"account_suspended"_s);
    const QString until = QDateTime::currentDateTimeUtc().addDays(7).toString(u"yyyy-MM-dd"_s);
    QVERIFY2(login.json.value(u"error"_s).toObject().value(u"message"_s).toString().contains(until),
             login.body.constData());
    // The audit line says until when, as the API writes times.
    const QJsonArray logged = audit(u"?action=suspend_user&target_id="_s + hothead.id);
    QCOMPARE(logged.size(), 1);
    const QString auditedUntil =
        logged.at(0).toObject().value(u"detail"_s).toObject().value(u"until"_s).toString();
    QVERIFY2(Souk::parseIsoTime(auditedUntil).has_value() && auditedUntil.startsWith(until),
             qPrintable(auditedUntil));
    // Lifted: sign-in works again.
    QCOMPARE(code(run(m_mod, u"actOnUser"_s,
                      {{u"id"_s, newId()},
                       {u"target_type"_s, u"user"_s},
                       {u"target_id"_s, hothead.id},
                       {u"action"_s, u"lift"_s},
                       {u"reason"_s, u"Apologised"_s}})),
             QString());
    QCOMPARE(m_h->http()
                 .send("POST", m_h->server().url(u"/api/v1/auth/login"_s),
                       toJson({{u"login"_s, hothead.username}, {u"password"_s, hothead.password}}),
                       {})
                 .status,
             200);
}

void ModerationApiTest::limitedAccountsPostsWaitForReview()
{
    const Account newcomer = user(u"newcomer"_s);
    QCOMPARE(code(run(m_mod, u"actOnUser"_s,
                      {{u"id"_s, newId()},
                       {u"target_type"_s, u"user"_s},
                       {u"target_id"_s, newcomer.id},
                       {u"action"_s, u"limit"_s},
                       {u"reason"_s, u"Links to scams"_s}})),
             QString());
    const QString id = post(newcomer, u"Hello everyone"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(row(newcomer, u"posts"_s, id)->fields.value(u"moderation"_s).toString(), u"pending"_s);
    QVERIFY(!QString::fromUtf8(get(u"/api/v1/users/newcomer/posts"_s, m_reader).body).contains(id));
    // In the queue, filed by nobody; approving publishes it.
    const QString report = Moderation::reportId(QString(), u"post"_s, id);
    const auto queued = row(m_mod, u"reports"_s, report);
    QVERIFY(queued);
    QCOMPARE(queued->fields.value(u"reason"_s).toString(), u"review"_s);
    QCOMPARE(code(run(m_mod, u"moderate"_s,
                      {{u"id"_s, newId()},
                       {u"target_type"_s, u"post"_s},
                       {u"target_id"_s, id},
                       {u"action"_s, u"approve"_s},
                       {u"reason"_s, u"Fine"_s},
                       {u"report_ids"_s, QJsonArray {report}}})),
             QString());
    QCOMPARE(row(newcomer, u"posts"_s, id)->fields.value(u"moderation"_s).toString(), QString());
    QCOMPARE(row(m_mod, u"reports"_s, report)->fields.value(u"status"_s).toString(), u"actioned"_s);
}

void ModerationApiTest::userRecordSearchAndEndingSessions()
{
    const HttpReply found = get(u"/api/v1/admin/users?q=tar"_s, m_mod);
    QCOMPARE(found.status, 200);
    QJsonObject tariq;
    for (const QJsonValue &u : found.json.value(u"users"_s).toArray())
        if (u.toObject().value(u"username"_s) == u"tariq"_s)
            tariq = u.toObject();
    QVERIFY(!tariq.isEmpty());
    QVERIFY(tariq.value(u"active_strikes"_s).toInt() >= 2);
    const HttpReply record = get(u"/api/v1/admin/users/"_s + m_author.id, m_mod);
    QCOMPARE(record.status, 200);
    QVERIFY(record.json.value(u"strikes"_s).toArray().size() >= 2);
    QVERIFY(!record.json.value(u"reports_against"_s).toArray().isEmpty());
    QVERIFY(!record.json.value(u"sessions"_s).toArray().isEmpty());
    QCOMPARE(get(u"/api/v1/admin/users/"_s + newId(), m_mod).status, 404);
    // Ending the sessions signs the user out everywhere, and the audit log says who did it.
    const Account chatty = user(u"chatty"_s);
    // The body is empty or {}: an unknown field is refused, not ignored, and ends nothing.
    const HttpReply refused = m_h->http().send(
        "POST", m_h->server().url(u"/api/v1/admin/users/%1/sessions/end"_s.arg(chatty.id)),
        R"({"all":true})", m_mod.accessToken);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), u"unknown_field"_s);
    QCOMPARE(get(u"/api/v1/me"_s, chatty).status, 200);
    const HttpReply ended = m_h->http().send(
        "POST", m_h->server().url(u"/api/v1/admin/users/%1/sessions/end"_s.arg(chatty.id)), {},
        m_mod.accessToken);
    QCOMPARE(ended.status, 200);
    QCOMPARE(ended.json.value(u"ended"_s).toInt(), 1);
    QCOMPARE(get(u"/api/v1/me"_s, chatty).status, 401);
    QCOMPARE(audit(u"?action=end_sessions&target_id="_s + chatty.id).size(), 1);
}

void ModerationApiTest::serverMutationsCannotBePushed()
{
    // Ending sessions, opening a shop and registering an account are server mutations, run
    // only by their routes: even an admin who pushes their names is told there is no such
    // mutator, and nothing happens.
    const Account quiet = user(u"quiet"_s);
    QCOMPARE(code(run(m_admin, u"endSessions"_s, {{u"user_id"_s, quiet.id}})),
             u"unknown_mutator"_s);
    QCOMPARE(get(u"/api/v1/me"_s, quiet).status, 200);
    QVERIFY(audit(u"?action=end_sessions&target_id="_s + quiet.id).isEmpty());
    QCOMPARE(code(run(m_admin, u"openShop"_s,
                      {{u"owner_id"_s, quiet.id}, {u"name"_s, u"Not through push"_s}})),
             u"unknown_mutator"_s);
    QVERIFY(audit(u"?action=create_shop&target_id="_s + quiet.id).isEmpty());
    QCOMPARE(get(u"/api/v1/me"_s, quiet).json.value(u"role"_s).toString(), u"user"_s);
    // Pushed, registration would make an admin with a password hash of the pusher's choosing.
    QCOMPARE(code(run(m_admin, u"registerAccount"_s,
                      {{u"id"_s, newId()},
                       {u"username"_s, u"pushed_admin"_s},
                       {u"email"_s, u"pushed@example.com"_s},
                       {u"display_name"_s, u"Pushed"_s},
                       {u"password_hash"_s, u"$argon2id$v=19$m=19456,t=2,p=1$x$y"_s},
                       {u"role"_s, u"admin"_s}})),
             u"unknown_mutator"_s);
    QCOMPARE(get(u"/api/v1/users/pushed_admin"_s, quiet).status, 404);
}

void ModerationApiTest::analyticsCountTheDays()
{
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const HttpReply stats = get(u"/api/v1/admin/stats?from=%1&to=%1"_s.arg(today), m_admin);
    QCOMPARE(stats.status, 200);
    const QJsonArray days = stats.json.value(u"days"_s).toArray();
    QCOMPARE(days.size(), 1);
    const QJsonObject day = days.at(0).toObject();
    QCOMPARE(day.value(u"date"_s).toString(), today);
    QVERIFY(day.value(u"new_accounts"_s).toInt() >= 9); // every account of this test case
    QVERIFY(day.value(u"posts"_s).toInt() >= 6);
    QVERIFY(day.value(u"reports_opened"_s).toInt() >= 3);
    QVERIFY(day.value(u"reports_resolved"_s).toInt() >= 2);
    QVERIFY(day.value(u"active_users"_s).toInt() >= 3);
    QVERIFY(!stats.json.value(u"median_resolve_ms"_s).isNull());
    // A month by default; bad ranges are refused.
    QCOMPARE(get(u"/api/v1/admin/stats"_s, m_admin).json.value(u"days"_s).toArray().size(), 30);
    QCOMPARE(get(u"/api/v1/admin/stats?from=2026-12-02&to=2026-12-01"_s, m_admin).status, 422);
    QCOMPARE(get(u"/api/v1/admin/stats?from=2020-01-01&to=2026-01-01"_s, m_admin).status, 422);
    QCOMPARE(get(u"/api/v1/admin/stats?from=yesterday"_s, m_admin).status, 422);
    QCOMPARE(get(u"/api/v1/admin/stats?week=1"_s, m_admin).status, 400);
}

void ModerationApiTest::auditLogPagesAndFiltersByIsoTimes()
{
    // Three entries of our own, then page through the log two at a time: ids are strings,
    // times ISO 8601, and the pages join up without a gap or a repeat.
    for (const QString &name : {u"page_one"_s, u"page_two"_s, u"page_three"_s})
        QCOMPARE(code(run(m_mod, u"actOnUser"_s,
                          {{u"id"_s, newId()},
                           {u"target_type"_s, u"user"_s},
                           {u"target_id"_s, user(name).id},
                           {u"action"_s, u"warn"_s},
                           {u"reason"_s, u"Paging"_s},
                           {u"rule"_s, u"1 Be kind"_s}})),
                 QString());
    const QJsonArray all = audit(u"?action=warn_user&limit=200"_s);
    QVERIFY(all.size() >= 3);
    QJsonArray paged;
    QString before;
    for (int pages = 0; pages < 100; ++pages) {
        const HttpReply page = get(u"/api/v1/admin/audit?action=warn_user&limit=2"_s
                                       + (before.isEmpty() ? QString() : u"&before="_s + before),
                                   m_admin);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &e : page.json.value(u"entries"_s).toArray())
            paged.append(e);
        const QJsonValue next = page.json.value(u"next_before"_s);
        if (next.isUndefined())
            break;
        QVERIFY2(next.isString(), "next_before is a string id");
        before = next.toString();
    }
    QCOMPARE(paged, all);
    const QJsonObject newest = all.first().toObject();
    QVERIFY(newest.value(u"id"_s).isString());
    const qint64 at = Souk::parseIsoTime(newest.value(u"at"_s).toString()).value_or(0);
    QVERIFY2(at > 0, "an entry's time is ISO 8601");

    // A window around the newest entry finds it; one ending just before it does not. Offsets
    // are read as such: the same instant written in +02:00 finds the same entries.
    const auto inWindow = [&](const QString &from, const QString &to) {
        QUrlQuery query;
        query.addQueryItem(u"action"_s, u"warn_user"_s);
        query.addQueryItem(u"from"_s, from);
        query.addQueryItem(u"to"_s, to);
        return audit(u"?"_s + query.toString(QUrl::FullyEncoded));
    };
    const auto iso = [](qint64 ms) {
        return Souk::isoTime(ms);
    };
    const QString atPlus2 =
        QDateTime::fromMSecsSinceEpoch(at, Qt::OffsetFromUTC, 7200).toString(Qt::ISODateWithMs);
    QVERIFY(inWindow(iso(at), iso(at)).contains(newest));
    QVERIFY(inWindow(atPlus2, atPlus2).contains(newest));
    QVERIFY(!inWindow(iso(at - 60'000), iso(at - 1)).contains(newest));

    // Times without an offset, dates alone, the old milliseconds and ids that are not plain
    // digits are refused by name.
    for (const QString &bad :
         {u"from=1793299706334"_s, u"to=2026-12-07"_s, u"from=2026-12-07T18:00:00"_s,
          u"to=2026-12-07T24:00:00Z"_s, u"from=2026-12-07T18:00:00%2B15:00"_s, u"before=abc"_s,
          u"before=%2B5"_s, u"before=%205"_s, u"before=1234567890123456789"_s}) {
        const HttpReply refused = get(u"/api/v1/admin/audit?"_s + bad, m_admin);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json.value(u"error"_s).toObject().value(u"field"_s).toString(),
                 bad.section(u'=', 0, 0));
    }
    // A window that ends before it starts, and a parameter given twice, are refused too.
    const HttpReply backwards =
        get(u"/api/v1/admin/audit?from=2026-12-07T18:00:00Z&to=2026-12-07T17:00:00Z"_s, m_admin);
    QCOMPARE(backwards.status, 422);
    QCOMPARE(backwards.errorCode(), u"invalid_range"_s);
    const HttpReply twice = get(u"/api/v1/admin/audit?before=5&before=9"_s, m_admin);
    QCOMPARE(twice.status, 400);
    QCOMPARE(twice.errorCode(), u"repeated_parameter"_s);
}

void ModerationApiTest::auditLogSurvivesAKillMidAction()
{
    // Many posts to hide, then many decisions in flight when the server is killed.
    QStringList posts;
    for (int i = 0; i < 120; ++i)
        posts << post(m_author, u"Post %1"_s.arg(i));
    QVERIFY(!posts.contains(QString()));
    QNetworkAccessManager nam;
    QStringList applied; // decisions the server acknowledged
    QList<QNetworkReply *> replies;
    for (int i = 0; i < posts.size(); ++i) {
        const QString action = newId();
        QNetworkRequest request(m_h->server().url(u"/api/v1/sync/push"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_mod.accessToken);
        const QJsonObject m {
            {u"seq"_s, 1},
            {u"name"_s, u"moderate"_s},
            {u"version"_s, 1},
            {u"args"_s,
             QJsonObject {{u"id"_s, action},
                          {u"target_type"_s, u"post"_s},
                          {u"target_id"_s, posts.at(i)},
                          {u"action"_s, u"hide"_s},
                          {u"reason"_s, u"bulk %1"_s.arg(i)}}},
            {u"hlc"_s,
             Sync::Hlc {QDateTime::currentMSecsSinceEpoch(), quint32(++m_clients), u"t"_s}
                 .toString()}};
        QNetworkReply *reply = nam.post(request,
                                        toJson({{u"client_id"_s, u"kill-client-%1"_s.arg(i)},
                                                {u"schema_version"_s, 1},
                                                {u"mutations"_s, QJsonArray {m}}}));
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, action, &applied] {
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            if (json.value(u"results"_s).toArray().at(0).toObject().value(u"status"_s)
                != u"applied"_s)
                return;
            applied << action;
            if (applied.size() == 2)
                m_h->server().kill(); // SIGKILL while the rest are in flight
        });
        replies << reply;
    }
    QTRY_VERIFY_WITH_TIMEOUT(applied.size() >= 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                         [](QNetworkReply *r) { return r->isFinished(); }),
                             20000);
    qDeleteAll(replies);
    QVERIFY(m_h->restartServer(true));
    // Every decision on record has its audit entry, and every acknowledged one is on record.
    const auto view = m_h->serverView(m_mod);
    QSet<QString> recorded;
    for (const Row &r : view.value(u"mod_actions"_s))
        if (r.fields.value(u"reason"_s).toString().startsWith(u"bulk "_s))
            recorded.insert(r.id);
    QSet<QString> audited;
    for (const QJsonValue &e : audit(u"?action=hide_content&limit=200"_s)) {
        const QJsonObject detail = e.toObject().value(u"detail"_s).toObject();
        if (detail.value(u"reason"_s).toString().startsWith(u"bulk "_s))
            audited.insert(detail.value(u"action_id"_s).toString());
    }
    QCOMPARE(audited, recorded);
    for (const QString &action : std::as_const(applied))
        QVERIFY2(recorded.contains(action), qPrintable(action));
    QVERIFY2(recorded.size() < posts.size(), "the kill came too late to test anything");
    qInfo("%lld of %lld decisions were committed before the kill, %lld acknowledged",
          qint64(recorded.size()), qint64(posts.size()), qint64(applied.size()));
}

void ModerationApiTest::newAccountsHaveLimits()
{
    // A server with tight limits for accounts younger than a day (every account here is).
    QStringList args = relaxedLimits();
    args.remove(args.indexOf(u"--new-account-hours"_s), 2); // relaxed: off
    SyncHarness strict(args
                       + QStringList {u"--new-account-hours"_s, u"24"_s, u"--new-account-posts"_s,
                                      u"2"_s, u"--new-account-links"_s, u"1"_s,
                                      u"--new-account-directs"_s, u"1"_s,
                                      u"--new-account-messages"_s, u"3"_s});
    QVERIFY2(strict.startServer(), qPrintable(strict.server().error()));
    strict.account(u"first_admin"_s);
    const Account fresh = strict.account(u"freshling"_s);
    const Account other = strict.account(u"neighbour"_s);
    const Account third = strict.account(u"stranger"_s);
    const QString media = strict.http()
                              .send("POST", strict.server().url(u"/api/v1/media"_s),
                                    Images::make(32, 32, "png", 8), fresh.accessToken, "image/png")
                              .json.value(u"id"_s)
                              .toString();
    int seq = 0;
    auto push = [&](const Account &who, const QString &name, const QJsonObject &args) {
        const QJsonObject m {
            {u"seq"_s, 1},
            {u"name"_s, name},
            {u"version"_s, 1},
            {u"args"_s, args},
            {u"hlc"_s,
             Sync::Hlc {QDateTime::currentMSecsSinceEpoch(), quint32(++seq), u"t"_s}.toString()}};
        const HttpReply reply =
            strict.http().send("POST", strict.server().url(u"/api/v1/sync/push"_s),
                               toJson({{u"client_id"_s, u"strict-%1"_s.arg(seq)},
                                       {u"schema_version"_s, 1},
                                       {u"mutations"_s, QJsonArray {m}}}),
                               who.accessToken);
        // A push the server could not process at all is a failure, not "accepted".
        return reply.status == 200 ? code(reply.json.value(u"results"_s).toArray().at(0).toObject())
                                   : u"push failed: %1"_s.arg(reply.status);
    };
    auto newPost = [&](const QString &caption) {
        return push(
            fresh, u"createPost"_s,
            {{u"id"_s, newId()}, {u"caption"_s, caption}, {u"media"_s, QJsonArray {media}}});
    };
    QCOMPARE(newPost(u"hello"_s), QString());
    QCOMPARE(newPost(u"see https://example.com"_s), QString());
    const auto before = strict.serverView(fresh);
    QCOMPARE(newPost(u"third in an hour"_s), u"new_account_limit"_s);
    QCOMPARE(strict.serverView(fresh), before);
    // One new direct conversation; a second is refused.
    QCOMPARE(push(fresh, u"startDirect"_s, {{u"user_id"_s, other.id}}), QString());
    QCOMPARE(push(fresh, u"startDirect"_s, {{u"user_id"_s, third.id}}), u"new_account_limit"_s);
    // Links: the post above was the one allowed this hour.
    const QString conversation = Sync::Chat::directId(fresh.id, other.id);
    auto send = [&](const QString &body) {
        return push(fresh, u"sendMessage"_s,
                    {{u"id"_s, newId()}, {u"conversation_id"_s, conversation}, {u"body"_s, body}});
    };
    QCOMPARE(send(u"visit www.example.com"_s), u"new_account_limit"_s);
    QCOMPARE(send(u"hi"_s), QString());
    QCOMPARE(send(u"how are you"_s), QString());
    QCOMPARE(send(u"still there?"_s), QString());
    QCOMPARE(send(u"one too many"_s), u"new_account_limit"_s);
    // The person written to is not new to this conversation: their answers count for them.
    QCOMPARE(
        push(other, u"sendMessage"_s,
             {{u"id"_s, newId()}, {u"conversation_id"_s, conversation}, {u"body"_s, u"yes"_s}}),
        QString());
}

void ModerationApiTest::refusals_data()
{
    QTest::addColumn<QString>("mutator");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("expected");
    const QString id = u"0190cccc-0000-7000-8000-000000000009"_s;
    const QJsonObject decision {{u"id"_s, id},
                                {u"target_type"_s, u"post"_s},
                                {u"target_id"_s, id},
                                {u"action"_s, u"hide"_s},
                                {u"reason"_s, u"x"_s}};
    auto with = [](QJsonObject o, const QString &key, const QJsonValue &value) {
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return o;
    };
    QTest::newRow("report: unknown reason") << u"report"_s
                                            << QJsonObject {{u"target_type"_s, u"post"_s},
                                                            {u"target_id"_s, id},
                                                            {u"reason"_s, u"meh"_s}}
                                            << u"invalid_reason"_s;
    QTest::newRow("report: unknown target type") << u"report"_s
                                                 << QJsonObject {{u"target_type"_s, u"planet"_s},
                                                                 {u"target_id"_s, id},
                                                                 {u"reason"_s, u"spam"_s}}
                                                 << u"invalid_target_type"_s;
    QTest::newRow("report: note too long") << u"report"_s
                                           << QJsonObject {{u"target_type"_s, u"post"_s},
                                                           {u"target_id"_s, id},
                                                           {u"reason"_s, u"spam"_s},
                                                           {u"note"_s, QString(1001, u'x')}}
                                           << u"invalid_note"_s;
    QTest::newRow("report: unknown field") << u"report"_s
                                           << QJsonObject {{u"target_type"_s, u"post"_s},
                                                           {u"target_id"_s, id},
                                                           {u"reason"_s, u"spam"_s},
                                                           {u"urgent"_s, true}}
                                           << u"unknown_field"_s;
    QTest::newRow("moderate: unknown action")
        << u"moderate"_s << with(decision, u"action"_s, u"nuke"_s) << u"invalid_action"_s;
    QTest::newRow("moderate: no reason")
        << u"moderate"_s << with(decision, u"reason"_s, u" "_s) << u"invalid_reason"_s;
    QTest::newRow("moderate: reports of the wrong type")
        << u"moderate"_s << with(decision, u"report_ids"_s, QJsonArray {1, 2}) << u"wrong_type"_s;
    QTest::newRow("moderate: an account")
        << u"moderate"_s << with(decision, u"target_type"_s, u"user"_s) << u"invalid_target_type"_s;
    QTest::newRow("moderate: missing post") << u"moderate"_s << decision << u"target_not_found"_s;
    const QJsonObject suspend =
        with(with(with(decision, u"target_type"_s, u"user"_s), u"action"_s, u"suspend"_s),
             u"target_id"_s, id);
    QTest::newRow("suspend: 0 days")
        << u"actOnUser"_s << with(suspend, u"days"_s, 0) << u"invalid_days"_s;
    QTest::newRow("suspend: 400 days")
        << u"actOnUser"_s << with(suspend, u"days"_s, 400) << u"invalid_days"_s;
    QTest::newRow("suspend: days as text")
        << u"actOnUser"_s << with(suspend, u"days"_s, u"7"_s) << u"wrong_type"_s;
    QTest::newRow("suspend: unknown account")
        << u"actOnUser"_s << with(suspend, u"days"_s, 3) << u"user_not_found"_s;
    QTest::newRow("appeal: empty")
        << u"appeal"_s << QJsonObject {{u"id"_s, id}, {u"strike_id"_s, id}, {u"body"_s, u""_s}}
        << u"invalid_body"_s;
    QTest::newRow("appeal: unknown strike")
        << u"appeal"_s
        << QJsonObject {{u"id"_s, id}, {u"strike_id"_s, id}, {u"body"_s, u"please"_s}}
        << u"strike_not_found"_s;
    QTest::newRow("decide: unknown decision") << u"decideAppeal"_s
                                              << QJsonObject {{u"id"_s, id},
                                                              {u"strike_id"_s, id},
                                                              {u"decision"_s, u"maybe"_s},
                                                              {u"body"_s, u"x"_s}}
                                              << u"invalid_decision"_s;
    QTest::newRow("restore: unknown decision")
        << u"restoreContent"_s << QJsonObject {{u"action_id"_s, id}, {u"reason"_s, u"oops"_s}}
        << u"action_not_found"_s;
}

void ModerationApiTest::refusals()
{
    QFETCH(QString, mutator);
    QFETCH(QJsonObject, args);
    QFETCH(QString, expected);
    const auto before = m_h->serverView(m_mod);
    const QStringList tables = databaseSnapshot(m_h->server().databasePath());
    const Account &who = mutator == u"report"_s || mutator == u"appeal"_s ? m_reader : m_mod;
    const QJsonObject result = run(who, mutator, args);
    QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(code(result), expected);
    QCOMPARE(m_h->serverView(m_mod), before);
    // Nothing else either: no audit entry, no restriction (only the push's own bookkeeping).
    QStringList after = databaseSnapshot(m_h->server().databasePath());
    const auto bookkeeping = [](const QString &line) {
        return line.startsWith(u"sync_clients:"_s) || line.startsWith(u"sync_results:"_s);
    };
    QStringList a = tables, b = after;
    a.removeIf(bookkeeping);
    b.removeIf(bookkeeping);
    QCOMPARE(b, a);
}

QTEST_MAIN(ModerationApiTest)
#include "tst_moderation_api.moc"
