#include "AuthCache.h"

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {
// Many times longer than any transaction, so a lookup that raced a revocation is over by the
// time its fence lifts.
constexpr qint64 FenceMs = 30'000;
constexpr int MaxEntries = 100'000;
} // namespace

std::optional<AuthCache::Entry> AuthCache::find(const QByteArray &tokenHash, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(tokenHash);
    if (it == m_entries.constEnd() || it->until <= nowMs || it->entry.tokenExpiresAt <= nowMs)
        return std::nullopt;
    return it->entry;
}

void AuthCache::insert(const QByteArray &tokenHash, const Entry &entry, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    if (fenced(u"s:"_s + entry.sessionId, nowMs) || fenced(u"u:"_s + entry.userId, nowMs))
        return;
    prune(nowMs);
    if (m_entries.size() >= MaxEntries)
        return; // a flood of distinct tokens: fall back to the database, never grow unbounded
    m_entries.insert(tokenHash, Cached {entry, nowMs + m_ttlMs});
}

void AuthCache::forgetSession(const QString &sessionId, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    m_fences.insert(u"s:"_s + sessionId, nowMs + FenceMs);
    m_entries.removeIf([&](const auto &it) { return it.value().entry.sessionId == sessionId; });
}

void AuthCache::forgetUser(const QString &userId, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    m_fences.insert(u"u:"_s + userId, nowMs + FenceMs);
    m_entries.removeIf([&](const auto &it) { return it.value().entry.userId == userId; });
}

bool AuthCache::fenced(const QString &key, qint64 nowMs) const
{
    const auto it = m_fences.constFind(key);
    return it != m_fences.constEnd() && *it > nowMs;
}

void AuthCache::prune(qint64 nowMs)
{
    if (nowMs < m_nextPrune)
        return;
    m_nextPrune = nowMs + m_ttlMs;
    m_entries.removeIf([&](const auto &it) { return it.value().until <= nowMs; });
    m_fences.removeIf([&](const auto &it) { return it.value() <= nowMs; });
}

} // namespace Souk::Server
