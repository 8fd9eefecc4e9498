#include "Hlc.h"

#include <QDateTime>

#include <limits>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

QString Hlc::toString() const
{
    return u"%1-%2-%3"_s.arg(wallMs, 13, 16, QLatin1Char('0'))
        .arg(counter, 8, 16, QLatin1Char('0'))
        .arg(node);
}

std::optional<Hlc> Hlc::fromString(const QString &text)
{
    const qsizetype first = text.indexOf(u'-');
    const qsizetype second = first < 0 ? -1 : text.indexOf(u'-', first + 1);
    if (first != 13 || second != 22)
        return std::nullopt;
    const QString node = text.mid(second + 1);
    if (node.isEmpty() || node.size() > 64)
        return std::nullopt;
    auto isHex = [](QStringView s) {
        for (const QChar c : s) {
            if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
                return false;
        }
        return true;
    };
    if (!isHex(QStringView(text).left(13)) || !isHex(QStringView(text).mid(14, 8)))
        return std::nullopt;
    bool ok1 = false;
    bool ok2 = false;
    Hlc hlc {text.left(13).toLongLong(&ok1, 16), text.mid(14, 8).toUInt(&ok2, 16), node};
    if (!ok1 || !ok2)
        return std::nullopt;
    return hlc;
}

HlcClock::HlcClock(QString node, std::function<qint64()> wallClock, qint64 maxForwardDriftMs)
    : m_node(std::move(node))
    , m_wallClock(wallClock ? std::move(wallClock)
                            : [] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_maxDrift(maxForwardDriftMs)
{
    m_last.node = m_node;
}

Hlc HlcClock::now()
{
    const qint64 physical = m_wallClock();
    if (physical > m_last.wallMs) {
        m_last.wallMs = physical;
        m_last.counter = 0;
    } else if (m_last.counter == std::numeric_limits<quint32>::max()) {
        ++m_last.wallMs; // the counter is full: carry into the wall time, never wrap to 0
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    m_last.node = m_node;
    return m_last;
}

Result<Hlc> HlcClock::receive(const Hlc &remote)
{
    const qint64 physical = m_wallClock();
    if (remote.wallMs > physical + m_maxDrift)
        return Error {400, u"clock_skew"_s,
                      u"The timestamp is too far in the future; check the device's clock."_s,
                      u"hlc"_s};
    qint64 wall = std::max({m_last.wallMs, remote.wallMs, physical});
    quint64 counter = 0;
    if (wall == m_last.wallMs && wall == remote.wallMs)
        counter = quint64(std::max(m_last.counter, remote.counter)) + 1;
    else if (wall == m_last.wallMs)
        counter = quint64(m_last.counter) + 1;
    else if (wall == remote.wallMs)
        counter = quint64(remote.counter) + 1;
    if (counter > std::numeric_limits<quint32>::max()) {
        ++wall; // the counter is full: carry into the wall time, never wrap to 0
        counter = 0;
    }
    m_last = Hlc {wall, quint32(counter), m_node};
    return m_last;
}

void HlcClock::restore(const Hlc &saved)
{
    if (m_last < saved)
        m_last = Hlc {saved.wallMs, saved.counter, m_node};
}

} // namespace Souk::Sync
