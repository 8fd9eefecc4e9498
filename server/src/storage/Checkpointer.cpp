#include "Checkpointer.h"

#include "Database.h"
#include "Log.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Server {

Checkpointer::Checkpointer(Database &database, int intervalMs)
    : m_database(database)
    , m_intervalMs(intervalMs)
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
        Result<QSqlDatabase> db = m_database.connection();
        // PRAGMA wal_checkpoint answers (busy, frames in the log, frames copied).
        Result<QSqlQuery> q = db
            ? execSql(*db, u"PRAGMA wal_checkpoint(PASSIVE)"_s, {}, "checkpoint")
            : Result<QSqlQuery>(db.error());
        if (q && q->next()) {
            m_checkpoints.fetch_add(1, std::memory_order_relaxed);
            m_pages.fetch_add(quint64(std::max(0, q->value(2).toInt())), std::memory_order_relaxed);
        }
        // A failure is logged by execSql; the next interval tries again, and until then the
        // log only grows.
        locked.relock();
    }
}

} // namespace Souk::Server
