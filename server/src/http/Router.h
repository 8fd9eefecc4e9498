#pragma once

#include "HttpTypes.h"

#include <QList>
#include <QString>
#include <functional>

namespace Souk::Server {

struct ApiContext;

//! One API route. Handlers run on a worker thread (they may block on the database or on
//! password hashing) unless `inlineOnHttpThread` is set for trivial, non-blocking ones.
//! Route::maxBodyBytes for uploads: the configured max_media_bytes.
constexpr qint64 MediaBodyLimit = -2;

struct Route
{
    enum class Auth { None, Bearer };
    using Handler = std::function<HttpResponse(ApiContext &)>;

    QByteArray method;
    QString pattern; // e.g. /api/v1/users/{username}
    Auth auth = Auth::None;
    Handler handler;
    qint64 maxBodyBytes = -1; // -1 = the server's max_body_bytes; MediaBodyLimit: max_media_bytes
    bool jsonBody = false; // a body, when present, must be application/json
    bool inlineOnHttpThread = false;
    QString summary;
};

//! Maps method + path to a Route. Knows the difference between "no such path" (404) and
//! "no such method on this path" (405, with the Allow list).
class Router
{
public:
    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        bool pathExists = false;
        QByteArrayList allowed;
    };

    //! One '/'-separated piece of a route's pattern: literal text or a {parameter}'s name.
    struct Segment
    {
        QString text;
        bool parameter = false;
    };

    void add(Route route);
    Match match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
    QList<QList<Segment>> m_segments;
};

} // namespace Souk::Server
