#include "ActivityDays.h"

#include "Database.h"

using namespace Qt::StringLiterals;

namespace Souk::Server {

Result<Ok> ActivityDays::record(QSqlDatabase &db, const QString &userId, qint64 nowMs)
{
    const qint64 day = dayOf(nowMs);
    {
        QMutexLocker lock(&m_mutex);
        if (day != m_day) {
            m_day = day;
            m_seen.clear();
        }
        if (m_seen.contains(userId))
            return Ok {};
        m_seen.insert(userId);
    }
    // Another instance may have written it already: the primary key keeps one row.
    Result<PreparedQuery> q = execPrepared(
        db, u"INSERT INTO activity_days (day, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
        {day, userId}, "record activity");
    if (!q) {
        QMutexLocker lock(&m_mutex);
        m_seen.remove(userId); // try again on the next request
        return q.error();
    }
    return Ok {};
}

} // namespace Souk::Server
