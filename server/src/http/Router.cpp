#include "Router.h"

#include <QStringTokenizer>
#include <QUrl>
#include <QVarLengthArray>

namespace Souk::Server {

namespace {

// A request path split at '/', as views into the path (no copies).
using PathSegments = QVarLengthArray<QStringView, 12>;

PathSegments splitPath(const QString &path)
{
    PathSegments segments;
    for (QStringView segment : QStringTokenizer(path, u'/'))
        segments.append(segment);
    return segments;
}

bool isParameter(const QString &segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}');
}

//! Whether `path` fits the pattern: same number of segments, literals equal, parameters not
//! empty. Runs for every route on every request, so it allocates nothing.
bool fits(const QList<Router::Segment> &pattern, const PathSegments &path)
{
    if (pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const Router::Segment &p = pattern.at(i);
        if (p.parameter ? path.at(i).isEmpty() : p.text != path.at(i))
            return false;
    }
    return true;
}

} // namespace

void Router::add(Route route)
{
    QList<Segment> segments;
    for (const QString &segment : route.pattern.split(u'/')) {
        if (isParameter(segment))
            segments.append({segment.mid(1, segment.size() - 2), true});
        else
            segments.append({segment, false});
    }
    m_segments.append(segments);
    m_routes.append(std::move(route));
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const PathSegments segments = splitPath(path);
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        if (!fits(m_segments.at(i), segments))
            continue;
        const Route &route = m_routes.at(i);
        if (route.method == method && !result.route) {
            // Parameters are decoded only for the route that serves the request.
            for (qsizetype s = 0; s < segments.size(); ++s) {
                const Segment &p = m_segments.at(i).at(s);
                if (!p.parameter)
                    continue;
                const QStringView raw = segments.at(s);
                result.params.insert(p.text,
                                     raw.contains(u'%') ? QUrl::fromPercentEncoding(raw.toUtf8())
                                                        : raw.toString());
            }
            result.route = &route;
        }
        result.pathExists = true;
        if (!result.allowed.contains(route.method))
            result.allowed.append(route.method);
    }
    if (result.allowed.contains("GET") && !result.allowed.contains("HEAD"))
        result.allowed.append("HEAD");
    return result;
}

} // namespace Souk::Server
