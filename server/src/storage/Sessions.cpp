#include "Sessions.h"

#include "Database.h"

using namespace Qt::StringLiterals;

namespace Souk::Server {

Result<QStringList> endSessions(const QSqlDatabase &tx, const SessionSelection &which,
                                const QString &reason, qint64 at)
{
    // Each selection keeps to an index: sessions by primary key, or by user.
    QString where;
    QVariantList binds {at, reason};
    if (!which.sessionId.isEmpty()) {
        where = u"id = ?"_s;
        binds << which.sessionId;
    } else if (!which.exceptSessionId.isEmpty()) {
        where = u"user_id = ? AND id <> ?"_s;
        binds << which.userId << which.exceptSessionId;
    } else {
        where = u"user_id = ?"_s;
        binds << which.userId;
    }
    Result<QSqlQuery> q = execSql(tx,
                                  u"UPDATE sessions SET revoked_at = ?, revoke_reason = ? WHERE "_s
                                      + where + u" AND revoked_at IS NULL RETURNING id"_s,
                                  binds, "end sessions");
    if (!q)
        return q.error();
    QStringList ended;
    while (q->next())
        ended << q->value(0).toString();
    return ended;
}

} // namespace Souk::Server
