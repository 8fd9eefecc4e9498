// The admins' analytics: per UTC day, active users, new accounts, posts, messages, orders and
// revenue per currency, reports opened and resolved, and the median time to resolve. Every
// series is one grouped, indexed range query (migration 11 adds the time indexes).
#include "ApiContext.h"
#include "Database.h"
#include "Responses.h"
#include "Routes.h"

#include <QDate>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;
constexpr int MaxDays = 366;

qint64 dayNumber(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() / DayMs;
}

QDate dateOf(qint64 day)
{
    return QDateTime::fromMSecsSinceEpoch(day * DayMs, Qt::UTC).date();
}

//! Adds a per-day count to `days` (day number -> {series: n}) from `SELECT day, n ...`.
Result<Ok> countPerDay(QSqlDatabase &db, QHash<qint64, QJsonObject> &days, const QString &series,
                       const QString &sql, const QVariantList &binds)
{
    Result<QSqlQuery> q = execSql(db, sql, binds, "stats series");
    if (!q)
        return q.error();
    while (q->next()) {
        QJsonObject &day = days[q->value(0).toLongLong()];
        day.insert(series, q->value(1).toLongLong());
    }
    return Ok {};
}

HttpResponse stats(ApiContext &ctx)
{
    if (!ctx.caller().isAdmin())
        return HttpResponse::error(
            Error {403, u"forbidden"_s, u"Only admins can read the analytics."_s, {}});
    const QUrlQuery &query = ctx.request.query;
    if (Error e = checkParameters(query, {u"from"_s, u"to"_s}); !e.isNull())
        return HttpResponse::error(e);
    const auto date = [&](const QString &name, const QDate &fallback) -> Result<QDate> {
        if (!query.hasQueryItem(name))
            return fallback;
        const QDate d = QDate::fromString(query.queryItemValue(name), Qt::ISODate);
        if (!d.isValid())
            return Error::unprocessable(u"invalid_parameter"_s,
                                        u"%1 is a date such as 2026-12-01."_s.arg(name), name);
        return d;
    };
    Result<QDate> to = date(u"to"_s, QDateTime::currentDateTimeUtc().date());
    if (!to)
        return HttpResponse::error(to.error());
    Result<QDate> from = date(u"from"_s, to->addDays(-29));
    if (!from)
        return HttpResponse::error(from.error());
    if (*from > *to || from->daysTo(*to) >= MaxDays)
        return HttpResponse::error(Error::unprocessable(
            u"invalid_range"_s, u"from is on or before to, at most 366 days apart."_s, u"from"_s));
    const qint64 first = dayNumber(*from);
    const qint64 last = dayNumber(*to);
    const QVariantList range {first * DayMs, (last + 1) * DayMs};

    QHash<qint64, QJsonObject> days;
    const auto perDay = [&](const QString &table, const QString &column, const QString &extra) {
        return u"SELECT %2 / 86400000 AS d, COUNT(*) FROM %1 WHERE %2 >= ? AND %2 < ?%3"
               " GROUP BY d"_s.arg(table, column, extra);
    };
    struct Series
    {
        QString name, sql;
        QVariantList binds;
    };
    const QList<Series> series {
        {u"active_users"_s,
         u"SELECT day, COUNT(*) FROM activity_days WHERE day >= ? AND day <= ? GROUP BY day"_s,
         {first, last}},
        {u"new_accounts"_s, perDay(u"users"_s, u"created_at"_s, {}), range},
        {u"posts"_s, perDay(u"posts"_s, u"created_at"_s, u" AND deleted = 0"_s), range},
        {u"messages"_s, perDay(u"messages"_s, u"created_at"_s, {}), range},
        {u"orders"_s, perDay(u"orders"_s, u"created_at"_s, {}), range},
        {u"reports_opened"_s, perDay(u"reports"_s, u"created_at"_s, {}), range},
        {u"reports_resolved"_s, perDay(u"reports"_s, u"decided_at"_s, {}), range},
    };
    for (const Series &s : series)
        if (Result<Ok> done = countPerDay(ctx.db, days, s.name, s.sql, s.binds); !done)
            return HttpResponse::error(done.error());
    // Revenue: what orders still count for (not cancelled or refunded), per currency.
    Result<QSqlQuery> revenue = execSql(
        ctx.db,
        u"SELECT created_at / 86400000 AS d, currency, SUM(total) FROM orders"
        " WHERE created_at >= ? AND created_at < ? AND status NOT IN ('cancelled', 'refunded')"
        " GROUP BY d, currency"_s,
        range, "stats revenue");
    if (!revenue)
        return HttpResponse::error(revenue.error());
    QJsonObject revenueTotals;
    while (revenue->next()) {
        QJsonObject &day = days[revenue->value(0).toLongLong()];
        QJsonObject perCurrency = day.value(u"revenue"_s).toObject();
        const QString currency = revenue->value(1).toString();
        const qint64 amount = revenue->value(2).toLongLong();
        perCurrency.insert(currency, amount);
        day.insert(u"revenue"_s, perCurrency);
        revenueTotals.insert(currency, revenueTotals.value(currency).toInteger() + amount);
    }

    static const QStringList names {u"active_users"_s,    u"new_accounts"_s, u"posts"_s,
                                    u"messages"_s,        u"orders"_s,       u"reports_opened"_s,
                                    u"reports_resolved"_s};
    QJsonArray list;
    QJsonObject totals;
    for (qint64 d = first; d <= last; ++d) {
        QJsonObject day = days.value(d);
        for (const QString &name : names) {
            if (!day.contains(name))
                day.insert(name, 0);
            if (name != u"active_users"_s) // a user active on two days is one user
                totals.insert(name, totals.value(name).toInteger() + day.value(name).toInteger());
        }
        if (!day.contains(u"revenue"_s))
            day.insert(u"revenue"_s, QJsonObject {});
        day.insert(u"date"_s, dateOf(d).toString(Qt::ISODate));
        list.append(day);
    }
    Result<QSqlQuery> distinct = execSql(
        ctx.db, u"SELECT COUNT(DISTINCT user_id) FROM activity_days WHERE day >= ? AND day <= ?"_s,
        {first, last}, "stats active users");
    if (!distinct)
        return HttpResponse::error(distinct.error());
    totals.insert(u"active_users"_s, distinct->next() ? distinct->value(0).toLongLong() : 0);
    totals.insert(u"revenue"_s, revenueTotals);

    // The median time from report to decision, over reports decided in the range.
    Result<QSqlQuery> count =
        execSql(ctx.db, u"SELECT COUNT(*) FROM reports WHERE decided_at >= ? AND decided_at < ?"_s,
                range, "stats decided reports");
    if (!count)
        return HttpResponse::error(count.error());
    const qint64 decided = count->next() ? count->value(0).toLongLong() : 0;
    QJsonValue median = QJsonValue::Null;
    if (decided > 0) {
        Result<QSqlQuery> middle =
            execSql(ctx.db,
                    u"SELECT decided_at - created_at AS t FROM reports"
                    " WHERE decided_at >= ? AND decided_at < ? ORDER BY t LIMIT 1 OFFSET ?"_s,
                    {range.at(0), range.at(1), decided / 2}, "stats median");
        if (!middle)
            return HttpResponse::error(middle.error());
        if (middle->next())
            median = middle->value(0).toLongLong();
    }
    return HttpResponse::json(200,
                              QJsonObject {{u"from"_s, from->toString(Qt::ISODate)},
                                           {u"to"_s, to->toString(Qt::ISODate)},
                                           {u"days"_s, list},
                                           {u"totals"_s, totals},
                                           {u"median_resolve_ms"_s, median}});
}

} // namespace

void addStatsRoutes(Router &router)
{
    router.add({"GET", u"/api/v1/admin/stats"_s, Route::Auth::Bearer, stats, 0, false, false,
                u"Daily analytics (admins only)"_s});
}

} // namespace Souk::Server
