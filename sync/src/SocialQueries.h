#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QStringList>
#include <limits>
#include <optional>

namespace Souk::Sync {

//! Read-only queries over a local database for the social screens: the feed, profiles, tag
//! pages, a post with its comments, notifications and offline search (FTS5). Every list pages
//! with a keyset cursor on (created_at, id), so page 100 costs what page 1 costs.
//! Works on any connection to the file; the app gives it its own read-only one on the GUI
//! thread (WAL lets it read while the sync engine writes).
class SocialQueries
{
public:
    SocialQueries(QSqlDatabase db, QString userId)
        : m_db(std::move(db))
        , m_me(std::move(userId))
    { }

    struct Cursor
    {
        qint64 createdAt = std::numeric_limits<qint64>::max();
        QString id;
    };
    struct Post
    {
        QString id, authorId, authorUsername, authorName, caption;
        QJsonArray media; // [{id, sha256?, width?, height?}]
        qint64 createdAt = 0, editedAt = 0, likeCount = 0, commentCount = 0;
        bool liked = false;
        bool pending = false; // created on this device, not yet confirmed by the server
        //! "" or, seen only by its author: hidden, removed, or pending (waiting for review).
        QString moderation;
        Cursor cursor() const { return {createdAt, id}; }
    };
    struct Comment
    {
        QString id, postId, authorId, authorUsername, parentId, body;
        qint64 createdAt = 0;
        bool pending = false;
        QString moderation = {}; // "" or, on the author's own, "pending", "hidden", "removed"
    };
    struct Notification
    {
        QString id, kind, actorId, actorUsername, postId, commentId, excerpt;
        qint64 createdAt = 0;
        bool unread = false;
    };
    struct Profile
    {
        QString id, username, displayName, bio, avatar;
        //! Counts the replica knows exactly for the signed-in user only; -1 for others (the
        //! server has them).
        qint64 followers = -1, following = -1, posts = 0;
        bool followedByMe = false;
        bool blockedByMe = false;
    };
    struct SearchResults
    {
        QList<Profile> people;
        QList<std::pair<QString, int>> tags; // tag, posts with it here
        QList<Post> posts;
    };

    //! The signed-in user's posts and those of the people they follow, newest first.
    Result<QList<Post>> feed(const Cursor &before, int limit);
    Result<QList<Post>> postsBy(const QString &authorId, const Cursor &before, int limit);
    Result<QList<Post>> postsTagged(const QString &tag, const Cursor &before, int limit);
    Result<std::optional<Post>> post(const QString &id);
    //! Top-level comments oldest first, each followed by its replies.
    Result<QList<Comment>> comments(const QString &postId);
    Result<QList<Notification>> notifications(int limit);
    Result<int> unreadNotifications();
    //! Newest notification time, for "mark all read".
    Result<qint64> newestNotification();
    Result<std::optional<Profile>> profile(const QString &userId);
    Result<std::optional<Profile>> profileByUsername(const QString &username);
    struct Draft
    {
        QString id, body;
        QStringList media; // media ids
        QString conflictOf; // for a copy kept after a concurrent edit: the draft it came from
    };
    //! The signed-in user's post draft edited last (on any device), and the copies kept from
    //! concurrent edits of it.
    Result<std::optional<Draft>> latestDraft();
    Result<QList<Draft>> draftCopies(const QString &draftId);

    //! Full-text search of posts (caption and tags), people and tags; every word is a prefix.
    Result<SearchResults> search(const QString &text, int limit);

    //! An FTS5 query for user input: each word quoted (no operators get through) as a prefix.
    static QString ftsQuery(const QString &text);

private:
    //! One page of posts from `from` (aliased p for posts) matching `where`, ordered by the
    //! (created_at, id) of the table aliased `key`.
    Result<QList<Post>> posts(const QString &from, const QString &where, const QVariantList &binds,
                              const Cursor &before, int limit,
                              const QString &key = QStringLiteral("p"));
    Result<std::optional<Profile>> profileWhere(const QString &where, const QVariant &value);

    QSqlDatabase m_db;
    QString m_me;
};

} // namespace Souk::Sync
