#include "SocialQueries.h"

#include "DerivedIds.h"
#include "ReadQuery.h"
#include "Visibility.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

namespace {

// Columns of a post as every list reads them, with the comments the signed-in user sees
// counted as the server counts them (Visibility::commentCount); postColumnBinds() gives the
// placeholders' values.
const QString PostColumns =
    u"SELECT p.id, p.author_id, COALESCE(a.username, ''), COALESCE(a.display_name, ''),"
    " p.caption, p.media, p.created_at, p.edited_at, p.like_count, "_s
    + Visibility::commentCount(u"p"_s, {}).sql + u", EXISTS (SELECT 1 FROM likes l WHERE l.id = "_s
    + pairIdSql(u"?"_s, u"p.id"_s)
    + u" AND l.active = 1),"
      " EXISTS (SELECT 1 FROM _outbox o WHERE o.name = 'createPost'"
      "  AND o.status IN ('pending', 'acked') AND json_extract(o.args, '$.id') = p.id),"
      " COALESCE(p.moderation, '')"_s;
const QString PostJoins = u" LEFT JOIN profiles a ON a.id = p.author_id"_s;

QVariantList postColumnBinds(const QString &me)
{
    return Visibility::commentCount(u"p"_s, me).binds + QVariantList {me};
}

SocialQueries::Post postFrom(const QSqlQuery &q)
{
    SocialQueries::Post p;
    p.id = q.value(0).toString();
    p.authorId = q.value(1).toString();
    p.authorUsername = q.value(2).toString();
    p.authorName = q.value(3).toString();
    p.caption = q.value(4).toString();
    p.media = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
    p.createdAt = q.value(6).toLongLong();
    p.editedAt = q.value(7).toLongLong();
    p.likeCount = q.value(8).toLongLong();
    p.commentCount = q.value(9).toLongLong();
    p.liked = q.value(10).toLongLong() != 0;
    p.pending = q.value(11).toLongLong() != 0;
    p.moderation = q.value(12).toString();
    return p;
}

} // namespace

QString SocialQueries::ftsQuery(const QString &text)
{
    static const QRegularExpression separators(u"[\\s\"'#@,.;:!?()\\[\\]{}*^+\\-]+"_s);
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms << u'"' + word + u"\"*"_s;
    return terms.join(u' ');
}

Result<QList<SocialQueries::Post>> SocialQueries::posts(const QString &from, const QString &where,
                                                        const QVariantList &binds,
                                                        const Cursor &before, int limit,
                                                        const QString &key)
{
    // Keyset paging on (created_at, id) of `key` (the posts or the tag table), newest first:
    // SQLite walks that index backwards from the cursor and stops after `limit` rows.
    const Visibility::SqlCondition shown = Visibility::content(u"p"_s, u"author_id"_s, m_me);
    QVariantList all = postColumnBinds(m_me);
    all << binds << shown.binds << before.createdAt << before.id << limit;
    const QString time = key + u".created_at"_s;
    const QString id = key == u"p"_s ? u"p.id"_s : key + u".post_id"_s;
    // What a moderator hid or removed, or what waits for review, only its author still sees
    // (marked as such); nothing of an account apart by a block (Visibility.h).
    Result<QSqlQuery> q =
        readQuery(m_db,
                  PostColumns + u" FROM "_s + from + PostJoins + u" WHERE "_s + where + u" AND "_s
                      + shown.sql + u" AND ("_s + time + u", "_s + id + u") < (?, ?) ORDER BY "_s
                      + time + u" DESC, "_s + id + u" DESC LIMIT ?"_s,
                  all);
    if (!q)
        return q.error();
    QList<Post> out;
    while (q->next())
        out << postFrom(*q);
    return out;
}

Result<QList<SocialQueries::Post>> SocialQueries::feed(const Cursor &before, int limit)
{
    // "+" keeps SQLite from reading every followed author's posts through the author index and
    // sorting them all; walking the time index and filtering stops after one page.
    return posts(u"posts p"_s,
                 u"+p.author_id IN (SELECT followee_id FROM follows"
                 " WHERE follower_id = ? AND active = 1 UNION SELECT ?)"_s,
                 {m_me, m_me}, before, limit);
}

Result<QList<SocialQueries::Post>> SocialQueries::postsBy(const QString &authorId,
                                                          const Cursor &before, int limit)
{
    return posts(u"posts p"_s, u"p.author_id = ?"_s, {authorId}, before, limit);
}

Result<QList<SocialQueries::Post>> SocialQueries::postsTagged(const QString &tag,
                                                              const Cursor &before, int limit)
{
    return posts(u"_post_tags t JOIN posts p ON p.id = t.post_id"_s,
                 u"t.tag = ? AND "_s + Visibility::unmarked(u"p"_s), {tag}, before, limit, u"t"_s);
}

Result<std::optional<SocialQueries::Post>> SocialQueries::post(const QString &id)
{
    Result<QList<Post>> found = posts(u"posts p"_s, u"p.id = ?"_s, {id}, {}, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Post> {};
    return std::optional<Post> {found->first()};
}

Result<QList<SocialQueries::Comment>> SocialQueries::comments(const QString &postId)
{
    const Visibility::SqlCondition shown = Visibility::content(u"c"_s, u"author_id"_s, m_me);
    Result<QSqlQuery> q =
        readQuery(m_db,
                  u"SELECT c.id, c.post_id, c.author_id, c.author_username, c.parent_id, c.body,"
                  " c.created_at,"
                  " EXISTS (SELECT 1 FROM _outbox o WHERE o.name = 'comment'"
                  "  AND o.status IN ('pending', 'acked') AND json_extract(o.args, '$.id') = c.id),"
                  " COALESCE(c.moderation, '') FROM comments c WHERE c.post_id = ? AND "_s
                      + shown.sql + u" ORDER BY c.created_at, c.id"_s,
                  QVariantList {postId} + shown.binds);
    if (!q)
        return q.error();
    QList<Comment> top;
    QHash<QString, QList<Comment>> replies;
    while (q->next()) {
        Comment c {q->value(0).toString(),   q->value(1).toString(),        q->value(2).toString(),
                   q->value(3).toString(),   q->value(4).toString(),        q->value(5).toString(),
                   q->value(6).toLongLong(), q->value(7).toLongLong() != 0, q->value(8).toString()};
        if (c.parentId.isEmpty())
            top << c;
        else
            replies[c.parentId] << c;
    }
    QList<Comment> threaded;
    for (const Comment &c : std::as_const(top)) {
        threaded << c;
        threaded << replies.take(c.id);
    }
    // Replies whose top comment is gone (deleted) still show, at the end.
    for (const QList<Comment> &orphans : std::as_const(replies))
        threaded << orphans;
    return threaded;
}

Result<QList<SocialQueries::Notification>> SocialQueries::notifications(int limit)
{
    const Visibility::SqlCondition apart = Visibility::notApart(u"n.actor_id"_s, m_me);
    Result<QSqlQuery> q = readQuery(
        m_db,
        u"SELECT n.id, n.kind, n.actor_id, n.actor_username, n.post_id, n.comment_id, n.excerpt,"
        " n.created_at, n.created_at > COALESCE((SELECT read_until FROM inbox WHERE id = ?), 0)"
        " FROM notifications n WHERE "_s
            + apart.sql + u" ORDER BY n.created_at DESC, n.id DESC LIMIT ?"_s,
        QVariantList {m_me} + apart.binds + QVariantList {limit});
    if (!q)
        return q.error();
    QList<Notification> out;
    while (q->next())
        out << Notification {
            q->value(0).toString(), q->value(1).toString(),   q->value(2).toString(),
            q->value(3).toString(), q->value(4).toString(),   q->value(5).toString(),
            q->value(6).toString(), q->value(7).toLongLong(), q->value(8).toLongLong() != 0};
    return out;
}

Result<int> SocialQueries::unreadNotifications()
{
    const Visibility::SqlCondition apart = Visibility::notApart(u"n.actor_id"_s, m_me);
    Result<QSqlQuery> q =
        readQuery(m_db,
                  u"SELECT COUNT(*) FROM notifications n WHERE n.created_at >"
                  " COALESCE((SELECT read_until FROM inbox WHERE id = ?), 0) AND "_s
                      + apart.sql,
                  QVariantList {m_me} + apart.binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<qint64> SocialQueries::newestNotification()
{
    Result<QSqlQuery> q =
        readQuery(m_db, u"SELECT COALESCE(MAX(created_at), 0) FROM notifications"_s, {});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<std::optional<SocialQueries::Profile>> SocialQueries::profileWhere(const QString &where,
                                                                          const QVariant &value)
{
    // The profile as the signed-in user may see it (Visibility.h), with the posts they see.
    const Visibility::SqlCondition shown = Visibility::profile(u"p.id"_s, m_me);
    const Visibility::SqlCondition posts = Visibility::contentCount(u"posts"_s, u"p.id"_s, m_me);
    Result<QSqlQuery> q =
        readQuery(m_db,
                  u"SELECT p.id, p.username, p.display_name, p.bio, p.avatar,"
                  " (SELECT COUNT(*) FROM follows WHERE followee_id = p.id AND active = 1),"
                  " (SELECT COUNT(*) FROM follows WHERE follower_id = p.id AND active = 1),"
                  " "_s
                      + posts.sql + u", EXISTS (SELECT 1 FROM follows WHERE id = "_s
                      + pairIdSql(u"?"_s, u"p.id"_s)
                      + u" AND active = 1), EXISTS (SELECT 1 FROM blocks WHERE id = "_s
                      + pairIdSql(u"?"_s, u"p.id"_s) + u" AND active = 1) FROM profiles p WHERE ("_s
                      + where + u") AND "_s + shown.sql,
                  posts.binds + QVariantList {m_me, m_me, value} + shown.binds);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Profile> {};
    Profile p {q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
               q->value(3).toString(), q->value(4).toString()};
    if (p.id == m_me) { // the replica has every follow involving the signed-in user
        p.followers = q->value(5).toLongLong();
        p.following = q->value(6).toLongLong();
    }
    p.posts = q->value(7).toLongLong();
    p.followedByMe = q->value(8).toLongLong() != 0;
    p.blockedByMe = q->value(9).toLongLong() != 0;
    return std::optional<Profile> {p};
}

Result<std::optional<SocialQueries::Profile>> SocialQueries::profile(const QString &userId)
{
    return profileWhere(u"p.id = ?"_s, userId);
}

Result<std::optional<SocialQueries::Profile>>
SocialQueries::profileByUsername(const QString &username)
{
    return profileWhere(u"p.username = ?"_s, username.toLower());
}

namespace {

SocialQueries::Draft draftFrom(const QSqlQuery &q)
{
    QStringList media;
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
        media << v.toString();
    return {q.value(0).toString(), q.value(1).toString(), media, q.value(3).toString()};
}

} // namespace

Result<std::optional<SocialQueries::Draft>> SocialQueries::latestDraft()
{
    // The last edit is the highest clock of body or media (HLC strings sort by time).
    Result<QSqlQuery> q = readQuery(
        m_db,
        u"SELECT id, body, media, conflict_of,"
        " MAX(COALESCE(json_extract(clocks, '$.body'), ''),"
        "     COALESCE(json_extract(clocks, '$.media'), '')) AS edited"
        " FROM drafts WHERE owner_id = ? AND conflict_of = '' ORDER BY edited DESC LIMIT 1"_s,
        {m_me});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Draft> {};
    return std::optional<Draft> {draftFrom(*q)};
}

Result<QList<SocialQueries::Draft>> SocialQueries::draftCopies(const QString &draftId)
{
    Result<QSqlQuery> q = readQuery(m_db,
                                    u"SELECT id, body, media, conflict_of FROM drafts"
                                    " WHERE owner_id = ? AND conflict_of = ? ORDER BY id"_s,
                                    {m_me, draftId});
    if (!q)
        return q.error();
    QList<Draft> copies;
    while (q->next())
        copies << draftFrom(*q);
    return copies;
}

Result<SocialQueries::SearchResults> SocialQueries::search(const QString &text, int limit)
{
    SearchResults results;
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return results;
    const bool tagsOnly = text.trimmed().startsWith(u'#');
    const bool peopleOnly = text.trimmed().startsWith(u'@');

    if (!tagsOnly) {
        const Visibility::SqlCondition apart = Visibility::profile(u"p.id"_s, m_me);
        Result<QSqlQuery> people =
            readQuery(m_db,
                      u"SELECT p.id FROM profiles_fts f JOIN profiles p ON p.rowid = f.rowid"
                      " WHERE profiles_fts MATCH ? AND "_s
                          + apart.sql + u" ORDER BY f.rank LIMIT ?"_s,
                      QVariantList {match} + apart.binds + QVariantList {limit});
        if (!people)
            return people.error();
        QStringList ids;
        while (people->next())
            ids << people->value(0).toString();
        for (const QString &id : std::as_const(ids)) {
            Result<std::optional<Profile>> p = profile(id);
            if (!p)
                return p.error();
            if (p->has_value())
                results.people << **p;
        }
    }
    if (peopleOnly)
        return results;

    // Tags: those of the latest 500 matching posts that start with a searched word, each
    // counted over the posts its page lists (postsTagged(): unmarked, not apart).
    const QStringList words = QString(match).remove(u'"').remove(u'*').split(u' ');
    const Visibility::SqlCondition listed = Visibility::publicContent(u"p"_s, u"author_id"_s, m_me);
    Result<QSqlQuery> tagged =
        readQuery(m_db,
                  u"SELECT p.tags FROM posts p WHERE p.rowid IN"
                  " (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?"
                  " ORDER BY rowid DESC LIMIT 500) AND "_s
                      + listed.sql,
                  QVariantList {u"tags : ("_s + match + u')'} + listed.binds);
    if (!tagged)
        return tagged.error();
    QHash<QString, int> tagCounts;
    while (tagged->next()) {
        for (const QString &tag : tagged->value(0).toString().split(u' ', Qt::SkipEmptyParts)) {
            for (const QString &w : words) {
                if (tag.startsWith(w.toLower())) {
                    ++tagCounts[tag];
                    break;
                }
            }
        }
    }
    for (auto it = tagCounts.constBegin(); it != tagCounts.constEnd(); ++it)
        results.tags.append({it.key(), it.value()});
    std::sort(results.tags.begin(), results.tags.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (results.tags.size() > limit)
        results.tags.resize(limit);

    // Newest matches first: FTS5 walks its index in rowid order and stops after a page,
    // where ranking would score every match (half the posts for a common word).
    const Visibility::SqlCondition shown = Visibility::content(u"p"_s, u"author_id"_s, m_me);
    Result<QSqlQuery> q =
        readQuery(m_db,
                  PostColumns + u" FROM posts p"_s + PostJoins
                      + u" WHERE p.rowid IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?"
                        " ORDER BY rowid DESC LIMIT ?) AND "_s
                      + shown.sql + u" ORDER BY p.created_at DESC, p.id DESC"_s,
                  postColumnBinds(m_me) + QVariantList {match, limit} + shown.binds);
    if (!q)
        return q.error();
    while (q->next())
        results.posts << postFrom(*q);
    return results;
}

} // namespace Souk::Sync
