#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace Souk::Server {

//! Token buckets by key ("login:<ip>|<account>", "reg:<ip>", "tok:<hash>", ...). Thread-safe:
//! workers and the HTTP thread share one instance. Per process: with several server instances
//! behind a balancer each enforces its own share.
class RateLimiter
{
public:
    struct Rule
    {
        double capacity; // burst size
        double refillPerSecond; // sustained rate
    };
    struct Decision
    {
        bool allowed;
        int retryAfterSeconds; // when refused: until one token is back
    };

    //! Takes one token if there is one.
    Decision take(const QString &key, const Rule &rule);
    //! Reports whether a token is there without taking it (check first, charge on failure).
    Decision peek(const QString &key, const Rule &rule);
    //! Refills a bucket completely (for example after a successful login).
    void reset(const QString &key);

    static Rule perMinute(int n) { return Rule {double(n), n / 60.0}; }
    static Rule perHour(int n) { return Rule {double(n), n / 3600.0}; }

private:
    struct Bucket
    {
        double tokens;
        qint64 updatedMs;
    };
    Decision check(const QString &key, const Rule &rule, bool consume);
    void pruneLocked(qint64 now);

    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastPruneMs = 0;
};

} // namespace Souk::Server
