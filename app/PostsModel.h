#pragma once

#include "SessionController.h"

#include "SocialQueries.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Souk::App {

//! A list of posts from the local database, newest first, paged as the view scrolls
//! (fetchMore): the feed, one author's posts, or a tag's. Follows local changes.
class PostsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Souk::App::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    Q_PROPERTY(Source source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString authorId READ authorId WRITE setAuthorId NOTIFY sourceChanged)
    Q_PROPERTY(QString tag READ tag WRITE setTag NOTIFY sourceChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    //! Milliseconds the last page took to read (shown nowhere; for the benchmark and tests).
    Q_PROPERTY(double lastQueryMs READ lastQueryMs NOTIFY countChanged)

public:
    enum class Source { Feed, Author, Tag };
    Q_ENUM(Source)
    enum Role {
        PostIdRole = Qt::UserRole + 1,
        AuthorIdRole,
        AuthorUsernameRole,
        AuthorNameRole,
        CaptionRole,
        ThumbnailsRole, // list of image URLs (320 px)
        ImagesRole, // list of image URLs (1080 px)
        ImageCountRole,
        CreatedAtRole, // QDateTime
        EditedRole,
        LikeCountRole,
        CommentCountRole,
        LikedRole,
        PendingRole, // made here, not yet on the server
        ModerationRole, // "", or for the author: hidden, removed, pending (waiting for review)
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 30;

    explicit PostsModel(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    Source source() const { return m_source; }
    void setSource(Source source);
    QString authorId() const { return m_authorId; }
    void setAuthorId(const QString &id);
    QString tag() const { return m_tag; }
    void setTag(const QString &tag);
    int count() const { return int(m_posts.size()); }
    double lastQueryMs() const { return m_lastQueryMs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    //! A row as a map with the role names as keys (for views that merge lists).
    Q_INVOKABLE QVariantMap get(int row) const;
    //! Likes or unlikes (a mutation; the list updates from the local change).
    Q_INVOKABLE void toggleLike(int row);

Q_SIGNALS:
    void sessionChanged();
    void sourceChanged();
    void countChanged();

private:
    Result<QList<Sync::SocialQueries::Post>> page(const Sync::SocialQueries::Cursor &before,
                                                  int limit);
    //! Reads again as many posts as are shown (after a local change).
    void reload();

    QPointer<SessionController> m_session;
    Source m_source = Source::Feed;
    QString m_authorId;
    QString m_tag;
    QList<Sync::SocialQueries::Post> m_posts;
    QList<QVariantMap> m_rows; // m_posts as QML sees them
    bool m_atEnd = false;
    double m_lastQueryMs = 0;
};

} // namespace Souk::App
