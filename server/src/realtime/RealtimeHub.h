#pragma once

#include "AccountStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QWebSocket>
#include <functional>
#include <memory>
#include <optional>

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

    //! Finds the active members of a conversation if `userId` is one of them (nullopt if not),
    //! off the HTTP thread, and calls `done` back on it. Set by the server at start.
    using MemberLookup =
        std::function<void(const QString &conversationId, const QString &userId,
                           std::function<void(std::optional<QSet<QString>> members)> done)>;
    void setMemberLookup(MemberLookup lookup) { m_memberLookup = std::move(lookup); }

    //! A typing indicator is forwarded at most this often per user and conversation, and
    //! receivers drop it after TypingExpiryMs unless it is repeated. Never stored.
    static constexpr qint64 TypingThrottleMs = 2000;
    static constexpr qint64 TypingExpiryMs = 6000;

private:
    struct Connection
    {
        QWebSocket *socket;
        AuthUser user;
    };
    void remove(QWebSocket *socket);
    void onText(QWebSocket *socket, const QString &message);

    void onTyping(QWebSocket *socket, const AuthUser &user, const QJsonObject &frame);
    void sendError(QWebSocket *socket, const QString &code, const QString &message);

    QHash<QWebSocket *, Connection> m_connections;
    QHash<QString, QSet<QWebSocket *>> m_byUser;
    MemberLookup m_memberLookup;
    QHash<QString, qint64> m_lastTyping; // "user|conversation" -> when last forwarded
};

} // namespace Souk::Server
