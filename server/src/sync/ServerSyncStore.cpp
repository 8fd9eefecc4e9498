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

Result<std::optional<Row>> ServerSyncStore::get(const EntityDef &entity, const QString &id)
{
    ++m_reads;
    Result<QSqlQuery *> q = exec(u"SELECT "_s + columnList(entity) + u", clocks, deleted FROM "_s
                                     + entity.serverTable + u" WHERE id = ?"_s,
                                 {id}, "sync store get");
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Row> {};
    Row row;
    row.id = id;
    const int n = int(entity.fields.size());
    for (int i = 0; i < n; ++i)
        row.fields.insert(entity.fields.at(i).name,
                          Sync::fieldFromSql(entity.fields.at(i), (*q)->value(i)));
    row.clocks = QJsonDocument::fromJson((*q)->value(n).toString().toUtf8()).object();
    row.deleted = (*q)->value(n + 1).toLongLong() != 0;
    return std::optional<Row> {row};
}

Result<Ok> ServerSyncStore::put(const EntityDef &entity, const Row &row)
{
    ++m_writes;
    QStringList assignments;
    QVariantList values;
    for (const FieldDef &f : entity.fields) {
        assignments << f.name + u" = ?"_s;
        values << Sync::fieldToSql(f, row.fields.value(f.name));
    }
    const QString clocks =
        QString::fromUtf8(QJsonDocument(row.clocks).toJson(QJsonDocument::Compact));
    values << clocks << (row.deleted ? 1 : 0) << row.id;
    // Update first: some server tables (users) hold columns a mutator never creates.
    Result<QSqlQuery *> update =
        exec(u"UPDATE "_s + entity.serverTable + u" SET "_s + assignments.join(u", "_s)
                 + u", clocks = ?, deleted = ? WHERE id = ?"_s,
             values, "sync store update");
    if (!update)
        return update.error();
    const bool inserted = (*update)->numRowsAffected() == 0;
    if (inserted) {
        QStringList marks(entity.fields.size() + 3, u"?"_s);
        QVariantList insertValues {row.id};
        for (const FieldDef &f : entity.fields)
            insertValues << Sync::fieldToSql(f, row.fields.value(f.name));
        insertValues << clocks << (row.deleted ? 1 : 0);
        Result<QSqlQuery *> insert =
            exec(u"INSERT INTO "_s + entity.serverTable + u" (id, "_s + columnList(entity)
                     + u", clocks, deleted) VALUES ("_s + marks.join(u", "_s) + u')',
                 insertValues, "sync store insert");
        if (!insert)
            return insert.error();
    }
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
    const QStringList buckets = entity.buckets(row);
    // A row just inserted was in no bucket yet: a new message (the chat's hot path) skips this.
    if (entity.bucketsFollowState && !inserted) {
        // A row that left a bucket (a post held for review leaves its followers') leaves a
        // tombstone there, so the readers of that bucket drop it.
        Result<QSqlQuery *> was =
            exec(u"SELECT bucket FROM sync_rows WHERE tbl = ? AND row_id = ? AND deleted = 0"_s,
                 {entity.name, row.id}, "read row's buckets");
        if (!was)
            return was.error();
        QStringList left;
        while ((*was)->next()) {
            if (!buckets.contains((*was)->value(0).toString()))
                left << (*was)->value(0).toString();
        }
        const Row gone {row.id, {}, {}, true}; // nothing of the content goes with it
        if (Result<Ok> fed = feedBuckets(entity, gone, left); !fed)
            return fed;
    }
    return feedBuckets(entity, row, buckets);
}

Result<Ok> ServerSyncStore::feedBuckets(const EntityDef &entity, const Row &row,
                                        const QStringList &buckets)
{
    if (buckets.isEmpty())
        return Ok {};
    const QString snapshot = QString::fromUtf8(rowSnapshot(row));
    for (const QString &bucket : buckets) {
        Result<qint64> version = nextVersion();
        if (!version)
            return version.error();
        Result<QSqlQuery *> old = exec(
            u"SELECT version, deleted FROM sync_rows WHERE bucket = ? AND tbl = ? AND row_id = ?"_s,
            {bucket, entity.name, row.id}, "read feed row");
        if (!old)
            return old.error();
        qint64 delta = 0;
        qint64 rowsDelta = 0;
        if ((*old)->next() && (*old)->value(1).toLongLong() == 0) {
            delta -= Sync::rowChecksum(entity.name, row.id, (*old)->value(0).toLongLong());
            rowsDelta -= 1;
        }
        if (!row.deleted) {
            delta += Sync::rowChecksum(entity.name, row.id, *version);
            rowsDelta += 1;
        }
        if (!m_deltas.contains(bucket)) {
            BucketDelta &fresh = bucketDelta(bucket);
            // The bucket's newest version before this transaction wrote to it.
            Result<QSqlQuery *> newest =
                exec(u"SELECT COALESCE(MAX(version), 0) FROM sync_rows WHERE bucket = ?"_s,
                     {bucket}, "read bucket head");
            if (!newest)
                return newest.error();
            fresh.after = (*newest)->next() ? (*newest)->value(0).toLongLong() : 0;
        }
        Result<QSqlQuery *> upsert =
            exec(u"INSERT INTO sync_rows (bucket, tbl, row_id, version, deleted, data)"
                 " VALUES (?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT (bucket, tbl, row_id) DO UPDATE SET version = excluded.version,"
                 " deleted = excluded.deleted, data = excluded.data"_s,
                 {bucket, entity.name, row.id, *version, row.deleted ? 1 : 0, snapshot},
                 "write feed row");
        if (!upsert)
            return upsert.error();
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
    }
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
