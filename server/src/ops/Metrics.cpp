#include "Metrics.h"

#include <QString>

namespace Souk::Server {

namespace {
QByteArray escapeLabel(const QByteArray &value)
{
    QByteArray out = value;
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}
} // namespace

void Metrics::recordRequest(const QByteArray &method, const QString &route, int status,
                            double seconds)
{
    QMutexLocker lock(&m_mutex);
    Route &counts = m_routes[RouteKey {method, route}];
    ++counts.statuses[status];
    Histogram &h = counts.latency;
    for (size_t i = 0; i < Buckets.size(); ++i) {
        if (seconds <= Buckets[i])
            ++h.counts[i];
    }
    ++h.count;
    h.sum += seconds;
}

void Metrics::connectionOpened()
{
    QMutexLocker lock(&m_mutex);
    ++m_openConnections;
    ++m_connectionsTotal;
}

void Metrics::connectionClosed()
{
    QMutexLocker lock(&m_mutex);
    --m_openConnections;
}

QByteArray Metrics::render() const
{
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    out += "# HELP souk_http_requests_total HTTP requests answered, by route and status.\n"
           "# TYPE souk_http_requests_total counter\n";
    auto labels = [](const RouteKey &key) {
        return "method=\"" + escapeLabel(key.method) + "\",route=\""
            + escapeLabel(key.route.toUtf8()) + '"';
    };
    for (auto it = m_routes.constBegin(); it != m_routes.constEnd(); ++it) {
        for (auto s = it->statuses.constBegin(); s != it->statuses.constEnd(); ++s)
            out += "souk_http_requests_total{" + labels(it.key()) + ",status=\""
                + QByteArray::number(s.key()) + "\"} " + QByteArray::number(s.value()) + '\n';
    }
    out += "# HELP souk_http_request_duration_seconds Time from request to response.\n"
           "# TYPE souk_http_request_duration_seconds histogram\n";
    for (auto it = m_routes.constBegin(); it != m_routes.constEnd(); ++it) {
        const QByteArray key = labels(it.key());
        const Histogram &h = it->latency;
        for (size_t i = 0; i < Buckets.size(); ++i)
            out += "souk_http_request_duration_seconds_bucket{" + key + ",le=\""
                + QByteArray::number(Buckets[i]) + "\"} " + QByteArray::number(h.counts[i]) + '\n';
        out += "souk_http_request_duration_seconds_bucket{" + key + ",le=\"+Inf\"} "
            + QByteArray::number(h.count) + '\n';
        out += "souk_http_request_duration_seconds_sum{" + key + "} "
            + QByteArray::number(h.sum, 'g', 9) + '\n';
        out += "souk_http_request_duration_seconds_count{" + key + "} "
            + QByteArray::number(h.count) + '\n';
    }
    out += "# HELP souk_http_open_connections Connections open now.\n"
           "# TYPE souk_http_open_connections gauge\n"
           "souk_http_open_connections "
        + QByteArray::number(m_openConnections) + '\n';
    out += "# HELP souk_http_connections_total Connections accepted since start.\n"
           "# TYPE souk_http_connections_total counter\n"
           "souk_http_connections_total "
        + QByteArray::number(m_connectionsTotal) + '\n';
    return out;
}

} // namespace Souk::Server
