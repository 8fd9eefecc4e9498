#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <array>

namespace Souk::Server {

//! Prometheus counters for /metrics: requests by route and status, a latency histogram per
//! route, and the number of open connections.
class Metrics
{
public:
    void recordRequest(const QByteArray &method, const QString &route, int status, double seconds);
    void connectionOpened();
    void connectionClosed();
    QByteArray render() const;

private:
    static constexpr std::array<double, 11> Buckets {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                     0.1,   0.25,   0.5,   1.0,  2.5};
    struct Histogram
    {
        std::array<quint64, Buckets.size()> counts {};
        quint64 count = 0;
        double sum = 0;
    };
    //! Labels are spelled out only by render(): counting is on every request.
    struct RouteKey
    {
        QByteArray method;
        QString route;
        friend bool operator==(const RouteKey &, const RouteKey &) = default;
        friend size_t qHash(const RouteKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.method, key.route);
        }
    };
    struct Route
    {
        QHash<int, quint64> statuses; // status -> count
        Histogram latency;
    };
    mutable QMutex m_mutex;
    QHash<RouteKey, Route> m_routes;
    qint64 m_openConnections = 0;
    quint64 m_connectionsTotal = 0;
};

} // namespace Souk::Server
