// Accounts: register, login, refresh, logout, the caller's own profile and password, and
// public profiles.
#include "AccountMutations.h"
#include "AccountRules.h"
#include "ApiContext.h"
#include "Database.h"
#include "Entities.h"
#include "JsonFields.h"
#include "PasswordHasher.h"
#include "RealtimeHub.h"
#include "Responses.h"
#include "Routes.h"
#include "ServerConfig.h"
#include "ServerSyncStore.h"
#include "SyncService.h"
#include "Tokens.h"
#include "Uuid.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

using Type = FieldSpec::Type;

Error hashingFailed()
{
    return Error {
        503, u"server_busy"_s, u"The server is short of memory; try again shortly."_s, {}};
}

HttpResponse registerUser(ApiContext &ctx)
{
    Result<QJsonObject> body = decodeObject(ctx.request.body,
                                            {{u"username"_s, Type::String},
                                             {u"email"_s, Type::String},
                                             {u"password"_s, Type::String},
                                             {u"display_name"_s, Type::String, false}});
    if (!body)
        return HttpResponse::error(body.error());
    const QString username = body->value(u"username"_s).toString();
    const QString email = body->value(u"email"_s).toString().trimmed();
    const QString password = body->value(u"password"_s).toString();
    const QString displayName = body->value(u"display_name"_s).toString(username).trimmed();
    for (const Error &error :
         {AccountRules::checkUsername(username), AccountRules::checkEmail(email),
          AccountRules::checkPassword(password, username),
          AccountRules::checkDisplayName(displayName)}) {
        if (!error.isNull())
            return HttpResponse::error(error);
    }
    const RateLimiter::Decision decision =
        ctx.services.limiter.take(u"register:"_s + ctx.request.remoteAddress.toString(),
                                  RateLimiter::perHour(ctx.services.config.registrationsPerHour));
    if (!decision.allowed)
        return tooManyRequests(decision, u"Too many new accounts from this address; try later."_s);

    // Hashed before the write: argon2id takes long on purpose, and the group commit would
    // hold every other writer behind it.
    const QByteArray hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return HttpResponse::error(hashingFailed());
    const QString id = createUuidV7();
    Result<SyncService::Outcome<User>> created = ctx.services.sync->run(
        id, AccountMutations::registerAccount, {id, username, email, displayName, hash, {}});
    if (!created)
        return HttpResponse::error(created.error());
    // The first session, in a transaction of its own as a sign-in's (tokens are the
    // bookkeeping of authentication, not synced data).
    Result<IssuedTokens> tokens = ctx.services.accounts.startSession(ctx.db, id);
    if (!tokens)
        return HttpResponse::error(tokens.error());
    return sessionResponse(201, created->value, *tokens);
}

HttpResponse login(ApiContext &ctx)
{
    Result<QJsonObject> body =
        decodeObject(ctx.request.body, {{u"login"_s, Type::String}, {u"password"_s, Type::String}});
    if (!body)
        return HttpResponse::error(body.error());
    const QString login = body->value(u"login"_s).toString().trimmed();
    const QString password = body->value(u"password"_s).toString();

    auto found = ctx.services.accounts.findForLogin(ctx.db, login);
    if (!found)
        return HttpResponse::error(found.error());
    // Failures are counted per client address and account (whichever identifier names it), so
    // one attacker cannot lock a user out from everywhere, and one address cannot try a whole
    // password list on an account. The address is the client's, behind a trusted proxy too
    // (docs/decisions/0012-request-trust.md). Unknown logins are counted by name, the same way.
    const QString address = u"login:"_s + ctx.request.remoteAddress.toString() + u'|';
    const QString typed = address + u"name:"_s + login.toLower();
    const QString key = found->has_value() ? address + u"account:"_s + (*found)->first.id : typed;
    const RateLimiter::Rule rule =
        RateLimiter::perMinute(ctx.services.config.loginFailuresPerMinute);
    // 429 only for the identifier as typed: were it said for the account, failing five times
    // with a username and then trying an e-mail would tell whether the two are one account.
    if (const auto decision = ctx.services.limiter.peek(typed, rule); !decision.allowed)
        return tooManyRequests(decision, u"Too many failed sign-in attempts; wait a minute."_s);
    const bool accountSpent = !ctx.services.limiter.peek(key, rule).allowed;
    bool valid = false;
    if (password.size() > AccountRules::PasswordMax) {
        valid = false; // never hash oversized input
    } else if (accountSpent) {
        PasswordHasher::burnEquivalentTime(password); // the account's budget is spent: no try
    } else if (found->has_value()) {
        valid = PasswordHasher::verify((*found)->second, password);
    } else {
        PasswordHasher::burnEquivalentTime(password);
    }
    if (!valid) {
        ctx.services.limiter.take(key, rule);
        if (typed != key)
            ctx.services.limiter.take(typed, rule);
        // The same answer for an unknown account and a wrong password.
        return HttpResponse::error(Error {
            401, u"invalid_credentials"_s, u"The username, email or password is wrong."_s, {}});
    }
    const User &user = (*found)->first;
    // Told only to whoever knows the password: why, and until when.
    if (Error e = user.restriction(QDateTime::currentMSecsSinceEpoch()); !e.isNull())
        return HttpResponse::error(e);
    Result<IssuedTokens> tokens = ctx.services.accounts.startSession(ctx.db, user.id);
    if (!tokens)
        return HttpResponse::error(tokens.error());
    return sessionResponse(200, user, *tokens);
}

HttpResponse refresh(ApiContext &ctx)
{
    Result<QJsonObject> body = decodeObject(ctx.request.body, {{u"refresh_token"_s, Type::String}});
    if (!body)
        return HttpResponse::error(body.error());
    const QByteArray refreshToken = body->value(u"refresh_token"_s).toString().toLatin1();
    auto rotated = ctx.services.accounts.refresh(ctx.db, refreshToken);
    if (!rotated) {
        // Reuse ended the whole session: its open sockets end with it, like at a logout.
        if (rotated.error().code == u"refresh_token_reused"_s && ctx.services.hub) {
            Result<QSqlQuery> q = execSql(
                ctx.db, u"SELECT session_id FROM tokens WHERE hash = ? AND kind = 'refresh'"_s,
                {QString::fromLatin1(Tokens::hash(refreshToken))}, "session of a reused token");
            if (!q)
                return HttpResponse::error(q.error());
            if (q->next())
                ctx.services.hub->closeSessions({q->value(0).toString()},
                                                u"refresh_token_reused"_s);
        }
        return HttpResponse::error(rotated.error());
    }
    if (Error e = rotated->first.restriction(QDateTime::currentMSecsSinceEpoch()); !e.isNull()) {
        Result<Ok> revoked =
            ctx.services.accounts.revokeSession(ctx.db, rotated->second.sessionId, u"restricted"_s);
        if (!revoked)
            return HttpResponse::error(revoked.error());
        if (ctx.services.hub)
            ctx.services.hub->closeSessions({rotated->second.sessionId}, u"account_restricted"_s);
        return HttpResponse::error(e);
    }
    return sessionResponse(200, rotated->first, rotated->second);
}

HttpResponse logout(ApiContext &ctx)
{
    if (!ctx.request.body.isEmpty()) {
        Result<QJsonObject> body = decodeObject(ctx.request.body, {});
        if (!body)
            return HttpResponse::error(body.error());
    }
    Result<Ok> revoked =
        ctx.services.accounts.revokeSession(ctx.db, ctx.caller().sessionId, u"logout"_s);
    if (!revoked)
        return HttpResponse::error(revoked.error());
    if (ctx.services.hub)
        ctx.services.hub->closeSessions({ctx.caller().sessionId}, u"logout"_s);
    return HttpResponse::noContent();
}

HttpResponse getMe(ApiContext &ctx)
{
    Result<User> user = ctx.services.accounts.userById(ctx.db, ctx.caller().userId);
    if (!user)
        return HttpResponse::error(user.error());
    return HttpResponse::json(200, user->toPrivateJson());
}

HttpResponse patchMe(ApiContext &ctx)
{
    Result<QJsonObject> body =
        decodeObject(ctx.request.body,
                     {{u"display_name"_s, Type::String, false}, {u"bio"_s, Type::String, false}});
    if (!body)
        return HttpResponse::error(body.error());
    // The same mutator a syncing client pushes. A REST caller has seen the current values, so
    // its write is based on the stored clocks: last writer wins, without a conflict record.
    ServerSyncStore store(ctx.db);
    Result<std::optional<Sync::Row>> current =
        store.get(Sync::Entity::profiles(), ctx.caller().userId);
    if (!current)
        return HttpResponse::error(current.error());
    QJsonObject args = *body;
    if (current->has_value()) {
        QJsonObject base;
        for (const QString &field : body->keys())
            base.insert(field, (*current)->clocks.value(field));
        QJsonObject cleanBase;
        for (auto it = base.constBegin(); it != base.constEnd(); ++it) {
            if (!it->toString().isEmpty())
                cleanBase.insert(it.key(), it.value());
        }
        if (!cleanBase.isEmpty())
            args.insert(u"base"_s, cleanBase);
    }
    Result<Ok> changed = ctx.services.sync->runNow(ctx.caller(), u"updateProfile"_s, args);
    if (!changed)
        return HttpResponse::error(changed.error());
    Result<User> user = ctx.services.accounts.userById(ctx.db, ctx.caller().userId);
    if (!user)
        return HttpResponse::error(user.error());
    return HttpResponse::json(200, user->toPrivateJson());
}

HttpResponse changePassword(ApiContext &ctx)
{
    Result<QJsonObject> body =
        decodeObject(ctx.request.body,
                     {{u"current_password"_s, Type::String}, {u"new_password"_s, Type::String}});
    if (!body)
        return HttpResponse::error(body.error());
    const QString current = body->value(u"current_password"_s).toString();
    const QString next = body->value(u"new_password"_s).toString();
    const AuthUser &caller = ctx.caller();

    const QString key = u"password:"_s + caller.userId;
    const RateLimiter::Rule rule =
        RateLimiter::perMinute(ctx.services.config.loginFailuresPerMinute);
    if (const auto decision = ctx.services.limiter.peek(key, rule); !decision.allowed)
        return tooManyRequests(decision, u"Too many wrong passwords; wait a minute."_s);

    if (Error e = AccountRules::checkPassword(next, caller.username); !e.isNull()) {
        e.field = u"new_password"_s;
        return HttpResponse::error(e);
    }
    Result<QByteArray> stored = ctx.services.accounts.passwordHash(ctx.db, caller.userId);
    if (!stored)
        return HttpResponse::error(stored.error());
    if (current.size() > AccountRules::PasswordMax || !PasswordHasher::verify(*stored, current)) {
        ctx.services.limiter.take(key, rule);
        return HttpResponse::error(Error {
            403, u"wrong_password"_s, u"The current password is wrong."_s, u"current_password"_s});
    }
    if (current == next)
        return HttpResponse::error(Error::unprocessable(
            u"password_unchanged"_s, u"The new password is the same as the current one."_s,
            u"new_password"_s));
    const QByteArray hash = PasswordHasher::hash(next);
    if (hash.isEmpty())
        return HttpResponse::error(hashingFailed());
    Result<QStringList> ended =
        ctx.services.accounts.setPassword(ctx.db, caller.userId, hash, caller.sessionId);
    if (!ended)
        return HttpResponse::error(ended.error());
    if (ctx.services.hub)
        ctx.services.hub->closeSessions(*ended, u"password_changed"_s);
    return HttpResponse::noContent();
}

HttpResponse getUser(ApiContext &ctx)
{
    Result<User> user =
        ctx.services.accounts.userByUsername(ctx.db, ctx.request.params.value(u"username"_s));
    if (!user)
        return HttpResponse::error(user.error());
    return HttpResponse::json(200, user->toPublicJson());
}

} // namespace

void addAccountRoutes(Router &router)
{
    using Auth = Route::Auth;
    router.add({"POST", u"/api/v1/auth/register"_s, Auth::None, registerUser, -1, true, false,
                u"Create an account and sign in"_s});
    router.add({"POST", u"/api/v1/auth/login"_s, Auth::None, login, -1, true, false,
                u"Sign in with a username or email"_s});
    router.add({"POST", u"/api/v1/auth/refresh"_s, Auth::None, refresh, -1, true, false,
                u"Rotate the refresh token"_s});
    router.add({"POST", u"/api/v1/auth/logout"_s, Auth::Bearer, logout, -1, true, false,
                u"End the current session"_s});
    router.add(
        {"GET", u"/api/v1/me"_s, Auth::Bearer, getMe, 0, false, false, u"The signed-in user"_s});
    router.add({"PATCH", u"/api/v1/me"_s, Auth::Bearer, patchMe, -1, true, false,
                u"Edit display name and bio"_s});
    router.add({"POST", u"/api/v1/me/password"_s, Auth::Bearer, changePassword, -1, true, false,
                u"Change the password"_s});
    router.add({"GET", u"/api/v1/users/{username}"_s, Auth::Bearer, getUser, 0, false, false,
                u"A public profile"_s});
}

} // namespace Souk::Server
