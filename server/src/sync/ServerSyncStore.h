#pragma once

#include "Database.h"
#include "StatementCache.h"
#include "SyncTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

namespace Souk::Server {

//! What one transaction wrote to one bucket's feed. A client that holds the bucket at a cursor
//! in [after, cursor) can apply these rows as they are, without pulling (the realtime "delta"
//! frame); any other client pulls. Rows appear once, as last written.
struct BucketDelta
{
    qint64 after = 0; // the bucket's newest version before the transaction
    qint64 cursor = 0; // its newest version after it
    qint64 checksum = 0;
    QList<QJsonObject> changes; // in the form a pull sends them
    qsizetype bytes = 0;
    bool tooLarge = false; // past the limits below: a poke is sent instead

    static constexpr int MaxChanges = 100;
    static constexpr qsizetype MaxBytes = 64 * 1024;

    //! Adds a row's change; a row already here is replaced where it stands. Past the limits,
    //! the delta becomes a poke.
    void add(const QJsonObject &change, qsizetype changeBytes);
    void count(qsizetype changeBytes);
};
using FeedDeltas = QHash<QString, BucketDelta>;

//! The server side of Sync::SyncStore: rows live in the entity's server table, and every put
//! also lands in the change feed (sync_rows), once per bucket the row belongs to, with a new
//! global version and an updated bucket checksum. Callers run it inside a transaction.
class ServerSyncStore : public Sync::SyncStore
{
public:
    explicit ServerSyncStore(QSqlDatabase &db);
    //! Finishes the statements it ran, so none keeps a read snapshot open.
    ~ServerSyncStore() override;
    ServerSyncStore(const ServerSyncStore &) = delete;
    ServerSyncStore &operator=(const ServerSyncStore &) = delete;

    //! Runs a statement through this store's prepared-statement cache (StatementCache).
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &binds, const char *context)
    {
        return m_statements.exec(sql, binds, context);
    }

    //! From now on, keeps each row this store reads or writes, so a put() after a get() of the
    //! same row (a message's conversation, a new message's id checked unused) does not read it
    //! again. Only for work that writes synced rows through this store alone (a push's client
    //! mutators); a server mutation's own SQL would leave it stale. A rollback to a checkpoint
    //! and a restriction forget it.
    void keepRows() { m_keepRows = true; }

    Result<std::optional<Sync::Row>> get(const Sync::EntityDef &entity, const QString &id) override;
    Result<Ok> put(const Sync::EntityDef &entity, const Sync::Row &row) override;
    Result<std::optional<QJsonObject>> media(const QString &mediaId) override;
    Result<std::optional<QString>> userIdByUsername(const QString &username) override;
    Result<std::optional<Sync::Account>> account(const QString &userId) override;
    Result<QStringList> noticesQuoting(const QString &postId, const QString &commentId) override;
    Result<Ok> restrict(const QString &userId, const Sync::Account &restriction) override;
    Result<Ok> endSessions(const QString &userId, const QString &reason) override;
    Result<Ok> audit(qint64 at, const Sync::AuditEntry &entry) override;
    std::optional<Sync::NewAccountLimits> newAccountLimits() override { return m_limits; }
    Result<qint64> countSince(const QString &kind, const QString &userId, qint64 sinceMs) override;
    Result<bool> blockedWithMember(const QString &userId, const QString &conversationId) override;
    //! The server's limits on new accounts (none: unlimited, as for demo data and migrations).
    void setNewAccountLimits(std::optional<Sync::NewAccountLimits> limits) { m_limits = limits; }

    //! Re-announces a row as it is in its table (after a write of columns the store does not
    //! put, such as a new account's profile, or to backfill the feed in a migration).
    Result<Ok> publish(const Sync::EntityDef &entity, const QString &id);

    //! What this store wrote to the feed, by bucket.
    const FeedDeltas &deltas() const { return m_deltas; }
    //! Sessions ended and accounts whose restrictions changed: once the transaction commits,
    //! their sockets close and cached tokens are forgotten.
    const QStringList &endedSessions() const { return m_endedSessions; }
    const QStringList &restrictedUsers() const { return m_restrictedUsers; }
    //! An account changed outside restrict() (a shop opened gave it the shop role): its cached
    //! tokens are forgotten once the transaction commits, like a restricted account's.
    void accountChanged(const QString &userId)
    {
        if (!m_restrictedUsers.contains(userId))
            m_restrictedUsers << userId;
    }

    //! Marks the start of one mutation: restore() then forgets what was recorded after it, with
    //! a ROLLBACK TO SAVEPOINT. Costs what that mutation touches, not what the push did before
    //! (copying every delta per mutation made a push's cost grow with its square).
    struct Checkpoint
    {
        qsizetype endedSessions = 0, restrictedUsers = 0;
    };
    Checkpoint checkpoint()
    {
        m_saved.clear();
        return {m_endedSessions.size(), m_restrictedUsers.size()};
    }
    void restore(const Checkpoint &saved);

    //! What this store has done so far, rolled-back work included: a row written costs as much
    //! as eight looked up (a put also writes the change feed and its checksums; measured in
    //! bench/abuse). A push's budget is counted in it (SyncService).
    qint64 cost() const { return m_writes * WriteCost + m_reads; }
    static constexpr qint64 WriteCost = 8;

private:
    //! Writes the row to the feed of each bucket it belongs to. `inserted`: the row is new, so
    //! it has left no bucket.
    Result<Ok> feed(const Sync::EntityDef &entity, const Sync::Row &row, bool inserted = false);
    //! A row's entry in one bucket's feed, as sync_rows holds it.
    struct FeedEntry
    {
        QString bucket;
        qint64 version = 0;
        bool deleted = false;
    };
    //! Writes `row` to `bucket` at a new version, replacing its `old` entry there (if any)
    //! and updating the bucket's checksum. `snapshot`: rowSnapshot(row), made once per write.
    Result<Ok> feedBucket(const Sync::EntityDef &entity, const Sync::Row &row,
                          const QString &bucket, const std::optional<FeedEntry> &old,
                          const QString &snapshot);
    //! Server-side indexes that are not columns of a synced table (post_tags).
    Result<Ok> index(const Sync::EntityDef &entity, const Sync::Row &row);
    Result<qint64> nextVersion();
    //! Adds a feed write to its bucket's delta (the first write also reads `after`).
    void record(const QString &bucket, const Sync::EntityDef &entity, const Sync::Row &row,
                qint64 version, qint64 checksum, qsizetype bytes);

    QSqlDatabase &m_db;
    StatementCache &m_statements; // this thread's, kept across transactions
    //! The bucket's delta, saving its state as it was at the checkpoint on first touch.
    BucketDelta &bucketDelta(const QString &bucket);

    //! The rows kept by keepRows(), as stored: by table, then id (nullopt: no such row).
    QHash<QString, QHash<QString, std::optional<Sync::Row>>> m_rows;
    bool m_keepRows = false;
    //! The row as kept, or nullptr when this store has not kept it.
    const std::optional<Sync::Row> *kept(const Sync::EntityDef &entity, const QString &id) const;
    void keep(const Sync::EntityDef &entity, const QString &id, std::optional<Sync::Row> row);

    FeedDeltas m_deltas;
    //! Each bucket touched since the checkpoint, as it was then (nullopt: not there yet).
    QHash<QString, std::optional<BucketDelta>> m_saved;
    qint64 m_writes = 0;
    qint64 m_reads = 0;
    QStringList m_endedSessions;
    QStringList m_restrictedUsers;
    std::optional<Sync::NewAccountLimits> m_limits;
};

//! The snapshot a pull sends for a row: {"fields":{...},"clocks":{...}}.
QByteArray rowSnapshot(const Sync::Row &row);

} // namespace Souk::Server
