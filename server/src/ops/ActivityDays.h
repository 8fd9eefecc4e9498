#pragma once

#include "Result.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>

namespace Souk::Server {

//! Who was active on which day (UTC), for the daily-active-users chart: one row per account
//! and day, written on the account's first authenticated request of the day in this process.
class ActivityDays
{
public:
    //! Records the day's activity once; later calls the same day cost a set lookup.
    Result<Ok> record(QSqlDatabase &db, const QString &userId, qint64 nowMs);

    static qint64 dayOf(qint64 ms) { return ms / (24LL * 60 * 60 * 1000); }

private:
    QMutex m_mutex;
    qint64 m_day = -1;
    QSet<QString> m_seen; // today's, in this process
};

} // namespace Souk::Server
