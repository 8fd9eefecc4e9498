#pragma once

#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <atomic>

namespace Souk::Server {

class Database;

//! Housekeeping on a timer, on its own thread so the HTTP thread never waits for it: compacts
//! the sync log (SyncService::compact) and purges old notifications (Retention.h). The
//! destructor waits for a run in progress.
class Compactor : public QObject
{
    Q_OBJECT
public:
    Compactor(Database &database, qint64 keepVersions, int notificationRetentionDays,
              int intervalSeconds, QObject *parent = nullptr);
    ~Compactor() override;

private:
    void run();

    Database &m_database;
    qint64 m_keepVersions;
    int m_notificationRetentionDays;
    QTimer m_timer;
    QThreadPool m_pool;
    std::atomic<bool> m_running = false;
};

} // namespace Souk::Server
