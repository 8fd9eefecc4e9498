// What moderators and admins read on the server: the audit log (admins), user search and a
// user's record, and ending a user's sessions. Decisions themselves are mutators (moderate,
// actOnUser, decideAppeal), pushed like any change so they can be made offline.
#include "ApiContext.h"
#include "Columns.h"
#include "Database.h"
#include "IsoTime.h"
#include "JsonFields.h"
#include "RealtimeHub.h"
#include "Responses.h"
#include "Routes.h"
#include "SessionMutations.h"
#include "SyncService.h"
#include "WriteEffects.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

constexpr int MaxPage = 200;

Error forbidden(const QString &message)
{
    return Error {403, u"forbidden"_s, message, {}};
}

Error badParameter(const QString &name, const QString &message)
{
    return Error::unprocessable(u"invalid_parameter"_s, message, name);
}

//! The largest whole number a parameter may hold: 18 digits.
constexpr qint64 MaxNumber = 999'999'999'999'999'999;

//! A whole-number parameter in [min, max], written as 1 to 18 ASCII digits and nothing else
//! (no sign, no spaces), or `fallback` when absent.
Result<qint64> number(const QUrlQuery &query, const QString &name, qint64 fallback, qint64 min,
                      qint64 max)
{
    if (!query.hasQueryItem(name))
        return fallback;
    static const QRegularExpression digits(u"^[0-9]{1,18}$"_s);
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    const qint64 value = digits.match(text).hasMatch() ? text.toLongLong() : -1;
    if (value < min || value > max)
        return badParameter(name,
                            u"%1 is a whole number from %2 to %3."_s.arg(name).arg(min).arg(max));
    return value;
}

//! An ISO 8601 time with its offset, or `fallback` when absent.
Result<qint64> time(const QUrlQuery &query, const QString &name, qint64 fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    if (const std::optional<qint64> ms =
            parseIsoTime(query.queryItemValue(name, QUrl::FullyDecoded)))
        return *ms;
    return badParameter(
        name, u"%1 is an ISO 8601 time with its offset, such as 2026-12-07T18:00:00Z."_s.arg(name));
}

//! An entry's detail as stored. A suspension's `until` was stored as milliseconds before the
//! API's times became ISO 8601: shown in today's form.
QJsonObject detailOf(const QString &text)
{
    QJsonObject detail = QJsonDocument::fromJson(text.toUtf8()).object();
    if (const QJsonValue until = detail.value(u"until"_s); until.isDouble())
        detail.insert(u"until"_s, isoTime(until.toInteger()));
    return detail;
}

// --- the audit log --------------------------------------------------------------------------

//! Newest first, filtered by actor (username), action, target and time; `before` pages on.
HttpResponse auditLog(ApiContext &ctx)
{
    if (!ctx.caller().isAdmin())
        return HttpResponse::error(forbidden(u"Only admins can read the audit log."_s));
    const QUrlQuery &query = ctx.request.query;
    if (Error e = checkParameters(query,
                                  {u"actor"_s, u"action"_s, u"target_type"_s, u"target_id"_s,
                                   u"from"_s, u"to"_s, u"limit"_s, u"before"_s});
        !e.isNull())
        return HttpResponse::error(e);
    QStringList where {u"1 = 1"_s};
    QVariantList binds;
    if (const QString actor = query.queryItemValue(u"actor"_s); !actor.isEmpty()) {
        where << u"a.actor_id = (SELECT id FROM users WHERE username_key = ?)"_s;
        binds << actor.toLower();
    }
    for (const QString &column : {u"action"_s, u"target_type"_s, u"target_id"_s}) {
        if (const QString value = query.queryItemValue(column); !value.isEmpty()) {
            where << u"a.%1 = ?"_s.arg(column);
            binds << value;
        }
    }
    Result<qint64> from = time(query, u"from"_s, 0);
    Result<qint64> to = time(query, u"to"_s, std::numeric_limits<qint64>::max());
    Result<qint64> limit = number(query, u"limit"_s, 50, 1, MaxPage);
    Result<qint64> before =
        number(query, u"before"_s, std::numeric_limits<qint64>::max(), 1, MaxNumber);
    for (const Result<qint64> *r : {&from, &to, &limit, &before})
        if (!*r)
            return HttpResponse::error(r->error());
    if (*from > *to)
        return HttpResponse::error(
            Error::unprocessable(u"invalid_range"_s, u"from is at or before to."_s, u"from"_s));
    where << u"a.at >= ?"_s << u"a.at <= ?"_s << u"a.id < ?"_s;
    binds << *from << *to << *before << *limit + 1;
    static const Columns EntryColumns {{u"id"_s, u"a.id"_s},
                                       {u"at"_s, u"a.at"_s},
                                       {u"actor_id"_s, u"a.actor_id"_s},
                                       {u"actor_username"_s, u"COALESCE(u.username, '')"_s},
                                       {u"action"_s, u"a.action"_s},
                                       {u"target_type"_s, u"a.target_type"_s},
                                       {u"target_id"_s, u"a.target_id"_s},
                                       {u"detail"_s, u"a.detail"_s}};
    Result<QSqlQuery> q =
        execSql(ctx.db,
                u"SELECT "_s + EntryColumns.sql()
                    + u" FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id WHERE "_s
                    + where.join(u" AND "_s) + u" ORDER BY a.id DESC LIMIT ?"_s,
                binds, "read audit log");
    if (!q)
        return HttpResponse::error(q.error());
    QJsonArray entries;
    qint64 last = 0;
    bool more = false;
    while (q->next()) {
        if (entries.size() == *limit) {
            more = true;
            break;
        }
        const ColumnRow e(*q, EntryColumns);
        last = e.integer(u"id");
        entries.append(QJsonObject {{u"id"_s, QString::number(last)},
                                    {u"at"_s, jsonTime(e.integer(u"at"))},
                                    {u"actor_id"_s, e.text(u"actor_id")},
                                    {u"actor_username"_s, e.text(u"actor_username")},
                                    {u"action"_s, e.text(u"action")},
                                    {u"target_type"_s, e.text(u"target_type")},
                                    {u"target_id"_s, e.text(u"target_id")},
                                    {u"detail"_s, detailOf(e.text(u"detail"))}});
    }
    QJsonObject out {{u"entries"_s, entries}};
    if (more)
        out.insert(u"next_before"_s, QString::number(last));
    return HttpResponse::json(200, out);
}

// --- users ----------------------------------------------------------------------------------

const Columns AccountColumns {
    {u"id"_s, u"u.id"_s},
    {u"username"_s, u"u.username"_s},
    {u"display_name"_s, u"u.display_name"_s},
    {u"email"_s, u"u.email"_s},
    {u"role"_s, u"u.role"_s},
    {u"created_at"_s, u"u.created_at"_s},
    {u"suspended_until"_s, u"u.suspended_until"_s},
    {u"banned"_s, u"u.banned"_s},
    {u"limited"_s, u"u.limited"_s},
    {u"restriction_reason"_s, u"u.restriction_reason"_s},
    {u"active_strikes"_s,
     u"(SELECT COUNT(*) FROM strikes s WHERE s.user_id = u.id AND s.status = 'active'"
     " AND s.deleted = 0)"_s},
    {u"open_reports"_s,
     u"(SELECT COUNT(*) FROM reports r WHERE r.target_owner_id = u.id AND r.status = 'open')"_s}};

QJsonObject accountFrom(const QSqlQuery &q)
{
    const ColumnRow a(q, AccountColumns);
    return {{u"id"_s, a.text(u"id")},
            {u"username"_s, a.text(u"username")},
            {u"display_name"_s, a.text(u"display_name")},
            {u"email"_s, a.text(u"email")},
            {u"role"_s, a.text(u"role")},
            {u"created_at"_s, jsonTime(a.integer(u"created_at"))},
            {u"suspended_until"_s, jsonTime(a.integer(u"suspended_until"))},
            {u"banned"_s, a.flag(u"banned")},
            {u"limited"_s, a.flag(u"limited")},
            {u"restriction_reason"_s, a.text(u"restriction_reason")},
            {u"active_strikes"_s, a.integer(u"active_strikes")},
            {u"open_reports"_s, a.integer(u"open_reports")}};
}

//! By the start of a username or an email; newest accounts first without a query.
HttpResponse searchUsers(ApiContext &ctx)
{
    if (!ctx.caller().isModerator())
        return HttpResponse::error(forbidden(u"Only moderators and admins can search users."_s));
    const QUrlQuery &query = ctx.request.query;
    if (Error e = checkParameters(query, {u"q"_s, u"limit"_s}); !e.isNull())
        return HttpResponse::error(e);
    Result<qint64> limit = number(query, u"limit"_s, 50, 1, MaxPage);
    if (!limit)
        return HttpResponse::error(limit.error());
    const QString text = query.queryItemValue(u"q"_s, QUrl::FullyDecoded).trimmed().toLower();
    if (text.size() > 100)
        return HttpResponse::error(badParameter(u"q"_s, u"A search is at most 100 characters."_s));
    QString sql = u"SELECT "_s + AccountColumns.sql() + u" FROM users u WHERE u.deleted = 0"_s;
    QVariantList binds;
    if (!text.isEmpty()) {
        // Ranges on the unique keys use their indexes: "ka" finds "karim" and "kamal".
        const QString end = text + QChar(0xFFFF);
        sql += u" AND ((u.username_key >= ? AND u.username_key < ?)"
               " OR (u.email_key >= ? AND u.email_key < ?))"_s;
        binds << text << end << text << end;
    }
    sql += u" ORDER BY u.created_at DESC LIMIT ?"_s;
    binds << *limit;
    Result<QSqlQuery> q = execSql(ctx.db, sql, binds, "search users");
    if (!q)
        return HttpResponse::error(q.error());
    QJsonArray users;
    while (q->next())
        users.append(accountFrom(*q));
    return HttpResponse::json(200, QJsonObject {{u"users"_s, users}});
}

//! The account, its restriction, its strikes, reports against it, and its sessions.
HttpResponse userRecord(ApiContext &ctx)
{
    if (!ctx.caller().isModerator())
        return HttpResponse::error(forbidden(u"Only moderators and admins can read records."_s));
    if (Error e = checkParameters(ctx.request.query, {}); !e.isNull())
        return HttpResponse::error(e);
    const QString id = ctx.request.params.value(u"id"_s);
    Result<QSqlQuery> q =
        execSql(ctx.db, u"SELECT "_s + AccountColumns.sql() + u" FROM users u WHERE u.id = ?"_s,
                {id}, "read account");
    if (!q)
        return HttpResponse::error(q.error());
    if (!q->next())
        return HttpResponse::error(
            Error {404, u"user_not_found"_s, u"There is no such user."_s, {}});
    QJsonObject out {{u"user"_s, accountFrom(*q)}};
    // Each part's columns keep their names in the answer; those in `times` are times.
    struct Part
    {
        QString key;
        Columns columns;
        QString rest; //!< FROM ... for the user's id
        QStringList times;
    };
    static const QList<Part> parts {
        {u"strikes"_s,
         {{u"id"_s},
          {u"action"_s},
          {u"reason"_s},
          {u"rule"_s},
          {u"target_type"_s},
          {u"target_id"_s},
          {u"excerpt"_s},
          {u"until"_s},
          {u"status"_s},
          {u"appeal"_s},
          {u"created_at"_s}},
         u"FROM strikes WHERE user_id = ? AND deleted = 0 ORDER BY created_at DESC LIMIT 100"_s,
         {u"until"_s, u"created_at"_s}},
        {u"reports_against"_s,
         {{u"id"_s},
          {u"target_type"_s},
          {u"target_id"_s},
          {u"reason"_s},
          {u"status"_s},
          {u"decision"_s},
          {u"created_at"_s}},
         u"FROM reports WHERE target_owner_id = ? AND deleted = 0 ORDER BY created_at DESC"
         " LIMIT 100"_s,
         {u"created_at"_s}},
        {u"sessions"_s,
         {{u"id"_s},
          {u"created_at"_s},
          {u"last_used_at"_s},
          {u"revoked_at"_s, u"COALESCE(revoked_at, 0)"_s},
          {u"revoke_reason"_s, u"COALESCE(revoke_reason, '')"_s}},
         u"FROM sessions WHERE user_id = ? ORDER BY last_used_at DESC LIMIT 50"_s,
         {u"created_at"_s, u"last_used_at"_s, u"revoked_at"_s}},
    };
    for (const Part &part : parts) {
        Result<QSqlQuery> rows = execSql(
            ctx.db, u"SELECT "_s + part.columns.sql() + u' ' + part.rest, {id}, "read record");
        if (!rows)
            return HttpResponse::error(rows.error());
        QJsonArray list;
        while (rows->next()) {
            QJsonObject item;
            for (int i = 0; i < part.columns.size(); ++i) {
                const QString &name = part.columns.at(i).name;
                const QVariant v = rows->value(i);
                item.insert(name,
                            part.times.contains(name)              ? jsonTime(v.toLongLong())
                                : v.typeId() == QMetaType::QString ? QJsonValue(v.toString())
                                                                   : QJsonValue(v.toLongLong()));
            }
            list.append(item);
        }
        out.insert(part.key, list);
    }
    Result<QSqlQuery> filed =
        execSql(ctx.db, u"SELECT COUNT(*) FROM reports WHERE reporter_id = ? AND deleted = 0"_s,
                {id}, "count reports filed");
    if (!filed)
        return HttpResponse::error(filed.error());
    out.insert(u"reports_filed"_s, filed->next() ? filed->value(0).toLongLong() : 0);
    return HttpResponse::json(200, out);
}

//! Signs a user out everywhere: every session ends and open sockets close.
HttpResponse endSessions(ApiContext &ctx)
{
    if (!ctx.caller().isModerator())
        return HttpResponse::error(forbidden(u"Only moderators and admins can end sessions."_s));
    // No body, or the empty object: like every JSON route, unknown fields are refused.
    if (!ctx.request.body.isEmpty()) {
        if (Result<QJsonObject> body = decodeObject(ctx.request.body, {}); !body)
            return HttpResponse::error(body.error());
    }
    Result<SyncService::Outcome<qsizetype>> ended = ctx.services.sync->run(
        ctx.caller().userId, SessionMutations::endSessions, {ctx.request.params.value(u"id"_s)});
    if (!ended)
        return HttpResponse::error(ended.error());
    settleWrite(ctx.services, *ended, u"ended_by_moderator"_s);
    return HttpResponse::json(200, QJsonObject {{u"ended"_s, ended->value}});
}

} // namespace

void addModerationRoutes(Router &router)
{
    router.add({"GET", u"/api/v1/admin/audit"_s, Route::Auth::Bearer, auditLog, 0, false, false,
                u"Read the audit log (admins only)"_s});
    router.add({"GET", u"/api/v1/admin/users"_s, Route::Auth::Bearer, searchUsers, 0, false, false,
                u"Search users (moderators and admins)"_s});
    router.add({"GET", u"/api/v1/admin/users/{id}"_s, Route::Auth::Bearer, userRecord, 0, false,
                false, u"A user's record: strikes, reports, sessions (moderators and admins)"_s});
    router.add({"POST", u"/api/v1/admin/users/{id}/sessions/end"_s, Route::Auth::Bearer,
                endSessions, -1, true, false,
                u"End every session of a user (moderators and admins)"_s});
}

} // namespace Souk::Server
