#pragma once

#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <atomic>

namespace Souk::Server {

class Database;

//! Compacts the sync log on a timer (SyncService::compact), on its own thread so the HTTP
//! thread never waits for it. The destructor waits for a compaction in progress.
class Compactor : public QObject
{
    Q_OBJECT
public:
    Compactor(Database &database, qint64 keepVersions, int intervalSeconds,
              QObject *parent = nullptr);
    ~Compactor() override;

private:
    void run();

    Database &m_database;
    qint64 m_keepVersions;
    QTimer m_timer;
    QThreadPool m_pool;
    std::atomic<bool> m_running = false;
};

} // namespace Souk::Server
