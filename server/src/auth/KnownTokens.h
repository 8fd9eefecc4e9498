#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>

namespace Souk::Server {

//! Access tokens (by hash) that the server has seen valid, until they expire: only these get a
//! rate-limit budget of their own. Any other bearer token, junk included, is charged to the
//! client's address, so making up tokens buys no requests (docs/decisions/0012-request-trust.md).
//!
//! Not a cache for authentication: a remembered token that has since been revoked still gets
//! its own budget until it expires, and every request with it is refused as before. Thread-safe.
class KnownTokens
{
public:
    explicit KnownTokens(int maxEntries = 200'000)
        : m_maxEntries(maxEntries)
    { }

    bool contains(const QByteArray &tokenHash, qint64 nowMs);
    void remember(const QByteArray &tokenHash, qint64 expiresAtMs, qint64 nowMs);
    void forget(const QByteArray &tokenHash);

private:
    QMutex m_mutex;
    QHash<QByteArray, qint64> m_expiry;
    int m_maxEntries;
    qint64 m_nextPrune = 0;
};

} // namespace Souk::Server
