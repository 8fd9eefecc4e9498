#pragma once

#include "AccountStore.h"
#include "GroupCommit.h"
#include "Hlc.h"
#include "ServerSyncStore.h"
#include "SyncTypes.h"

#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>

namespace Souk::Server {

//! The server's hybrid logical clock, shared by the worker threads.
class SharedClock
{
public:
    //! How far ahead of ours a device's clock may be and still order its edits (a device
    //! set minutes fast is common; hours is a wrong clock or an attempt to jump the queue).
    static constexpr qint64 MaxClientSkewMs = 5 * 60 * 1000;

    explicit SharedClock(const QString &node)
        : m_clock(node, {}, MaxClientSkewMs)
    { }
    Sync::Hlc now();
    Result<Sync::Hlc> receive(const Sync::Hlc &remote);

private:
    QMutex m_mutex;
    Sync::HlcClock m_clock;
};

//! Push, pull and REST writes: the server half of the sync protocol (ARCHITECTURE.md §3).
class SyncService
{
public:
    //! Limits on new accounts, applied to every push and server write from now on.
    void setNewAccountLimits(const Sync::NewAccountLimits &limits) { m_limits = limits; }
    explicit SyncService(SharedClock &clock)
        : m_clock(clock)
    { }

    //! Called after each commit of pushes and REST writes with what changed, in commit order
    //! (the realtime frames; see announce()).
    void setAnnounce(GroupCommit::Announce announce) { m_group.setAnnounce(std::move(announce)); }

    static constexpr int MaxBatch = 1000;
    //! What one push may cost (ServerSyncStore::cost(): 500 rows written, or 4,000 looked up,
    //! or a mix; each mutation's cost counts whole). Past it, the rest of the batch is deferred
    //! to the client's next push: the largest single mutation (a group of 256) fits, and a push
    //! holds the write lock for tens of milliseconds, not seconds (bench/abuse: a push's cost
    //! grows faster than its size, so bigger budgets cost more than they save).
    static constexpr qint64 PushCostBudget = 500 * ServerSyncStore::WriteCost;
    static constexpr int MaxPullLimit = 5000;

    struct PushResult
    {
        QJsonArray results; // {seq, status: applied|rejected|duplicate, error?}
        qint64 lastSeq = 0;
        //! Mutations at the end of the batch left for the next push (the cost budget).
        qsizetype deferred = 0;
        //! Sessions a moderator's decision ended, and accounts it restricted: the caller
        //! closes their sockets and forgets their cached tokens.
        QStringList endedSessions;
        QStringList restrictedUsers;
    };
    //! Applies a batch from one client in one transaction, one savepoint per mutation, with the
    //! client's last_seq, so a replayed batch is acknowledged and not applied twice.
    //! Drops deletion markers older than the last `keepVersions` versions of the log and moves
    //! the horizon (`purged_before`) past them: a client whose cursor is older downloads its
    //! buckets afresh instead of missing a deletion. Returns how many markers went.
    static Result<qint64> compact(QSqlDatabase &db, qint64 keepVersions);

    Result<PushResult> push(QSqlDatabase &db, const AuthUser &user, const QString &clientId,
                            const QList<Sync::Mutation> &mutations);

    //! Runs one mutator for a REST route (server-assigned HLC).
    Result<Ok> runNow(QSqlDatabase &db, const AuthUser &user, const QString &name,
                      const QJsonObject &args);
    //! A server decision that is not a client mutator (approving a shop): `write` runs in the
    //! group commit with a sync store, so its rows reach the change feed and realtime readers.
    using ServerWrite = std::function<Result<Ok>(QSqlDatabase &tx, Sync::SyncStore &store,
                                                 const Sync::MutationContext &ctx)>;
    Result<Ok> write(QSqlDatabase &db, const QString &actorId, const ServerWrite &write);

    struct PullRequest
    {
        QString clientId;
        QHash<QString, qint64> cursors;
        int limit = 1000;
    };
    Result<QJsonObject> pull(QSqlDatabase &db, const AuthUser &user, const PullRequest &request);

    //! The buckets a user receives: their own, their author bucket, those of whom they follow,
    //! and those of the conversations they are a member of.
    static Result<QStringList> subscriptions(QSqlDatabase &db, const QString &userId);
    //! Who must be told about changes in a bucket (for realtime frames).
    static Result<QSet<QString>> audience(QSqlDatabase &db, const QString &bucket);

    //! Client ids are chosen by clients: 8–64 characters of [A-Za-z0-9-].
private:
    SharedClock &m_clock;
    GroupCommit m_group;
    std::optional<Sync::NewAccountLimits> m_limits;
};

} // namespace Souk::Server
