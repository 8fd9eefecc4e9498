#include "RequestFramer.h"

#include <algorithm>

namespace Souk::Server {

RequestFramer::Event RequestFramer::next(QByteArrayView data, qsizetype &pos)
{
    // Sticky: the head is past the cap, and taking more would need negative room.
    if (m_tooLarge)
        return Event::HeadTooLarge;
    if (m_headReady) {
        m_head.clear();
        m_headReady = false;
    }
    while (pos < data.size()) {
        if (m_bodyRemaining > 0) {
            const qint64 take = std::min<qint64>(m_bodyRemaining, data.size() - pos);
            m_bodyRemaining -= take;
            pos += take;
            continue;
        }
        // Blank lines between requests are allowed (RFC 9112 §2.2).
        if (m_head.isEmpty() && (data[pos] == '\r' || data[pos] == '\n')) {
            ++pos;
            continue;
        }
        const qsizetype oldSize = m_head.size();
        const qsizetype room = m_maxHeaderBytes + 1 - oldSize;
        const qsizetype take = std::min<qsizetype>(room, data.size() - pos);
        m_head.append(data.data() + pos, take);
        // The terminator may straddle two reads: look back over the last three old bytes.
        const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, oldSize - 3));
        if (end >= 0 && end + 4 <= m_maxHeaderBytes) {
            pos += end + 4 - oldSize;
            m_head.truncate(end + 4);
            m_headReady = true;
            return Event::Head;
        }
        if (m_head.size() > m_maxHeaderBytes) {
            m_tooLarge = true;
            return Event::HeadTooLarge;
        }
        pos += take;
    }
    return Event::NeedMore;
}

} // namespace Souk::Server
