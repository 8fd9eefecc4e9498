#pragma once

#include "SessionController.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Souk::App {

//! A conversation's details page: its members with their presence, and for a group, renaming,
//! adding, removing and promoting members (group admins) and leaving (anyone). Each change is
//! a mutation, so it works offline and the server has the last word (a refused one shows under
//! Conflicts like any other).
class ConversationSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Souk::App::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY
                   conversationIdChanged)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(bool isGroup READ isGroup NOTIFY changed)
    //! Whether this user may change the group (rename, add, remove, promote).
    Q_PROPERTY(bool amAdmin READ amAdmin NOTIFY changed)
    //! [{userId, username, admin, me, presence}] admins first.
    Q_PROPERTY(QVariantList members READ members NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit ConversationSettings(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    QString conversationId() const { return m_conversationId; }
    void setConversationId(const QString &id);
    QString title() const { return m_title; }
    bool isGroup() const { return m_isGroup; }
    bool amAdmin() const { return m_amAdmin; }
    QVariantList members() const { return m_members; }
    QString error() const { return m_error; }

    Q_INVOKABLE bool rename(const QString &title);
    //! Adds people by username (separated by spaces or commas), looked up first.
    Q_INVOKABLE void addMembers(const QString &usernames);
    Q_INVOKABLE bool removeMember(const QString &userId);
    Q_INVOKABLE bool promote(const QString &userId);
    Q_INVOKABLE bool leave();

Q_SIGNALS:
    void sessionChanged();
    void conversationIdChanged();
    void changed();
    void errorChanged();

private:
    void reload();
    bool run(const QString &mutator, QJsonObject args);
    void setError(const QString &message);

    QPointer<SessionController> m_session;
    QString m_conversationId;
    QString m_title;
    bool m_isGroup = false;
    bool m_amAdmin = false;
    QVariantList m_members;
    QString m_error;
};

} // namespace Souk::App
