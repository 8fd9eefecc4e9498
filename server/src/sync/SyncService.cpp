#include "SyncService.h"

#include "Database.h"
#include "Entities.h"
#include "Mutators.h"
#include "PullJson.h"
#include "ServerSyncStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Server {

Sync::Hlc SharedClock::now()
{
    QMutexLocker lock(&m_mutex);
    return m_clock.now();
}

Result<Sync::Hlc> SharedClock::receive(const Sync::Hlc &remote)
{
    QMutexLocker lock(&m_mutex);
    return m_clock.receive(remote);
}

namespace {

Error clientNotYours()
{
    return Error {403, u"client_not_yours"_s, u"This client id is registered to another account."_s,
                  u"client_id"_s};
}

//! Registers the client id to the user on first sight; refuses another user's id.
Result<qint64> claimClient(ServerSyncStore &store, const QString &clientId, const QString &userId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Result<QSqlQuery *> q =
        store.exec(u"SELECT user_id, last_seq FROM sync_clients WHERE client_id = ?"_s, {clientId},
                   "read sync client");
    if (!q)
        return q.error();
    if ((*q)->next()) {
        if ((*q)->value(0).toString() != userId)
            return clientNotYours();
        return (*q)->value(1).toLongLong();
    }
    Result<QSqlQuery *> insert = store.exec(
        u"INSERT INTO sync_clients (client_id, user_id, last_seq, created_at, last_seen_at)"
        " VALUES (?, ?, 0, ?, ?)"_s,
        {clientId, userId, now, now}, "register sync client");
    if (!insert)
        return insert.error();
    return qint64(0);
}

QJsonObject resultJson(qint64 seq, const QString &status, const Error &error = {})
{
    QJsonObject o {{u"seq"_s, seq}, {u"status"_s, status}};
    if (!error.isNull())
        o.insert(u"error"_s, error.toJson().value(u"error"_s));
    return o;
}

Result<Ok> exec(QSqlDatabase &db, const QString &sql, const char *context)
{
    Result<QSqlQuery> q = execSql(db, sql, {}, context);
    if (!q)
        return q.error();
    return Ok {};
}

} // namespace

Result<qint64> SyncService::compact(QSqlDatabase &db, qint64 keepVersions)
{
    return inTransaction<qint64>(db, [&]() -> Result<qint64> {
        Result<QSqlQuery> state =
            execSql(db, u"SELECT version, purged_before FROM sync_state WHERE id = 1"_s, {},
                    "read horizon");
        if (!state)
            return state.error();
        if (!state->next())
            return databaseError("read horizon", u"sync_state is empty"_s);
        const qint64 horizon = state->value(0).toLongLong() - keepVersions;
        const qint64 from = state->value(1).toLongLong();
        if (horizon <= from)
            return qint64(0);
        // Each bucket remembers the newest tombstone it lost: a client whose cursor is older
        // must start that bucket again, and only that bucket (a cursor the server handed out
        // in the middle of a long bucket may be below the global horizon; resetting on that
        // sent the same first page forever). Tombstones below `from` are gone already, and
        // the version is the rowid, so both statements read only the new range.
        Result<QSqlQuery> marked =
            execSql(db,
                    u"UPDATE sync_buckets SET purged_to = lost.newest FROM"
                    " (SELECT bucket, MAX(version) AS newest FROM sync_rows"
                    "  WHERE version >= ? AND version < ? AND deleted = 1 GROUP BY bucket) AS lost"
                    " WHERE sync_buckets.bucket = lost.bucket"_s,
                    {from, horizon}, "mark purged tombstones");
        if (!marked)
            return marked.error();
        Result<QSqlQuery> purged = execSql(
            db, u"DELETE FROM sync_rows WHERE version >= ? AND version < ? AND deleted = 1"_s,
            {from, horizon}, "purge tombstones");
        if (!purged)
            return purged.error();
        const qint64 count = purged->numRowsAffected();
        Result<QSqlQuery> moved =
            execSql(db, u"UPDATE sync_state SET purged_before = ? WHERE id = 1"_s, {horizon},
                    "move horizon");
        if (!moved)
            return moved.error();
        return count;
    });
}

Result<SyncService::PushResult> SyncService::push(const AuthUser &user, const QString &clientId,
                                                  const QList<Sync::Mutation> &mutations)
{
    // What the push will write, estimated before it runs, so the group commit can let small
    // pushes pass large ones: a row per mutation and per element of its lists.
    qint64 cost = 0;
    for (const Sync::Mutation &m : mutations) {
        cost += 1;
        for (const QJsonValue &arg : m.args)
            cost += arg.isArray() ? arg.toArray().size() : 0;
    }
    PushResult out;
    // `out` is filled on the writer thread; we wait for it.
    Result<FeedDeltas> fed = m_group.run(
        [&](QSqlDatabase &tx) -> Result<FeedDeltas> {
            ServerSyncStore store(tx);
            store.setNewAccountLimits(m_limits);
            store.keepRows(); // client mutators write synced rows through the store alone
            Result<qint64> lastSeq = claimClient(store, clientId, user.userId);
            if (!lastSeq)
                return lastSeq.error();
            out.lastSeq = *lastSeq;
            const qint64 firstSeq = out.lastSeq;
            for (const Sync::Mutation &m : mutations) {
                if (m.seq <= out.lastSeq) {
                    // Already processed: answer as we did then, without applying it again (a
                    // refusal again with its reason; only refusals are recorded).
                    Result<QSqlQuery *> prior = store.exec(
                        u"SELECT status, error FROM sync_results WHERE client_id = ? AND seq = ?"_s,
                        {clientId, m.seq}, "read prior result");
                    if (!prior)
                        return prior.error();
                    QJsonObject r = resultJson(m.seq, u"duplicate"_s);
                    if ((*prior)->next() && (*prior)->value(0).toString() == u"rejected"_s)
                        r.insert(u"error"_s,
                                 QJsonDocument::fromJson((*prior)->value(1).toString().toUtf8())
                                     .object());
                    out.results.append(r);
                    continue;
                }
                Error rejection;
                // A device clock more than MaxClientSkewMs ahead is not allowed to move ours: the
                // mutation still applies (nothing the user did is lost), ordered as of its arrival.
                const Sync::Mutator *mutator =
                    Sync::MutatorRegistry::instance().find(m.name, m.version);
                const bool serverOrdered = mutator && mutator->serverOrdered;
                const Sync::Hlc order =
                    !serverOrdered && m_clock.receive(m.hlc) ? m.hlc : m_clock.now();
                {
                    if (Result<QSqlQuery *> sp =
                            store.exec(u"SAVEPOINT mutation"_s, {}, "savepoint");
                        !sp)
                        return sp.error();
                    const ServerSyncStore::Checkpoint beforeMutation = store.checkpoint();
                    const Sync::MutationContext ctx {user.userId, order, true,
                                                     QDateTime::currentMSecsSinceEpoch()};
                    Result<Ok> applied = Sync::MutatorRegistry::instance().run(store, ctx, m);
                    if (!applied && applied.error().status >= 500)
                        return applied.error(); // transient: the whole batch is retried
                    // Reads count too, and every mutation a row at least (its result): a batch
                    // of refusals that look everything up first is no free pass.
                    if (store.cost() + out.results.size() * ServerSyncStore::WriteCost
                            > PushCostBudget
                        && !out.results.isEmpty()) {
                        // Over the push's budget: this mutation and the rest wait for the client's
                        // next push, so one push never holds the write lock for long.
                        if (Result<QSqlQuery *> rb = store.exec(u"ROLLBACK TO SAVEPOINT mutation"_s,
                                                                {}, "rollback to savepoint");
                            !rb)
                            return rb.error();
                        store.restore(beforeMutation);
                        if (Result<QSqlQuery *> rel = store.exec(u"RELEASE SAVEPOINT mutation"_s,
                                                                 {}, "release savepoint");
                            !rel)
                            return rel.error();
                        out.deferred = mutations.size() - out.results.size();
                        break;
                    }
                    if (!applied) {
                        rejection = applied.error();
                        if (Result<QSqlQuery *> rb = store.exec(u"ROLLBACK TO SAVEPOINT mutation"_s,
                                                                {}, "rollback to savepoint");
                            !rb)
                            return rb.error();
                        store.restore(beforeMutation);
                    }
                    if (Result<QSqlQuery *> rel =
                            store.exec(u"RELEASE SAVEPOINT mutation"_s, {}, "release savepoint");
                        !rel)
                        return rel.error();
                }
                const QString status = rejection.isNull() ? u"applied"_s : u"rejected"_s;
                // Only a refusal is recorded: a replay of a mutation at or below last_seq with no
                // record was applied, and is answered "duplicate" like any other. An insert into
                // sync_results, keyed by client, was a page of WAL of its own for every message
                // (bench/chat).
                if (!rejection.isNull()) {
                    Result<QSqlQuery *> record = store.exec(
                        u"INSERT INTO sync_results (client_id, seq, status, error)"
                        " VALUES (?, ?, ?, ?)"_s,
                        {clientId, m.seq, status,
                         QString::fromUtf8(
                             QJsonDocument(rejection.toJson().value(u"error"_s).toObject())
                                 .toJson(QJsonDocument::Compact))},
                        "record refusal");
                    if (!record)
                        return record.error();
                }
                out.results.append(resultJson(m.seq, status, rejection));
                out.lastSeq = m.seq;
            }
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            Result<QSqlQuery *> advance = store.exec(
                u"UPDATE sync_clients SET last_seq = ?, last_seen_at = ? WHERE client_id = ?"_s,
                {out.lastSeq, now, clientId}, "advance last_seq");
            if (!advance)
                return advance.error();
            // Old results are only needed to answer replays of recent batches; swept every 256.
            if (firstSeq / 256 != out.lastSeq / 256) {
                Result<QSqlQuery *> prune =
                    store.exec(u"DELETE FROM sync_results WHERE client_id = ? AND seq < ?"_s,
                               {clientId, out.lastSeq - 10 * MaxBatch}, "prune results");
                if (!prune)
                    return prune.error();
            }
            out.endedSessions = store.endedSessions();
            out.changedUsers = store.restrictedUsers();
            return store.deltas();
        },
        cost);
    if (!fed)
        return fed.error();
    return out;
}

Result<Ok> SyncService::runNow(const AuthUser &user, const QString &name, const QJsonObject &args)
{
    Result<WriteEffects> done = write(user.userId, name, [&](ServerWrite &w) {
        const Sync::Mutation m {0, name, 1, args, w.ctx.hlc};
        return Sync::MutatorRegistry::instance().run(w.store, w.ctx, m);
    });
    if (!done)
        return done.error();
    return Ok {};
}

Result<SyncService::WriteEffects>
SyncService::write(const QString &actorId, const QString &name,
                   const std::function<Result<Ok>(ServerWrite &)> &apply)
{
    // Every server write is declared: a server mutation in serverMutationNames(), or a mutator.
    Q_ASSERT(serverMutationNames().contains(name)
             || Sync::MutatorRegistry::instance().find(name, 1));
    WriteEffects effects;
    Result<FeedDeltas> fed = m_group.run([&](QSqlDatabase &tx) -> Result<FeedDeltas> {
        ServerSyncStore store(tx);
        store.setNewAccountLimits(m_limits);
        const Sync::MutationContext ctx {actorId, m_clock.now(), true,
                                         QDateTime::currentMSecsSinceEpoch()};
        ServerWrite w {tx, store, ctx};
        if (Result<Ok> done = apply(w); !done)
            return done.error();
        effects = {store.endedSessions(), store.restrictedUsers()};
        return store.deltas();
    });
    if (!fed)
        return fed.error();
    return effects;
}

Result<QStringList> SyncService::subscriptions(QSqlDatabase &db, const QString &userId)
{
    QStringList buckets {Sync::userBucket(userId), Sync::authorBucket(userId)};
    Result<QSqlQuery> q = execSql(
        db,
        u"SELECT followee_id FROM follows WHERE follower_id = ? AND active = 1 AND deleted = 0"_s,
        {userId}, "list followed");
    if (!q)
        return q.error();
    while (q->next())
        buckets << Sync::authorBucket(q->value(0).toString());
    // Conversations: only while a member (a removed member's next pull drops the bucket).
    Result<QSqlQuery> convs =
        execSql(db, u"SELECT conversation_id FROM members WHERE user_id = ? AND active = 1"_s,
                {userId}, "list conversations");
    if (!convs)
        return convs.error();
    while (convs->next())
        buckets << Sync::convBucket(convs->value(0).toString());
    // The owner's shops: inventory, stock alerts and the orders to fulfil.
    Result<QSqlQuery> shops = execSql(
        db, u"SELECT id FROM shops WHERE owner_id = ? AND deleted = 0"_s, {userId}, "list shops");
    if (!shops)
        return shops.error();
    while (shops->next())
        buckets << Sync::shopBucket(shops->value(0).toString());
    // Moderators and admins: the review queue, so they can triage offline.
    Result<QSqlQuery> role =
        execSql(db, u"SELECT role FROM users WHERE id = ?"_s, {userId}, "read role");
    if (!role)
        return role.error();
    if (role->next()
        && (role->value(0).toString() == u"moderator"_s || role->value(0).toString() == u"admin"_s))
        buckets << Sync::modBucket();
    buckets.sort();
    return buckets;
}

Result<QSet<QString>> SyncService::audience(QSqlDatabase &db, const QString &bucket)
{
    QSet<QString> users;
    QString sql;
    if (bucket.startsWith(u"user:"_s)) {
        users.insert(bucket.mid(5));
    } else if (bucket.startsWith(u"author:"_s)) {
        users.insert(bucket.mid(7));
        sql = u"SELECT follower_id FROM follows WHERE followee_id = ? AND active = 1"_s;
    } else if (bucket.startsWith(u"conv:"_s)) {
        sql = u"SELECT user_id FROM members WHERE conversation_id = ? AND active = 1"_s;
    } else if (bucket.startsWith(u"shop:"_s)) {
        sql = u"SELECT owner_id FROM shops WHERE id = ? AND deleted = 0"_s;
    }
    QVariantList binds {bucket.mid(bucket.indexOf(u':') + 1)};
    if (bucket == Sync::modBucket()) {
        sql = u"SELECT id FROM users WHERE role IN ('moderator', 'admin')"_s;
        binds.clear();
    }
    if (sql.isEmpty())
        return users;
    Result<PreparedQuery> q = execPrepared(db, sql, binds, "audience");
    if (!q)
        return q.error();
    while (q->next())
        users.insert(q->value(0).toString());
    return users;
}

Result<QByteArray> SyncService::pull(QSqlDatabase &db, const AuthUser &user,
                                     const PullRequest &request)
{
    // A read transaction: every bucket is read from the same snapshot, at version `head`.
    if (Result<Ok> begun = exec(db, u"BEGIN"_s, "begin pull"); !begun)
        return begun.error();
    auto finish = [&](Result<QByteArray> result) -> Result<QByteArray> {
        if (Result<Ok> ended = exec(db, u"COMMIT"_s, "end pull"); !ended && result)
            return ended.error();
        return result;
    };
    Result<QSqlQuery> client =
        execSql(db, u"SELECT user_id, last_seq FROM sync_clients WHERE client_id = ?"_s,
                {request.clientId}, "read client for pull");
    if (!client)
        return finish(client.error());
    qint64 lastSeq = 0;
    if (client->next()) {
        if (client->value(0).toString() != user.userId)
            return finish(clientNotYours());
        lastSeq = client->value(1).toLongLong();
    }
    Result<QSqlQuery> state =
        execSql(db, u"SELECT version FROM sync_state WHERE id = 1"_s, {}, "read sync state");
    if (!state || !state->next())
        return finish(state ? databaseError("read sync state", u"no row"_s) : state.error());
    const qint64 head = state->value(0).toLongLong();
    for (auto it = request.cursors.constBegin(); it != request.cursors.constEnd(); ++it) {
        if (it.value() > head || it.value() < 0)
            return finish(Error::badRequest(
                u"cursor_from_future"_s,
                u"The cursor for %1 is %2, but the server is at version %3."_s.arg(it.key())
                    .arg(it.value())
                    .arg(head),
                u"cursor"_s));
    }
    Result<QStringList> subs = subscriptions(db, user.userId);
    if (!subs)
        return finish(subs.error());

    // The answer is written as text: each row's stored snapshot already holds its fields and
    // clocks as JSON, spliced in as they are (parsing thousands of them into objects and
    // writing them out again was most of a pull's time; bench/README.md, sync section).
    QByteArray changes;
    bool firstChange = true;
    QJsonObject bucketsOut;
    int remaining = std::clamp(request.limit, 1, MaxPullLimit);
    for (const QString &bucket : std::as_const(*subs)) {
        qint64 cursor = request.cursors.value(bucket, 0);
        // The bucket's checksum and the newest tombstone it lost to compaction, read in this
        // transaction's snapshot like its rows.
        Result<QSqlQuery> state =
            execSql(db, u"SELECT checksum, purged_to FROM sync_buckets WHERE bucket = ?"_s,
                    {bucket}, "bucket state");
        if (!state)
            return finish(state.error());
        const bool known = state->next();
        const qint64 checksum = known ? state->value(0).toLongLong() : 0;
        const qint64 purgedTo = known ? state->value(1).toLongLong() : 0;
        // A client that has not seen a tombstone this bucket lost must start it again.
        const bool reset = cursor > 0 && cursor < purgedTo;
        if (reset)
            cursor = 0;
        bool hasMore = false;
        qint64 newCursor = cursor;
        if (remaining > 0) {
            Result<QSqlQuery> rows =
                execSql(db,
                        u"SELECT tbl, row_id, version, deleted, data FROM sync_rows"
                        " WHERE bucket = ? AND version > ? ORDER BY version LIMIT ?"_s,
                        {bucket, cursor, remaining + 1}, "pull rows");
            if (!rows)
                return finish(rows.error());
            QByteArray bucketJson;
            appendJsonString(bucketJson, bucket);
            int taken = 0;
            while (rows->next()) {
                if (taken == remaining) {
                    hasMore = true;
                    break;
                }
                const qint64 version = rows->value(2).toLongLong();
                const bool deleted = rows->value(3).toLongLong() != 0;
                if (changes.isEmpty()) // most pulls bring a few rows: room for 64, then it grows
                    changes.reserve(qsizetype(std::min(remaining, 64)) * 256);
                changes.append(firstChange ? "{\"bucket\":" : ",{\"bucket\":");
                firstChange = false;
                changes.append(bucketJson);
                changes.append(",\"table\":");
                appendJsonString(changes, rows->value(0).toString());
                changes.append(",\"id\":");
                appendJsonString(changes, rows->value(1).toString());
                changes.append(",\"version\":");
                changes.append(QByteArray::number(version));
                changes.append(deleted ? ",\"deleted\":true" : ",\"deleted\":false");
                if (!deleted) {
                    const QByteArray data = rows->value(4).toString().toUtf8();
                    std::optional<SnapshotMembers> members = snapshotMembers(data);
                    QByteArray reparsed; // a snapshot that is not one object, as before
                    if (!members) {
                        const QJsonObject object = QJsonDocument::fromJson(data).object();
                        reparsed = QJsonDocument(object).toJson(QJsonDocument::Compact);
                        members = snapshotMembers(reparsed);
                    }
                    if (members && !members->fields.isNull()) {
                        changes.append(",\"fields\":");
                        changes.append(members->fields);
                    }
                    if (members && !members->clocks.isNull()) {
                        changes.append(",\"clocks\":");
                        changes.append(members->clocks);
                    }
                }
                changes.append('}');
                newCursor = version;
                ++taken;
            }
            remaining -= taken;
        } else {
            hasMore = true;
        }
        QJsonObject info {{u"cursor"_s, hasMore ? newCursor : head},
                          {u"has_more"_s, hasMore},
                          {u"reset"_s, reset}};
        if (!hasMore)
            info.insert(u"checksum"_s, QString::number(checksum));
        bucketsOut.insert(bucket, info);
    }
    QByteArray answer;
    answer.reserve(changes.size() + 256);
    answer.append("{\"version\":");
    answer.append(QByteArray::number(head));
    answer.append(",\"last_seq\":");
    answer.append(QByteArray::number(lastSeq));
    answer.append(",\"buckets\":");
    answer.append(QJsonDocument(bucketsOut).toJson(QJsonDocument::Compact));
    answer.append(",\"changes\":[");
    answer.append(changes);
    answer.append("]}");
    return finish(answer);
}

} // namespace Souk::Server
