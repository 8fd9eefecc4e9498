#include "ApiServer.h"

#include "ActivityDays.h"
#include "Database.h"
#include "Log.h"
#include "Metrics.h"
#include "RateLimiter.h"
#include "RealtimeHub.h"
#include "ServerConfig.h"
#include "Tokens.h"
#include "Visibility.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Souk::Server {

GuardedTcpServer::GuardedTcpServer(ConnectionGuard::Limits limits,
                                   ConnectionGuard::BodyLimit bodyLimit, Metrics &metrics,
                                   QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_bodyLimit(std::move(bodyLimit))
    , m_metrics(metrics)
{ }

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto *guard = new ConnectionGuard(socket, m_limits, m_bodyLimit);
    const QHostAddress peer = socket->peerAddress();
    connect(guard, &ConnectionGuard::rejected, this,
            [this, peer](const QByteArray &id, const QByteArray &method, const QByteArray &path,
                         int status) { Q_EMIT guardRejected(id, method, path, status, peer); });
    m_metrics.connectionOpened();
    connect(socket, &QObject::destroyed, this, [this] { m_metrics.connectionClosed(); });
    addPendingConnection(socket);
}

ApiServer::ApiServer(Services &services, const Router &router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_services(services)
    , m_router(router)
    , m_pool(services.config.workerThreads)
{
    if (m_services.hub) {
        // Typing indicators go to a conversation's members: who they are is a database read,
        // done on a worker like any other.
        m_services.hub->setMemberLookup(
            [this](const QString &conversation, const QString &user, auto done) {
                m_pool.start([this, conversation, user, done] {
                    std::optional<QSet<QString>> members;
                    if (Result<QSqlDatabase> db = m_services.database.connection()) {
                        // Nobody is told that someone they blocked, or who blocked them, types.
                        const Sync::Visibility::SqlCondition apart =
                            Sync::Visibility::notApart(u"m.user_id"_s, user);
                        Result<QSqlQuery> q =
                            execSql(*db,
                                    u"SELECT m.user_id FROM members m"
                                    " WHERE m.conversation_id = ? AND m.active = 1 AND "_s
                                        + apart.sql,
                                    QVariantList {conversation} + apart.binds, "typing audience");
                        QSet<QString> found;
                        while (q && q->next())
                            found.insert(q->value(0).toString());
                        if (found.contains(user))
                            members = found;
                    }
                    QMetaObject::invokeMethod(m_services.hub, [done, members] { done(members); });
                });
            });
        m_services.hub->setContactsLookup([this](const QString &user, auto done) {
            m_pool.start([this, user, done] {
                QSet<QString> contacts;
                bool hidden = false;
                if (Result<QSqlDatabase> db = m_services.database.connection()) {
                    // A block, either way, ends presence between the two.
                    const Sync::Visibility::SqlCondition apart =
                        Sync::Visibility::notApart(u"other.user_id"_s, user);
                    Result<QSqlQuery> q = execSql(
                        *db,
                        u"SELECT DISTINCT other.user_id FROM members mine JOIN members other"
                        " ON other.conversation_id = mine.conversation_id AND other.active = 1"
                        " WHERE mine.user_id = ? AND mine.active = 1 AND other.user_id <> ? AND "_s
                            + apart.sql,
                        QVariantList {user, user} + apart.binds, "presence contacts");
                    while (q && q->next())
                        contacts.insert(q->value(0).toString());
                    Result<QSqlQuery> pref =
                        execSql(*db, u"SELECT presence_hidden FROM preferences WHERE id = ?"_s,
                                {user}, "presence privacy");
                    hidden = pref && pref->next() && pref->value(0).toLongLong() != 0;
                }
                QMetaObject::invokeMethod(m_services.hub,
                                          [done, contacts, hidden] { done(contacts, hidden); });
            });
        });
    }
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &ApiServer::acceptWebSockets);
}

ApiServer::~ApiServer()
{
    drain();
}

void ApiServer::drain()
{
    m_pool.waitForDone();
}

Result<quint16> ApiServer::start()
{
    const ServerConfig &config = m_services.config;
    auto *tcp = new GuardedTcpServer(
        ConnectionGuard::Limits {config.maxHeaderBytes, config.idleTimeoutMs,
                                 config.headerTimeoutMs},
        [this](const QByteArray &method, const QByteArray &path) {
            return bodyLimitFor(method, path);
        },
        m_services.metrics, this);
    connect(tcp, &GuardedTcpServer::guardRejected, this,
            [this](const QByteArray &id, const QByteArray &method, const QByteArray &path,
                   int status, const QHostAddress &peer) {
                m_services.metrics.recordRequest(method.isEmpty() ? "-" : method, u"(guard)"_s,
                                                 status, 0);
                Log::info(u"request refused"_s,
                          {{u"request_id"_s, QString::fromLatin1(id)},
                           {u"method"_s, QString::fromLatin1(method)},
                           {u"path"_s, QString::fromUtf8(path)},
                           {u"status"_s, status},
                           {u"ip"_s, peer.toString()}});
            });
    if (!tcp->listen(config.listenAddress, config.listenPort)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Error {1,
                      u"listen_failed"_s,
                      u"Cannot listen on %1:%2: %3"_s.arg(config.listenAddress.toString())
                          .arg(config.listenPort)
                          .arg(why),
                      {}};
    }
    bind(tcp);
    return tcp->serverPort();
}

qint64 ApiServer::bodyLimitFor(const QByteArray &method, const QByteArray &path) const
{
    const Router::Match match =
        m_router.match(method == "HEAD" ? "GET" : method, QString::fromUtf8(path));
    if (match.route && match.route->maxBodyBytes == MediaBodyLimit)
        return m_services.config.maxMediaBytes;
    if (match.route && match.route->maxBodyBytes >= 0)
        return match.route->maxBodyBytes;
    return m_services.config.maxBodyBytes;
}

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

bool isJsonContentType(const QByteArray &value)
{
    const QByteArray mime = value.split(';').value(0).trimmed().toLower();
    return mime == "application/json";
}

} // namespace

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ConnectionGuard *guard = ConnectionGuard::of(socket);
    if (!guard)
        return false;
    if (request.value("upgrade").toLower() == "websocket") {
        if (guard->isUpgrading())
            return authorizeUpgrade(request, socket, guard);
        // Not the one upgrade the guard lets through (GET /api/v1/ws with Connection: Upgrade):
        // refused, and the connection closed (missingHandler).
        m_refusedUpgrades.insert(
            socket,
            HttpResponse::error(Error::badRequest(
                u"bad_upgrade"_s,
                u"Only GET /api/v1/ws with Connection: Upgrade becomes a WebSocket."_s)));
        return false;
    }

    auto req = std::make_shared<HttpRequest>();
    req->method = methodName(request.method());
    req->isHead = req->method == "HEAD";
    if (req->isHead)
        req->method = "GET";
    req->path = request.url().path();
    req->query = request.query();
    req->headers = request.headers();
    req->body = request.body();
    // The client, not a trusted reverse proxy in front of it: every limit and /metrics judge it.
    req->remoteAddress =
        m_services.config.trustedProxies.clientAddress(request.remoteAddress(), req->headers);
    req->requestId = acceptRequestId(request.value("x-request-id"));

    Pending pending;
    pending.guard = guard;
    pending.ticket = guard->begin();
    pending.requestId = req->requestId;
    pending.method = req->isHead ? QByteArray("HEAD") : req->method;
    pending.path = req->path;
    pending.peer = req->remoteAddress;
    pending.isHead = req->isHead;
    // A request that asked for an upgrade other than the WebSocket is the connection's last
    // (ConnectionGuard).
    pending.close = req->header("connection").trimmed().toLower() == "close"
        || !req->header("upgrade").isEmpty();
    pending.timer.start();

    const Router::Match match = m_router.match(req->method, req->path);
    if (!match.pathExists) {
        pending.route = u"(unmatched)"_s;
        complete(
            pending,
            HttpResponse::error(Error {
                404, u"route_not_found"_s, u"There is no API route at %1."_s.arg(req->path), {}}));
        return true;
    }
    if (!match.route) {
        pending.route = u"(unmatched)"_s;
        HttpResponse response = HttpResponse::error(Error {
            405,
            u"method_not_allowed"_s,
            u"%1 is not allowed here; use %2."_s.arg(QString::fromLatin1(pending.method),
                                                     QString::fromLatin1(match.allowed.join(", "))),
            {}});
        response.addHeader("Allow", match.allowed.join(", "));
        complete(pending, response);
        return true;
    }
    const Route &route = *match.route;
    req->params = match.params;
    pending.route = route.pattern;

    if (route.jsonBody && !req->body.isEmpty() && !isJsonContentType(req->header("content-type"))) {
        complete(
            pending,
            HttpResponse::error(Error {
                415, u"unsupported_media_type"_s, u"Send the body as application/json."_s, {}}));
        return true;
    }

    if (!route.inlineOnHttpThread) {
        const QByteArray token = req->bearerToken();
        if (!token.isEmpty())
            req->tokenHash = Tokens::hash(token);
        const RateLimiter::Decision decision = chargeRequest(req->tokenHash, req->remoteAddress);
        if (!decision.allowed) {
            HttpResponse response = HttpResponse::error(
                Error {429, u"rate_limited"_s, u"Too many requests; slow down."_s, {}});
            response.addHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
            complete(pending, response);
            return true;
        }
    }

    if (route.inlineOnHttpThread) {
        QString userId;
        complete(pending, runHandler(m_services, m_knownTokens, route, *req, &userId));
        return true;
    }

    const Route *routePtr = &route;
    m_pool.start([this, req = std::move(req), routePtr, pending = std::move(pending)]() mutable {
        Delivery delivery;
        HttpResponse response =
            runHandler(m_services, m_knownTokens, *routePtr, *req, &delivery.userId);
        // Serialised here, so what the handler allocated is freed on this thread; what the
        // HTTP thread allocated (request, pending) goes back to be freed there. Memory freed by
        // another thread than the one that took it contends on malloc's locks (bench/http).
        delivery.answer = answer(pending, std::move(response));
        delivery.pending = std::move(pending);
        delivery.request = std::move(req);
        deliver(std::move(delivery));
    });
    return true;
}

void ApiServer::deliver(Delivery delivery)
{
    bool first = false;
    {
        QMutexLocker locked(&m_deliveredMutex);
        first = m_delivered.isEmpty();
        m_delivered.append(std::move(delivery));
    }
    // One event for all the answers that arrive before the HTTP thread gets to them.
    if (first)
        QMetaObject::invokeMethod(this, &ApiServer::completeDelivered, Qt::QueuedConnection);
}

void ApiServer::completeDelivered()
{
    QList<Delivery> delivered;
    {
        QMutexLocker locked(&m_deliveredMutex);
        delivered.swap(m_delivered);
    }
    for (const Delivery &d : delivered)
        finish(d.pending, d.answer, d.userId);
}

RateLimiter::Decision ApiServer::chargeRequest(const QByteArray &tokenHash,
                                               const QHostAddress &client)
{
    // A token gets a budget of its own only once a request has shown it valid; until then (a
    // new token's first request, junk) the request is the address's. Otherwise every made-up
    // token would be a fresh budget, and a limiter entry kept for an hour.
    if (!tokenHash.isEmpty()
        && m_knownTokens.contains(tokenHash, QDateTime::currentMSecsSinceEpoch()))
        return m_services.limiter.take(u"tok:"_s + QString::fromLatin1(tokenHash),
                                       RateLimiter::perMinute(m_services.config.requestsPerMinute));
    return m_services.limiter.take(
        u"ip:"_s + client.toString(),
        RateLimiter::perMinute(m_services.config.anonymousRequestsPerMinute));
}

HttpResponse ApiServer::runHandler(Services &services, KnownTokens &knownTokens, const Route &route,
                                   const HttpRequest &request, QString *userId)
{
    ApiContext context {request, services, std::nullopt, {}};
    if (!route.inlineOnHttpThread) {
        Result<QSqlDatabase> db = services.database.connection();
        if (!db)
            return HttpResponse::error(db.error());
        context.db = *db;
    }
    if (route.auth == Route::Auth::Bearer) {
        const QByteArray token = request.bearerToken();
        if (token.isEmpty())
            return HttpResponse::error(
                Error {401, u"unauthenticated"_s, u"This route needs an access token."_s, {}});
        const QByteArray hash =
            request.tokenHash.isEmpty() ? Tokens::hash(token) : request.tokenHash;
        Result<AuthUser> user = services.accounts.authenticate(context.db, hash);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!user) {
            knownTokens.forget(hash);
            return HttpResponse::error(user.error());
        }
        // An access token lives at most its lifetime from now; remembering it that long is
        // enough for its budget, and an expired one is refused (and forgotten) above.
        knownTokens.remember(hash, now + qint64(services.config.accessTokenTtlS) * 1000, now);
        context.user = *user;
        *userId = user->userId;
    }
    HttpResponse response = route.handler(context);
    // Analytics (daily active users), for requests that did something: a refused one changes
    // nothing. A failure here must not fail the request.
    if (context.user && services.activity && response.status < 400) {
        if (Result<Ok> noted = services.activity->record(context.db, context.user->userId,
                                                         QDateTime::currentMSecsSinceEpoch());
            !noted)
            Log::warning(u"activity not recorded"_s, {{u"error"_s, noted.error().message}});
    }
    return response;
}

ApiServer::Answer ApiServer::answer(const Pending &pending, HttpResponse response)
{
    if (response.status == 401)
        response.addHeader("WWW-Authenticate", "Bearer");
    return {response.status,
            serializeResponse(response, pending.requestId, pending.close, pending.isHead)};
}

void ApiServer::complete(const Pending &pending, HttpResponse response, const QString &userId)
{
    finish(pending, answer(pending, std::move(response)), userId);
}

void ApiServer::finish(const Pending &pending, const Answer &answer, const QString &userId)
{
    const double seconds = pending.timer.nsecsElapsed() / 1e9;
    m_services.metrics.recordRequest(pending.method, pending.route, answer.status, seconds);
    const Log::Level level = answer.status >= 500 ? Log::Level::Error : Log::Level::Info;
    if (Log::enabled(level))
        logRequest(level, pending, answer.status, seconds, userId);
    if (pending.guard)
        pending.guard->finish(pending.ticket, answer.bytes, pending.close);
}

void ApiServer::logRequest(Log::Level level, const Pending &pending, int status, double seconds,
                           const QString &userId)
{
    QJsonObject fields {{u"request_id"_s, QString::fromLatin1(pending.requestId)},
                        {u"method"_s, QString::fromLatin1(pending.method)},
                        {u"path"_s, pending.path},
                        {u"route"_s, pending.route},
                        {u"status"_s, status},
                        {u"duration_ms"_s, qRound(seconds * 100000) / 100.0},
                        {u"ip"_s, pending.peer.toString()}};
    if (!userId.isEmpty())
        fields.insert(u"user_id"_s, userId);
    Log::write(level, u"request"_s, fields);
}

bool ApiServer::authorizeUpgrade(const QHttpServerRequest &request, QTcpSocket *socket,
                                 ConnectionGuard *guard)
{
    // QHttpServer 6.4 asks handleRequest() before it hands an upgrade to QWebSocketServer and
    // needs the answer at once, so this is the one place where the HTTP thread reads the
    // database itself: a single indexed lookup of the token.
    HttpRequest req;
    req.headers = request.headers();
    const QByteArray requestId = acceptRequestId(request.value("x-request-id"));
    auto refuse = [&](const Error &error) {
        m_refusedUpgrades.insert(socket, HttpResponse::error(error));
        m_services.metrics.recordRequest("GET", u"/api/v1/ws"_s, error.status, 0);
        Log::info(u"websocket refused"_s,
                  {{u"request_id"_s, QString::fromLatin1(requestId)},
                   {u"status"_s, error.status},
                   {u"code"_s, error.code}});
        return false;
    };
    if (request.url().path() != u"/api/v1/ws"_s || !m_services.hub)
        return refuse(Error {404, u"route_not_found"_s, u"No WebSocket here."_s, {}});
    const QByteArray token = req.bearerToken();
    if (token.isEmpty())
        return refuse(
            Error {401, u"unauthenticated"_s, u"The WebSocket needs an access token."_s, {}});
    const QByteArray tokenHash = Tokens::hash(token);
    // Charged before the database is asked, like any request: junk tokens to the address.
    const RateLimiter::Decision decision = chargeRequest(
        tokenHash,
        m_services.config.trustedProxies.clientAddress(request.remoteAddress(), req.headers));
    if (!decision.allowed)
        return refuse(Error {429, u"rate_limited"_s, u"Too many requests; slow down."_s, {}});
    Result<QSqlDatabase> db = m_services.database.connection();
    if (!db)
        return refuse(db.error());
    Result<AuthUser> user = m_services.accounts.authenticate(*db, tokenHash);
    if (!user) {
        m_knownTokens.forget(tokenHash);
        return refuse(user.error());
    }
    // The socket must end when its token does (RealtimeHub), so it needs the token's expiry,
    // which authenticate() does not report: one more indexed read, once per socket.
    Result<QSqlQuery> expiry =
        execSql(*db, u"SELECT expires_at FROM tokens WHERE hash = ? AND kind = 'access'"_s,
                {QString::fromLatin1(tokenHash)}, "websocket token expiry");
    if (!expiry)
        return refuse(expiry.error());
    if (!expiry->next())
        return refuse(Error {401, u"invalid_token"_s, u"The access token is not valid."_s, {}});
    const qint64 expiresAt = expiry->value(0).toLongLong();
    m_knownTokens.remember(tokenHash, expiresAt, QDateTime::currentMSecsSinceEpoch());
    m_upgrading[tokenHash].append(Upgrade {*user, expiresAt});
    // From here the socket is QWebSocket's, with its own frame limits and the hub's budget.
    guard->detach();
    m_services.metrics.recordRequest("GET", u"/api/v1/ws"_s, 101, 0);
    Log::info(u"websocket opened"_s,
              {{u"request_id"_s, QString::fromLatin1(requestId)}, {u"user_id"_s, user->userId}});
    return true;
}

void ApiServer::acceptWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (!socket)
            continue;
        HttpRequest req;
        for (const QByteArray &name : socket->request().rawHeaderList())
            req.headers.append({name, socket->request().rawHeader(name)});
        const QByteArray key = Tokens::hash(req.bearerToken());
        auto it = m_upgrading.find(key);
        if (it == m_upgrading.end() || it->isEmpty()) {
            socket->abort();
            continue;
        }
        const Upgrade upgrade = it->takeFirst();
        if (it->isEmpty())
            m_upgrading.erase(it);
        m_services.hub->add(std::move(socket), upgrade.user, upgrade.tokenExpiresAt);
    }
}

void ApiServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    if (!socket)
        return;
    const auto refused = m_refusedUpgrades.constFind(socket);
    if (refused == m_refusedUpgrades.constEnd()) {
        // A socket without a guard: refuse it.
        socket->abort();
        return;
    }
    socket->write(serializeResponse(*refused, newRequestId(), true, false));
    m_refusedUpgrades.erase(refused);
    socket->disconnectFromHost();
}

} // namespace Souk::Server
