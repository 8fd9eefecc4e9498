#include "ModerationQueries.h"

#include "ReadQuery.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

namespace {

// The content's state now, from whichever table holds the kind of target.
const QString TargetModeration =
    u"COALESCE(CASE r.target_type"
    " WHEN 'post' THEN (SELECT moderation FROM posts WHERE id = r.target_id)"
    " WHEN 'comment' THEN (SELECT moderation FROM comments WHERE id = r.target_id)"
    " WHEN 'message' THEN (SELECT moderation FROM messages WHERE id = r.target_id)"
    " WHEN 'product' THEN (SELECT moderation FROM products WHERE id = r.target_id)"
    " WHEN 'review' THEN (SELECT moderation FROM reviews WHERE id = r.target_id)"
    " END, '')"_s;

const QString StrikeColumns =
    u"SELECT id, user_id, action, action_id, reason, rule, target_type, target_id, excerpt,"
    " status, appeal, until, created_at FROM strikes"_s;

ModerationQueries::Strike strikeFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(),   q.value(1).toString(),  q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(),  q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toString(),  q.value(8).toString(),
            q.value(9).toString(),   q.value(10).toString(), q.value(11).toLongLong(),
            q.value(12).toLongLong()};
}

} // namespace

Result<QList<ModerationQueries::QueueItem>> ModerationQueries::queue(const QString &reason,
                                                                     Sort sort, int limit)
{
    static const QHash<Sort, QString> orders {{Sort::Oldest, u"first_at ASC"_s},
                                              {Sort::Newest, u"last_at DESC"_s},
                                              {Sort::MostReported, u"reporters DESC, first_at"_s}};
    // char(31) separates the lists: it cannot appear in ids, reasons or typed notes.
    Result<QSqlQuery> q = readQuery(
        m_db,
        u"SELECT r.target_type, r.target_id, MAX(r.target_owner_id), MAX(r.target_owner_username),"
        " group_concat(r.id, char(31)), group_concat(r.reason, char(31)),"
        " group_concat(NULLIF(r.note, ''), char(31)), COUNT(*) AS reporters,"
        " MIN(r.created_at) AS first_at, MAX(r.created_at) AS last_at,"
        " (SELECT s.snapshot FROM reports s WHERE s.target_type = r.target_type"
        "   AND s.target_id = r.target_id ORDER BY s.created_at DESC LIMIT 1), "_s
            + TargetModeration
            + u" FROM reports r WHERE r.status = 'open'"
              " GROUP BY r.target_type, r.target_id"
              // A null QString binds as NULL: COALESCE makes "no filter" mean every reason.
              " HAVING COALESCE(?, '') = '' OR SUM(r.reason = ?) > 0"
              " ORDER BY "_s
            + orders.value(sort) + u" LIMIT ?"_s,
        {reason, reason, limit});
    if (!q)
        return q.error();
    QList<QueueItem> out;
    const QChar separator(31);
    while (q->next()) {
        QueueItem item;
        item.targetType = q->value(0).toString();
        item.targetId = q->value(1).toString();
        item.ownerId = q->value(2).toString();
        item.ownerUsername = q->value(3).toString();
        item.reportIds = q->value(4).toString().split(separator);
        item.reasons = q->value(5).toString().split(separator);
        item.notes = q->value(6).toString().split(separator, Qt::SkipEmptyParts);
        item.reporters = q->value(7).toInt();
        item.firstAt = q->value(8).toLongLong();
        item.lastAt = q->value(9).toLongLong();
        item.snapshot = QJsonDocument::fromJson(q->value(10).toString().toUtf8()).object();
        item.moderation = q->value(11).toString();
        out << item;
    }
    return out;
}

Result<QList<ModerationQueries::Report>> ModerationQueries::reportsAbout(const QString &targetType,
                                                                         const QString &targetId)
{
    Result<QSqlQuery> q = readQuery(
        m_db,
        u"SELECT id, reporter_id, reporter_username, reason, note, status, decision, created_at,"
        " decided_at FROM reports WHERE target_type = ? AND target_id = ?"
        " ORDER BY created_at DESC"_s,
        {targetType, targetId});
    if (!q)
        return q.error();
    QList<Report> out;
    while (q->next())
        out << Report {q->value(0).toString(), q->value(1).toString(),   q->value(2).toString(),
                       q->value(3).toString(), q->value(4).toString(),   q->value(5).toString(),
                       q->value(6).toString(), q->value(7).toLongLong(), q->value(8).toLongLong()};
    return out;
}

Result<QList<ModerationQueries::Action>> ModerationQueries::actions(const QString &targetId,
                                                                    int limit)
{
    Result<QSqlQuery> q = readQuery(
        m_db,
        u"SELECT id, actor_id, action, target_type, target_id, owner_id, reason, rule,"
        " created_at, reversed FROM mod_actions WHERE COALESCE(?, '') = '' OR target_id = ?"
        " ORDER BY created_at DESC LIMIT ?"_s,
        {targetId, targetId, limit});
    if (!q)
        return q.error();
    QList<Action> out;
    while (q->next())
        out << Action {q->value(0).toString(),   q->value(1).toString(),
                       q->value(2).toString(),   q->value(3).toString(),
                       q->value(4).toString(),   q->value(5).toString(),
                       q->value(6).toString(),   q->value(7).toString(),
                       q->value(8).toLongLong(), q->value(9).toLongLong() != 0};
    return out;
}

Result<QList<ModerationQueries::Strike>> ModerationQueries::strikesWhere(const QString &clause,
                                                                         const QVariantList &binds)
{
    Result<QSqlQuery> q = readQuery(m_db, StrikeColumns + clause, binds);
    if (!q)
        return q.error();
    QList<Strike> out;
    while (q->next())
        out << strikeFrom(*q);
    return out;
}

Result<QList<ModerationQueries::Strike>> ModerationQueries::strikes(const QString &userId)
{
    return strikesWhere(u" WHERE user_id = ? ORDER BY created_at DESC"_s, {userId});
}

Result<QList<ModerationQueries::Strike>> ModerationQueries::openAppeals()
{
    return strikesWhere(u" WHERE appeal = 'open' ORDER BY (SELECT MIN(created_at)"
                        " FROM appeal_messages m WHERE m.strike_id = strikes.id)"_s,
                        {});
}

Result<std::optional<ModerationQueries::Strike>> ModerationQueries::strike(const QString &id)
{
    Result<QSqlQuery> q = readQuery(m_db, StrikeColumns + u" WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Strike> {};
    return std::optional<Strike> {strikeFrom(*q)};
}

Result<QList<ModerationQueries::AppealMessage>> ModerationQueries::thread(const QString &strikeId)
{
    Result<QSqlQuery> q =
        readQuery(m_db,
                  u"SELECT id, body, from_moderator, created_at FROM"
                  " appeal_messages WHERE strike_id = ? ORDER BY created_at, id"_s,
                  {strikeId});
    if (!q)
        return q.error();
    QList<AppealMessage> out;
    while (q->next())
        out << AppealMessage {q->value(0).toString(), q->value(1).toString(),
                              q->value(2).toLongLong() != 0, q->value(3).toLongLong()};
    return out;
}

} // namespace Souk::Sync
