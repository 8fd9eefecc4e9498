#pragma once

#include "EntityDef.h"
#include "Hlc.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace Souk::Sync {

//! An account as moderation sees it (known only to the server).
struct Account
{
    QString role; // user, shop, moderator or admin
    qint64 createdAt = 0;
    qint64 suspendedUntil = 0; // ms since the epoch; 0 when not suspended
    bool banned = false;
    bool limited = false; // new posts wait for a moderator
    QString restrictionReason; // shown at sign-in

    bool isModerator() const
    {
        return role == QLatin1String("moderator") || role == QLatin1String("admin");
    }
};

//! What an account younger than `ageMs` may do (ARCHITECTURE.md §5: new accounts are where
//! spam comes from). Counts are per rolling hour, except direct conversations: in all.
struct NewAccountLimits
{
    qint64 ageMs = 24LL * 60 * 60 * 1000;
    int postsPerHour = 5;
    int messagesPerHour = 30;
    int linksPerHour = 3; // posts and messages with a link
    int directConversations = 3;
};

//! One line of the append-only audit log: who did what, to which target, and why.
struct AuditEntry
{
    QString actorId;
    QString action;
    QString targetType;
    QString targetId;
    QJsonObject detail;
};

//! Where mutators read and write. The server implements it over its tables and change feed;
//! the client over its replica, keeping shadow copies for rebase.
class SyncStore
{
public:
    virtual ~SyncStore() = default;
    //! The row, or nullopt when it does not exist (a deleted row may come back as deleted).
    virtual Result<std::optional<Row>> get(const EntityDef &entity, const QString &id) = 0;
    //! Inserts or replaces the row (a row with deleted = true is a tombstone).
    virtual Result<Ok> put(const EntityDef &entity, const Row &row) = 0;

    // Facts only the server knows. A client replica answers "unknown" (nullopt), and the
    // optimistic run skips what depends on them; the server's run decides.
    //! The stored image uploaded as `mediaId`: {id, sha256, width, height}.
    virtual Result<std::optional<QJsonObject>> media(const QString &mediaId)
    {
        Q_UNUSED(mediaId);
        return std::optional<QJsonObject> {};
    }
    //! The id of the account with this (lower-case) username.
    virtual Result<std::optional<QString>> userIdByUsername(const QString &username)
    {
        Q_UNUSED(username);
        return std::optional<QString> {};
    }
    //! An account's role, age and restrictions.
    virtual Result<std::optional<Account>> account(const QString &userId)
    {
        Q_UNUSED(userId);
        return std::optional<Account> {};
    }

    //! The notifications that quote a comment of post `postId` (of kind comment, reply or
    //! mention), or with `commentId` empty, the post's own caption (mentions in it). A device
    //! holds only its own user's notifications and answers none; the server's run finds them.
    virtual Result<QStringList> noticesQuoting(const QString &postId, const QString &commentId)
    {
        Q_UNUSED(postId);
        Q_UNUSED(commentId);
        return QStringList {};
    }

    //! The limits on new accounts, on the server; a client has none and lets it decide.
    virtual std::optional<NewAccountLimits> newAccountLimits() { return std::nullopt; }
    //! How many of `kind` (post, message, link, direct) the user made since `sinceMs`.
    virtual Result<qint64> countSince(const QString &kind, const QString &userId, qint64 sinceMs)
    {
        Q_UNUSED(kind);
        Q_UNUSED(userId);
        Q_UNUSED(sinceMs);
        return qint64(0);
    }

    //! Whether `userId` blocked, or was blocked by, an active member of the conversation. A
    //! client cannot know who blocked whom and answers false; the server decides.
    virtual Result<bool> blockedWithMember(const QString &userId, const QString &conversationId)
    {
        Q_UNUSED(userId);
        Q_UNUSED(conversationId);
        return false;
    }

    // Effects only the server has, written in the mutation's own transaction (so an action
    // and its audit entry commit together or not at all). A client replica does nothing.
    //! Sets suspendedUntil, banned, limited and restrictionReason of an account.
    virtual Result<Ok> restrict(const QString &userId, const Account &restriction)
    {
        Q_UNUSED(userId);
        Q_UNUSED(restriction);
        return Ok {};
    }
    //! Revokes every session of the account; its open sockets close once the write commits.
    virtual Result<Ok> endSessions(const QString &userId, const QString &reason)
    {
        Q_UNUSED(userId);
        Q_UNUSED(reason);
        return Ok {};
    }
    virtual Result<Ok> audit(qint64 at, const AuditEntry &entry)
    {
        Q_UNUSED(at);
        Q_UNUSED(entry);
        return Ok {};
    }
};

//! Who runs a mutation, and when in HLC time.
struct MutationContext
{
    QString userId;
    //! Orders this writer's edits against concurrent ones (last writer wins). On the server it
    //! is the client's own clock only within a few minutes of the server's (SyncService).
    Hlc hlc;
    bool onServer = false; // authoritative run (the client's run is optimistic)
    //! The time that stamps facts (created_at, limits, audit, order): the server's own clock
    //! on the server, never the client's. 0 on a client, where the device's HLC stands in.
    qint64 serverMs = 0;

    qint64 now() const { return serverMs ? serverMs : hlc.wallMs; }
};

//! A named, versioned change with typed arguments. The same code runs optimistically on the
//! client and authoritatively on the server.
struct Mutator
{
    QString name;
    int version = 1;
    //! Decodes and checks the arguments without touching any data. Errors are permanent.
    std::function<Error(const QJsonObject &args)> validate;
    //! Checks permission against ctx.userId and applies the effect through the store.
    std::function<Result<Ok>(SyncStore &, const MutationContext &, const QJsonObject &args)> apply;
    //! For last-writer-wins edits: the row the mutation edits, so a client can fill in the
    //! "base" clocks (what the user saw) from its replica. Empty for other mutators.
    std::function<std::pair<const EntityDef *, QString>(const QJsonObject &args,
                                                        const QString &userId)>
        lwwTarget = {};
    //! Decisions only the server completes (moderation) are ordered by the server's clock, not
    //! the device's: the server wins them anyway, and the device's clock (its node id) would
    //! otherwise go with the decision to the person it is about and name the moderator.
    bool serverOrdered = false;
};

//! A queued or pushed mutation, as it travels.
struct Mutation
{
    qint64 seq = 0;
    QString name;
    int version = 1;
    QJsonObject args;
    Hlc hlc;

    QJsonObject toJson() const;
    static Result<Mutation> fromJson(const QJsonObject &object);
};

//! Protocol and schema versions spoken by this build.
constexpr int SyncSchemaVersion = 1;
constexpr int OldestAcceptedSchemaVersion = 1;

} // namespace Souk::Sync
