#pragma once

#include "ApiContext.h"
#include "ConnectionGuard.h"
#include "KnownTokens.h"
#include "Log.h"
#include "RateLimiter.h"
#include "Router.h"
#include "WorkerPool.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QMutex>
#include <QPointer>
#include <QTcpServer>

namespace Souk::Server {

//! Accepts connections and wraps each in a ConnectionGuard before QHttpServer sees it.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(ConnectionGuard::Limits limits, ConnectionGuard::BodyLimit bodyLimit,
                     Metrics &metrics, QObject *parent = nullptr);

Q_SIGNALS:
    void guardRejected(const QByteArray &requestId, const QByteArray &method,
                       const QByteArray &path, int status, const QHostAddress &peer);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    ConnectionGuard::Limits m_limits;
    ConnectionGuard::BodyLimit m_bodyLimit;
    Metrics &m_metrics;
};

//! The HTTP front: routing, 404/405/415/429, authentication, dispatch of handlers to worker
//! threads, and the shared tail of every answer (request id, metrics, access log).
//! QHttpServer's own router is not used: it cannot tell 404 from 405 and wraps int arguments.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(Services &services, const Router &router, QObject *parent = nullptr);
    ~ApiServer() override;

    //! Listens on the configured address; returns the bound port (useful with port 0).
    Result<quint16> start();
    //! Waits for the worker threads to finish what they are doing.
    void drain();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending
    {
        QPointer<ConnectionGuard> guard;
        quint64 ticket = 0;
        QByteArray requestId;
        QByteArray method;
        QString path;
        QString route;
        QHostAddress peer;
        bool isHead = false;
        bool close = false;
        QElapsedTimer timer;
    };
    //! A response as it goes on the wire.
    struct Answer
    {
        int status = 0;
        QByteArray bytes;
    };
    //! An answer from a worker, with what the HTTP thread allocated for the request.
    struct Delivery
    {
        Pending pending;
        std::shared_ptr<const HttpRequest> request;
        Answer answer;
        QString userId;
    };
    static Answer answer(const Pending &pending, HttpResponse response);
    void complete(const Pending &pending, HttpResponse response, const QString &userId = {});
    //! The shared tail of every answer: metrics, access log, the bytes to the connection.
    void finish(const Pending &pending, const Answer &answer, const QString &userId);
    //! From a worker: queues an answer for the HTTP thread, waking it once per batch.
    void deliver(Delivery delivery);
    void completeDelivered();
    static void logRequest(Log::Level level, const Pending &pending, int status, double seconds,
                           const QString &userId);
    bool authorizeUpgrade(const QHttpServerRequest &request, QTcpSocket *socket,
                          ConnectionGuard *guard);
    //! Charges one request to the general budget: a token's own when the server has seen the
    //! token valid, otherwise the client address's (junk tokens buy nothing).
    RateLimiter::Decision chargeRequest(const QByteArray &tokenHash, const QHostAddress &client);
    void acceptWebSockets();
    qint64 bodyLimitFor(const QByteArray &method, const QByteArray &path) const;
    static HttpResponse runHandler(Services &services, KnownTokens &knownTokens, const Route &route,
                                   const HttpRequest &request, QString *userId);

    Services &m_services;
    const Router &m_router;
    WorkerPool m_pool;
    KnownTokens m_knownTokens;
    QMutex m_deliveredMutex;
    QList<Delivery> m_delivered;
    // WebSocket upgrades: the caller authenticated in handleRequest(), by token hash, until
    // QWebSocketServer hands the socket over; and refusals to answer in missingHandler().
    struct Upgrade
    {
        AuthUser user;
        qint64 tokenExpiresAt = 0;
    };
    QHash<QByteArray, QList<Upgrade>> m_upgrading;
    QHash<QTcpSocket *, HttpResponse> m_refusedUpgrades;
};

} // namespace Souk::Server
