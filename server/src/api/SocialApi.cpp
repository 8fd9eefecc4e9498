// Read routes for social data a client has not synced: a post, a user's posts, explore, tag
// pages and search. Writes go through the mutators (sync push). Content across a block is
// hidden both ways, as if it did not exist.
#include "ApiContext.h"
#include "Columns.h"
#include "Database.h"
#include "DerivedIds.h"
#include "IsoTime.h"
#include "Responses.h"
#include "Routes.h"
#include "SocialText.h"
#include "Visibility.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

constexpr int DefaultPage = 20;
constexpr int MaxPage = 100;
constexpr int MaxQuery = 100;

// Posts with their author, as every list returns them: those the caller sees (Visibility.h),
// their own marked by a moderator included, each with the comments the caller sees counted.
// callerBinds() gives its placeholders' values; a query appends its own conditions and binds
// after them.
const Columns PostColumns {
    {u"id"_s, u"p.id"_s},
    {u"author_id"_s, u"p.author_id"_s},
    {u"username"_s, u"u.username"_s},
    {u"display_name"_s, u"u.display_name"_s},
    {u"caption"_s, u"p.caption"_s},
    {u"media"_s, u"p.media"_s},
    {u"tags"_s, u"p.tags"_s},
    {u"created_at"_s, u"p.created_at"_s},
    {u"edited_at"_s, u"p.edited_at"_s},
    {u"like_count"_s, u"p.like_count"_s},
    {u"comment_count"_s, Sync::Visibility::commentCount(u"p"_s, {}, u"o.deleted = 0"_s).sql},
    {u"liked"_s,
     u"EXISTS (SELECT 1 FROM likes l WHERE l.id = "_s + Sync::pairIdSql(u"?"_s, u"p.id"_s)
         + u" AND l.active = 1)"_s},
    {u"moderation"_s, u"p.moderation"_s}};

const QString PostSelect = u"SELECT "_s + PostColumns.sql()
    + u" FROM posts p JOIN users u ON u.id = p.author_id"
      " WHERE p.deleted = 0 AND "_s
    + Sync::Visibility::content(u"p"_s, u"author_id"_s, {}).sql;

const Columns CommentColumns {{u"id"_s, u"c.id"_s},
                              {u"parent_id"_s, u"c.parent_id"_s},
                              {u"body"_s, u"c.body"_s},
                              {u"created_at"_s, u"c.created_at"_s},
                              {u"author_id"_s, u"u.id"_s},
                              {u"username"_s, u"u.username"_s},
                              {u"display_name"_s, u"u.display_name"_s},
                              {u"moderation"_s, u"c.moderation"_s}};

// A profile with its counts; "post_count"'s binds are those of Visibility::contentCount.
const Columns ProfileColumns {
    {u"id"_s, u"u.id"_s},
    {u"username"_s, u"u.username"_s},
    {u"display_name"_s, u"u.display_name"_s},
    {u"bio"_s, u"u.bio"_s},
    {u"followers"_s, u"(SELECT COUNT(*) FROM follows WHERE followee_id = u.id AND active = 1)"_s},
    {u"following"_s, u"(SELECT COUNT(*) FROM follows WHERE follower_id = u.id AND active = 1)"_s},
    {u"post_count"_s,
     Sync::Visibility::contentCount(u"posts"_s, u"u.id"_s, {}, u"o.deleted = 0"_s).sql}};

QVariantList callerBinds(const ApiContext &ctx)
{
    const QString me = ctx.caller().userId;
    return Sync::Visibility::commentCount(u"p"_s, me, u"o.deleted = 0"_s).binds + QVariantList {me}
    + Sync::Visibility::content(u"p"_s, u"author_id"_s, me).binds;
}

QJsonObject postFrom(const QSqlQuery &q)
{
    const ColumnRow p(q, PostColumns);
    return {{u"id"_s, p.text(u"id")},
            {u"author"_s,
             QJsonObject {{u"id"_s, p.text(u"author_id")},
                          {u"username"_s, p.text(u"username")},
                          {u"display_name"_s, p.text(u"display_name")}}},
            {u"caption"_s, p.text(u"caption")},
            {u"media"_s, mediaWithUrls(p.text(u"media"))},
            {u"tags"_s, QJsonArray::fromStringList(Sync::SocialText::splitPadded(p.text(u"tags")))},
            {u"created_at"_s, jsonTime(p.integer(u"created_at"))},
            {u"edited_at"_s, jsonTime(p.integer(u"edited_at"))},
            {u"like_count"_s, p.integer(u"like_count")},
            {u"comment_count"_s, p.integer(u"comment_count")},
            {u"liked"_s, p.flag(u"liked")},
            // "" for everyone; "pending", "hidden" or "removed" only on the author's own posts.
            {u"moderation"_s, p.text(u"moderation")}};
}

//! A page of posts, newest first, with keyset paging: the cursor is "<created_at>_<id>" of the
//! last post of the previous page.
struct Page
{
    int limit = DefaultPage;
    qint64 beforeTime = std::numeric_limits<qint64>::max();
    QString beforeId;
};

Result<Page> pageFrom(const QUrlQuery &query, const QStringList &otherParameters)
{
    if (Error e = checkParameters(query, QStringList {u"cursor"_s, u"limit"_s} + otherParameters);
        !e.isNull())
        return e;
    Page page;
    bool ok = true;
    if (query.hasQueryItem(u"limit"_s)) {
        page.limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > MaxPage)
            return Error::unprocessable(u"invalid_limit"_s, u"limit is 1 to 100."_s, u"limit"_s);
    }
    if (query.hasQueryItem(u"cursor"_s)) {
        const QString cursor = query.queryItemValue(u"cursor"_s);
        const qsizetype sep = cursor.indexOf(u'_');
        if (sep > 0)
            page.beforeTime = cursor.left(sep).toLongLong(&ok);
        if (sep <= 0 || !ok)
            return Error::badRequest(u"bad_cursor"_s, u"Use the next_cursor of a previous page."_s,
                                     u"cursor"_s);
        page.beforeId = cursor.mid(sep + 1);
    }
    return page;
}

//! Runs `PostSelect + where` for one page; binds: the caller, `binds`, then the cursor.
HttpResponse postPage(ApiContext &ctx, const Page &page, const QString &where,
                      const QVariantList &binds, QJsonObject extra = {})
{
    QVariantList all = callerBinds(ctx);
    all << binds << page.beforeTime << page.beforeTime << page.beforeId << page.limit;
    Result<QSqlQuery> q =
        execSql(ctx.db,
                PostSelect + where
                    + u" AND (p.created_at < ? OR (p.created_at = ? AND p.id < ?))"
                      " ORDER BY p.created_at DESC, p.id DESC LIMIT ?"_s,
                all, "post page");
    if (!q)
        return HttpResponse::error(q.error());
    QJsonArray posts;
    QString next;
    while (q->next()) {
        posts.append(postFrom(*q));
        const ColumnRow last(*q, PostColumns);
        next = QString::number(last.integer(u"created_at")) + u'_' + last.text(u"id");
    }
    extra.insert(u"posts"_s, posts);
    extra.insert(u"next_cursor"_s,
                 posts.size() == page.limit ? QJsonValue(next) : QJsonValue(QJsonValue::Null));
    return HttpResponse::json(200, extra);
}

HttpResponse getPost(ApiContext &ctx)
{
    const QString id = ctx.request.params.value(u"id"_s);
    Result<QSqlQuery> q =
        execSql(ctx.db, PostSelect + u" AND p.id = ?"_s, callerBinds(ctx) << id, "get post");
    if (!q)
        return HttpResponse::error(q.error());
    if (!q->next())
        return HttpResponse::error(
            Error {404, u"post_not_found"_s, u"This post does not exist or was deleted."_s, {}});
    QJsonObject post = postFrom(*q);
    // Its comments the caller sees, oldest first; replies carry parent_id (one level).
    const Sync::Visibility::SqlCondition shown =
        Sync::Visibility::content(u"c"_s, u"author_id"_s, ctx.caller().userId);
    Result<QSqlQuery> c = execSql(ctx.db,
                                  u"SELECT "_s + CommentColumns.sql()
                                      + u" FROM comments c JOIN users u ON u.id = c.author_id"
                                        " WHERE c.post_id = ? AND c.deleted = 0 AND "_s
                                      + shown.sql + u" ORDER BY c.created_at, c.id LIMIT 500"_s,
                                  QVariantList {id} + shown.binds, "post comments");
    if (!c)
        return HttpResponse::error(c.error());
    QJsonArray comments;
    while (c->next()) {
        const ColumnRow row(*c, CommentColumns);
        comments.append(QJsonObject {{u"id"_s, row.text(u"id")},
                                     {u"parent_id"_s, row.text(u"parent_id")},
                                     {u"body"_s, row.text(u"body")},
                                     {u"created_at"_s, jsonTime(row.integer(u"created_at"))},
                                     {u"author"_s,
                                      QJsonObject {{u"id"_s, row.text(u"author_id")},
                                                   {u"username"_s, row.text(u"username")},
                                                   {u"display_name"_s, row.text(u"display_name")}}},
                                     {u"moderation"_s, row.text(u"moderation")}});
    }
    post.insert(u"comments"_s, comments);
    return HttpResponse::json(200, post);
}

HttpResponse userPosts(ApiContext &ctx)
{
    Result<Page> page = pageFrom(ctx.request.query, {});
    if (!page)
        return HttpResponse::error(page.error());
    const Error missing {404, u"user_not_found"_s, u"There is no such user."_s, {}};
    // The profile as the caller may see it, and the number of its posts they see.
    const QString me = ctx.caller().userId;
    const Sync::Visibility::SqlCondition shown = Sync::Visibility::profile(u"u.id"_s, me);
    const Sync::Visibility::SqlCondition posts =
        Sync::Visibility::contentCount(u"posts"_s, u"u.id"_s, me, u"o.deleted = 0"_s);
    Result<QSqlQuery> user = execSql(
        ctx.db,
        u"SELECT "_s + ProfileColumns.sql()
            + u" FROM users u WHERE u.username_key = ? AND u.deleted = 0 AND "_s + shown.sql,
        posts.binds + QVariantList {ctx.request.params.value(u"username"_s).toLower()}
            + shown.binds,
        "user for posts");
    if (!user)
        return HttpResponse::error(user.error());
    if (!user->next())
        return HttpResponse::error(missing);
    const ColumnRow found(*user, ProfileColumns);
    const QJsonObject profile {{u"id"_s, found.text(u"id")},
                               {u"username"_s, found.text(u"username")},
                               {u"display_name"_s, found.text(u"display_name")},
                               {u"bio"_s, found.text(u"bio")},
                               {u"followers"_s, found.integer(u"followers")},
                               {u"following"_s, found.integer(u"following")},
                               {u"post_count"_s, found.integer(u"post_count")}};
    return postPage(ctx, *page, u" AND p.author_id = ?"_s, {profile.value(u"id"_s).toString()},
                    {{u"user"_s, profile}});
}

HttpResponse explore(ApiContext &ctx)
{
    Result<Page> page = pageFrom(ctx.request.query, {});
    if (!page)
        return HttpResponse::error(page.error());
    return postPage(ctx, *page, {}, {});
}

HttpResponse tagPage(ApiContext &ctx)
{
    Result<Page> page = pageFrom(ctx.request.query, {});
    if (!page)
        return HttpResponse::error(page.error());
    const QString tag = Sync::SocialText::normalizeTag(ctx.request.params.value(u"tag"_s));
    if (Sync::SocialText::tags(u'#' + tag) != QStringList {tag})
        return HttpResponse::error(Error::unprocessable(
            u"invalid_tag"_s, u"A tag is letters, digits and '_'."_s, u"tag"_s));
    // The count is of the posts the page lists: unmarked (post_tags holds no others; asked
    // again so the two cannot drift) and of accounts not apart from the caller.
    const Sync::Visibility::SqlCondition listed =
        Sync::Visibility::publicContent(u"p"_s, u"author_id"_s, ctx.caller().userId);
    Result<QSqlQuery> count =
        execSql(ctx.db,
                u"SELECT COUNT(*) FROM post_tags t JOIN posts p"
                " ON p.id = t.post_id WHERE t.tag = ? AND p.deleted = 0 AND "_s
                    + listed.sql,
                QVariantList {tag} + listed.binds, "tag count");
    if (!count)
        return HttpResponse::error(count.error());
    const qint64 total = count->next() ? count->value(0).toLongLong() : 0;
    return postPage(ctx, *page,
                    u" AND p.id IN (SELECT post_id FROM post_tags WHERE tag = ?) AND "_s
                        + listed.sql,
                    QVariantList {tag} + listed.binds, {{u"tag"_s, tag}, {u"post_count"_s, total}});
}

QString likePattern(const QString &text, bool prefixOnly)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return (prefixOnly ? QString() : u"%"_s) + escaped + u'%';
}

HttpResponse search(ApiContext &ctx)
{
    const QUrlQuery &query = ctx.request.query;
    if (Error e = checkParameters(query, {u"q"_s}); !e.isNull())
        return HttpResponse::error(e);
    QString q = query.queryItemValue(u"q"_s, QUrl::FullyDecoded).trimmed();
    if (q.isEmpty() || q.size() > MaxQuery)
        return HttpResponse::error(
            Error::unprocessable(u"invalid_query"_s, u"q is 1 to 100 characters."_s, u"q"_s));
    const QString me = ctx.caller().userId;
    const QString bare = q.startsWith(u'#') || q.startsWith(u'@') ? q.mid(1) : q;

    QJsonArray users;
    if (!q.startsWith(u'#')) {
        const Sync::Visibility::SqlCondition apart = Sync::Visibility::profile(u"u.id"_s, me);
        Result<QSqlQuery> u = execSql(
            ctx.db,
            u"SELECT u.id, u.username, u.display_name FROM users u"
            " WHERE u.deleted = 0 AND (u.username_key LIKE ? ESCAPE '\\' OR u.display_name LIKE ? "
            "ESCAPE '\\') AND "_s
                + apart.sql + u" ORDER BY u.username_key LIMIT 20"_s,
            QVariantList {likePattern(bare.toLower(), true), likePattern(bare, false)}
                + apart.binds,
            "search users");
        if (!u)
            return HttpResponse::error(u.error());
        while (u->next())
            users.append(QJsonObject {{u"id"_s, u->value(0).toString()},
                                      {u"username"_s, u->value(1).toString()},
                                      {u"display_name"_s, u->value(2).toString()}});
    }
    QJsonArray tags;
    if (!q.startsWith(u'@')) {
        // Each tag with the number of posts its page would list to the caller.
        const Sync::Visibility::SqlCondition listed =
            Sync::Visibility::publicContent(u"p"_s, u"author_id"_s, me);
        Result<QSqlQuery> t = execSql(
            ctx.db,
            u"SELECT t.tag, COUNT(*) AS n FROM post_tags t JOIN posts p ON p.id = t.post_id"
            " WHERE t.tag LIKE ? ESCAPE '\\' AND p.deleted = 0 AND "_s
                + listed.sql + u" GROUP BY t.tag ORDER BY n DESC, t.tag LIMIT 20"_s,
            QVariantList {likePattern(Sync::SocialText::normalizeTag(bare), true)} + listed.binds,
            "search tags");
        if (!t)
            return HttpResponse::error(t.error());
        while (t->next())
            tags.append(QJsonObject {{u"tag"_s, t->value(0).toString()},
                                     {u"post_count"_s, t->value(1).toLongLong()}});
    }
    QJsonArray posts;
    if (!q.startsWith(u'@')) {
        Result<QSqlQuery> p = execSql(
            ctx.db,
            PostSelect + u" AND p.caption LIKE ? ESCAPE '\\' ORDER BY p.created_at DESC LIMIT 20"_s,
            callerBinds(ctx) << likePattern(q, false), "search posts");
        if (!p)
            return HttpResponse::error(p.error());
        while (p->next())
            posts.append(postFrom(*p));
    }
    return HttpResponse::json(
        200, QJsonObject {{u"users"_s, users}, {u"tags"_s, tags}, {u"posts"_s, posts}});
}

} // namespace

void addSocialRoutes(Router &router)
{
    using Auth = Route::Auth;
    router.add({"GET", u"/api/v1/posts/{id}"_s, Auth::Bearer, getPost, 0, false, false,
                u"A post with its comments"_s});
    router.add({"GET", u"/api/v1/users/{username}/posts"_s, Auth::Bearer, userPosts, 0, false,
                false, u"A user's profile and posts, newest first (cursor-paged)"_s});
    router.add({"GET", u"/api/v1/explore"_s, Auth::Bearer, explore, 0, false, false,
                u"Recent public posts (cursor-paged)"_s});
    router.add({"GET", u"/api/v1/tags/{tag}"_s, Auth::Bearer, tagPage, 0, false, false,
                u"Posts with a tag (cursor-paged)"_s});
    router.add({"GET", u"/api/v1/search"_s, Auth::Bearer, search, 0, false, false,
                u"Search users, tags and posts"_s});
}

} // namespace Souk::Server
