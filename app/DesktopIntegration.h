#pragma once

#include "Notifier.h"

#include <QObject>
#include <QSystemTrayIcon>
#include <memory>

class QWindow;

namespace Souk::App {

class SessionController;
class Preferences;

//! The tray icon (sync state and pending changes in its tooltip; a click brings the window
//! back) and desktop notifications through it. Without a system tray, notifications are off.
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
};

} // namespace Souk::App
