#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

namespace Souk::App {

//! Tells when the user has been away from the keyboard and mouse: after `idleMs` without
//! input to any window of the application it reports away, and at the next input, back. Only
//! the changes are reported, so presence is published only when it changes.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIdleMs = 5 * 60 * 1000;

    IdleWatcher(std::function<void(bool away)> report, int idleMs = DefaultIdleMs,
                QObject *parent = nullptr);

    bool isAway() const { return m_away; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    std::function<void(bool)> m_report;
    int m_idleMs;
    QElapsedTimer m_sinceInput;
    QTimer m_check;
    bool m_away = false;
};

} // namespace Souk::App
