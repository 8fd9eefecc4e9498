#include "PostsModel.h"

#include "PostMaps.h"
#include "SessionBinding.h"
#include "SessionController.h"

#include <QDateTime>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Souk::App {

PostsModel::PostsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void PostsModel::setSession(SessionController *session)
{
    if (m_session == session)
        return;
    bindSession(this, m_session, session,
                {u"posts"_s, u"likes"_s, u"profiles"_s, u"follows"_s, u"blocks"_s},
                [this] { reload(); });
    Q_EMIT sessionChanged();
}

void PostsModel::setSource(Source source)
{
    if (m_source == source)
        return;
    m_source = source;
    Q_EMIT sourceChanged();
    reload();
}

void PostsModel::setAuthorId(const QString &id)
{
    if (m_authorId == id)
        return;
    m_authorId = id;
    Q_EMIT sourceChanged();
    reload();
}

void PostsModel::setTag(const QString &tag)
{
    if (m_tag == tag)
        return;
    m_tag = tag;
    Q_EMIT sourceChanged();
    reload();
}

Result<QList<Sync::SocialQueries::Post>> PostsModel::page(const Sync::SocialQueries::Cursor &before,
                                                          int limit)
{
    Sync::SocialQueries *queries = m_session ? m_session->local()->queries() : nullptr;
    if (!queries)
        return QList<Sync::SocialQueries::Post> {};
    QElapsedTimer timer;
    timer.start();
    Result<QList<Sync::SocialQueries::Post>> posts = [&] {
        switch (m_source) {
        case Source::Author:
            return queries->postsBy(m_authorId, before, limit);
        case Source::Tag:
            return queries->postsTagged(m_tag, before, limit);
        case Source::Feed:
            break;
        }
        return queries->feed(before, limit);
    }();
    m_lastQueryMs = double(timer.nsecsElapsed()) / 1e6;
    return posts;
}

void PostsModel::reload()
{
    const int wanted = std::max(PageSize, int(m_posts.size()));
    Result<QList<Sync::SocialQueries::Post>> posts = page({}, wanted);
    if (!posts)
        qWarning("posts: %s", qPrintable(posts.error().message));
    QList<Sync::SocialQueries::Post> fresh = posts ? *posts : QList<Sync::SocialQueries::Post> {};
    QList<QVariantMap> rows;
    for (const auto &p : std::as_const(fresh))
        rows << PostMaps::fromLocal(p, *m_session->local());
    const auto sameIds = [&] {
        return std::equal(fresh.cbegin(), fresh.cend(), m_posts.cbegin(), m_posts.cend(),
                          [](const auto &a, const auto &b) { return a.id == b.id; });
    };
    m_atEnd = fresh.size() < wanted;
    if (!fresh.isEmpty() && sameIds()) {
        // The same posts (a like, a new comment count): update them in place, so the view keeps
        // its scroll position and delegates.
        m_posts = std::move(fresh);
        m_rows = std::move(rows);
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        Q_EMIT countChanged();
        return;
    }
    beginResetModel();
    m_posts = std::move(fresh);
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

bool PostsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_posts.isEmpty();
}

void PostsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_posts.isEmpty())
        return;
    Result<QList<Sync::SocialQueries::Post>> more = page(m_posts.constLast().cursor(), PageSize);
    if (!more || more->isEmpty()) {
        m_atEnd = true;
        return;
    }
    beginInsertRows({}, int(m_posts.size()), int(m_posts.size() + more->size()) - 1);
    m_posts << *more;
    for (const auto &p : std::as_const(*more))
        m_rows << PostMaps::fromLocal(p, *m_session->local());
    endInsertRows();
    m_atEnd = more->size() < PageSize;
    Q_EMIT countChanged();
}

QVariantMap PostsModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap {};
}

void PostsModel::toggleLike(int row)
{
    if (!m_session || row < 0 || row >= m_posts.size())
        return;
    const Sync::SocialQueries::Post &post = m_posts.at(row);
    const Result<qint64> queued =
        m_session->mutate(post.liked ? u"unlikePost"_s : u"likePost"_s, {{u"post_id"_s, post.id}});
    if (!queued) // only a broken local database refuses a like; the heart stays as it was
        qWarning("like: %s", qPrintable(queued.error().message));
}

int PostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

QVariant PostsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_posts.size() || !m_session)
        return {};
    // One mapping for every list of posts (PostMaps); the role names are its keys.
    return m_rows.at(index.row()).value(QString::fromLatin1(roleNames().value(role)));
}

QHash<int, QByteArray> PostsModel::roleNames() const
{
    // Built once: data() looks a role's name up on every call.
    static const QHash<int, QByteArray> names {{PostIdRole, "postId"},
                                               {AuthorIdRole, "authorId"},
                                               {AuthorUsernameRole, "authorUsername"},
                                               {AuthorNameRole, "authorName"},
                                               {CaptionRole, "caption"},
                                               {ThumbnailsRole, "thumbnails"},
                                               {ImagesRole, "images"},
                                               {ImageCountRole, "imageCount"},
                                               {CreatedAtRole, "createdAt"},
                                               {EditedRole, "edited"},
                                               {LikeCountRole, "likeCount"},
                                               {CommentCountRole, "commentCount"},
                                               {LikedRole, "liked"},
                                               {PendingRole, "pending"},
                                               {ModerationRole, "moderation"}};
    return names;
}

} // namespace Souk::App
