#pragma once

#include "SessionController.h"

#include "SocialQueries.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Souk::App {

//! The signed-in user's notifications (likes, comments, replies, follows, mentions), newest
//! first, with the unread count for the sidebar badge and the tray.
class NotificationsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Souk::App::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // like, comment, reply, follow, mention
        TextRole, // the sentence to show, translated
        ActorIdRole,
        ActorUsernameRole,
        PostIdRole,
        ExcerptRole,
        CreatedAtRole,
        UnreadRole,
    };
    Q_ENUM(Role)

    explicit NotificationsModel(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    int unreadCount() const { return m_unread; }
    int count() const { return int(m_items.size()); }

    //! Moves the read marker past the newest notification (synced to every device).
    Q_INVOKABLE void markAllRead();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void sessionChanged();
    void unreadCountChanged();
    void countChanged();

private:
    void reload();

    QPointer<SessionController> m_session;
    QList<Sync::SocialQueries::Notification> m_items;
    int m_unread = 0;
};

} // namespace Souk::App
