#include "PostController.h"

#include "IsoTime.h"
#include "PostMaps.h"
#include "SessionBinding.h"
#include "SessionController.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Souk::App {

PostController::PostController(QObject *parent)
    : QObject(parent)
{ }

void PostController::setSession(SessionController *session)
{
    if (m_session == session)
        return;
    bindSession(this, m_session, session,
                {u"posts"_s, u"comments"_s, u"likes"_s, u"profiles"_s, u"blocks"_s},
                [this] { reload(); });
    Q_EMIT sessionChanged();
}

void PostController::setPostId(const QString &id)
{
    if (m_postId == id)
        return;
    m_postId = id;
    Q_EMIT postIdChanged();
    reload();
}

bool PostController::mine() const
{
    return m_session && m_post.value(u"authorId"_s).toString() == m_session->userId();
}

void PostController::reload()
{
    Sync::SocialQueries *queries = m_session ? m_session->local()->queries() : nullptr;
    if (!queries || m_postId.isEmpty())
        return;
    Result<std::optional<Sync::SocialQueries::Post>> post = queries->post(m_postId);
    if (!post || !post->has_value()) {
        fetchFromServer();
        return;
    }
    m_post = PostMaps::fromLocal(**post, *m_session->local());
    m_comments.clear();
    if (Result<QList<Sync::SocialQueries::Comment>> comments = queries->comments(m_postId)) {
        for (const auto &c : *comments)
            m_comments << PostMaps::comment(c, m_session->userId());
    }
    m_loading = false;
    Q_EMIT loaded();
}

void PostController::fetchFromServer()
{
    m_loading = true;
    Q_EMIT loaded();
    const QString id = m_postId;
    m_session->local()->get(
        u"/api/v1/posts/"_s + id, {}, [this, id](int status, const QJsonObject &json) {
            if (id != m_postId || !m_session)
                return;
            m_loading = false;
            m_post.clear();
            m_comments.clear();
            if (status == 200) {
                m_post = PostMaps::fromServer(json, *m_session->local());
                for (const QJsonValue &v : json.value(u"comments"_s).toArray()) {
                    const QJsonObject c = v.toObject();
                    const QJsonObject author = c.value(u"author"_s).toObject();
                    m_comments << PostMaps::comment(
                        {c.value(u"id"_s).toString(), id, author.value(u"id"_s).toString(),
                         author.value(u"username"_s).toString(), c.value(u"parent_id"_s).toString(),
                         c.value(u"body"_s).toString(), timeFromJson(c.value(u"created_at"_s)),
                         false, c.value(u"moderation"_s).toString()},
                        m_session->userId());
                }
            }
            Q_EMIT loaded();
        });
}

bool PostController::run(const QString &mutator, const QJsonObject &args)
{
    return runForPage(m_session, mutator, args, m_error, [this] { Q_EMIT errorChanged(); });
}

void PostController::toggleLike()
{
    run(m_post.value(u"liked"_s).toBool() ? u"unlikePost"_s : u"likePost"_s,
        {{u"post_id"_s, m_postId}});
}

bool PostController::addComment(const QString &text, const QString &parentId)
{
    QJsonObject args {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {u"post_id"_s, m_postId},
                      {u"body"_s, text}};
    if (!parentId.isEmpty())
        args.insert(u"parent_id"_s, parentId);
    return run(u"comment"_s, args);
}

bool PostController::deleteComment(const QString &commentId)
{
    return run(u"deleteComment"_s, {{u"id"_s, commentId}});
}

bool PostController::editCaption(const QString &caption)
{
    return run(u"editPost"_s, {{u"id"_s, m_postId}, {u"caption"_s, caption}});
}

bool PostController::deletePost()
{
    return run(u"deletePost"_s, {{u"id"_s, m_postId}});
}

} // namespace Souk::App
