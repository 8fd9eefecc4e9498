#include "ModerationQueries.h"

#include "Columns.h"
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

// One group of open reports per target; char(31) separates the lists: it cannot appear in
// ids, reasons or typed notes.
const Columns QueueColumns {
    {u"target_type"_s, u"r.target_type"_s},
    {u"target_id"_s, u"r.target_id"_s},
    {u"owner_id"_s, u"MAX(r.target_owner_id)"_s},
    {u"owner_username"_s, u"MAX(r.target_owner_username)"_s},
    {u"report_ids"_s, u"group_concat(r.id, char(31))"_s},
    {u"reasons"_s, u"group_concat(r.reason, char(31))"_s},
    {u"notes"_s, u"group_concat(NULLIF(r.note, ''), char(31))"_s},
    {u"reporters"_s, u"COUNT(*) AS reporters"_s},
    {u"first_at"_s, u"MIN(r.created_at) AS first_at"_s},
    {u"last_at"_s, u"MAX(r.created_at) AS last_at"_s},
    {u"snapshot"_s,
     u"(SELECT s.snapshot FROM reports s WHERE s.target_type = r.target_type"
     " AND s.target_id = r.target_id ORDER BY s.created_at DESC LIMIT 1)"_s},
    {u"moderation"_s, TargetModeration}};

const Columns ReportColumns {{u"id"_s},       {u"reporter_id"_s}, {u"reporter_username"_s},
                             {u"reason"_s},   {u"note"_s},        {u"status"_s},
                             {u"decision"_s}, {u"created_at"_s},  {u"decided_at"_s}};

const Columns ActionColumns {{u"id"_s},         {u"actor_id"_s}, {u"action"_s}, {u"target_type"_s},
                             {u"target_id"_s},  {u"owner_id"_s}, {u"reason"_s}, {u"rule"_s},
                             {u"created_at"_s}, {u"reversed"_s}};

const Columns StrikeColumns {{u"id"_s},        {u"user_id"_s}, {u"action"_s},      {u"action_id"_s},
                             {u"reason"_s},    {u"rule"_s},    {u"target_type"_s}, {u"target_id"_s},
                             {u"excerpt"_s},   {u"status"_s},  {u"appeal"_s},      {u"until"_s},
                             {u"created_at"_s}};

const QString SelectStrikes = u"SELECT "_s + StrikeColumns.sql() + u" FROM strikes"_s;

ModerationQueries::Strike strikeFrom(const QSqlQuery &q)
{
    const ColumnRow s(q, StrikeColumns);
    return {.id = s.text(u"id"),
            .userId = s.text(u"user_id"),
            .action = s.text(u"action"),
            .actionId = s.text(u"action_id"),
            .reason = s.text(u"reason"),
            .rule = s.text(u"rule"),
            .targetType = s.text(u"target_type"),
            .targetId = s.text(u"target_id"),
            .excerpt = s.text(u"excerpt"),
            .status = s.text(u"status"),
            .appeal = s.text(u"appeal"),
            .until = s.integer(u"until"),
            .createdAt = s.integer(u"created_at")};
}

} // namespace

Result<QList<ModerationQueries::QueueItem>> ModerationQueries::queue(const QString &reason,
                                                                     Sort sort, int limit)
{
    static const QHash<Sort, QString> orders {{Sort::Oldest, u"first_at ASC"_s},
                                              {Sort::Newest, u"last_at DESC"_s},
                                              {Sort::MostReported, u"reporters DESC, first_at"_s}};
    Result<QSqlQuery> q = readQuery(
        m_db,
        u"SELECT "_s + QueueColumns.sql()
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
        const ColumnRow r(*q, QueueColumns);
        QueueItem item;
        item.targetType = r.text(u"target_type");
        item.targetId = r.text(u"target_id");
        item.ownerId = r.text(u"owner_id");
        item.ownerUsername = r.text(u"owner_username");
        item.reportIds = r.text(u"report_ids").split(separator);
        item.reasons = r.text(u"reasons").split(separator);
        item.notes = r.text(u"notes").split(separator, Qt::SkipEmptyParts);
        item.reporters = int(r.integer(u"reporters"));
        item.firstAt = r.integer(u"first_at");
        item.lastAt = r.integer(u"last_at");
        item.snapshot = QJsonDocument::fromJson(r.text(u"snapshot").toUtf8()).object();
        item.moderation = r.text(u"moderation");
        out << item;
    }
    return out;
}

Result<QList<ModerationQueries::Report>> ModerationQueries::reportsAbout(const QString &targetType,
                                                                         const QString &targetId)
{
    Result<QSqlQuery> q = readQuery(
        m_db,
        u"SELECT "_s + ReportColumns.sql()
            + u" FROM reports WHERE target_type = ? AND target_id = ? ORDER BY created_at DESC"_s,
        {targetType, targetId});
    if (!q)
        return q.error();
    QList<Report> out;
    while (q->next()) {
        const ColumnRow r(*q, ReportColumns);
        out << Report {.id = r.text(u"id"),
                       .reporterId = r.text(u"reporter_id"),
                       .reporterUsername = r.text(u"reporter_username"),
                       .reason = r.text(u"reason"),
                       .note = r.text(u"note"),
                       .status = r.text(u"status"),
                       .decision = r.text(u"decision"),
                       .createdAt = r.integer(u"created_at"),
                       .decidedAt = r.integer(u"decided_at")};
    }
    return out;
}

Result<QList<ModerationQueries::Action>> ModerationQueries::actions(const QString &targetId,
                                                                    int limit)
{
    Result<QSqlQuery> q =
        readQuery(m_db,
                  u"SELECT "_s + ActionColumns.sql()
                      + u" FROM mod_actions WHERE COALESCE(?, '') = '' OR target_id = ?"
                        " ORDER BY created_at DESC LIMIT ?"_s,
                  {targetId, targetId, limit});
    if (!q)
        return q.error();
    QList<Action> out;
    while (q->next()) {
        const ColumnRow a(*q, ActionColumns);
        out << Action {.id = a.text(u"id"),
                       .actorId = a.text(u"actor_id"),
                       .action = a.text(u"action"),
                       .targetType = a.text(u"target_type"),
                       .targetId = a.text(u"target_id"),
                       .ownerId = a.text(u"owner_id"),
                       .reason = a.text(u"reason"),
                       .rule = a.text(u"rule"),
                       .createdAt = a.integer(u"created_at"),
                       .reversed = a.flag(u"reversed")};
    }
    return out;
}

Result<QList<ModerationQueries::Strike>> ModerationQueries::strikesWhere(const QString &clause,
                                                                         const QVariantList &binds)
{
    Result<QSqlQuery> q = readQuery(m_db, SelectStrikes + clause, binds);
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
    Result<QSqlQuery> q = readQuery(m_db, SelectStrikes + u" WHERE id = ?"_s, {id});
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
        out << AppealMessage {.id = q->value(0).toString(),
                              .body = q->value(1).toString(),
                              .fromModerator = q->value(2).toLongLong() != 0,
                              .createdAt = q->value(3).toLongLong()};
    return out;
}

} // namespace Souk::Sync
