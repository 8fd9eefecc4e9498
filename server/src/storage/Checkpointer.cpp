#include "Checkpointer.h"

#include "Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

//! One PASSIVE checkpoint; the frames left in the log, or -1 when it failed (execSql logs why).
int checkpoint(const QSqlDatabase &db)
{
    // PRAGMA wal_checkpoint answers (busy, frames in the log, frames copied so far).
    Result<QSqlQuery> q = execSql(db, u"PRAGMA wal_checkpoint(PASSIVE)"_s, {}, "checkpoint");
    if (!q || !q->next())
        return -1;
    return q->value(1).toInt();
}

} // namespace

Checkpointer::Checkpointer(Database &database, int intervalMs, int restartPages)
    : m_database(database)
    , m_intervalMs(intervalMs)
    , m_restartPages(restartPages)
{
    m_database.setAutoCheckpoint(false);
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(u"souk-checkpoint"_s);
    m_thread->start();
}

Checkpointer::~Checkpointer()
{
    {
        QMutexLocker locked(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
}

void Checkpointer::run()
{
    QMutexLocker locked(&m_mutex);
    while (!m_stopping) {
        m_wake.wait(&m_mutex, m_intervalMs);
        if (m_stopping)
            break;
        locked.unlock();
        // A failure is logged by execSql; the next interval tries again.
        if (Result<QSqlDatabase> db = m_database.connection(); db) {
            if (checkpoint(*db) > m_restartPages) {
                // The log only grows while writers keep appending (see the header): copy the
                // rest with them held off, so the next write starts the log again.
                QMutexLocker writers(&writeLock(*db));
                checkpoint(*db);
            }
        }
        locked.relock();
    }
}

} // namespace Souk::Server
