#pragma once

#include "AccountStore.h"
#include "GroupCommit.h"
#include "Hlc.h"
#include "ServerMutation.h"
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
    //! `connect` opens the connection the group commit's writer thread writes with.
    SyncService(SharedClock &clock, GroupCommit::Connect connect)
        : m_clock(clock)
        , m_group(std::move(connect))
    { }

    //! Called after each commit of pushes and REST writes with what changed, in commit order
    //! (the realtime frames; see announce()).
    void setAnnounce(GroupCommit::Announce announce) { m_group.setAnnounce(std::move(announce)); }
    //! What the group commit did so far (commits, work, WAL pages), for /metrics.
    GroupCommit::Stats groupStats() const { return m_group.stats(); }

    static constexpr int MaxBatch = 1000;
    //! What one push may cost (ServerSyncStore::cost(): 500 rows written, or 4,000 looked up,
    //! or a mix; each mutation's cost counts whole). Past it, the rest of the batch is deferred
    //! to the client's next push: the largest single mutation (a group of 256) fits, and a push
    //! holds the write lock for tens of milliseconds, not seconds (bench/abuse: a push's cost
    //! grows faster than its size, so bigger budgets cost more than they save).
    static constexpr qint64 PushCostBudget = 500 * ServerSyncStore::WriteCost;
    static constexpr int MaxPullLimit = 5000;

    //! What a write did besides its rows: the sessions it ended and the accounts whose
    //! restrictions or role changed. Once it committed, the caller closes those sessions'
    //! sockets and forgets the accounts' cached tokens.
    struct WriteEffects
    {
        QStringList endedSessions;
        QStringList changedUsers;
    };
    struct PushResult : WriteEffects
    {
        QJsonArray results; // {seq, status: applied|rejected|duplicate, error?}
        qint64 lastSeq = 0;
        //! Mutations at the end of the batch left for the next push (the cost budget).
        qsizetype deferred = 0;
    };
    //! Applies a batch from one client in one transaction, one savepoint per mutation, with the
    //! client's last_seq, so a replayed batch is acknowledged and not applied twice.
    //! Drops deletion markers older than the last `keepVersions` versions of the log, and
    //! notes in each bucket the newest marker it lost (`purged_to`): a client whose cursor in
    //! that bucket is older downloads it afresh instead of missing a deletion. Returns how
    //! many markers went.
    static Result<qint64> compact(QSqlDatabase &db, qint64 keepVersions);

    Result<PushResult> push(const AuthUser &user, const QString &clientId,
                            const QList<Sync::Mutation> &mutations);

    //! Runs one mutator for a REST route (server-assigned HLC).
    Result<Ok> runNow(const AuthUser &user, const QString &name, const QJsonObject &args);
    template<typename Output> struct Outcome : WriteEffects
    {
        Output value;
    };
    //! Runs a server mutation (ServerMutation.h) for `actorId` in the group commit, with a
    //! server-assigned HLC: its rows reach the change feed and realtime readers like a push's.
    //! The one way the server writes synced data outside a client's mutator.
    template<typename Args, typename Output>
    Result<Outcome<Output>> run(const QString &actorId,
                                const ServerMutation<Args, Output> &mutation, const Args &args)
    {
        std::optional<Output> value;
        Result<WriteEffects> effects =
            write(actorId, QString::fromLatin1(mutation.name), [&](ServerWrite &w) -> Result<Ok> {
                Result<Output> out = mutation.apply(w, args);
                if (!out)
                    return out.error();
                value = std::move(*out);
                return Ok {};
            });
        if (!effects)
            return effects.error();
        return Outcome<Output> {std::move(*effects), std::move(*value)};
    }

    struct PullRequest
    {
        QString clientId;
        QHash<QString, qint64> cursors;
        int limit = 1000;
    };
    //! The answer as compact JSON text (docs/api/openapi.yaml, PullResponse).
    Result<QByteArray> pull(QSqlDatabase &db, const AuthUser &user, const PullRequest &request);

    //! The buckets a user receives: their own, their author bucket, those of whom they follow,
    //! and those of the conversations they are a member of.
    static Result<QStringList> subscriptions(QSqlDatabase &db, const QString &userId);
    //! Who must be told about changes in a bucket (for realtime frames).
    static Result<QSet<QString>> audience(QSqlDatabase &db, const QString &bucket);

private:
    //! The transaction of run() and runNow(): `name` is a server mutation's or a mutator's.
    Result<WriteEffects> write(const QString &actorId, const QString &name,
                               const std::function<Result<Ok>(ServerWrite &)> &apply);

    SharedClock &m_clock;
    GroupCommit m_group;
    std::optional<Sync::NewAccountLimits> m_limits;
};

} // namespace Souk::Server
