#include "KnownTokens.h"

namespace Souk::Server {

bool KnownTokens::contains(const QByteArray &tokenHash, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_expiry.constFind(tokenHash);
    return it != m_expiry.constEnd() && *it > nowMs;
}

void KnownTokens::remember(const QByteArray &tokenHash, qint64 expiresAtMs, qint64 nowMs)
{
    if (expiresAtMs <= nowMs)
        return;
    QMutexLocker lock(&m_mutex);
    if (nowMs >= m_nextPrune || m_expiry.size() >= m_maxEntries) {
        m_nextPrune = nowMs + 60'000;
        m_expiry.removeIf([nowMs](const auto &it) { return it.value() <= nowMs; });
    }
    // Only valid tokens get here, so the bound is never reached in practice; if it were, a
    // token left out is merely charged to its address.
    if (m_expiry.size() < m_maxEntries || m_expiry.contains(tokenHash))
        m_expiry.insert(tokenHash, expiresAtMs);
}

void KnownTokens::forget(const QByteArray &tokenHash)
{
    QMutexLocker lock(&m_mutex);
    m_expiry.remove(tokenHash);
}

} // namespace Souk::Server
