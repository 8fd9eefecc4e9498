#include "DesktopIntegration.h"

#include "Preferences.h"
#include "SessionController.h"

#include <QApplication>
#include <QWindow>

namespace Souk::App {

DesktopIntegration::DesktopIntegration(SessionController &session, Preferences &preferences,
                                       QWindow *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_notifications.setSession(&session);
    m_chat.setSession(&session);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        connect(&m_notifications, &NotificationsModel::unreadCountChanged, this,
                &DesktopIntegration::updateToolTip);
        connect(&m_chat, &ChatController::conversationsChanged, this,
                &DesktopIntegration::updateToolTip);
        m_tray = std::make_unique<QSystemTrayIcon>(QApplication::windowIcon());
        connect(&session, &SessionController::syncStatusChanged, this,
                &DesktopIntegration::updateToolTip);
        connect(&session, &SessionController::pendingCountChanged, this,
                &DesktopIntegration::updateToolTip);
        if (window) {
            connect(m_tray.get(), &QSystemTrayIcon::activated, window, [window] {
                window->show();
                window->raise();
                window->requestActivate();
            });
        }
        connect(&m_notifier, &Notifier::notify, m_tray.get(),
                [tray = m_tray.get()](const QString &title, const QString &body) {
                    tray->showMessage(title, body);
                });
        updateToolTip();
        m_tray->show();
    }
    m_notifier.setEnabled(preferences.notifications());
    connect(&preferences, &Preferences::notificationsChanged, this,
            [this, &preferences] { m_notifier.setEnabled(preferences.notifications()); });
    if (window) {
        connect(window, &QWindow::activeChanged, this,
                [this, window] { m_notifier.setWindowActive(window->isActive()); });
    }
    connect(session.conflicts(), &ConflictsModel::countChanged, this,
            [this] { m_notifier.conflictsCounted(m_session.conflicts()->count()); });
    connect(session.setAside(), &SetAsideModel::countChanged, this,
            [this] { m_notifier.setAsideCounted(m_session.setAside()->count()); });
    connect(&m_notifications, &NotificationsModel::unreadCountChanged, this,
            [this] { m_notifier.unreadCounted(m_notifications.unreadCount()); });
    connect(&m_chat, &ChatController::conversationsChanged, this,
            [this] { m_notifier.unreadMessagesCounted(m_chat.unreadCount()); });
}

void DesktopIntegration::updateToolTip()
{
    QString tip = tr("Souk: %1, %n change(s) waiting", "", m_session.pendingCount())
                      .arg(m_session.syncStatus());
    if (m_notifications.unreadCount() > 0)
        tip += u'\n' + tr("%n unread notification(s)", "", m_notifications.unreadCount());
    if (m_chat.unreadCount() > 0)
        tip += u'\n' + tr("%n unread message(s)", "", m_chat.unreadCount());
    m_tray->setToolTip(tip);
}

} // namespace Souk::App
