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
    const QByteArray routeLabels =
        "method=\"" + escapeLabel(method) + "\",route=\"" + escapeLabel(route.toUtf8()) + '"';
    QMutexLocker lock(&m_mutex);
    ++m_requests[routeLabels + ",status=\"" + QByteArray::number(status) + '"'];
    Histogram &h = m_latency[routeLabels];
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
    for (auto it = m_requests.constBegin(); it != m_requests.constEnd(); ++it)
        out +=
            "souk_http_requests_total{" + it.key() + "} " + QByteArray::number(it.value()) + '\n';
    out += "# HELP souk_http_request_duration_seconds Time from request to response.\n"
           "# TYPE souk_http_request_duration_seconds histogram\n";
    for (auto it = m_latency.constBegin(); it != m_latency.constEnd(); ++it) {
        const Histogram &h = it.value();
        for (size_t i = 0; i < Buckets.size(); ++i)
            out += "souk_http_request_duration_seconds_bucket{" + it.key() + ",le=\""
                + QByteArray::number(Buckets[i]) + "\"} " + QByteArray::number(h.counts[i]) + '\n';
        out += "souk_http_request_duration_seconds_bucket{" + it.key() + ",le=\"+Inf\"} "
            + QByteArray::number(h.count) + '\n';
        out += "souk_http_request_duration_seconds_sum{" + it.key() + "} "
            + QByteArray::number(h.sum, 'g', 9) + '\n';
        out += "souk_http_request_duration_seconds_count{" + it.key() + "} "
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
