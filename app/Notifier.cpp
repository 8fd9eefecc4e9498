#include "Notifier.h"

namespace Souk::App {

bool Notifier::shouldNotify(int previous, int count) const
{
    return m_enabled && !m_windowActive && previous >= 0 && count > previous;
}

void Notifier::conflictsCounted(int count)
{
    if (shouldNotify(m_conflicts, count))
        Q_EMIT notify(tr("A change conflicted"),
                      tr("Two devices changed the same thing. Open Conflicts to choose."));
    m_conflicts = count;
}

void Notifier::setAsideCounted(int count)
{
    if (shouldNotify(m_setAside, count))
        Q_EMIT notify(tr("A change was not applied"),
                      tr("Open Conflicts to see why, and retry or discard it."));
    m_setAside = count;
}

void Notifier::unreadMessagesCounted(int count)
{
    if (shouldNotify(m_unreadMessages, count))
        Q_EMIT notify(tr("New message"), tr("%n new message(s)", "", count - m_unreadMessages));
    m_unreadMessages = count;
}

void Notifier::unreadCounted(int count)
{
    if (shouldNotify(m_unread, count))
        Q_EMIT notify(tr("Souk"), tr("%n new notification(s)", "", count - m_unread));
    m_unread = count;
}

} // namespace Souk::App
