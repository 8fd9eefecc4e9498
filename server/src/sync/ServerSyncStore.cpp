#include "ServerSyncStore.h"

#include "Audit.h"
#include "Checksum.h"
#include "Database.h"
#include "DerivedIds.h"
#include "Entities.h"
#include "Sessions.h"
#include "SocialText.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <memory>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Souk::Server {

using Sync::EntityDef;
using Sync::FieldDef;
using Sync::Row;

namespace {

QString columnList(const EntityDef &entity)
{
    QStringList names;
    for (const FieldDef &f : entity.fields)
        names << f.name;
    return names.join(u", "_s);
}

//! Whether a stored value and the one about to be written are the same in the database: NULL
//! only equals NULL, and otherwise their text forms match (an integer column reads back as a
//! 64-bit integer, a flag as 0 or 1). A false "different" only costs a column in the UPDATE.
bool sameSqlValue(const QVariant &stored, const QVariant &next)
{
    const bool nextNull =
        next.isNull() || (next.typeId() == QMetaType::QString && next.toString().isNull());
    if (stored.isNull() != nextNull)
        return false;
    return stored.toString() == next.toString();
}

} // namespace

ServerSyncStore::ServerSyncStore(QSqlDatabase &db)
    : m_db(db)
    , m_statements(threadStatements(db))
{ }

ServerSyncStore::~ServerSyncStore()
{
    m_statements.finish();
}

void BucketDelta::add(const QJsonObject &change, qsizetype changeBytes)
{
    if (tooLarge)
        return;
    const auto same = std::find_if(changes.begin(), changes.end(), [&](const QJsonObject &c) {
        return c.value(u"id"_s) == change.value(u"id"_s)
            && c.value(u"table"_s) == change.value(u"table"_s);
    });
    if (same != changes.end())
        *same = change;
    else
        changes.append(change);
    count(changeBytes);
}

void BucketDelta::count(qsizetype changeBytes)
{
    bytes += changeBytes;
    if (changes.size() > MaxChanges || bytes > MaxBytes) {
        tooLarge = true;
        changes.clear();
    }
}

QByteArray rowSnapshot(const Row &row)
{
    return QJsonDocument(QJsonObject {{u"fields"_s, row.fields}, {u"clocks"_s, row.clocks}})
        .toJson(QJsonDocument::Compact);
}

const std::optional<Row> *ServerSyncStore::kept(const EntityDef &entity, const QString &id) const
{
    const auto table = m_rows.constFind(entity.serverTable);
    if (table == m_rows.constEnd())
        return nullptr;
    const auto row = table->constFind(id);
    return row == table->constEnd() ? nullptr : &*row;
}

void ServerSyncStore::keep(const EntityDef &entity, const QString &id, std::optional<Row> row)
{
    if (m_keepRows)
        m_rows[entity.serverTable].insert(id, std::move(row));
}

Result<std::optional<Row>> ServerSyncStore::get(const EntityDef &entity, const QString &id)
{
    ++m_reads; // counted as a read either way: a push's budget does not depend on the cache
    if (const std::optional<Row> *row = kept(entity, id))
        return *row;
    Result<QSqlQuery *> q = exec(u"SELECT "_s + columnList(entity) + u", clocks, deleted FROM "_s
                                     + entity.serverTable + u" WHERE id = ?"_s,
                                 {id}, "sync store get");
    if (!q)
        return q.error();
    if (!(*q)->next()) {
        keep(entity, id, std::nullopt);
        return std::optional<Row> {};
    }
    Row row;
    row.id = id;
    const int n = int(entity.fields.size());
    for (int i = 0; i < n; ++i)
        row.fields.insert(entity.fields.at(i).name,
                          Sync::fieldFromSql(entity.fields.at(i), (*q)->value(i)));
    row.clocks = QJsonDocument::fromJson((*q)->value(n).toString().toUtf8()).object();
    row.deleted = (*q)->value(n + 1).toLongLong() != 0;
    keep(entity, id, row);
    return std::optional<Row> {row};
}

Result<Ok> ServerSyncStore::put(const EntityDef &entity, const Row &row)
{
    ++m_writes;
    QVariantList values;
    for (const FieldDef &f : entity.fields)
        values << Sync::fieldToSql(f, row.fields.value(f.name));
    values << QString::fromUtf8(QJsonDocument(row.clocks).toJson(QJsonDocument::Compact))
           << (row.deleted ? 1 : 0);
    QStringList columns;
    for (const FieldDef &f : entity.fields)
        columns << f.name;
    columns << u"clocks"_s << u"deleted"_s;

    // The row as stored. Only the columns that differ are set: SQLite rewrites every index
    // over a column an UPDATE names, changed or not, so naming them all wrote each index of a
    // conversation on every message sent to it (bench/README, "pages per message").
    QVariantList storedValues;
    bool inserted = false;
    if (const std::optional<Row> *was = kept(entity, row.id)) {
        inserted = !was->has_value();
        if (!inserted) {
            for (const FieldDef &f : entity.fields)
                storedValues << Sync::fieldToSql(f, (*was)->fields.value(f.name));
            storedValues << QString::fromUtf8(
                QJsonDocument((*was)->clocks).toJson(QJsonDocument::Compact))
                         << ((*was)->deleted ? 1 : 0);
        }
    } else {
        Result<QSqlQuery *> stored = exec(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s
                                              + entity.serverTable + u" WHERE id = ?"_s,
                                          {row.id}, "sync store read before write");
        if (!stored)
            return stored.error();
        inserted = !(*stored)->next();
        for (qsizetype i = 0; !inserted && i < columns.size(); ++i)
            storedValues << (*stored)->value(int(i));
    }
    if (inserted) {
        QStringList marks(columns.size() + 1, u"?"_s);
        Result<QSqlQuery *> insert =
            exec(u"INSERT INTO "_s + entity.serverTable + u" (id, "_s + columns.join(u", "_s)
                     + u") VALUES ("_s + marks.join(u", "_s) + u')',
                 QVariantList {row.id} + values, "sync store insert");
        if (!insert)
            return insert.error();
    } else {
        QStringList assignments;
        QVariantList changed;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (sameSqlValue(storedValues.at(i), values.at(i)))
                continue;
            assignments << columns.at(i) + u" = ?"_s;
            changed << values.at(i);
        }
        if (!assignments.isEmpty()) {
            // Some server tables (users) hold columns a mutator never writes: they stay.
            Result<QSqlQuery *> update = exec(u"UPDATE "_s + entity.serverTable + u" SET "_s
                                                  + assignments.join(u", "_s) + u" WHERE id = ?"_s,
                                              changed << row.id, "sync store update");
            if (!update)
                return update.error();
        }
    }
    keep(entity, row.id, row);
    if (Result<Ok> indexed = index(entity, row); !indexed)
        return indexed;
    return feed(entity, row, inserted);
}

Result<Ok> ServerSyncStore::index(const EntityDef &entity, const Row &row)
{
    if (&entity != &Sync::Entity::posts())
        return Ok {};
    Result<QSqlQuery *> cleared =
        exec(u"DELETE FROM post_tags WHERE post_id = ?"_s, {row.id}, "clear post tags");
    if (!cleared)
        return cleared.error();
    // Only what the public may see is indexed: a tag of a post held back or taken down would
    // show in tag counts and suggestions.
    if (row.deleted || !row.fields.value(u"moderation"_s).toString().isEmpty())
        return Ok {};
    const qint64 createdAt = row.fields.value(u"created_at"_s).toInteger();
    for (const QString &tag :
         Sync::SocialText::splitPadded(row.fields.value(u"tags"_s).toString())) {
        Result<QSqlQuery *> added =
            exec(u"INSERT INTO post_tags (tag, post_id, created_at) VALUES (?, ?, ?)"_s,
                 {tag, row.id, createdAt}, "index post tag");
        if (!added)
            return added.error();
    }
    return Ok {};
}

Result<std::optional<QJsonObject>> ServerSyncStore::media(const QString &mediaId)
{
    ++m_reads;
    Result<QSqlQuery *> q =
        exec(u"SELECT sha256, width, height FROM media WHERE id = ?"_s, {mediaId}, "find media");
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<QJsonObject> {};
    return std::optional<QJsonObject> {QJsonObject {{u"id"_s, mediaId},
                                                    {u"sha256"_s, (*q)->value(0).toString()},
                                                    {u"width"_s, (*q)->value(1).toInt()},
                                                    {u"height"_s, (*q)->value(2).toInt()}}};
}

Result<std::optional<QString>> ServerSyncStore::userIdByUsername(const QString &username)
{
    ++m_reads;
    Result<QSqlQuery *> q = exec(u"SELECT id FROM users WHERE username_key = ? AND deleted = 0"_s,
                                 {username.toLower()}, "find user by name");
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<QString> {};
    return std::optional<QString> {(*q)->value(0).toString()};
}

Result<QStringList> ServerSyncStore::noticesQuoting(const QString &postId, const QString &commentId)
{
    ++m_reads;
    // Through notifications_quoting (post_id, comment_id); a null commentId binds as NULL,
    // hence the COALESCE for a post's own notices. A like's notice (comment_id empty)
    // quotes the post to its own author, who sees their marked post anyway; a moderation
    // notice's comment_id holds its strike's id, never a comment's: the kinds keep both out.
    Result<QSqlQuery *> q =
        exec(u"SELECT id FROM notifications WHERE post_id = ? AND comment_id = COALESCE(?, '')"
             " AND deleted = 0 AND kind IN ('comment', 'reply', 'mention')"_s,
             {postId, commentId}, "notices quoting content");
    if (!q)
        return q.error();
    QStringList ids;
    while ((*q)->next())
        ids << (*q)->value(0).toString();
    return ids;
}

Result<std::optional<Sync::Account>> ServerSyncStore::account(const QString &userId)
{
    ++m_reads;
    Result<QSqlQuery *> q =
        exec(u"SELECT role, created_at, suspended_until, banned, limited, restriction_reason"
             " FROM users WHERE id = ? AND deleted = 0"_s,
             {userId}, "read account");
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Sync::Account> {};
    Sync::Account a;
    a.role = (*q)->value(0).toString();
    a.createdAt = (*q)->value(1).toLongLong();
    a.suspendedUntil = (*q)->value(2).toLongLong();
    a.banned = (*q)->value(3).toLongLong() != 0;
    a.limited = (*q)->value(4).toLongLong() != 0;
    a.restrictionReason = (*q)->value(5).toString();
    return std::optional<Sync::Account> {a};
}

Result<Ok> ServerSyncStore::restrict(const QString &userId, const Sync::Account &restriction)
{
    Result<QSqlQuery *> q =
        exec(u"UPDATE users SET suspended_until = ?, banned = ?, limited = ?,"
             " restriction_reason = ? WHERE id = ?"_s,
             {restriction.suspendedUntil, restriction.banned ? 1 : 0, restriction.limited ? 1 : 0,
              restriction.restrictionReason, userId},
             "restrict account");
    if (!q)
        return q.error();
    m_rows.remove(Sync::Entity::profiles().serverTable); // kept profiles (users) are stale now
    if (!m_restrictedUsers.contains(userId))
        m_restrictedUsers << userId;
    return Ok {};
}

Result<Ok> ServerSyncStore::endSessions(const QString &userId, const QString &reason)
{
    Result<QStringList> ended = Server::endSessions(m_db, SessionSelection::allOf(userId), reason,
                                                    QDateTime::currentMSecsSinceEpoch());
    if (!ended)
        return ended.error();
    m_endedSessions << *ended;
    if (!m_restrictedUsers.contains(userId))
        m_restrictedUsers << userId;
    return Ok {};
}

Result<Ok> ServerSyncStore::audit(qint64 at, const Sync::AuditEntry &entry)
{
    return appendAudit(m_db, at, entry);
}

Result<bool> ServerSyncStore::blockedWithMember(const QString &userId,
                                                const QString &conversationId)
{
    ++m_reads;
    // From the (few) blocks of this one person to the members' rows by their primary key.
    Result<QSqlQuery *> q =
        exec(u"SELECT 1 FROM blocks b JOIN members m ON m.id = "_s
                 + Sync::Chat::memberIdSql(u"?"_s, u"b.blocked_id"_s)
                 + u" WHERE b.blocker_id = ? AND b.active = 1 AND m.active = 1"
                   " UNION ALL SELECT 1 FROM blocks b JOIN members m ON m.id = "_s
                 + Sync::Chat::memberIdSql(u"?"_s, u"b.blocker_id"_s)
                 + u" WHERE b.blocked_id = ? AND b.active = 1 AND m.active = 1 LIMIT 1"_s,
             {conversationId, userId, conversationId, userId}, "blocked with a member");
    if (!q)
        return q.error();
    return (*q)->next();
}

Result<qint64> ServerSyncStore::countSince(const QString &kind, const QString &userId,
                                           qint64 sinceMs)
{
    ++m_reads;
    // Each by an index on (author, time): posts_by_author, messages and conversations are
    // few per user; links look inside the text of the last hour only.
    static const QHash<QString, QString> queries {
        {u"post"_s, u"SELECT COUNT(*) FROM posts WHERE author_id = ? AND created_at >= ?"_s},
        {u"message"_s, u"SELECT COUNT(*) FROM messages WHERE author_id = ? AND created_at >= ?"_s},
        {u"direct"_s,
         u"SELECT COUNT(*) FROM conversations WHERE created_by = ? AND created_at >= ?"
         " AND kind = 'direct'"_s},
        {u"link"_s,
         u"SELECT (SELECT COUNT(*) FROM posts WHERE author_id = ? AND created_at >= ?"
         "   AND (caption LIKE '%http://%' OR caption LIKE '%https://%' OR caption LIKE '%www.%'))"
         " + (SELECT COUNT(*) FROM messages WHERE author_id = ? AND created_at >= ?"
         "   AND (body LIKE '%http://%' OR body LIKE '%https://%' OR body LIKE '%www.%'))"_s},
    };
    QVariantList binds {userId, sinceMs};
    if (kind == u"link"_s)
        binds << userId << sinceMs;
    Result<QSqlQuery *> q = exec(queries.value(kind), binds, "count recent");
    if (!q)
        return q.error();
    return (*q)->next() ? (*q)->value(0).toLongLong() : 0;
}

Result<Ok> ServerSyncStore::publish(const EntityDef &entity, const QString &id)
{
    Result<std::optional<Row>> row = get(entity, id);
    if (!row)
        return row.error();
    if (!row->has_value())
        return Ok {};
    return feed(entity, **row);
}

Result<qint64> ServerSyncStore::nextVersion()
{
    // One counter for the whole feed. Writers are serialized by the write transaction, so
    // versions are handed out in commit order.
    Result<QSqlQuery *> q =
        exec(u"UPDATE sync_state SET version = version + 1 WHERE id = 1 RETURNING version"_s, {},
             "next sync version");
    if (!q)
        return q.error();
    if (!(*q)->next())
        return databaseError("next sync version", u"sync_state is empty"_s);
    return (*q)->value(0).toLongLong();
}

Result<Ok> ServerSyncStore::feed(const EntityDef &entity, const Row &row, bool inserted)
{
    QStringList buckets = entity.buckets(row);
    buckets.removeDuplicates();
    // Where the row stands in the feed: an entry in each bucket it was ever written to, found
    // through sync_rows_by_row. A row just inserted has none: a new message (the chat's hot
    // path) skips the lookup.
    QList<FeedEntry> was;
    if (!inserted) {
        Result<QSqlQuery *> q =
            exec(u"SELECT bucket, version, deleted FROM sync_rows WHERE tbl = ? AND row_id = ?"_s,
                 {entity.name, row.id}, "read row's feed entries");
        if (!q)
            return q.error();
        while ((*q)->next())
            was.append({(*q)->value(0).toString(), (*q)->value(1).toLongLong(),
                        (*q)->value(2).toLongLong() != 0});
    }
    const QString snapshot = QString::fromUtf8(rowSnapshot(row));
    const Row gone {row.id, {}, {}, true}; // nothing of the content goes with it
    for (const FeedEntry &old : std::as_const(was)) {
        // A row that left a bucket (a post held for review leaves its followers') leaves a
        // tombstone there, so the readers of that bucket drop it.
        if (!buckets.contains(old.bucket) && !old.deleted) {
            if (Result<Ok> fed = feedBucket(entity, gone, old.bucket, old, {}); !fed)
                return fed;
        }
    }
    for (const QString &bucket : std::as_const(buckets)) {
        const auto old = std::find_if(was.cbegin(), was.cend(),
                                      [&](const FeedEntry &e) { return e.bucket == bucket; });
        const std::optional<FeedEntry> previous =
            old == was.cend() ? std::nullopt : std::optional<FeedEntry>(*old);
        if (Result<Ok> fed = feedBucket(entity, row, bucket, previous, snapshot); !fed)
            return fed;
    }
    return Ok {};
}

Result<Ok> ServerSyncStore::feedBucket(const EntityDef &entity, const Row &row,
                                       const QString &bucket, const std::optional<FeedEntry> &old,
                                       const QString &snapshot)
{
    Result<qint64> version = nextVersion();
    if (!version)
        return version.error();
    qint64 delta = 0;
    qint64 rowsDelta = 0;
    if (old) {
        // The feed keeps the latest version of a row in a bucket: the older entry goes.
        Result<QSqlQuery *> dropped =
            exec(u"DELETE FROM sync_rows WHERE bucket = ? AND version = ?"_s,
                 {bucket, old->version}, "drop older feed entry");
        if (!dropped)
            return dropped.error();
        if (!old->deleted) {
            delta -= Sync::rowChecksum(entity.name, row.id, old->version);
            rowsDelta -= 1;
        }
    }
    if (!row.deleted) {
        delta += Sync::rowChecksum(entity.name, row.id, *version);
        rowsDelta += 1;
    }
    if (!m_deltas.contains(bucket)) {
        BucketDelta &fresh = bucketDelta(bucket);
        // The bucket's newest version before this transaction wrote to it.
        Result<QSqlQuery *> newest =
            exec(u"SELECT COALESCE(MAX(version), 0) FROM sync_rows WHERE bucket = ?"_s, {bucket},
                 "read bucket head");
        if (!newest)
            return newest.error();
        fresh.after = (*newest)->next() ? (*newest)->value(0).toLongLong() : 0;
    }
    Result<QSqlQuery *> inserted =
        exec(u"INSERT INTO sync_rows (bucket, version, tbl, row_id, deleted, data)"
             " VALUES (?, ?, ?, ?, ?, ?)"_s,
             {bucket, *version, entity.name, row.id, row.deleted ? 1 : 0,
              row.deleted ? u"{}"_s : snapshot},
             "write feed entry");
    if (!inserted)
        return inserted.error();
    Result<QSqlQuery *> sum =
        exec(u"INSERT INTO sync_buckets (bucket, checksum, rows) VALUES (?, ?, ?)"
             " ON CONFLICT (bucket) DO UPDATE SET"
             " checksum = (sync_buckets.checksum + excluded.checksum) % 4294967296,"
             " rows = sync_buckets.rows + excluded.rows RETURNING checksum"_s,
             {bucket, ((delta % 4294967296LL) + 4294967296LL) % 4294967296LL, rowsDelta},
             "update bucket checksum");
    if (!sum)
        return sum.error();
    if (!(*sum)->next())
        return databaseError("update bucket checksum", u"no checksum returned"_s);
    record(bucket, entity, row, *version, (*sum)->value(0).toLongLong(), snapshot.size());
    return Ok {};
}

BucketDelta &ServerSyncStore::bucketDelta(const QString &bucket)
{
    if (!m_saved.contains(bucket)) {
        const auto it = m_deltas.constFind(bucket);
        m_saved.insert(bucket,
                       it == m_deltas.constEnd() ? std::nullopt : std::optional<BucketDelta>(*it));
    }
    return m_deltas[bucket];
}

void ServerSyncStore::restore(const Checkpoint &saved)
{
    for (auto it = m_saved.constBegin(); it != m_saved.constEnd(); ++it) {
        if (it->has_value())
            m_deltas.insert(it.key(), **it);
        else
            m_deltas.remove(it.key());
    }
    m_saved.clear();
    m_rows.clear(); // what the rolled-back mutation wrote is gone
    m_endedSessions.resize(saved.endedSessions);
    m_restrictedUsers.resize(saved.restrictedUsers);
}

void ServerSyncStore::record(const QString &bucket, const EntityDef &entity, const Row &row,
                             qint64 version, qint64 checksum, qsizetype bytes)
{
    BucketDelta &d = bucketDelta(bucket);
    d.cursor = version;
    d.checksum = checksum;
    QJsonObject change {{u"bucket"_s, bucket},
                        {u"table"_s, entity.name},
                        {u"id"_s, row.id},
                        {u"version"_s, version},
                        {u"deleted"_s, row.deleted}};
    if (!row.deleted) {
        change.insert(u"fields"_s, row.fields);
        change.insert(u"clocks"_s, row.clocks);
    }
    d.add(change, bytes + 120); // the row's snapshot and the change's own keys
}

} // namespace Souk::Server
