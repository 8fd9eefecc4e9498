#include "PostMaps.h"

#include "IsoTime.h"
#include "LocalData.h"
#include "ServerTimes.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Souk::App::PostMaps {

namespace {

QVariantList urls(const QJsonArray &media, const LocalData &local, const QString &size)
{
    QVariantList list;
    for (const QJsonValue &m : media)
        list << local.mediaUrl(m.toObject(), size);
    return list;
}

QVariantMap common(const QJsonArray &media, const LocalData &local)
{
    return {{u"thumbnails"_s, urls(media, local, u"thumb"_s)},
            {u"images"_s, urls(media, local, u"large"_s)},
            {u"imageCount"_s, int(media.size())}};
}

} // namespace

QVariantMap fromLocal(const Sync::SocialQueries::Post &p, const LocalData &local)
{
    QVariantMap map = common(p.media, local);
    map.insert({{u"postId"_s, p.id},
                {u"authorId"_s, p.authorId},
                {u"authorUsername"_s, p.authorUsername},
                {u"authorName"_s, p.authorName.isEmpty() ? p.authorUsername : p.authorName},
                {u"caption"_s, p.caption},
                {u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(p.createdAt)},
                {u"edited"_s, p.editedAt > 0},
                {u"likeCount"_s, p.likeCount},
                {u"commentCount"_s, p.commentCount},
                {u"liked"_s, p.liked},
                {u"pending"_s, p.pending},
                {u"moderation"_s, p.moderation},
                {u"fromServer"_s, false}});
    return map;
}

QVariantMap fromServer(const QJsonObject &p, const LocalData &local)
{
    QVariantMap map = common(p.value(u"media"_s).toArray(), local);
    const QJsonObject author = p.value(u"author"_s).toObject();
    map.insert({{u"postId"_s, p.value(u"id"_s).toString()},
                {u"authorId"_s, author.value(u"id"_s).toString()},
                {u"authorUsername"_s, author.value(u"username"_s).toString()},
                {u"authorName"_s, author.value(u"display_name"_s).toString()},
                {u"caption"_s, p.value(u"caption"_s).toString()},
                {u"createdAt"_s, ServerTimes::date(p.value(u"created_at"_s))},
                {u"edited"_s, timeFromJson(p.value(u"edited_at"_s)) > 0},
                {u"likeCount"_s, p.value(u"like_count"_s).toInteger()},
                {u"commentCount"_s, p.value(u"comment_count"_s).toInteger()},
                {u"liked"_s, p.value(u"liked"_s).toBool()},
                {u"pending"_s, false},
                {u"moderation"_s, p.value(u"moderation"_s).toString()},
                {u"fromServer"_s, true}});
    return map;
}

QVariantMap comment(const Sync::SocialQueries::Comment &c, const QString &me)
{
    return {{u"commentId"_s, c.id},
            {u"authorId"_s, c.authorId},
            {u"authorUsername"_s, c.authorUsername},
            {u"body"_s, c.body},
            {u"isReply"_s, !c.parentId.isEmpty()},
            {u"parentId"_s, c.parentId},
            {u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(c.createdAt)},
            {u"mine"_s, c.authorId == me},
            {u"pending"_s, c.pending},
            {u"moderation"_s, c.moderation}};
}

QVariantMap person(const Sync::SocialQueries::Profile &p, const LocalData &local)
{
    return {{u"userId"_s, p.id},
            {u"username"_s, p.username},
            {u"displayName"_s, p.displayName.isEmpty() ? p.username : p.displayName},
            {u"bio"_s, p.bio},
            {u"avatar"_s,
             p.avatar.isEmpty() ? QUrl()
                                : local.mediaUrl(QJsonObject {{u"id"_s, p.avatar}}, u"thumb"_s)},
            {u"followers"_s, p.followers},
            {u"following"_s, p.following},
            {u"posts"_s, p.posts},
            {u"followedByMe"_s, p.followedByMe},
            {u"blockedByMe"_s, p.blockedByMe}};
}

} // namespace Souk::App::PostMaps
