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
//! thread-safe entry points (send, closeSessions) may be called from workers and are queued.
class RealtimeHub : public QObject
{
    Q_OBJECT
public:
    explicit RealtimeHub(QObject *parent = nullptr);
    ~RealtimeHub() override;

    //! Takes a socket opened with an access token that expires at `tokenExpiresAtMs`; the
    //! socket is closed then (1008, "token_expired"), so it cannot outlive its token.
    void add(std::unique_ptr<QWebSocket> socket, const AuthUser &user, qint64 tokenExpiresAtMs);
    //! Sends a frame to every socket of these users (after a write: what changed).
    void send(const QSet<QString> &userIds, const QString &frame);
    //! Closes the sockets of ended sessions (logout, password change, bans).
    void closeSessions(const QStringList &sessionIds, const QString &reason);
    int connectionCount() const;

    //! Finds the active members of a conversation if `userId` is one of them (nullopt if not),
    //! off the HTTP thread, and calls `done` back on it. Set by the server at start.
    using MemberLookup =
        std::function<void(const QString &conversationId, const QString &userId,
                           std::function<void(std::optional<QSet<QString>> members)> done)>;
    void setMemberLookup(MemberLookup lookup) { m_memberLookup = std::move(lookup); }

    //! The people who see a user's presence (those sharing a conversation with them) and
    //! whether the user hides it; off the HTTP thread, `done` called back on it.
    using ContactsLookup = std::function<void(
        const QString &userId, std::function<void(QSet<QString> contacts, bool hidden)> done)>;
    void setContactsLookup(ContactsLookup lookup) { m_contactsLookup = std::move(lookup); }
    //! A user's privacy setting or conversations changed: looks their contacts up again, tells
    //! those who may no longer see them that they are offline, those who now may their state,
    //! and the user the states of new contacts. Thread-safe.
    void refreshPresence(const QString &userId);

    //! A typing indicator is forwarded at most this often per user and conversation, and
    //! receivers drop it after TypingExpiryMs unless it is repeated. Never stored.
    static constexpr qint64 TypingThrottleMs = 2000;
    static constexpr qint64 TypingExpiryMs = 6000;
    //! Frames a socket may send: a burst, then a steady rate. Beyond it frames are dropped
    //! unread, with one `rate_limited` error frame; the socket stays open.
    static constexpr double FrameBurst = 30;
    static constexpr double FramesPerSecond = 5;
    //! Typing frames that need a membership lookup (a conversation not throttled yet), per
    //! user over all conversations: fresh conversation ids cannot each cost a database read.
    static constexpr double TypingLookupBurst = 5;
    static constexpr double TypingLookupsPerSecond = 1;

private:
    //! A token bucket, refilled by the time since it was last used.
    struct Budget
    {
        double tokens = -1; // -1: not used yet, full
        qint64 updatedMs = 0;
        bool take(double burst, double perSecond, qint64 nowMs);
    };
    struct Connection
    {
        QWebSocket *socket;
        AuthUser user;
        bool away = false; // this device said its user is idle
        Budget frames;
        bool toldLimited = false; // the rate_limited frame was sent since the last accepted one
    };
    //! Presence as others see it: online (a device active), away (all idle), offline.
    struct Presence
    {
        QString state = QStringLiteral("offline");
        QSet<QString> contacts;
        bool hidden = false;
        bool known = false; // contacts looked up
    };
    void remove(QWebSocket *socket);
    //! Takes a frame from the socket's budget; false when it is to be dropped.
    bool acceptFrame(QWebSocket *socket);
    void onText(QWebSocket *socket, const QString &message);

    void onTyping(QWebSocket *socket, const AuthUser &user, const QString &conversation);
    void onPresenceFrame(QWebSocket *socket, bool away);
    //! Recomputes a user's state from their sockets and tells their contacts if it changed.
    void updatePresence(const QString &userId);
    //! On connect: looks up who may see the user, and sends the socket its contacts' states.
    void loadPresence(QWebSocket *socket, const QString &userId);
    void sendError(QWebSocket *socket, const QString &code, const QString &message);
    void sendToUser(const QString &userId, const QString &frame);

    QHash<QWebSocket *, Connection> m_connections;
    QHash<QString, QSet<QWebSocket *>> m_byUser;
    MemberLookup m_memberLookup;
    ContactsLookup m_contactsLookup;
    QHash<QString, Presence> m_presence;
    QHash<QString, qint64> m_lastTyping; // "user|conversation" -> when last forwarded
    QHash<QString, Budget> m_typingLookups; // user -> lookups of typing audiences
};

} // namespace Souk::Server
