#pragma once

#include "SessionController.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Souk::App {

//! A person's profile page: who they are, counts, whether you follow or block them, and
//! their posts. The replica has the profiles of the signed-in user and of the people they
//! follow; anyone else (and follower counts of others) comes from the server when online.
class ProfileController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Souk::App::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    //! Either is enough; userId wins when both are set.
    Q_PROPERTY(QString userId READ userId WRITE setUserId NOTIFY targetChanged)
    Q_PROPERTY(QString username READ username WRITE setUsername NOTIFY targetChanged)
    Q_PROPERTY(QVariantMap profile READ profile NOTIFY loaded)
    //! Posts read from the server (for someone whose posts are not on this device).
    Q_PROPERTY(QVariantList serverPosts READ serverPosts NOTIFY loaded)
    Q_PROPERTY(bool local READ isLocal NOTIFY loaded)
    Q_PROPERTY(bool isMe READ isMe NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit ProfileController(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    QString userId() const { return m_userId; }
    void setUserId(const QString &id);
    QString username() const { return m_username; }
    void setUsername(const QString &name);
    QVariantMap profile() const { return m_profile; }
    QVariantList serverPosts() const { return m_serverPosts; }
    bool isLocal() const { return m_local; }
    bool isMe() const;
    QString error() const { return m_error; }

    Q_INVOKABLE bool follow(bool on);
    Q_INVOKABLE bool block(bool on);
    Q_INVOKABLE bool save(const QString &displayName, const QString &bio);
    //! Queues the image for upload and makes it the avatar.
    Q_INVOKABLE bool setAvatar(const QUrl &file);

Q_SIGNALS:
    void sessionChanged();
    void targetChanged();
    void loaded();
    void errorChanged();

private:
    void reload();
    void fetchFromServer();
    bool run(const QString &mutator, const QJsonObject &args);

    QPointer<SessionController> m_session;
    QString m_userId;
    QString m_username;
    QVariantMap m_profile;
    QVariantList m_serverPosts;
    bool m_local = false;
    QString m_error;
};

} // namespace Souk::App
