#include "Audit.h"

#include "Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Souk::Server {

Result<Ok> appendAudit(const QSqlDatabase &tx, qint64 at, const Sync::AuditEntry &entry)
{
    Result<QSqlQuery> q =
        execSql(tx,
                u"INSERT INTO audit_log (at, actor_id, action, target_type, target_id, detail)"
                " VALUES (?, ?, ?, ?, ?, ?)"_s,
                {at, entry.actorId, entry.action, entry.targetType, entry.targetId,
                 QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact))},
                "audit");
    if (!q)
        return q.error();
    return Ok {};
}

} // namespace Souk::Server
