#pragma once

#include "SessionController.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Souk::App {

//! The Messages page: the conversation list (with unread counts) and the open conversation's
//! messages, from the local database, so both work offline; sending, editing, deleting,
//! reacting and read receipts go through the mutators. Messages written offline show as
//! sending; a refused one appears under Conflicts with retry and discard.
class ChatController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Souk::App::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    //! [{id, kind, title, lastPreview, lastMessageAt, unread, admin, presence}]; presence is
    //! the other person's in a direct conversation ("online", "away" or "").
    Q_PROPERTY(QVariantList conversations READ conversations NOTIFY conversationsChanged)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY conversationsChanged)
    Q_PROPERTY(QString currentId READ currentId WRITE setCurrentId NOTIFY currentChanged)
    Q_PROPERTY(QString currentTitle READ currentTitle NOTIFY currentChanged)
    //! Under the title: the other person's presence in a direct conversation, the members of a
    //! group.
    Q_PROPERTY(QString currentSubtitle READ currentSubtitle NOTIFY currentChanged)
    //! [{id, authorUsername, mine, body, replyTo, replyExcerpt, seq, createdAt, edited, removed,
    //!   sending, refused, refusal, outboxSeq, reactions, myReactions, seenBy, thumbnails,
    //!   images}] oldest first; refused ones (with the server's reason) last
    Q_PROPERTY(QVariantList messages READ messages NOTIFY messagesChanged)
    Q_PROPERTY(bool hasOlder READ hasOlder NOTIFY messagesChanged)
    //! Usernames typing in the open conversation now.
    Q_PROPERTY(QStringList typingNames READ typingNames NOTIFY typingChanged)
    //! Images chosen for the next message: [{mediaId, url}].
    Q_PROPERTY(QVariantList attachments READ attachments NOTIFY attachmentsChanged)
    //! Messages found by search(), newest first: [{id, conversationId, conversationTitle,
    //! authorUsername, body, createdAt}].
    Q_PROPERTY(QVariantList searchResults READ searchResults NOTIFY searchResultsChanged)
    //! The privacy setting: contacts do not see when this user is online or away.
    Q_PROPERTY(bool presenceHidden READ presenceHidden WRITE setPresenceHidden NOTIFY
                   presenceHiddenChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    static constexpr int PageSize = 50;

    explicit ChatController(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    QVariantList conversations() const { return m_conversations; }
    int unreadCount() const { return m_unread; }
    QString currentId() const { return m_currentId; }
    void setCurrentId(const QString &id);
    QString currentTitle() const;
    QString currentSubtitle() const;
    QVariantList attachments() const;
    QVariantList searchResults() const { return m_searchResults; }
    bool presenceHidden() const { return m_presenceHidden; }
    void setPresenceHidden(bool hidden);
    QVariantList messages() const { return m_messages; }
    bool hasOlder() const { return m_hasOlder; }
    QStringList typingNames() const;
    QString error() const { return m_error; }

    Q_INVOKABLE bool send(const QString &text, const QString &replyTo = {});
    Q_INVOKABLE bool edit(const QString &messageId, const QString &text);
    Q_INVOKABLE bool remove(const QString &messageId);
    Q_INVOKABLE bool react(const QString &messageId, const QString &emoji, bool on);
    //! A refused message (its outboxSeq): sent again, or given up.
    Q_INVOKABLE bool retrySend(qint64 outboxSeq);
    Q_INVOKABLE bool discardSend(qint64 outboxSeq);
    Q_INVOKABLE void loadOlder();
    //! Called as the user types in the open conversation (the server throttles).
    Q_INVOKABLE void userTyping();
    //! Starts (or opens) the direct conversation with a user and makes it current.
    Q_INVOKABLE bool startDirect(const QString &userId);
    //! The same by username: from this device when it knows them, else from the server.
    Q_INVOKABLE void startDirectWith(const QString &username);
    Q_INVOKABLE bool createGroup(const QString &title, const QStringList &userIds);
    //! The same with usernames (separated by spaces or commas), looked up first.
    Q_INVOKABLE void createGroupWith(const QString &title, const QString &usernames);
    //! Adds images (from the file picker or a drop) to the next message; returns how many.
    Q_INVOKABLE int attachFiles(const QList<QUrl> &files);
    Q_INVOKABLE void removeAttachment(int index);
    //! Full-text search over the messages on this device (works offline).
    Q_INVOKABLE void search(const QString &text);
    //! Opens the message's conversation, pages back until it is loaded, and asks the view to
    //! show it (positionRequested). False when it is not on this device.
    Q_INVOKABLE bool jumpTo(const QString &messageId);

Q_SIGNALS:
    void sessionChanged();
    void conversationsChanged();
    void currentChanged();
    void messagesChanged();
    void errorChanged();
    void typingChanged();
    void attachmentsChanged();
    void searchResultsChanged();
    void presenceHiddenChanged();
    //! The view should scroll to messages[index] and highlight it.
    void positionRequested(int index);

private:
    void reload();
    void reloadMessages();
    QVariantList mediaUrls(const QJsonArray &media, const QString &size) const;
    void markRead();
    bool run(const QString &mutator, const QJsonObject &args);

    QPointer<SessionController> m_session;
    QVariantList m_conversations;
    int m_unread = 0;
    QString m_currentId;
    QVariantList m_messages;
    int m_shown = PageSize;
    bool m_hasOlder = false;
    qint64 m_newestSeq = 0;
    QString m_error;
    QStringList m_attachments; // media ids
    QVariantList m_searchResults;
    bool m_presenceHidden = false;
    //! conversation -> (username -> when the indicator expires, ms since the epoch)
    QHash<QString, QHash<QString, qint64>> m_typing;
    QTimer m_typingExpiry;
};

} // namespace Souk::App
