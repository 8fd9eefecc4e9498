#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Souk::Server {

//! Which live sessions to end: one session, or every session of an account (but one, the
//! caller's own, when the account changed its password).
struct SessionSelection
{
    static SessionSelection one(const QString &sessionId) { return {{}, sessionId, {}}; }
    static SessionSelection allOf(const QString &userId, const QString &except = {})
    {
        return {userId, {}, except};
    }

    QString userId;
    QString sessionId;
    QString exceptSessionId;
};

//! Ends the selected sessions that are still live, at `at` and for `reason` (shown to the
//! moderator in the user's record), in the caller's transaction; returns the ids it ended, so
//! the caller closes their sockets and forgets their cached tokens once the write commits. The
//! only place that revokes sessions: logout, refresh reuse, password change, moderation.
Result<QStringList> endSessions(const QSqlDatabase &tx, const SessionSelection &which,
                                const QString &reason, qint64 at);

} // namespace Souk::Server
