#include "RealtimeHub.h"

#include "Log.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {
constexpr qint64 MaxFrameBytes = 64 * 1024;
}

RealtimeHub::RealtimeHub(QObject *parent)
    : QObject(parent)
{ }

RealtimeHub::~RealtimeHub()
{
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        it->socket->disconnect(this);
        it->socket->abort();
        delete it->socket;
    }
}

void RealtimeHub::add(std::unique_ptr<QWebSocket> owned, const AuthUser &user)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    socket->setMaxAllowedIncomingFrameSize(MaxFrameBytes);
    socket->setMaxAllowedIncomingMessageSize(MaxFrameBytes);
    m_connections.insert(socket, Connection {socket, user});
    m_byUser[user.userId].insert(socket);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { remove(socket); });
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &message) { onText(socket, message); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [socket] {
        socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported,
                      u"Binary frames are not used."_s);
    });
    socket->sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject {{u"type"_s, u"hello"_s}, {u"user_id"_s, user.userId}})
            .toJson(QJsonDocument::Compact)));
}

void RealtimeHub::remove(QWebSocket *socket)
{
    const auto it = m_connections.constFind(socket);
    if (it == m_connections.constEnd())
        return;
    auto &set = m_byUser[it->user.userId];
    set.remove(socket);
    if (set.isEmpty())
        m_byUser.remove(it->user.userId);
    m_connections.remove(socket);
    socket->deleteLater();
}

void RealtimeHub::onText(QWebSocket *socket, const QString &message)
{
    const QJsonObject frame = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = frame.value(u"type"_s).toString();
    if (type == u"ping"_s) {
        socket->sendTextMessage(u"{\"type\":\"pong\"}"_s);
        return;
    }
    // Unknown or malformed frames get an error frame; the connection stays up.
    socket->sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject {{u"type"_s, u"error"_s},
                                   {u"code"_s, u"bad_frame"_s},
                                   {u"message"_s, u"Frames are JSON objects with a known type."_s}})
            .toJson(QJsonDocument::Compact)));
}

void RealtimeHub::poke(const QSet<QString> &userIds, const QStringList &buckets, qint64 version)
{
    QMetaObject::invokeMethod(this, [this, userIds, buckets, version] {
        const QString frame = QString::fromUtf8(
            QJsonDocument(QJsonObject {{u"type"_s, u"poke"_s},
                                       {u"version"_s, version},
                                       {u"buckets"_s, QJsonArray::fromStringList(buckets)}})
                .toJson(QJsonDocument::Compact));
        for (const QString &user : userIds) {
            const auto sockets = m_byUser.value(user);
            for (QWebSocket *socket : sockets)
                socket->sendTextMessage(frame);
        }
    });
}

void RealtimeHub::closeSessions(const QStringList &sessionIds, const QString &reason)
{
    QMetaObject::invokeMethod(this, [this, sessionIds, reason] {
        QList<QWebSocket *> doomed;
        for (const Connection &c : std::as_const(m_connections)) {
            if (sessionIds.contains(c.user.sessionId))
                doomed.append(c.socket);
        }
        for (QWebSocket *socket : std::as_const(doomed)) {
            Log::info(u"websocket closed"_s, {{u"reason"_s, reason}});
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
        }
    });
}

int RealtimeHub::connectionCount() const
{
    return int(m_connections.size());
}

} // namespace Souk::Server
