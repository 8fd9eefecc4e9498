#include "AccountStore.h"

#include "Database.h"
#include "IsoTime.h"
#include "Sessions.h"
#include "Tokens.h"
#include "Uuid.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

const QString UserColumns =
    u"id, username, email, display_name, bio, role, created_at, updated_at, suspended_until,"
    " banned, restriction_reason"_s;
constexpr int UserColumnCount = 11;

User readUser(const QSqlQuery &q, int first = 0)
{
    return User {q.value(first).toString(),       q.value(first + 1).toString(),
                 q.value(first + 2).toString(),   q.value(first + 3).toString(),
                 q.value(first + 4).toString(),   q.value(first + 5).toString(),
                 q.value(first + 6).toLongLong(), q.value(first + 7).toLongLong(),
                 q.value(first + 8).toLongLong(), q.value(first + 9).toLongLong() != 0,
                 q.value(first + 10).toString()};
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Error unauthorized(const QString &code, const QString &message)
{
    return Error {401, code, message, {}};
}

Result<User> oneUser(QSqlDatabase &db, const QString &where, const QVariant &value,
                     const char *context)
{
    Result<PreparedQuery> q = execPrepared(
        db, u"SELECT "_s + UserColumns + u" FROM users WHERE "_s + where, {value}, context);
    if (!q)
        return q.error();
    if (!q->next())
        return Error {404, u"user_not_found"_s, u"There is no such user."_s, {}};
    return readUser(q->query());
}

} // namespace

Error User::restriction(qint64 nowMs) const
{
    const QString why =
        restrictionReason.isEmpty() ? QString() : u" Reason: "_s + restrictionReason;
    if (banned)
        return Error {403, u"account_banned"_s, u"This account is banned."_s + why, {}};
    if (suspendedUntil > nowMs)
        return Error {403,
                      u"account_suspended"_s,
                      u"This account is suspended until %1."_s.arg(
                          QDateTime::fromMSecsSinceEpoch(suspendedUntil, Qt::UTC)
                              .toString(u"yyyy-MM-dd HH:mm 'UTC'"_s))
                          + why,
                      {}};
    return {};
}

QJsonObject User::toPrivateJson() const
{
    QJsonObject o = toPublicJson();
    o.insert(u"email"_s, email);
    o.insert(u"role"_s, role);
    o.insert(u"updated_at"_s, isoTime(updatedAt));
    return o;
}

QJsonObject User::toPublicJson() const
{
    return QJsonObject {{u"id"_s, id},
                        {u"username"_s, username},
                        {u"display_name"_s, displayName},
                        {u"bio"_s, bio},
                        {u"created_at"_s, isoTime(createdAt)}};
}

Result<std::optional<std::pair<User, QByteArray>>>
AccountStore::findForLogin(QSqlDatabase &db, const QString &login) const
{
    const QString column = login.contains(u'@') ? u"email_key"_s : u"username_key"_s;
    Result<QSqlQuery> q = execSql(db,
                                  u"SELECT "_s + UserColumns
                                      + u", password_hash FROM users WHERE "_s + column + u" = ?"_s,
                                  {login.toLower()}, "find user for login");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<std::pair<User, QByteArray>> {};
    return std::optional {
        std::make_pair(readUser(*q), q->value(UserColumnCount).toString().toLatin1())};
}

Result<IssuedTokens> AccountStore::issueTokens(QSqlDatabase &db, const QString &sessionId,
                                               qint64 now) const
{
    IssuedTokens tokens {Tokens::generate(Tokens::Kind::Access),
                         Tokens::generate(Tokens::Kind::Refresh), m_lifetimes.accessSeconds,
                         sessionId};
    const QString sql =
        u"INSERT INTO tokens (hash, session_id, kind, expires_at) VALUES (?, ?, ?, ?)"_s;
    Result<QSqlQuery> access =
        execSql(db, sql,
                {QString::fromLatin1(Tokens::hash(tokens.accessToken)), sessionId, u"access"_s,
                 now + qint64(m_lifetimes.accessSeconds) * 1000},
                "insert access token");
    if (!access)
        return access.error();
    Result<QSqlQuery> refresh =
        execSql(db, sql,
                {QString::fromLatin1(Tokens::hash(tokens.refreshToken)), sessionId, u"refresh"_s,
                 now + qint64(m_lifetimes.refreshSeconds) * 1000},
                "insert refresh token");
    if (!refresh)
        return refresh.error();
    return tokens;
}

Result<IssuedTokens> AccountStore::startSession(QSqlDatabase &db, const QString &userId) const
{
    return inTransaction<IssuedTokens>(db, [&]() -> Result<IssuedTokens> {
        const qint64 now = nowMs();
        const QString sessionId = createUuidV7();
        Result<QSqlQuery> insert = execSql(
            db,
            u"INSERT INTO sessions (id, user_id, created_at, last_used_at) VALUES (?, ?, ?, ?)"_s,
            {sessionId, userId, now, now}, "insert session");
        if (!insert)
            return insert.error();
        return issueTokens(db, sessionId, now);
    });
}

Result<AuthUser> AccountStore::authenticate(QSqlDatabase &db, const QByteArray &hash) const
{
    const qint64 now = nowMs();
    if (const auto cached = m_authCache.find(hash, now))
        return AuthUser {cached->userId, cached->sessionId, cached->username, cached->role};
    Result<PreparedQuery> q = execPrepared(
        db,
        u"SELECT t.expires_at, s.id, s.revoked_at, u.id, u.username, u.role"
        " FROM tokens t JOIN sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id"
        " WHERE t.hash = ? AND t.kind = 'access'"_s,
        {QString::fromLatin1(hash)}, "authenticate");
    if (!q)
        return q.error();
    if (!q->next())
        return unauthorized(u"invalid_token"_s, u"The access token is not valid."_s);
    if (!q->value(2).isNull())
        return unauthorized(u"session_revoked"_s, u"This session has ended; sign in again."_s);
    const qint64 expiresAt = q->value(0).toLongLong();
    if (expiresAt <= now)
        return unauthorized(u"token_expired"_s, u"The access token has expired; refresh it."_s);
    const AuthCache::Entry entry {q->value(3).toString(), q->value(1).toString(),
                                  q->value(4).toString(), q->value(5).toString(), expiresAt};
    m_authCache.insert(hash, entry, now);
    return AuthUser {entry.userId, entry.sessionId, entry.username, entry.role};
}

Result<std::pair<User, IssuedTokens>> AccountStore::refresh(QSqlDatabase &db,
                                                            const QByteArray &refreshToken) const
{
    // A reused token must revoke its family *and* answer 401, so the revocation is committed
    // and the error reported after the transaction.
    struct Outcome
    {
        std::optional<std::pair<User, IssuedTokens>> issued;
        Error refusal;
    };
    Result<Outcome> outcome = inTransaction<Outcome>(db, [&]() -> Result<Outcome> {
        const qint64 now = nowMs();
        Result<QSqlQuery> q =
            execSql(db,
                    u"SELECT t.session_id, t.expires_at, t.used_at, s.revoked_at, s.user_id"
                    " FROM tokens t JOIN sessions s ON s.id = t.session_id"
                    " WHERE t.hash = ? AND t.kind = 'refresh'"_s,
                    {QString::fromLatin1(Tokens::hash(refreshToken))}, "find refresh token");
        if (!q)
            return q.error();
        if (!q->next())
            return Outcome {{},
                            unauthorized(u"invalid_token"_s, u"The refresh token is not valid."_s)};
        const QString sessionId = q->value(0).toString();
        const QString userId = q->value(4).toString();
        if (!q->value(3).isNull())
            return Outcome {
                {},
                unauthorized(u"session_revoked"_s, u"This session has ended; sign in again."_s)};
        if (!q->value(2).isNull()) {
            Result<Ok> revoked = revokeSession(db, sessionId, u"refresh_token_reused"_s);
            if (!revoked)
                return revoked.error();
            return Outcome {{},
                            unauthorized(u"refresh_token_reused"_s,
                                         u"This refresh token was already used, so the session "
                                         "has been ended for safety; sign in again."_s)};
        }
        if (q->value(1).toLongLong() <= now)
            return Outcome {{},
                            unauthorized(u"token_expired"_s,
                                         u"The refresh token has expired; sign in again."_s)};
        Result<QSqlQuery> used = execSql(db, u"UPDATE tokens SET used_at = ? WHERE hash = ?"_s,
                                         {now, QString::fromLatin1(Tokens::hash(refreshToken))},
                                         "mark refresh token used");
        if (!used)
            return used.error();
        Result<QSqlQuery> touched =
            execSql(db, u"UPDATE sessions SET last_used_at = ? WHERE id = ?"_s, {now, sessionId},
                    "touch session");
        if (!touched)
            return touched.error();
        Result<IssuedTokens> tokens = issueTokens(db, sessionId, now);
        if (!tokens)
            return tokens.error();
        Result<User> user = oneUser(db, u"id = ?"_s, userId, "refresh user");
        if (!user)
            return user.error();
        return Outcome {std::make_pair(*user, *tokens), {}};
    });
    if (!outcome)
        return outcome.error();
    if (!outcome->refusal.isNull())
        return outcome->refusal;
    return *outcome->issued;
}

Result<Ok> AccountStore::revokeSession(QSqlDatabase &db, const QString &sessionId,
                                       const QString &reason) const
{
    Result<QStringList> ended = endSessions(db, SessionSelection::one(sessionId), reason, nowMs());
    m_authCache.forgetSession(sessionId, nowMs());
    if (!ended)
        return ended.error();
    return Ok {};
}

Result<User> AccountStore::userById(QSqlDatabase &db, const QString &id) const
{
    return oneUser(db, u"id = ?"_s, id, "user by id");
}

Result<User> AccountStore::userByUsername(QSqlDatabase &db, const QString &username) const
{
    return oneUser(db, u"username_key = ?"_s, username.toLower(), "user by username");
}

Result<User> AccountStore::updateProfile(QSqlDatabase &db, const QString &userId,
                                         const std::optional<QString> &displayName,
                                         const std::optional<QString> &bio) const
{
    return inTransaction<User>(db, [&]() -> Result<User> {
        Result<User> current = userById(db, userId);
        if (!current)
            return current;
        User updated = *current;
        updated.displayName = displayName.value_or(current->displayName);
        updated.bio = bio.value_or(current->bio);
        updated.updatedAt = nowMs();
        Result<QSqlQuery> q = execSql(
            db, u"UPDATE users SET display_name = ?, bio = ?, updated_at = ? WHERE id = ?"_s,
            {updated.displayName, updated.bio, updated.updatedAt, userId}, "update profile");
        if (!q)
            return q.error();
        return updated;
    });
}

Result<QByteArray> AccountStore::passwordHash(QSqlDatabase &db, const QString &userId) const
{
    Result<QSqlQuery> q = execSql(db, u"SELECT password_hash FROM users WHERE id = ?"_s, {userId},
                                  "read password hash");
    if (!q)
        return q.error();
    if (!q->next())
        return Error {404, u"user_not_found"_s, u"There is no such user."_s, {}};
    return q->value(0).toString().toLatin1();
}

Result<QStringList> AccountStore::setPassword(QSqlDatabase &db, const QString &userId,
                                              const QByteArray &hash,
                                              const QString &keepSessionId) const
{
    m_authCache.forgetUser(userId, nowMs());
    return inTransaction<QStringList>(db, [&]() -> Result<QStringList> {
        const qint64 now = nowMs();
        Result<QSqlQuery> update =
            execSql(db, u"UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"_s,
                    {QString::fromLatin1(hash), now, userId}, "set password");
        if (!update)
            return update.error();
        return endSessions(db, SessionSelection::allOf(userId, keepSessionId),
                           u"password_changed"_s, now);
    });
}

void AccountStore::forgetCachedUser(const QString &userId) const
{
    m_authCache.forgetUser(userId, nowMs());
}

Result<qint64> AccountStore::countUsers(QSqlDatabase &db) const
{
    Result<QSqlQuery> q = execSql(db, u"SELECT COUNT(*) FROM users"_s, {}, "count users");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace Souk::Server
