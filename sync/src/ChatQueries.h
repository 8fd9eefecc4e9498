#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace Souk::Sync {

//! Read-only queries for the chat screens over a local database (see SocialQueries): the
//! conversation list with unread counts, a conversation's messages paged by position, and
//! full-text search over messages, offline.
class ChatQueries
{
public:
    ChatQueries(QSqlDatabase db, QString userId)
        : m_db(std::move(db))
        , m_me(std::move(userId))
    { }

    struct Conversation
    {
        QString id, kind, title, lastPreview;
        QStringList memberNames; // usernames of the other active members
        QStringList memberIds; // and their ids, in the same order
        qint64 lastMessageAt = 0, lastSeq = 0, unread = 0;
        bool admin = false;
    };
    struct Message
    {
        QString id, conversationId, authorId, authorUsername, body, replyTo, replyExcerpt;
        QJsonArray media;
        qint64 seq = 0, createdAt = 0, editedAt = 0;
        bool removed = false;
        bool moderated = false; // hidden or removed by a moderator
        bool sending = false; // written here, not yet ordered by the server
        //! Refused by the server (or failing again and again): not in the conversation, kept
        //! on this device with the reason until the user retries or discards it (outboxSeq).
        bool refused = false;
        QString refusal;
        qint64 outboxSeq = 0;
        QStringList reactions; // "👍 2", per emoji with counts
        QStringList myReactions; // the emoji this user gave
        QStringList seenBy; // other members whose read position reached this message
    };

    struct Member
    {
        QString userId, username, role;
        qint64 readSeq = 0;
    };
    //! Where a message is: its conversation, its position, and how many ordered messages are
    //! at or after it (how far back the conversation view must page to show it).
    struct Position
    {
        QString conversationId;
        qint64 seq = 0, fromNewest = 0;
    };

    Result<QList<Conversation>> conversations();
    //! A conversation's active members, admins first, then by username.
    Result<QList<Member>> members(const QString &conversationId);
    Result<std::optional<Position>> locate(const QString &messageId);
    //! The newest `limit` messages before position `beforeSeq` (0: the newest), oldest first;
    //! messages still sending come last, then those refused.
    Result<QList<Message>> messages(const QString &conversationId, qint64 beforeSeq, int limit);
    Result<QList<Message>> search(const QString &text, int limit);
    Result<int> totalUnread();
    //! The username of a member of a conversation (for typing indicators), or empty.
    Result<QString> memberName(const QString &conversationId, const QString &userId);

private:
    Result<QList<Message>> refused(const QString &conversationId);
    Result<QList<Message>> messagesWhere(const QString &where, const QVariantList &binds,
                                         const QString &order, int limit);

    QSqlDatabase m_db;
    QString m_me;
};

} // namespace Souk::Sync
