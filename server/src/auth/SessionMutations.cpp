#include "SessionMutations.h"

#include "Audit.h"
#include "Database.h"

using namespace Qt::StringLiterals;

namespace Souk::Server::SessionMutations {

namespace {

Result<qsizetype> applyEndSessions(ServerWrite &w, const EndSessions &args)
{
    if (Error e = w.requireModerator(u"Only moderators and admins can end sessions."_s);
        !e.isNull())
        return e;
    Result<QSqlQuery> role = execSql(w.tx, u"SELECT role FROM users WHERE id = ? AND deleted = 0"_s,
                                     {args.userId}, "read role");
    if (!role)
        return role.error();
    if (!role->next())
        return Error {404, u"user_not_found"_s, u"There is no such user."_s, {}};
    if (role->value(0).toString() == u"admin"_s) {
        if (Error e = w.requireAdmin(u"A moderator cannot act on an admin."_s); !e.isNull())
            return e;
    }
    const qsizetype before = w.store.endedSessions().size();
    if (Result<Ok> ended = w.store.endSessions(args.userId, u"ended_by_moderator"_s); !ended)
        return ended.error();
    const qsizetype count = w.store.endedSessions().size() - before;
    if (Result<Ok> logged = appendAudit(
            w.tx, w.ctx.now(),
            {w.ctx.userId, u"end_sessions"_s, u"user"_s, args.userId, {{u"sessions"_s, count}}});
        !logged)
        return logged.error();
    return count;
}

} // namespace

const ServerMutation<EndSessions, qsizetype> endSessions {"endSessions", applyEndSessions};

} // namespace Souk::Server::SessionMutations
