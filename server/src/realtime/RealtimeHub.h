#pragma once

#include "AccountStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QWebSocket>
#include <memory>

namespace Souk::Server {

//! The open WebSockets (/api/v1/ws), by user and session. Lives on the HTTP thread; the
//! thread-safe entry points (poke, closeSessions) may be called from workers and are queued.
class RealtimeHub : public QObject
{
    Q_OBJECT
public:
    explicit RealtimeHub(QObject *parent = nullptr);
    ~RealtimeHub() override;

    void add(std::unique_ptr<QWebSocket> socket, const AuthUser &user);
    //! Tells these users' sockets that their buckets changed, up to `version`.
    void poke(const QSet<QString> &userIds, const QStringList &buckets, qint64 version);
    //! Closes the sockets of ended sessions (logout, password change, bans).
    void closeSessions(const QStringList &sessionIds, const QString &reason);
    int connectionCount() const;

private:
    struct Connection
    {
        QWebSocket *socket;
        AuthUser user;
    };
    void remove(QWebSocket *socket);
    void onText(QWebSocket *socket, const QString &message);

    QHash<QWebSocket *, Connection> m_connections;
    QHash<QString, QSet<QWebSocket *>> m_byUser;
};

} // namespace Souk::Server
