#include "RateLimiter.h"

#include <QDateTime>
#include <cmath>

namespace Souk::Server {

RateLimiter::Decision RateLimiter::take(const QString &key, const Rule &rule)
{
    return check(key, rule, true);
}

RateLimiter::Decision RateLimiter::peek(const QString &key, const Rule &rule)
{
    return check(key, rule, false);
}

void RateLimiter::reset(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    m_buckets.remove(key);
}

RateLimiter::Decision RateLimiter::check(const QString &key, const Rule &rule, bool consume)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    if (now - m_lastPruneMs > 60'000)
        pruneLocked(now);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket {rule.capacity, now});
    Bucket &bucket = *it;
    bucket.tokens = std::min(
        rule.capacity, bucket.tokens + (now - bucket.updatedMs) / 1000.0 * rule.refillPerSecond);
    bucket.updatedMs = now;
    if (bucket.tokens >= 1.0) {
        if (consume)
            bucket.tokens -= 1.0;
        return {true, 0};
    }
    const double wait = (1.0 - bucket.tokens) / rule.refillPerSecond;
    return {false, std::max(1, int(std::ceil(wait)))};
}

void RateLimiter::pruneLocked(qint64 now)
{
    // Buckets untouched for an hour are full again for any rule in use; forget them.
    m_lastPruneMs = now;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (now - it->updatedMs > 3'600'000)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace Souk::Server
