// Who sees what is defined once (core/src/sync/Visibility.h), and every reader agrees with it.
// A random world of follows, posts, comments, blocks (either way) and moderation decisions
// (held for review, hidden, removed) is built through the real server; then, for each user,
// four answers must be the same set of posts and of comments per post, with the same marks:
//  - the model: the rules applied by this test to what it did;
//  - the server's REST reads (explore, and each post with its comments);
//  - the rows the user's device pulled, filtered by Visibility::showsContent();
//  - the device's own queries of its replica (SocialQueries: feed and comments).
// The counts follow the same rules: each post's comment_count (REST, in a list and alone, and
// the device's) is the number of its comments neither deleted nor marked, by accounts not apart
// from the viewer; each tag's count (its page's post_count, and search, on both sides) is the
// number of posts its page lists. Some decisions are undone and some comments deleted, so
// counts go both ways; notices that quote a marked comment show none of its text.
// SOUK_VISIBILITY_SEED=<n> runs one more world from that seed.
#include "DerivedIds.h"
#include "SocialQueries.h"
#include "SyncHarness.h"
#include "TestImages.h"
#include "Visibility.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Souk::Test;
using Souk::Sync::Row;
using Souk::Sync::SocialQueries;

namespace {

//! Posts a user sees, each with the comments on it that they see, as "id/mark" (the mark a
//! moderator left, which only the author sees).
using Seen = QMap<QString, QStringList>;
//! A number per post (its comment count) or per tag (its posts), as each reader tells it: one
//! figure where the reader's answers agree, all of them where they do not.
using Counts = QMap<QString, QString>;

//! Tags the world's captions draw from (no one a prefix of another: search matches prefixes).
const QStringList Tags {u"amber"_s, u"birch"_s, u"cedar"_s};

QString seen(const QString &id, const QString &moderation)
{
    return id + u'/' + moderation;
}

struct Item
{
    QString id;
    QString author;
    QString postId; // comments
    QString moderation;
    QStringList tags = {}; // posts
    QString decision = {}; // the moderator's decision that marked it
    bool deleted = false;
};

//! One figure when every answer is the same, else each answer by its source.
QString agreed(const QList<std::pair<QString, qint64>> &answers)
{
    bool same = true;
    for (const auto &answer : answers)
        same = same && answer.second == answers.first().second;
    if (same)
        return QString::number(answers.first().second);
    QStringList all;
    for (const auto &[source, value] : answers)
        all << source + u' ' + QString::number(value);
    return all.join(u", "_s);
}

QString describe(const Counts &counts)
{
    QStringList lines;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        lines << it.key().left(8) + u": "_s + it.value();
    return lines.join(u"; "_s);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString describe(const Seen &posts)
{
    QStringList lines;
    for (auto it = posts.constBegin(); it != posts.constEnd(); ++it)
        lines << it.key().left(8) + u'/' + it.key().section(u'/', 1) + u": "_s
                + QStringList(it.value()).join(u',').left(300);
    return lines.join(u"; "_s);
}

} // namespace

class VisibilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReaderSeesTheSame_data();
    void everyReaderSeesTheSame();

private:
    Seen model(const QString &viewer) const;
    Seen rest(const Account &viewer, Counts *comments);
    Seen pulled(const QMap<QString, QList<Row>> &replica, const QString &viewer) const;
    Seen queried(Souk::Sync::SyncEngine &device, const QString &viewer, Counts *comments,
                 Counts *tags, QStringList *quoted) const;
    Counts modelComments(const QString &viewer) const;
    Counts modelTags(const QString &viewer) const;
    Counts restTags(const Account &viewer);
    bool apart(const QString &a, const QString &b) const
    {
        return m_blocks.contains(Souk::Sync::pairId(a, b))
            || m_blocks.contains(Souk::Sync::pairId(b, a));
    }

    std::unique_ptr<SyncHarness> m_h;
    QList<Item> m_posts;
    QList<Item> m_comments;
    QSet<QString> m_blocks; // blocker:blocked
};

void VisibilityTest::everyReaderSeesTheSame_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u})
        QTest::addRow("seed %u", seed) << seed;
    if (const QByteArray extra = qgetenv("SOUK_VISIBILITY_SEED"); !extra.isEmpty())
        QTest::addRow("seed %s", extra.constData()) << extra.toUInt();
}

void VisibilityTest::everyReaderSeesTheSame()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    auto chance = [&random](int percent) {
        return int(random.bounded(100)) < percent;
    };
    m_posts.clear();
    m_comments.clear();
    m_blocks.clear();
    m_h = std::make_unique<SyncHarness>();
    QVERIFY2(m_h->startServer(), qPrintable(m_h->server().error()));
    const Account admin = m_h->account(u"root_admin"_s); // the first account is the admin
    QList<Account> users;
    for (const char *name : {"vera", "wim", "xia", "yusuf"})
        users << m_h->account(QString::fromLatin1(name));
    const QString image =
        m_h->http()
            .send("POST", m_h->server().url(u"/api/v1/media"_s),
                  Images::make(40, 40, "png", int(seed)), admin.accessToken, "image/png")
            .json.value(u"id"_s)
            .toString();
    QVERIFY(!image.isEmpty());
    auto applied = [](const QJsonObject &result) {
        return SyncHarness::code(result).isEmpty();
    };

    // Everyone follows everyone: a device's feed is then every post it may see.
    for (const Account &a : std::as_const(users)) {
        for (const Account &b : std::as_const(users)) {
            if (a.id != b.id)
                QVERIFY(applied(m_h->push(a, u"follow"_s, {{u"user_id"_s, b.id}})));
        }
    }
    // One account, now and then, is limited: its posts wait for review.
    QString limited;
    if (chance(50)) {
        limited = users.at(int(random.bounded(users.size()))).id;
        QVERIFY(applied(m_h->push(admin, u"actOnUser"_s,
                                  {{u"id"_s, newId()},
                                   {u"target_type"_s, u"user"_s},
                                   {u"target_id"_s, limited},
                                   {u"action"_s, u"limit"_s},
                                   {u"reason"_s, u"new and noisy"_s}})));
    }
    for (const Account &author : std::as_const(users)) {
        for (int i = 0; i < 2; ++i) {
            Item post {newId(), author.id, {}, author.id == limited ? u"pending"_s : QString()};
            QString caption = u"post %1"_s.arg(i);
            for (const QString &tag : Tags) {
                if (chance(40)) {
                    post.tags << tag;
                    caption += u" #"_s + tag;
                }
            }
            QVERIFY(applied(m_h->push(
                author, u"createPost"_s,
                {{u"id"_s, post.id}, {u"caption"_s, caption}, {u"media"_s, QJsonArray {image}}})));
            m_posts << post;
        }
    }
    for (int i = 0; i < 10; ++i) {
        const Account &author = users.at(int(random.bounded(users.size())));
        const Item &post = m_posts.at(int(random.bounded(m_posts.size())));
        const Item comment {newId(), author.id, post.id, {}};
        // A comment on a post its author cannot see is refused; the model keeps what applied.
        if (applied(m_h->push(author, u"comment"_s,
                              {{u"id"_s, comment.id},
                               {u"post_id"_s, post.id},
                               {u"body"_s, u"comment %1"_s.arg(i)}})))
            m_comments << comment;
    }
    int lifted = 0;
    // Blocks come after the content, so they hide what is already there, in both directions;
    // some are lifted again, which must leave no trace with the one who was blocked.
    for (int a = 0; a < users.size(); ++a) {
        for (int b = a + 1; b < users.size(); ++b) {
            if (!chance(50))
                continue;
            const bool forward = chance(50);
            const Account &blocker = forward ? users.at(a) : users.at(b);
            const Account &blocked = forward ? users.at(b) : users.at(a);
            QVERIFY(applied(m_h->push(blocker, u"block"_s, {{u"user_id"_s, blocked.id}})));
            if (chance(50)) {
                QVERIFY(applied(m_h->push(blocker, u"unblock"_s, {{u"user_id"_s, blocked.id}})));
                // The block ended their follows; they follow each other again, so the feed
                // stays every post each may see.
                QVERIFY(applied(m_h->push(blocker, u"follow"_s, {{u"user_id"_s, blocked.id}})));
                QVERIFY(applied(m_h->push(blocked, u"follow"_s, {{u"user_id"_s, blocker.id}})));
                ++lifted;
            } else
                m_blocks.insert(Souk::Sync::pairId(blocker.id, blocked.id));
        }
    }
    // Moderators hide or remove some posts and comments.
    auto decide = [&](Item &item, const QString &type) {
        if (!item.moderation.isEmpty() || !chance(25))
            return true;
        const bool hide = chance(50);
        const QString decision = newId();
        if (!applied(m_h->push(admin, u"moderate"_s,
                               {{u"id"_s, decision},
                                {u"target_type"_s, type},
                                {u"target_id"_s, item.id},
                                {u"action"_s, hide ? u"hide"_s : u"remove"_s},
                                {u"reason"_s, u"against the rules"_s}})))
            return false;
        item.moderation = hide ? u"hidden"_s : u"removed"_s;
        item.decision = decision;
        return true;
    };
    for (Item &post : m_posts)
        QVERIFY(decide(post, u"post"_s));
    for (Item &comment : m_comments)
        QVERIFY(decide(comment, u"comment"_s));
    // Some decisions on comments are undone (the comment counts again, its notices quote it
    // again), and some comments are deleted by their authors, marked or not.
    int restored = 0;
    int deleted = 0;
    for (Item &comment : m_comments) {
        if (comment.decision.isEmpty() || !chance(40))
            continue;
        ++restored;
        QVERIFY(applied(m_h->push(
            admin, u"restoreContent"_s,
            {{u"action_id"_s, comment.decision}, {u"reason"_s, u"on second thought"_s}})));
        comment.moderation.clear();
    }
    for (Item &comment : m_comments) {
        if (!chance(20))
            continue;
        const Account &author = *std::find_if(
            users.cbegin(), users.cend(), [&](const Account &a) { return a.id == comment.author; });
        QVERIFY(applied(m_h->push(author, u"deleteComment"_s, {{u"id"_s, comment.id}})));
        comment.deleted = true;
        ++deleted;
    }

    qInfo("world: %d posts, %d comments (%d restored, %d deleted), %d blocks holding, %d lifted,"
          " %d marked",
          int(m_posts.size()), int(m_comments.size()), restored, deleted, int(m_blocks.size()),
          lifted,
          int(std::count_if(m_posts.cbegin(), m_posts.cend(),
                            [](const Item &i) { return !i.moderation.isEmpty(); })
              + std::count_if(m_comments.cbegin(), m_comments.cend(),
                              [](const Item &i) { return !i.moderation.isEmpty(); })));
    for (const Account &viewer : std::as_const(users)) {
        const Seen expected = model(viewer.id);
        Counts restComments;
        const Seen fromRest = rest(viewer, &restComments);
        QVERIFY2(fromRest == expected,
                 qPrintable(u"REST for %1\n got  %2\n want %3"_s.arg(
                     viewer.username, describe(fromRest), describe(expected))));
        auto device = m_h->device(viewer);
        QVERIFY(device && SyncHarness::sync(*device));
        const Seen fromPull = pulled(SyncHarness::replica(*device), viewer.id);
        QVERIFY2(fromPull == expected,
                 qPrintable(u"pull for %1\n got  %2\n want %3"_s.arg(
                     viewer.username, describe(fromPull), describe(expected))));
        Counts localComments;
        Counts localTags;
        QStringList quoted;
        const Seen fromQueries = queried(*device, viewer.id, &localComments, &localTags, &quoted);
        QVERIFY2(fromQueries == expected,
                 qPrintable(u"local queries for %1\n got  %2\n want %3"_s.arg(
                     viewer.username, describe(fromQueries), describe(expected))));

        const Counts comments = modelComments(viewer.id);
        QVERIFY2(restComments == comments,
                 qPrintable(u"REST comment counts for %1\n got  %2\n want %3"_s.arg(
                     viewer.username, describe(restComments), describe(comments))));
        QVERIFY2(localComments == comments,
                 qPrintable(u"local comment counts for %1\n got  %2\n want %3"_s.arg(
                     viewer.username, describe(localComments), describe(comments))));
        const Counts tags = modelTags(viewer.id);
        const Counts fromRestTags = restTags(viewer);
        QVERIFY2(fromRestTags == tags,
                 qPrintable(u"REST tag counts for %1\n got  %2\n want %3"_s.arg(
                     viewer.username, describe(fromRestTags), describe(tags))));
        QVERIFY2(localTags == tags,
                 qPrintable(u"local tag counts for %1\n got  %2\n want %3"_s.arg(
                     viewer.username, describe(localTags), describe(tags))));
        QVERIFY2(quoted.isEmpty(),
                 qPrintable(u"notices of %1: "_s.arg(viewer.username) + quoted.join(u"; "_s)));
    }
}

Seen VisibilityTest::model(const QString &viewer) const
{
    // The rules of Visibility.h in their plainest form.
    auto sees = [&](const Item &item) {
        return item.author == viewer || (item.moderation.isEmpty() && !apart(viewer, item.author));
    };
    Seen out;
    QHash<QString, QString> keys; // post id -> its key in `out`
    for (const Item &post : m_posts) {
        if (sees(post)) {
            keys.insert(post.id, seen(post.id, post.moderation));
            out.insert(keys.value(post.id), {});
        }
    }
    for (const Item &comment : m_comments) {
        if (keys.contains(comment.postId) && !comment.deleted && sees(comment))
            out[keys.value(comment.postId)] << seen(comment.id, comment.moderation);
    }
    for (QStringList &comments : out)
        comments.sort();
    return out;
}

Counts VisibilityTest::modelComments(const QString &viewer) const
{
    // Of each post the viewer sees: its comments neither deleted nor marked, by accounts not
    // apart from the viewer (the viewer's own marked comments are shown to them, not counted).
    Counts out;
    for (const Item &post : m_posts) {
        if (post.author != viewer && (!post.moderation.isEmpty() || apart(viewer, post.author)))
            continue;
        qint64 n = 0;
        for (const Item &comment : m_comments) {
            n += comment.postId == post.id && !comment.deleted && comment.moderation.isEmpty()
                && !apart(viewer, comment.author);
        }
        out.insert(post.id, QString::number(n));
    }
    return out;
}

Counts VisibilityTest::modelTags(const QString &viewer) const
{
    // What each tag's page lists: unmarked posts of accounts not apart, the viewer's own too.
    Counts out;
    for (const QString &tag : Tags) {
        qint64 n = 0;
        for (const Item &post : m_posts)
            n +=
                post.tags.contains(tag) && post.moderation.isEmpty() && !apart(viewer, post.author);
        out.insert(tag, QString::number(n));
    }
    return out;
}

Counts VisibilityTest::restTags(const Account &viewer)
{
    Counts out;
    for (const QString &tag : Tags) {
        const HttpReply page = m_h->http().get(
            m_h->server().url(u"/api/v1/tags/"_s + tag + u"?limit=100"_s), viewer.accessToken);
        const HttpReply search =
            m_h->http().get(m_h->server().url(u"/api/v1/search?q=%23"_s + tag), viewer.accessToken);
        qint64 searched = 0; // a tag without a post the caller may see is not found
        for (const QJsonValue &value : search.json.value(u"tags"_s).toArray()) {
            if (value.toObject().value(u"tag"_s).toString() == tag)
                searched = value.toObject().value(u"post_count"_s).toInteger();
        }
        out.insert(tag,
                   agreed({{u"post_count"_s, page.json.value(u"post_count"_s).toInteger()},
                           {u"listed"_s, page.json.value(u"posts"_s).toArray().size()},
                           {u"search"_s, searched}}));
    }
    return out;
}

Seen VisibilityTest::rest(const Account &viewer, Counts *commentCounts)
{
    Seen out;
    QHash<QString, qint64> listedCounts; // comment_count as explore lists it
    const HttpReply explore =
        m_h->http().get(m_h->server().url(u"/api/v1/explore?limit=100"_s), viewer.accessToken);
    for (const QJsonValue &value : explore.json.value(u"posts"_s).toArray()) {
        const QJsonObject post = value.toObject();
        out.insert(seen(post.value(u"id"_s).toString(), post.value(u"moderation"_s).toString()),
                   {});
        listedCounts.insert(post.value(u"id"_s).toString(),
                            post.value(u"comment_count"_s).toInteger());
    }
    // Every post, seen or not: one that explore leaves out must not be readable either.
    for (const Item &item : m_posts) {
        const HttpReply one =
            m_h->http().get(m_h->server().url(u"/api/v1/posts/"_s + item.id), viewer.accessToken);
        if (one.status != 200) {
            for (auto it = out.begin(); it != out.end(); ++it) {
                if (it.key().startsWith(item.id + u'/'))
                    it.value() << u"<404 though listed>"_s;
            }
            continue;
        }
        QStringList comments;
        for (const QJsonValue &value : one.json.value(u"comments"_s).toArray()) {
            const QJsonObject c = value.toObject();
            comments << seen(c.value(u"id"_s).toString(), c.value(u"moderation"_s).toString());
        }
        comments.sort();
        const QString key = seen(item.id, one.json.value(u"moderation"_s).toString());
        if (!out.contains(key))
            comments.prepend(u"<readable though not listed>"_s);
        out.insert(key, comments);
        commentCounts->insert(item.id,
                              agreed({{u"alone"_s, one.json.value(u"comment_count"_s).toInteger()},
                                      {u"listed"_s, listedCounts.value(item.id, -1)}}));
    }
    return out;
}

Seen VisibilityTest::pulled(const QMap<QString, QList<Row>> &replica, const QString &viewer) const
{
    // Whom the device knows it is apart from: the block rows it received, either way.
    Seen out;
    QSet<QString> apartFrom;
    for (const Row &block : replica.value(u"blocks"_s)) {
        const QString blocker = block.fields.value(u"blocker_id"_s).toString();
        const QString blocked = block.fields.value(u"blocked_id"_s).toString();
        if (!block.fields.value(u"active"_s).toBool()) {
            // A lifted block is its blocker's business alone.
            if (blocked == viewer)
                out.insert(u"<lifted block by "_s + blocker + u" known>"_s, {});
            continue;
        }
        if (blocker == viewer)
            apartFrom << blocked;
        else if (blocked == viewer)
            apartFrom << blocker;
    }
    auto shows = [&](const Row &row) {
        const QString author = row.fields.value(u"author_id"_s).toString();
        return !row.deleted
            && Souk::Sync::Visibility::showsContent(viewer, author,
                                                    row.fields.value(u"moderation"_s).toString(),
                                                    apartFrom.contains(author));
    };
    auto key = [](const Row &row) {
        return seen(row.id, row.fields.value(u"moderation"_s).toString());
    };
    QHash<QString, QString> keys;
    for (const Row &post : replica.value(u"posts"_s)) {
        if (shows(post)) {
            keys.insert(post.id, key(post));
            out.insert(key(post), {});
        }
    }
    for (const Row &comment : replica.value(u"comments"_s)) {
        const QString postId = comment.fields.value(u"post_id"_s).toString();
        if (keys.contains(postId) && shows(comment))
            out[keys.value(postId)] << key(comment);
    }
    for (QStringList &comments : out)
        comments.sort();
    return out;
}

Seen VisibilityTest::queried(Souk::Sync::SyncEngine &device, const QString &viewer,
                             Counts *commentCounts, Counts *tagCounts, QStringList *quoted) const
{
    // A second, read-only connection, as the app's screens use.
    const QString name = u"reader-"_s + newId();
    Seen out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(device.database().path());
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            SocialQueries queries(db, viewer);
            for (const SocialQueries::Post &post : queries.feed({}, 100).value_or({})) {
                QStringList comments;
                for (const SocialQueries::Comment &c : queries.comments(post.id).value_or({}))
                    comments << seen(c.id, c.moderation);
                comments.sort();
                out.insert(seen(post.id, post.moderation), comments);
                commentCounts->insert(post.id, QString::number(post.commentCount));
            }
            for (const QString &tag : Tags) {
                const SocialQueries::SearchResults found =
                    queries.search(u"#"_s + tag, 20).value_or(SocialQueries::SearchResults {});
                qint64 searched = 0;
                for (const auto &[name, count] : found.tags) {
                    if (name == tag)
                        searched = count;
                }
                tagCounts->insert(
                    tag,
                    agreed({{u"listed"_s, queries.postsTagged(tag, {}, 100).value_or({}).size()},
                            {u"search"_s, searched}}));
            }
            // A notice quotes a comment while no moderator marked it, and only then.
            for (const SocialQueries::Notification &n : queries.notifications(500).value_or({})) {
                const auto comment =
                    std::find_if(m_comments.cbegin(), m_comments.cend(),
                                 [&](const Item &c) { return c.id == n.commentId; });
                if (comment == m_comments.cend())
                    continue;
                if (comment->moderation.isEmpty() == n.excerpt.isEmpty())
                    *quoted << n.kind + u" on "_s + comment->id.left(8) + u" ("_s
                            + (comment->moderation.isEmpty() ? u"public"_s : comment->moderation)
                            + u"): '"_s + n.excerpt + u"'"_s;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QTEST_GUILESS_MAIN(VisibilityTest)
#include "tst_visibility.moc"
