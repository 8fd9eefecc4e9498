#include "Retention.h"

#include "Database.h"
#include "Entities.h"
#include "ServerSyncStore.h"

using namespace Qt::StringLiterals;

namespace Souk::Server {

Result<qint64> purgeNotifications(QSqlDatabase &db, qint64 cutoffMs)
{
    return inTransaction<qint64>(db, [&]() -> Result<qint64> {
        Result<QSqlQuery> old = execSql(
            db, u"SELECT id FROM notifications WHERE deleted = 0 AND created_at < ? LIMIT 10000"_s,
            {cutoffMs}, "old notifications");
        if (!old)
            return old.error();
        QStringList ids;
        while (old->next())
            ids << old->value(0).toString();
        ServerSyncStore store(db);
        for (const QString &id : std::as_const(ids)) {
            Result<std::optional<Sync::Row>> row = store.get(Sync::Entity::notifications(), id);
            if (!row)
                return row.error();
            if (!row->has_value())
                continue;
            Sync::Row gone = **row;
            gone.deleted = true;
            if (Result<Ok> put = store.put(Sync::Entity::notifications(), gone); !put)
                return put.error();
        }
        return qint64(ids.size());
    });
}

} // namespace Souk::Server
