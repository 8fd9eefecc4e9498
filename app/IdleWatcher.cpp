#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace Souk::App {

IdleWatcher::IdleWatcher(std::function<void(bool)> report, int idleMs, QObject *parent)
    : QObject(parent)
    , m_report(std::move(report))
    , m_idleMs(idleMs)
{
    m_sinceInput.start();
    // Input events are many; each only stamps the time, and a slow timer looks at it.
    m_check.setInterval(std::clamp(idleMs / 4, 50, 15'000));
    connect(&m_check, &QTimer::timeout, this, &IdleWatcher::check);
    m_check.start();
    QCoreApplication::instance()->installEventFilter(this);
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        m_sinceInput.restart();
        if (m_away) {
            m_away = false;
            m_report(false);
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (!m_away && m_sinceInput.elapsed() >= m_idleMs) {
        m_away = true;
        m_report(true);
    }
}

} // namespace Souk::App
