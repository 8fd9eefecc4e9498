#include "Router.h"

#include <QUrl>

namespace Souk::Server {

namespace {

bool matchSegments(const QStringList &pattern, const QStringList &path,
                   QHash<QString, QString> *params)
{
    if (pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &p = pattern.at(i);
        if (p.startsWith(u'{') && p.endsWith(u'}')) {
            const QString value = QUrl::fromPercentEncoding(path.at(i).toUtf8());
            if (value.isEmpty())
                return false;
            if (params)
                params->insert(p.mid(1, p.size() - 2), value);
        } else if (p != path.at(i)) {
            return false;
        }
    }
    return true;
}

} // namespace

void Router::add(Route route)
{
    m_segments.append(route.pattern.split(u'/'));
    m_routes.append(std::move(route));
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QStringList segments = path.split(u'/');
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        QHash<QString, QString> params;
        if (!matchSegments(m_segments.at(i), segments, &params))
            continue;
        result.pathExists = true;
        const Route &route = m_routes.at(i);
        if (!result.allowed.contains(route.method))
            result.allowed.append(route.method);
        if (route.method == method && !result.route) {
            result.route = &route;
            result.params = std::move(params);
        }
    }
    if (result.allowed.contains("GET") && !result.allowed.contains("HEAD"))
        result.allowed.append("HEAD");
    return result;
}

} // namespace Souk::Server
