#pragma once

#include <QObject>

namespace Souk::App {

//! Decides when something deserves a desktop notification: only when notifications are on
//! and the window is not the one the user is looking at, and only for new items (a count that
//! went up): new conflicts, refused changes, unread notifications (likes, comments,
//! follows, mentions) and new chat messages; later issues add orders. The tray turns `notify` into
//! a system notification.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    void setWindowActive(bool active) { m_windowActive = active; }

    void conflictsCounted(int count);
    void setAsideCounted(int count);
    void unreadCounted(int count);
    void unreadMessagesCounted(int count);

Q_SIGNALS:
    void notify(const QString &title, const QString &body);

private:
    bool shouldNotify(int previous, int count) const;

    bool m_enabled = true;
    bool m_windowActive = false;
    int m_conflicts = -1; // -1: not counted yet, so the first count never notifies
    int m_setAside = -1;
    int m_unread = -1;
    int m_unreadMessages = -1;
};

} // namespace Souk::App
