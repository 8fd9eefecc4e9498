#pragma once

#include "ChatController.h"
#include "NotificationsModel.h"
#include "Notifier.h"

#include <QObject>
#include <QSystemTrayIcon>
#include <memory>

class QWindow;

namespace Souk::App {

class SessionController;
class Preferences;

//! The tray icon (sync state, pending changes and unread notifications in its tooltip; a click
//! brings the window back) and desktop notifications through it. Without a system tray,
//! notifications are off.
class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    DesktopIntegration(SessionController &session, Preferences &preferences, QWindow *window,
                       QObject *parent = nullptr);

private:
    void updateToolTip();

    SessionController &m_session;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    Notifier m_notifier;
    NotificationsModel m_notifications; // for the unread count in the tooltip
    ChatController m_chat; // unread messages
};

} // namespace Souk::App
