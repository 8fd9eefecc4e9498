#include "Compactor.h"

#include "Database.h"
#include "Log.h"
#include "Retention.h"
#include "SyncService.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Souk::Server {

Compactor::Compactor(Database &database, qint64 keepVersions, int notificationRetentionDays,
                     int intervalSeconds, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_keepVersions(keepVersions)
    , m_notificationRetentionDays(notificationRetentionDays)
{
    m_pool.setMaxThreadCount(1);
    m_timer.setInterval(intervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Compactor::run);
    m_timer.start();
}

Compactor::~Compactor()
{
    m_timer.stop();
    m_pool.waitForDone();
}

void Compactor::run()
{
    if (m_running.exchange(true))
        return; // the previous one is still going
    m_pool.start([this] {
        if (Result<QSqlDatabase> db = m_database.connection()) {
            Result<qint64> purged = SyncService::compact(*db, m_keepVersions);
            if (purged && *purged > 0)
                Log::info(u"sync log compacted"_s, {{u"tombstones_purged"_s, *purged}});
            const qint64 cutoff = QDateTime::currentMSecsSinceEpoch()
                - qint64(m_notificationRetentionDays) * 24 * 3600 * 1000;
            Result<qint64> old = purgeNotifications(*db, cutoff);
            if (old && *old > 0)
                Log::info(u"old notifications purged"_s, {{u"notifications"_s, *old}});
        }
        m_running = false;
    });
}

} // namespace Souk::Server
