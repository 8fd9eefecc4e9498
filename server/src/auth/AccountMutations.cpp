#include "AccountMutations.h"

#include "Database.h"
#include "Entities.h"

using namespace Qt::StringLiterals;

namespace Souk::Server::AccountMutations {

namespace {

Result<User> applyRegisterAccount(ServerWrite &w, const RegisterAccount &args)
{
    const QString usernameKey = args.username.toLower();
    const QString emailKey = args.email.toLower();
    Result<QSqlQuery> taken =
        execSql(w.tx,
                u"SELECT username_key = ?, email_key = ? FROM users"
                " WHERE username_key = ? OR email_key = ?"_s,
                {usernameKey, emailKey, usernameKey, emailKey}, "check unique user");
    if (!taken)
        return taken.error();
    bool usernameTaken = false;
    bool emailTaken = false;
    while (taken->next()) {
        usernameTaken = usernameTaken || taken->value(0).toBool();
        emailTaken = emailTaken || taken->value(1).toBool();
    }
    if (usernameTaken)
        return Error {409, u"username_taken"_s, u"This username is already taken."_s,
                      u"username"_s};
    if (emailTaken)
        return Error {409, u"email_taken"_s,
                      u"An account with this email address already exists."_s, u"email"_s};
    QString role = args.role;
    if (role.isEmpty()) {
        // The first account on a new server administers it. Asked inside the write, so two
        // first registrations at once cannot both find the server empty.
        // EXISTS stops at the first row, where COUNT(*) would read every account.
        Result<QSqlQuery> any =
            execSql(w.tx, u"SELECT EXISTS (SELECT 1 FROM users)"_s, {}, "any user");
        if (!any)
            return any.error();
        role = any->next() && any->value(0).toLongLong() == 0 ? u"admin"_s : u"user"_s;
    }
    const qint64 now = w.ctx.now();
    const User created {args.id,   args.username, args.email, args.displayName,
                        QString(), role,          now,        now,
                        0,         false,         QString()};
    Result<QSqlQuery> insert =
        execSql(w.tx,
                u"INSERT INTO users (id, username, username_key, email, email_key, display_name,"
                " bio, password_hash, role, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)"_s,
                {created.id, created.username, usernameKey, created.email, emailKey,
                 created.displayName, QString::fromLatin1(args.passwordHash), role, now, now},
                "insert user");
    if (!insert)
        return insert.error();
    // The profile is the synced part of the row: it enters the change feed in this commit,
    // and its realtime frame goes out with it.
    if (Result<Ok> published = w.store.publish(Sync::Entity::profiles(), created.id); !published)
        return published.error();
    return created;
}

} // namespace

const ServerMutation<RegisterAccount, User> registerAccount {"registerAccount",
                                                             applyRegisterAccount};

} // namespace Souk::Server::AccountMutations
