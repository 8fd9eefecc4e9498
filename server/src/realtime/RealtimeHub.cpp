#include "RealtimeHub.h"

#include "ClientFrame.h"
#include "Log.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {
constexpr qint64 MaxFrameBytes = 64 * 1024;
constexpr qint64 MaxTimerMs = 24LL * 3600 * 1000; // QTimer takes an int; tokens live far less
} // namespace

bool RealtimeHub::Budget::take(double burst, double perSecond, qint64 nowMs)
{
    if (tokens < 0)
        tokens = burst;
    else
        tokens = std::min(burst, tokens + (nowMs - updatedMs) / 1000.0 * perSecond);
    updatedMs = nowMs;
    if (tokens < 1.0)
        return false;
    tokens -= 1.0;
    return true;
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

void RealtimeHub::add(std::unique_ptr<QWebSocket> owned, const AuthUser &user,
                      qint64 tokenExpiresAtMs)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    socket->setMaxAllowedIncomingFrameSize(MaxFrameBytes);
    socket->setMaxAllowedIncomingMessageSize(MaxFrameBytes);
    m_connections.insert(socket, Connection {socket, user, false, {}, false});
    m_byUser[user.userId].insert(socket);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { remove(socket); });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &message) {
        if (acceptFrame(socket))
            onText(socket, message);
    });
    // The token was checked once, at the upgrade; the socket may not outlive it. 1008 like any
    // other end of a session: the client then refreshes its token and opens a new socket.
    const qint64 left = tokenExpiresAtMs - QDateTime::currentMSecsSinceEpoch();
    QTimer::singleShot(int(std::clamp<qint64>(left, 0, MaxTimerMs)), socket, [socket] {
        Log::info(u"websocket closed"_s, {{u"reason"_s, u"token_expired"_s}});
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"token_expired"_s);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [socket] {
        socket->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported,
                      u"Binary frames are not used."_s);
    });
    socket->sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject {{u"type"_s, u"hello"_s}, {u"user_id"_s, user.userId}})
            .toJson(QJsonDocument::Compact)));
    loadPresence(socket, user.userId);
}

namespace {
QString presenceFrame(const QString &userId, const QString &state)
{
    return QString::fromUtf8(
        QJsonDocument(
            QJsonObject {{u"type"_s, u"presence"_s}, {u"user_id"_s, userId}, {u"state"_s, state}})
            .toJson(QJsonDocument::Compact));
}
} // namespace

void RealtimeHub::loadPresence(QWebSocket *socket, const QString &userId)
{
    if (!m_contactsLookup)
        return;
    QPointer<QWebSocket> guard(socket);
    m_contactsLookup(userId, [this, guard, userId](QSet<QString> contacts, bool hidden) {
        Presence &p = m_presence[userId];
        p.contacts = std::move(contacts);
        p.hidden = hidden;
        p.known = true;
        if (guard) {
            // The newcomer learns who of their contacts is here now.
            for (const QString &contact : std::as_const(p.contacts)) {
                const auto it = m_presence.constFind(contact);
                if (it != m_presence.constEnd() && !it->hidden && it->state != u"offline"_s)
                    guard->sendTextMessage(presenceFrame(contact, it->state));
            }
        }
        updatePresence(userId);
    });
}

void RealtimeHub::updatePresence(const QString &userId)
{
    QString state = u"offline"_s;
    for (QWebSocket *s : m_byUser.value(userId)) {
        const bool away = m_connections.value(s).away;
        if (!away) {
            state = u"online"_s;
            break;
        }
        state = u"away"_s;
    }
    auto it = m_presence.find(userId);
    if (it == m_presence.end() || !it->known)
        return; // published once the contacts are known
    if (it->state == state)
        return; // only changes are published
    it->state = state;
    if (!it->hidden) {
        const QString frame = presenceFrame(userId, state);
        for (const QString &contact : std::as_const(it->contacts)) {
            for (QWebSocket *s : m_byUser.value(contact))
                s->sendTextMessage(frame);
        }
    }
    if (state == u"offline"_s)
        m_presence.erase(it); // looked up again at the next connection
}

void RealtimeHub::onPresenceFrame(QWebSocket *socket, bool away)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->away = away;
    updatePresence(it->user.userId);
}

void RealtimeHub::remove(QWebSocket *socket)
{
    const auto it = m_connections.constFind(socket);
    if (it == m_connections.constEnd())
        return;
    const QString userId = it->user.userId;
    auto &set = m_byUser[userId];
    set.remove(socket);
    if (set.isEmpty())
        m_byUser.remove(userId);
    m_connections.remove(socket);
    socket->deleteLater();
    updatePresence(userId);
}

bool RealtimeHub::acceptFrame(QWebSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return false;
    if (it->frames.take(FrameBurst, FramesPerSecond, QDateTime::currentMSecsSinceEpoch())) {
        it->toldLimited = false;
        return true;
    }
    // Dropped before it is parsed; told once per flood, not once per frame.
    if (!it->toldLimited) {
        it->toldLimited = true;
        sendError(socket, u"rate_limited"_s, u"Too many frames; slow down."_s);
    }
    return false;
}

void RealtimeHub::onText(QWebSocket *socket, const QString &message)
{
    const ClientFrame frame = parseClientFrame(message);
    switch (frame.type) {
    case ClientFrame::Type::Ping:
        socket->sendTextMessage(u"{\"type\":\"pong\"}"_s);
        return;
    case ClientFrame::Type::Typing:
        onTyping(socket, m_connections.value(socket).user, frame.conversationId);
        return;
    case ClientFrame::Type::Presence:
        onPresenceFrame(socket, frame.away);
        return;
    case ClientFrame::Type::Bad:
        sendError(socket, u"bad_frame"_s, frame.error);
        return;
    }
}

void RealtimeHub::sendError(QWebSocket *socket, const QString &code, const QString &message)
{
    socket->sendTextMessage(QString::fromUtf8(
        QJsonDocument(
            QJsonObject {{u"type"_s, u"error"_s}, {u"code"_s, code}, {u"message"_s, message}})
            .toJson(QJsonDocument::Compact)));
}

void RealtimeHub::onTyping(QWebSocket *socket, const AuthUser &user, const QString &conversation)
{
    // Throttled per user and conversation: a client may send on every keystroke.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString key = user.userId + u'|' + conversation;
    if (now - m_lastTyping.value(key, 0) < TypingThrottleMs)
        return;
    if (m_lastTyping.size() > 10'000) { // forget old entries; they only throttle
        for (auto it = m_lastTyping.begin(); it != m_lastTyping.end();)
            it = now - it.value() >= TypingThrottleMs ? m_lastTyping.erase(it) : std::next(it);
    }
    if (!m_memberLookup)
        return;
    // Each conversation the throttle has not seen costs a lookup: budgeted per user.
    if (m_typingLookups.size() > 10'000) {
        for (auto it = m_typingLookups.begin(); it != m_typingLookups.end();)
            it = now - it->updatedMs > 60'000 ? m_typingLookups.erase(it) : std::next(it);
    }
    if (!m_typingLookups[user.userId].take(TypingLookupBurst, TypingLookupsPerSecond, now))
        return; // dropped like a throttled frame: typing indicators are best effort
    m_lastTyping.insert(key, now);
    QPointer<QWebSocket> sender(socket);
    const QString userId = user.userId;
    m_memberLookup(conversation, userId,
                   [this, sender, conversation, userId](std::optional<QSet<QString>> members) {
                       if (!members) {
                           // Not a member: the same answer as for no such conversation.
                           if (sender)
                               sendError(sender, u"conversation_not_found"_s,
                                         u"This conversation does not exist, or you are not "
                                         "in it."_s);
                           return;
                       }
                       const QString typing = QString::fromUtf8(
                           QJsonDocument(QJsonObject {{u"type"_s, u"typing"_s},
                                                      {u"conversation_id"_s, conversation},
                                                      {u"user_id"_s, userId},
                                                      {u"expires_in_ms"_s, TypingExpiryMs}})
                               .toJson(QJsonDocument::Compact));
                       for (const QString &member : std::as_const(*members)) {
                           if (member == userId)
                               continue;
                           for (QWebSocket *s : m_byUser.value(member))
                               s->sendTextMessage(typing);
                       }
                   });
}

void RealtimeHub::sendToUser(const QString &userId, const QString &frame)
{
    const auto sockets = m_byUser.value(userId);
    for (QWebSocket *socket : sockets)
        socket->sendTextMessage(frame);
}

void RealtimeHub::refreshPresence(const QString &userId)
{
    QMetaObject::invokeMethod(this, [this, userId] {
        // Only users connected here have a presence entry; others are looked up on connect.
        if (!m_contactsLookup || !m_presence.value(userId).known)
            return;
        m_contactsLookup(userId, [this, userId](QSet<QString> contacts, bool hidden) {
            auto it = m_presence.find(userId);
            if (it == m_presence.end() || !it->known)
                return;
            // Who sees this user: those no longer allowed hear "offline", new ones the state.
            const QSet<QString> sawBefore = it->hidden ? QSet<QString> {} : it->contacts;
            const QSet<QString> seeNow = hidden ? QSet<QString> {} : contacts;
            for (const QString &gone : sawBefore - seeNow)
                sendToUser(gone, presenceFrame(userId, u"offline"_s));
            for (const QString &fresh : seeNow - sawBefore)
                sendToUser(fresh, presenceFrame(userId, it->state));
            // Sharing a conversation is mutual: the other side's contacts change the same way,
            // and this user stops or starts hearing about them.
            const QSet<QString> lost = it->contacts - contacts;
            const QSet<QString> gained = contacts - it->contacts;
            it->contacts = std::move(contacts);
            it->hidden = hidden;
            for (const QString &other : lost) {
                auto theirs = m_presence.find(other);
                if (theirs == m_presence.end() || !theirs->known)
                    continue;
                theirs->contacts.remove(userId);
                if (!theirs->hidden)
                    sendToUser(userId, presenceFrame(other, u"offline"_s));
            }
            for (const QString &other : gained) {
                auto theirs = m_presence.find(other);
                if (theirs == m_presence.end() || !theirs->known)
                    continue;
                theirs->contacts.insert(userId);
                if (!theirs->hidden)
                    sendToUser(userId, presenceFrame(other, theirs->state));
            }
        });
    });
}

void RealtimeHub::send(const QSet<QString> &userIds, const QString &frame)
{
    QMetaObject::invokeMethod(this, [this, userIds, frame] {
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
