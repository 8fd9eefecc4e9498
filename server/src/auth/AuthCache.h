#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <optional>

namespace Souk::Server {

struct AuthUser;

//! A short-lived memory of access tokens that the database has just accepted, so a busy
//! client does not cost a token lookup on every request (bench/http: the lookup was a third
//! of the worker time). Keyed by the token's hash, like the tokens table.
//!
//! Revocation stays immediate in this process: every change to a session, a password or a
//! role drops the matching entries *and fences* the session or user for a while, so a lookup
//! that read the database just before the change committed cannot put a stale entry back.
//! Another server instance sharing the database (PostgreSQL scale-out) sees a revocation at
//! most `ttlMs` late; see docs/decisions/0004-auth-cache.md.
class AuthCache
{
public:
    struct Entry
    {
        QString userId;
        QString sessionId;
        QString username;
        QString role;
        qint64 tokenExpiresAt = 0;
    };

    explicit AuthCache(qint64 ttlMs = 2000)
        : m_ttlMs(ttlMs)
    { }

    //! The entry for a token hash, if it is fresh and the token has not expired.
    std::optional<Entry> find(const QByteArray &tokenHash, qint64 nowMs);
    //! Remembers a successful lookup, unless its session or user is fenced.
    void insert(const QByteArray &tokenHash, const Entry &entry, qint64 nowMs);
    void forgetSession(const QString &sessionId, qint64 nowMs);
    void forgetUser(const QString &userId, qint64 nowMs);

private:
    bool fenced(const QString &key, qint64 nowMs) const;
    void prune(qint64 nowMs);

    struct Cached
    {
        Entry entry;
        qint64 until = 0;
    };
    QMutex m_mutex;
    QHash<QByteArray, Cached> m_entries;
    QHash<QString, qint64> m_fences; // "s:<session>" / "u:<user>" -> fenced until
    qint64 m_ttlMs;
    qint64 m_nextPrune = 0;
};

} // namespace Souk::Server
