#include "SocialQueries.h"

#include "Columns.h"
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
const Columns PostColumns {
    {u"id"_s, u"p.id"_s},
    {u"author_id"_s, u"p.author_id"_s},
    {u"author_username"_s, u"COALESCE(a.username, '')"_s},
    {u"author_name"_s, u"COALESCE(a.display_name, '')"_s},
    {u"caption"_s, u"p.caption"_s},
    {u"media"_s, u"p.media"_s},
    {u"created_at"_s, u"p.created_at"_s},
    {u"edited_at"_s, u"p.edited_at"_s},
    {u"like_count"_s, u"p.like_count"_s},
    {u"comment_count"_s, Visibility::commentCount(u"p"_s, {}).sql},
    {u"liked"_s,
     u"EXISTS (SELECT 1 FROM likes l WHERE l.id = "_s + pairIdSql(u"?"_s, u"p.id"_s)
         + u" AND l.active = 1)"_s},
    {u"pending"_s,
     u"EXISTS (SELECT 1 FROM _outbox o WHERE o.name = 'createPost'"
     " AND o.status IN ('pending', 'acked') AND json_extract(o.args, '$.id') = p.id)"_s},
    {u"moderation"_s, u"COALESCE(p.moderation, '')"_s}};
const QString SelectPosts = u"SELECT "_s + PostColumns.sql();

const Columns CommentColumns {
    {u"id"_s, u"c.id"_s},
    {u"post_id"_s, u"c.post_id"_s},
    {u"author_id"_s, u"c.author_id"_s},
    {u"author_username"_s, u"c.author_username"_s},
    {u"parent_id"_s, u"c.parent_id"_s},
    {u"body"_s, u"c.body"_s},
    {u"created_at"_s, u"c.created_at"_s},
    {u"pending"_s,
     u"EXISTS (SELECT 1 FROM _outbox o WHERE o.name = 'comment'"
     " AND o.status IN ('pending', 'acked') AND json_extract(o.args, '$.id') = c.id)"_s},
    {u"moderation"_s, u"COALESCE(c.moderation, '')"_s}};

// "unread": newer than the inbox's mark (the "?" is me).
const Columns NotificationColumns {
    {u"id"_s, u"n.id"_s},
    {u"kind"_s, u"n.kind"_s},
    {u"actor_id"_s, u"n.actor_id"_s},
    {u"actor_username"_s, u"n.actor_username"_s},
    {u"post_id"_s, u"n.post_id"_s},
    {u"comment_id"_s, u"n.comment_id"_s},
    {u"excerpt"_s, u"n.excerpt"_s},
    {u"created_at"_s, u"n.created_at"_s},
    {u"unread"_s, u"n.created_at > COALESCE((SELECT read_until FROM inbox WHERE id = ?), 0)"_s}};

// A profile with its counts; the binds are those of Visibility::contentCount for "posts",
// then me twice (followed_by_me, blocked_by_me).
const Columns ProfileColumns {
    {u"id"_s, u"p.id"_s},
    {u"username"_s, u"p.username"_s},
    {u"display_name"_s, u"p.display_name"_s},
    {u"bio"_s, u"p.bio"_s},
    {u"avatar"_s, u"p.avatar"_s},
    {u"followers"_s, u"(SELECT COUNT(*) FROM follows WHERE followee_id = p.id AND active = 1)"_s},
    {u"following"_s, u"(SELECT COUNT(*) FROM follows WHERE follower_id = p.id AND active = 1)"_s},
    {u"posts"_s, Visibility::contentCount(u"posts"_s, u"p.id"_s, {}).sql},
    {u"followed_by_me"_s,
     u"EXISTS (SELECT 1 FROM follows WHERE id = "_s + pairIdSql(u"?"_s, u"p.id"_s)
         + u" AND active = 1)"_s},
    {u"blocked_by_me"_s,
     u"EXISTS (SELECT 1 FROM blocks WHERE id = "_s + pairIdSql(u"?"_s, u"p.id"_s)
         + u" AND active = 1)"_s}};
const QString PostJoins = u" LEFT JOIN profiles a ON a.id = p.author_id"_s;

QVariantList postColumnBinds(const QString &me)
{
    return Visibility::commentCount(u"p"_s, me).binds + QVariantList {me};
}

SocialQueries::Post postFrom(const QSqlQuery &q)
{
    const ColumnRow row(q, PostColumns);
    return {.id = row.text(u"id"),
            .authorId = row.text(u"author_id"),
            .authorUsername = row.text(u"author_username"),
            .authorName = row.text(u"author_name"),
            .caption = row.text(u"caption"),
            .media = QJsonDocument::fromJson(row.text(u"media").toUtf8()).array(),
            .createdAt = row.integer(u"created_at"),
            .editedAt = row.integer(u"edited_at"),
            .likeCount = row.integer(u"like_count"),
            .commentCount = row.integer(u"comment_count"),
            .liked = row.flag(u"liked"),
            .pending = row.flag(u"pending"),
            .moderation = row.text(u"moderation")};
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
                  SelectPosts + u" FROM "_s + from + PostJoins + u" WHERE "_s + where + u" AND "_s
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
    Result<QSqlQuery> q = readQuery(m_db,
                                    u"SELECT "_s + CommentColumns.sql()
                                        + u" FROM comments c WHERE c.post_id = ? AND "_s + shown.sql
                                        + u" ORDER BY c.created_at, c.id"_s,
                                    QVariantList {postId} + shown.binds);
    if (!q)
        return q.error();
    QList<Comment> top;
    QHash<QString, QList<Comment>> replies;
    while (q->next()) {
        const ColumnRow row(*q, CommentColumns);
        const Comment c {.id = row.text(u"id"),
                         .postId = row.text(u"post_id"),
                         .authorId = row.text(u"author_id"),
                         .authorUsername = row.text(u"author_username"),
                         .parentId = row.text(u"parent_id"),
                         .body = row.text(u"body"),
                         .createdAt = row.integer(u"created_at"),
                         .pending = row.flag(u"pending"),
                         .moderation = row.text(u"moderation")};
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
    Result<QSqlQuery> q =
        readQuery(m_db,
                  u"SELECT "_s + NotificationColumns.sql() + u" FROM notifications n WHERE "_s
                      + apart.sql + u" ORDER BY n.created_at DESC, n.id DESC LIMIT ?"_s,
                  QVariantList {m_me} + apart.binds + QVariantList {limit});
    if (!q)
        return q.error();
    QList<Notification> out;
    while (q->next()) {
        const ColumnRow n(*q, NotificationColumns);
        out << Notification {.id = n.text(u"id"),
                             .kind = n.text(u"kind"),
                             .actorId = n.text(u"actor_id"),
                             .actorUsername = n.text(u"actor_username"),
                             .postId = n.text(u"post_id"),
                             .commentId = n.text(u"comment_id"),
                             .excerpt = n.text(u"excerpt"),
                             .createdAt = n.integer(u"created_at"),
                             .unread = n.flag(u"unread")};
    }
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
                  u"SELECT "_s + ProfileColumns.sql() + u" FROM profiles p WHERE ("_s + where
                      + u") AND "_s + shown.sql,
                  posts.binds + QVariantList {m_me, m_me, value} + shown.binds);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Profile> {};
    const ColumnRow row(*q, ProfileColumns);
    Profile p {.id = row.text(u"id"),
               .username = row.text(u"username"),
               .displayName = row.text(u"display_name"),
               .bio = row.text(u"bio"),
               .avatar = row.text(u"avatar")};
    if (p.id == m_me) { // the replica has every follow involving the signed-in user
        p.followers = row.integer(u"followers");
        p.following = row.integer(u"following");
    }
    p.posts = row.integer(u"posts");
    p.followedByMe = row.flag(u"followed_by_me");
    p.blockedByMe = row.flag(u"blocked_by_me");
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
                  SelectPosts + u" FROM posts p"_s + PostJoins
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
