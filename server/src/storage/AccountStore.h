#pragma once

#include "AuthCache.h"
#include "Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace Souk::Server {

struct User
{
    QString id;
    QString username;
    QString email;
    QString displayName;
    QString bio;
    QString role;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 suspendedUntil = 0; // ms since the epoch
    bool banned = false;
    QString restrictionReason;

    //! Why this account may not sign in now (banned, or suspended until a later time), with
    //! the moderator's reason; null when it may.
    Error restriction(qint64 nowMs) const;
    //! What the user sees of themselves (GET /me).
    QJsonObject toPrivateJson() const;
    //! What anyone signed in may see (GET /users/{username}): no email, no role.
    QJsonObject toPublicJson() const;
};

//! The authenticated caller of a request, from its access token.
struct AuthUser
{
    QString userId;
    QString sessionId;
    QString username;
    QString role;
    bool isAdmin() const { return role == QLatin1String("admin"); }
    bool isModerator() const { return isAdmin() || role == QLatin1String("moderator"); }
};

struct IssuedTokens
{
    QByteArray accessToken;
    QByteArray refreshToken;
    int expiresIn = 0;
    QString sessionId;
};

struct TokenLifetimes
{
    int accessSeconds = 900;
    int refreshSeconds = 30 * 24 * 3600;
};

//! Users, sessions and tokens. Every method takes the calling thread's connection and runs
//! multi-step writes in one transaction.
class AccountStore
{
public:
    explicit AccountStore(TokenLifetimes lifetimes)
        : m_lifetimes(lifetimes)
    { }

    // New accounts are made by a server mutation (AccountMutations::registerAccount).
    //! By username or email, ignoring case; nullopt when there is no such account.
    Result<std::optional<std::pair<User, QByteArray>>> findForLogin(QSqlDatabase &db,
                                                                    const QString &login) const;
    Result<IssuedTokens> startSession(QSqlDatabase &db, const QString &userId) const;
    //! The caller of an access token, given the token's hash (Tokens::hash).
    Result<AuthUser> authenticate(QSqlDatabase &db, const QByteArray &accessTokenHash) const;
    //! Rotates a refresh token. Presenting one that was already rotated revokes its whole
    //! session (the family), since either the client or a thief holds a stolen copy.
    Result<std::pair<User, IssuedTokens>> refresh(QSqlDatabase &db,
                                                  const QByteArray &refreshToken) const;
    Result<Ok> revokeSession(QSqlDatabase &db, const QString &sessionId,
                             const QString &reason) const;

    Result<User> userById(QSqlDatabase &db, const QString &id) const;
    Result<User> userByUsername(QSqlDatabase &db, const QString &username) const;
    Result<User> updateProfile(QSqlDatabase &db, const QString &userId,
                               const std::optional<QString> &displayName,
                               const std::optional<QString> &bio) const;
    Result<QByteArray> passwordHash(QSqlDatabase &db, const QString &userId) const;
    //! Sets a new password hash and revokes every session of the user except `keepSessionId`;
    //! returns the ids of the sessions it ended.
    Result<QStringList> setPassword(QSqlDatabase &db, const QString &userId, const QByteArray &hash,
                                    const QString &keepSessionId) const;
    Result<qint64> countUsers(QSqlDatabase &db) const;
    //! After a role or a restriction changed (a server mutation's WriteEffects): cached tokens
    //! see it at once.
    void forgetCachedUser(const QString &userId) const;

private:
    Result<IssuedTokens> issueTokens(QSqlDatabase &db, const QString &sessionId, qint64 now) const;
    TokenLifetimes m_lifetimes;
    mutable AuthCache m_authCache;
};

} // namespace Souk::Server
