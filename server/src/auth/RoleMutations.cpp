#include "RoleMutations.h"

#include "Audit.h"
#include "Database.h"

using namespace Qt::StringLiterals;

namespace Souk::Server::RoleMutations {

namespace {

Result<Ok> applySetRole(ServerWrite &w, const SetRole &args)
{
    if (Error e = w.requireAdmin(u"Only admins can change roles."_s); !e.isNull())
        return e;
    Result<QSqlQuery> target =
        execSql(w.tx, u"SELECT role FROM users WHERE id = ?"_s, {args.userId}, "read role");
    if (!target)
        return target.error();
    if (!target->next())
        return Error {404, u"user_not_found"_s, u"There is no such user."_s, {}};
    const QString from = target->value(0).toString();
    if (from == u"admin"_s && args.role != u"admin"_s) {
        Result<QSqlQuery> admins =
            execSql(w.tx, u"SELECT COUNT(*) FROM users WHERE role = 'admin'"_s, {}, "count admins");
        if (!admins)
            return admins.error();
        if (admins->next() && admins->value(0).toLongLong() <= 1)
            return Error {409, u"last_admin"_s,
                          u"This is the server's only admin; make another admin first."_s,
                          u"role"_s};
    }
    Result<QSqlQuery> update =
        execSql(w.tx, u"UPDATE users SET role = ?, updated_at = ? WHERE id = ?"_s,
                {args.role, w.ctx.now(), args.userId}, "set role");
    if (!update)
        return update.error();
    // Tokens cached with the old role must not outlive the commit.
    w.store.accountChanged(args.userId);
    return appendAudit(w.tx, w.ctx.now(),
                       {w.ctx.userId,
                        u"set_role"_s,
                        u"user"_s,
                        args.userId,
                        {{u"from"_s, from}, {u"to"_s, args.role}}});
}

} // namespace

const ServerMutation<SetRole, Ok> setRole {"setRole", applySetRole};

} // namespace Souk::Server::RoleMutations
