// Posts, likes, comments, follows, blocks and notifications through the real server: the
// mutators' refusals (each checked to change nothing), derived counts, notifications, and the
// read routes with their bad input.
#include "IsoTime.h"
#include "SyncHarness.h"
#include "TestImages.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Souk::Test;

class SocialApiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void postAppearsInEveryReadRoute();
    void refusals_data();
    void refusals();
    void countsAreDerivedOnTheServer();
    void notificationsReachTheRecipient();
    void blockStopsFollowsLikesAndNotifications();
    void readRefusals_data();
    void readRefusals();
    void explorePagesWithACursor();
    void notificationsArePurgedAfterRetention();

private:
    //! Pushes one mutation from a fresh client; returns its result ({status, error?}).
    QJsonObject run(const Account &who, const QString &name, const QJsonObject &args);
    QString uploadImage(const Account &who, int seed);
    QString newId();
    int notificationCount(const Account &recipient, const QString &kind);

    std::unique_ptr<SyncHarness> m_h;
    Account m_ann, m_ben, m_cat;
    QString m_image;
    QString m_annPost;
    QString m_deletedPost;
    QString m_benComment;
    QString m_otherPostComment;
    int m_ids = 0;
};

void SocialApiTest::initTestCase()
{
    m_h = std::make_unique<SyncHarness>(relaxedLimits());
    QVERIFY2(m_h->startServer(), qPrintable(m_h->server().error()));
    m_ann = m_h->account(u"ann"_s);
    m_ben = m_h->account(u"ben"_s);
    m_cat = m_h->account(u"cat"_s);
    m_image = uploadImage(m_ann, 1);
    QVERIFY(!m_image.isEmpty());
    m_annPost = newId();
    QCOMPARE(run(m_ann, u"createPost"_s,
                 {{u"id"_s, m_annPost},
                  {u"caption"_s, u"Brass lamps at dawn #Brass #souk with @ben"_s},
                  {u"media"_s, QJsonArray {m_image}}})
                 .value(u"status"_s),
             u"applied"_s);
    m_deletedPost = newId();
    QCOMPARE(run(m_ann, u"createPost"_s,
                 {{u"id"_s, m_deletedPost},
                  {u"caption"_s, u"soon gone"_s},
                  {u"media"_s, QJsonArray {m_image}}})
                 .value(u"status"_s),
             u"applied"_s);
    QCOMPARE(run(m_ann, u"deletePost"_s, {{u"id"_s, m_deletedPost}}).value(u"status"_s),
             u"applied"_s);
    m_benComment = newId();
    QCOMPARE(run(m_ben, u"comment"_s,
                 {{u"id"_s, m_benComment}, {u"post_id"_s, m_annPost}, {u"body"_s, u"lovely"_s}})
                 .value(u"status"_s),
             u"applied"_s);
    // A comment on another post, for the "reply across posts" refusal.
    const QString benPost = newId();
    QCOMPARE(run(m_ben, u"createPost"_s,
                 {{u"id"_s, benPost}, {u"caption"_s, u"tea"_s}, {u"media"_s, QJsonArray {m_image}}})
                 .value(u"status"_s),
             u"applied"_s);
    m_otherPostComment = newId();
    QCOMPARE(run(m_ben, u"comment"_s,
                 {{u"id"_s, m_otherPostComment}, {u"post_id"_s, benPost}, {u"body"_s, u"mine"_s}})
                 .value(u"status"_s),
             u"applied"_s);
}

QString SocialApiTest::newId()
{
    return u"0190cccc-0000-7000-8000-%1"_s.arg(++m_ids, 12, 10, QChar(u'0'));
}

QJsonObject SocialApiTest::run(const Account &who, const QString &name, const QJsonObject &args)
{
    return m_h->push(who, name, args);
}

QString SocialApiTest::uploadImage(const Account &who, int seed)
{
    const HttpReply reply =
        m_h->http().send("POST", m_h->server().url(u"/api/v1/media"_s),
                         Images::make(200, 150, "jpeg", seed), who.accessToken, "image/jpeg");
    return reply.json.value(u"id"_s).toString();
}

int SocialApiTest::notificationCount(const Account &recipient, const QString &kind)
{
    return queryValue(m_h->server().databasePath(),
                      u"SELECT COUNT(*) FROM notifications WHERE recipient_id = '%1'"
                      " AND kind = '%2' AND deleted = 0"_s.arg(recipient.id, kind))
        .toInt();
}

void SocialApiTest::postAppearsInEveryReadRoute()
{
    const HttpReply post =
        m_h->http().get(m_h->server().url(u"/api/v1/posts/"_s + m_annPost), m_ben.accessToken);
    QVERIFY2(post.status == 200, post.body.constData());
    QCOMPARE(post.json.value(u"author"_s).toObject().value(u"username"_s).toString(), u"ann"_s);
    QCOMPARE(post.json.value(u"tags"_s).toArray(), (QJsonArray {u"brass"_s, u"souk"_s}));
    const QJsonObject media = post.json.value(u"media"_s).toArray().at(0).toObject();
    QCOMPARE(media.value(u"width"_s).toInt(), 200);
    QVERIFY(media.value(u"thumb_url"_s).toString().endsWith(u"?size=thumb"_s));
    QCOMPARE(post.json.value(u"comments"_s).toArray().size(), 1);

    const HttpReply byUser =
        m_h->http().get(m_h->server().url(u"/api/v1/users/ann/posts"_s), m_ben.accessToken);
    QCOMPARE(byUser.status, 200);
    QCOMPARE(byUser.json.value(u"user"_s).toObject().value(u"post_count"_s).toInt(), 1);
    QCOMPARE(byUser.json.value(u"posts"_s).toArray().at(0).toObject().value(u"id"_s).toString(),
             m_annPost);

    const HttpReply tag =
        m_h->http().get(m_h->server().url(u"/api/v1/tags/brass"_s), m_ben.accessToken);
    QCOMPARE(tag.status, 200);
    QCOMPARE(tag.json.value(u"post_count"_s).toInt(), 1);
    QCOMPARE(tag.json.value(u"posts"_s).toArray().size(), 1);

    const HttpReply found =
        m_h->http().get(m_h->server().url(u"/api/v1/search?q=bra"_s), m_ben.accessToken);
    QCOMPARE(found.status, 200);
    QCOMPARE(found.json.value(u"tags"_s).toArray().at(0).toObject().value(u"tag"_s).toString(),
             u"brass"_s);
    QCOMPARE(found.json.value(u"posts"_s).toArray().size(), 1);
    const HttpReply people =
        m_h->http().get(m_h->server().url(u"/api/v1/search?q=%40an"_s), m_ben.accessToken);
    QCOMPARE(people.json.value(u"users"_s).toArray().at(0).toObject().value(u"username"_s),
             u"ann"_s);
    QVERIFY(people.json.value(u"posts"_s).toArray().isEmpty());
    // The deleted post is nowhere.
    QCOMPARE(m_h->http()
                 .get(m_h->server().url(u"/api/v1/posts/"_s + m_deletedPost), m_ben.accessToken)
                 .status,
             404);
}

void SocialApiTest::refusals_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("code");
    const QJsonArray one {m_image};
    QTest::newRow("edit another user's post")
        << u"ben"_s << u"editPost"_s
        << QJsonObject {{u"id"_s, m_annPost}, {u"caption"_s, u"mine now"_s}} << u"forbidden"_s;
    QTest::newRow("delete another user's post")
        << u"ben"_s << u"deletePost"_s << QJsonObject {{u"id"_s, m_annPost}} << u"forbidden"_s;
    QTest::newRow("like a deleted post")
        << u"ben"_s << u"likePost"_s << QJsonObject {{u"post_id"_s, m_deletedPost}}
        << u"post_not_found"_s;
    QTest::newRow("comment on a deleted post")
        << u"ben"_s << u"comment"_s
        << QJsonObject {{u"id"_s, u"0190dddd-0000-7000-8000-000000000001"_s},
                        {u"post_id"_s, m_deletedPost},
                        {u"body"_s, u"hello?"_s}}
        << u"post_not_found"_s;
    QTest::newRow("caption too long")
        << u"ann"_s << u"createPost"_s
        << QJsonObject {{u"id"_s, u"0190dddd-0000-7000-8000-000000000002"_s},
                        {u"caption"_s, QString(2201, u'x')},
                        {u"media"_s, one}}
        << u"caption_too_long"_s;
    QJsonArray eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append(QString(64, QChar(u"0123456789a"[i])));
    QTest::newRow("eleven images")
        << u"ann"_s << u"createPost"_s
        << QJsonObject {{u"id"_s, u"0190dddd-0000-7000-8000-000000000003"_s},
                        {u"caption"_s, u"many"_s},
                        {u"media"_s, eleven}}
        << u"too_many_images"_s;
    QTest::newRow("no images") << u"ann"_s << u"createPost"_s
                               << QJsonObject {{u"id"_s, u"0190dddd-0000-7000-8000-000000000004"_s},
                                               {u"caption"_s, u"none"_s},
                                               {u"media"_s, QJsonArray {}}}
                               << u"no_images"_s;
    QTest::newRow("image never uploaded")
        << u"ann"_s << u"createPost"_s
        << QJsonObject {{u"id"_s, u"0190dddd-0000-7000-8000-000000000005"_s},
                        {u"caption"_s, u"ghost"_s},
                        {u"media"_s, QJsonArray {QString(64, u'e')}}}
        << u"media_not_uploaded"_s;
    QTest::newRow("image id not a digest")
        << u"ann"_s << u"createPost"_s
        << QJsonObject {{u"id"_s, u"0190dddd-0000-7000-8000-000000000006"_s},
                        {u"caption"_s, u"x"_s},
                        {u"media"_s, QJsonArray {u"../../etc/passwd"_s}}}
        << u"invalid_media_id"_s;
    QTest::newRow("post id taken by another user")
        << u"ben"_s << u"createPost"_s
        << QJsonObject {{u"id"_s, m_annPost}, {u"caption"_s, u"x"_s}, {u"media"_s, one}}
        << u"id_taken"_s;
    QTest::newRow("unknown field in createPost")
        << u"ann"_s << u"createPost"_s
        << QJsonObject {{u"id"_s, u"0190dddd-0000-7000-8000-000000000007"_s},
                        {u"caption"_s, u"x"_s},
                        {u"media"_s, one},
                        {u"like_count"_s, 1000}}
        << u"unknown_field"_s;
    QTest::newRow("empty comment")
        << u"ben"_s << u"comment"_s
        << QJsonObject {{u"id"_s, u"0190dddd-0000-7000-8000-000000000008"_s},
                        {u"post_id"_s, m_annPost},
                        {u"body"_s, u"   "_s}}
        << u"empty_comment"_s;
    QTest::newRow("reply to a comment on another post")
        << u"cat"_s << u"comment"_s
        << QJsonObject {{u"id"_s, u"0190dddd-0000-7000-8000-000000000009"_s},
                        {u"post_id"_s, m_annPost},
                        {u"parent_id"_s, m_otherPostComment},
                        {u"body"_s, u"hm"_s}}
        << u"invalid_parent"_s;
    QTest::newRow("delete someone else's comment on someone else's post")
        << u"cat"_s << u"deleteComment"_s << QJsonObject {{u"id"_s, m_benComment}}
        << u"forbidden"_s;
    QTest::newRow("like with a number for an id")
        << u"ben"_s << u"likePost"_s << QJsonObject {{u"post_id"_s, 7}} << u"wrong_type"_s;
    QTest::newRow("block yourself")
        << u"ann"_s << u"block"_s << QJsonObject {{u"user_id"_s, m_ann.id}}
        << u"cannot_block_self"_s;
    QTest::newRow("mark read with a negative time")
        << u"ann"_s << u"markNotificationsRead"_s << QJsonObject {{u"until"_s, -5}}
        << u"invalid_until"_s;
}

void SocialApiTest::refusals()
{
    QFETCH(QString, who);
    QFETCH(QString, name);
    QFETCH(QJsonObject, args);
    QFETCH(QString, code);
    const Account &account = who == u"ann"_s ? m_ann : who == u"ben"_s ? m_ben : m_cat;
    const QString db = m_h->server().databasePath();
    const QStringList before = databaseSnapshot(db).filter(QRegularExpression(
        u"^(posts|likes|comments|notifications|post_tags|blocks|inbox|sync_rows)"_s));
    const QJsonObject result = run(account, name, args);
    QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(result.value(u"error"_s).toObject().value(u"code"_s).toString(), code);
    QVERIFY(!result.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    QCOMPARE(databaseSnapshot(db).filter(QRegularExpression(
                 u"^(posts|likes|comments|notifications|post_tags|blocks|inbox|sync_rows)"_s)),
             before);
}

void SocialApiTest::countsAreDerivedOnTheServer()
{
    auto counts = [&]() {
        const HttpReply post =
            m_h->http().get(m_h->server().url(u"/api/v1/posts/"_s + m_annPost), m_ann.accessToken);
        return std::make_pair(post.json.value(u"like_count"_s).toInt(),
                              post.json.value(u"comment_count"_s).toInt());
    };
    const auto [likes0, comments0] = counts();
    QCOMPARE(run(m_ben, u"likePost"_s, {{u"post_id"_s, m_annPost}}).value(u"status"_s),
             u"applied"_s);
    QCOMPARE(run(m_ben, u"likePost"_s, {{u"post_id"_s, m_annPost}}).value(u"status"_s),
             u"applied"_s); // a second like by the same user counts once
    QCOMPARE(run(m_cat, u"likePost"_s, {{u"post_id"_s, m_annPost}}).value(u"status"_s),
             u"applied"_s);
    QCOMPARE(counts().first, likes0 + 2);
    QCOMPARE(run(m_cat, u"unlikePost"_s, {{u"post_id"_s, m_annPost}}).value(u"status"_s),
             u"applied"_s);
    QCOMPARE(counts().first, likes0 + 1);
    // liked is per caller.
    QVERIFY(m_h->http()
                .get(m_h->server().url(u"/api/v1/posts/"_s + m_annPost), m_ben.accessToken)
                .json.value(u"liked"_s)
                .toBool());

    const QString c1 = newId();
    QCOMPARE(run(m_cat, u"comment"_s,
                 {{u"id"_s, c1}, {u"post_id"_s, m_annPost}, {u"body"_s, u"first!"_s}})
                 .value(u"status"_s),
             u"applied"_s);
    // A reply to a reply joins the top comment's thread (one level of replies).
    const QString reply = newId();
    QCOMPARE(run(m_ben, u"comment"_s,
                 {{u"id"_s, reply},
                  {u"post_id"_s, m_annPost},
                  {u"parent_id"_s, c1},
                  {u"body"_s, u"@cat agreed"_s}})
                 .value(u"status"_s),
             u"applied"_s);
    const QString nested = newId();
    QCOMPARE(run(m_cat, u"comment"_s,
                 {{u"id"_s, nested},
                  {u"post_id"_s, m_annPost},
                  {u"parent_id"_s, reply},
                  {u"body"_s, u"thanks"_s}})
                 .value(u"status"_s),
             u"applied"_s);
    QCOMPARE(queryValue(m_h->server().databasePath(),
                        u"SELECT parent_id FROM comments WHERE id = '%1'"_s.arg(nested))
                 .toString(),
             c1);
    QCOMPARE(counts().second, comments0 + 3);
    // The post's owner may delete a comment on it.
    QCOMPARE(run(m_ann, u"deleteComment"_s, {{u"id"_s, c1}}).value(u"status"_s), u"applied"_s);
    QCOMPARE(counts().second, comments0 + 2);
}

void SocialApiTest::notificationsReachTheRecipient()
{
    // From initTestCase and the test before: Ben was mentioned in Ann's caption; Ann got a
    // like from Ben and Cat (Cat's unlike does not remove it), comments from Ben and Cat.
    QCOMPARE(notificationCount(m_ben, u"mention"_s), 1);
    QCOMPARE(notificationCount(m_ann, u"like"_s), 2);
    QVERIFY(notificationCount(m_ann, u"comment"_s) >= 2);
    // Ben's "@cat agreed" replies to Cat's comment: one "reply" for Cat, not also a mention.
    QCOMPARE(notificationCount(m_cat, u"reply"_s), 1);
    QCOMPARE(notificationCount(m_cat, u"mention"_s), 0);
    QCOMPARE(notificationCount(m_ben, u"reply"_s), 1); // Cat answered Ben's reply
    // Liking again after an unlike does not notify twice.
    run(m_cat, u"likePost"_s, {{u"post_id"_s, m_annPost}});
    QCOMPARE(notificationCount(m_ann, u"like"_s), 2);
    // Following notifies, once.
    QCOMPARE(run(m_cat, u"follow"_s, {{u"user_id"_s, m_ann.id}}).value(u"status"_s), u"applied"_s);
    QCOMPARE(notificationCount(m_ann, u"follow"_s), 1);
    // They arrive in Ann's user bucket through a pull.
    const auto view = m_h->serverView(m_ann);
    QVERIFY(view.value(u"notifications"_s).size() >= 5);
    // Mark all read moves forward only.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(run(m_ann, u"markNotificationsRead"_s, {{u"until"_s, now}}).value(u"status"_s),
             u"applied"_s);
    QCOMPARE(run(m_ann, u"markNotificationsRead"_s, {{u"until"_s, now - 1000}}).value(u"status"_s),
             u"applied"_s);
    QCOMPARE(queryValue(m_h->server().databasePath(),
                        u"SELECT read_until FROM inbox WHERE id = '%1'"_s.arg(m_ann.id))
                 .toLongLong(),
             now);
}

void SocialApiTest::blockStopsFollowsLikesAndNotifications()
{
    QCOMPARE(run(m_ann, u"follow"_s, {{u"user_id"_s, m_cat.id}}).value(u"status"_s), u"applied"_s);
    QCOMPARE(run(m_ann, u"block"_s, {{u"user_id"_s, m_cat.id}}).value(u"status"_s), u"applied"_s);
    // Following ended both ways.
    QCOMPARE(queryValue(m_h->server().databasePath(),
                        u"SELECT COUNT(*) FROM follows WHERE active = 1 AND"
                        " ((follower_id = '%1' AND followee_id = '%2') OR"
                        " (follower_id = '%2' AND followee_id = '%1'))"_s.arg(m_ann.id, m_cat.id))
                 .toInt(),
             0);
    const QJsonObject follow = run(m_cat, u"follow"_s, {{u"user_id"_s, m_ann.id}});
    QCOMPARE(follow.value(u"error"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
    const QJsonObject like = run(m_cat, u"likePost"_s, {{u"post_id"_s, m_annPost}});
    QCOMPARE(like.value(u"error"_s).toObject().value(u"code"_s).toString(), u"forbidden"_s);
    // Cat's mention of Ann in Cat's own post makes no notification.
    const int mentions = notificationCount(m_ann, u"mention"_s);
    QCOMPARE(
        run(m_cat, u"createPost"_s,
            {{u"id"_s, newId()}, {u"caption"_s, u"hey @ann"_s}, {u"media"_s, QJsonArray {m_image}}})
            .value(u"status"_s),
        u"applied"_s);
    QCOMPARE(notificationCount(m_ann, u"mention"_s), mentions);
    // And each hides the other's content in the read routes.
    QCOMPARE(m_h->http()
                 .get(m_h->server().url(u"/api/v1/posts/"_s + m_annPost), m_cat.accessToken)
                 .status,
             404);
    QCOMPARE(
        m_h->http().get(m_h->server().url(u"/api/v1/users/ann/posts"_s), m_cat.accessToken).status,
        404);
    const HttpReply explore =
        m_h->http().get(m_h->server().url(u"/api/v1/explore"_s), m_ann.accessToken);
    for (const QJsonValue &p : explore.json.value(u"posts"_s).toArray())
        QVERIFY(p.toObject().value(u"author"_s).toObject().value(u"id"_s).toString() != m_cat.id);
    // Unblocking lets them follow again.
    QCOMPARE(run(m_ann, u"unblock"_s, {{u"user_id"_s, m_cat.id}}).value(u"status"_s), u"applied"_s);
    QCOMPARE(run(m_cat, u"follow"_s, {{u"user_id"_s, m_ann.id}}).value(u"status"_s), u"applied"_s);
}

void SocialApiTest::readRefusals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown post") << u"/api/v1/posts/0190eeee-0000-7000-8000-000000000000"_s << 404
                                  << u"post_not_found"_s;
    QTest::newRow("unknown user") << u"/api/v1/users/nobody/posts"_s << 404 << u"user_not_found"_s;
    QTest::newRow("bad cursor") << u"/api/v1/explore?cursor=yesterday"_s << 400 << u"bad_cursor"_s;
    QTest::newRow("limit zero") << u"/api/v1/explore?limit=0"_s << 422 << u"invalid_limit"_s;
    QTest::newRow("limit too big") << u"/api/v1/explore?limit=101"_s << 422 << u"invalid_limit"_s;
    QTest::newRow("unknown parameter")
        << u"/api/v1/explore?sort=hot"_s << 400 << u"unknown_parameter"_s;
    QTest::newRow("repeated parameter")
        << u"/api/v1/explore?limit=5&limit=50"_s << 400 << u"repeated_parameter"_s;
    QTest::newRow("bad tag") << u"/api/v1/tags/a%20b"_s << 422 << u"invalid_tag"_s;
    QTest::newRow("empty search") << u"/api/v1/search?q="_s << 422 << u"invalid_query"_s;
    QTest::newRow("long search") << u"/api/v1/search?q="_s + QString(101, u'a') << 422
                                 << u"invalid_query"_s;
}

void SocialApiTest::readRefusals()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpReply reply = m_h->http().get(m_h->server().url(path), m_ben.accessToken);
    QVERIFY2(reply.status == status, reply.body.constData());
    QCOMPARE(reply.errorCode(), code);
    // Every read route needs a token.
    QCOMPARE(m_h->http().get(m_h->server().url(path)).status, 401);
}

void SocialApiTest::explorePagesWithACursor()
{
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    do {
        const HttpReply page = m_h->http().get(
            m_h->server().url(u"/api/v1/explore?limit=2"_s
                              + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor)),
            m_ben.accessToken);
        QCOMPARE(page.status, 200);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue &p : page.json.value(u"posts"_s).toArray()) {
            const QString id = p.toObject().value(u"id"_s).toString();
            QVERIFY2(!seen.contains(id), "a post came twice");
            seen.insert(id);
            const qint64 at = Souk::timeFromJson(p.toObject().value(u"created_at"_s));
            QVERIFY(at > 0);
            QVERIFY(at <= previous);
            previous = at;
        }
        cursor = page.json.value(u"next_cursor"_s).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 20);
    const int live =
        queryValue(m_h->server().databasePath(), u"SELECT COUNT(*) FROM posts WHERE deleted = 0"_s)
            .toInt();
    QCOMPARE(seen.size(), live);
    QVERIFY(pages >= 2);
}

void SocialApiTest::notificationsArePurgedAfterRetention()
{
    // A server that purges every second, keeping notifications for one day.
    SyncHarness h(relaxedLimits() << u"--notification-retention"_s << u"1"_s
                                  << u"--compact-interval"_s << u"1"_s);
    QVERIFY(h.startServer());
    const Account dan = h.account(u"dan"_s);
    const Account eve = h.account(u"eve"_s);
    // Notifications carry the time of the mutation that made them: one written two days ago
    // (a device that was offline), one now.
    auto follow = [&](const QString &name, qint64 at) {
        const QJsonObject m {{u"seq"_s, 1},
                             {u"name"_s, name},
                             {u"version"_s, 1},
                             {u"args"_s, QJsonObject {{u"user_id"_s, dan.id}}},
                             {u"hlc"_s, Souk::Sync::Hlc {at, 0, u"tests"_s}.toString()}};
        static int n = 0;
        return h.http()
            .send("POST", h.server().url(u"/api/v1/sync/push"_s),
                  toJson({{u"client_id"_s, u"purge-client-%1"_s.arg(++n)},
                          {u"schema_version"_s, 1},
                          {u"mutations"_s, QJsonArray {m}}}),
                  eve.accessToken)
            .status;
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The device's clock two days back no longer dates it (the server's clock does, issue 17):
    // the notification is made now and aged in the database, as two days would.
    QCOMPARE(follow(u"follow"_s, now - 2 * 24 * 3600 * 1000), 200);
    const QString db = h.server().databasePath();
    QCOMPARE(queryValue(db, u"SELECT COUNT(*) FROM notifications WHERE deleted = 0"_s).toInt(), 1);
    QVERIFY(queryValue(db, u"SELECT created_at FROM notifications"_s).toLongLong() >= now);
    QVERIFY(
        execSql(db, u"UPDATE notifications SET created_at = %1"_s.arg(now - 2 * 24 * 3600 * 1000)));
    QTRY_COMPARE_WITH_TIMEOUT(
        queryValue(db, u"SELECT COUNT(*) FROM notifications WHERE deleted = 0"_s).toInt(), 0,
        10000);
    QTRY_VERIFY(h.server().logs().contains("old notifications purged")); // logged after the commit
    // Dan's devices drop it too: it left his bucket.
    QVERIFY(h.serverView(dan).value(u"notifications"_s).isEmpty());
    // A recent one stays.
    const Account fay = h.account(u"fay"_s);
    QCOMPARE(
        h.http()
            .send("POST", h.server().url(u"/api/v1/sync/push"_s),
                  toJson({{u"client_id"_s, u"purge-client-fay"_s},
                          {u"schema_version"_s, 1},
                          {u"mutations"_s,
                           QJsonArray {QJsonObject {
                               {u"seq"_s, 1},
                               {u"name"_s, u"follow"_s},
                               {u"version"_s, 1},
                               {u"args"_s, QJsonObject {{u"user_id"_s, dan.id}}},
                               {u"hlc"_s, Souk::Sync::Hlc {now, 0, u"tests"_s}.toString()}}}}}),
                  fay.accessToken)
            .status,
        200);
    QTest::qWait(2500);
    QCOMPARE(queryValue(db, u"SELECT COUNT(*) FROM notifications WHERE deleted = 0"_s).toInt(), 1);
}

QTEST_MAIN(SocialApiTest)
#include "tst_social_api.moc"
