#pragma once

#include "Result.h"

#include <QString>
#include <functional>
#include <optional>

namespace Souk::Sync {

//! A hybrid logical clock timestamp: wall-clock milliseconds, a counter for events within the
//! same millisecond (or while the wall clock lags), and the node that made it (tie-break).
struct Hlc
{
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString node;

    bool isNull() const { return wallMs == 0 && counter == 0 && node.isEmpty(); }
    //! Fixed width, so that string order equals timestamp order.
    QString toString() const;
    static std::optional<Hlc> fromString(const QString &text);

    friend bool operator==(const Hlc &a, const Hlc &b)
    {
        return a.wallMs == b.wallMs && a.counter == b.counter && a.node == b.node;
    }
    friend bool operator!=(const Hlc &a, const Hlc &b) { return !(a == b); }
    friend bool operator<(const Hlc &a, const Hlc &b)
    {
        if (a.wallMs != b.wallMs)
            return a.wallMs < b.wallMs;
        if (a.counter != b.counter)
            return a.counter < b.counter;
        return a.node < b.node;
    }
    friend bool operator>(const Hlc &a, const Hlc &b) { return b < a; }
    friend bool operator<=(const Hlc &a, const Hlc &b) { return !(b < a); }
    friend bool operator>=(const Hlc &a, const Hlc &b) { return !(a < b); }
};

//! Issues HLC timestamps for one node. Robust to a skewed wall clock: after receiving a
//! remote timestamp, every local one is later than it, whatever the local wall clock says.
class HlcClock
{
public:
    explicit HlcClock(QString node, std::function<qint64()> wallClock = {},
                      qint64 maxForwardDriftMs = 24LL * 3600 * 1000);
    //! A local event (a write, or a send).
    Hlc now();
    //! Merges a remote timestamp. One more than maxForwardDriftMs ahead of our wall clock is
    //! refused (clock_skew) and changes nothing, so a broken clock cannot drag ours along.
    Result<Hlc> receive(const Hlc &remote);
    Hlc last() const { return m_last; }
    void restore(const Hlc &saved);

private:
    QString m_node;
    std::function<qint64()> m_wallClock;
    qint64 m_maxDrift;
    Hlc m_last;
};

} // namespace Souk::Sync
