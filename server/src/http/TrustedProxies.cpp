#include "TrustedProxies.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

//! IPv4-mapped IPv6 (a dual-stack listener's view of an IPv4 peer) as plain IPv4, so one
//! rule and one rate-limit key cover both spellings.
QHostAddress normalized(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

Error invalid(const QString &why)
{
    return Error {2, u"invalid_setting"_s, u"Setting trusted_proxies: %1"_s.arg(why),
                  u"trusted_proxies"_s};
}

//! One hop as a proxy writes it: "203.0.113.7", "203.0.113.7:5555", "[2001:db8::7]:443",
//! "2001:db8::7", optionally quoted (Forwarded). A null address when it is none of these.
QHostAddress parseHop(QByteArrayView text)
{
    QByteArrayView hop = text.trimmed();
    if (hop.size() >= 2 && hop.startsWith('"') && hop.endsWith('"'))
        hop = hop.sliced(1, hop.size() - 2).trimmed();
    if (hop.startsWith('[')) {
        const qsizetype close = hop.indexOf(']');
        if (close < 0)
            return {};
        hop = hop.sliced(1, close - 1);
    } else if (const qsizetype colon = hop.indexOf(':');
               colon >= 0 && hop.lastIndexOf(':') == colon) {
        hop = hop.first(colon); // IPv4 with a port
    }
    QHostAddress address;
    if (hop.isEmpty() || !address.setAddress(QString::fromLatin1(hop)))
        return {};
    // A scope id or a zero address says nothing about a client.
    if (!address.scopeId().isEmpty() || address.isNull())
        return {};
    return normalized(address);
}

//! The hops of every line of the header, in order (several lines read as one list).
QByteArrayList hopsOf(const HeaderList &headers, TrustedProxies::Header which)
{
    const QByteArray name =
        which == TrustedProxies::Header::Forwarded ? "forwarded" : "x-forwarded-for";
    QByteArrayList hops;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const QByteArrayList elements = value.split(',');
        for (const QByteArray &element : elements) {
            if (which == TrustedProxies::Header::XForwardedFor) {
                hops.append(element.trimmed());
                continue;
            }
            // Forwarded (RFC 7239): "for=...;proto=...;by=...". An element without "for" names
            // no client: it stays in the list as an unreadable hop.
            QByteArray forValue;
            const QByteArrayList pairs = element.split(';');
            for (const QByteArray &pair : pairs) {
                const QByteArray p = pair.trimmed();
                if (p.size() > 4 && p.first(4).compare("for=", Qt::CaseInsensitive) == 0)
                    forValue = p.sliced(4);
            }
            hops.append(forValue);
        }
    }
    return hops;
}

} // namespace

Result<TrustedProxies> TrustedProxies::parse(const QString &list)
{
    TrustedProxies proxies;
    const QString trimmed = list.trimmed();
    if (trimmed.isEmpty())
        return proxies;
    static const QRegularExpression separators(u"\\s*[,;]\\s*|\\s+"_s);
    const QStringList entries = trimmed.split(separators);
    for (const QString &entry : entries) {
        if (entry.isEmpty())
            return invalid(u"an empty entry in \"%1\"."_s.arg(list));
        const qsizetype slash = entry.indexOf(u'/');
        QHostAddress address;
        if (!address.setAddress(slash < 0 ? entry : entry.left(slash)))
            return invalid(u"\"%1\" is not an IP address or CIDR block (host names are not "
                           "accepted)."_s.arg(entry));
        address = normalized(address);
        const int maxBits = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        int bits = maxBits;
        if (slash >= 0) {
            bool ok = false;
            bits = entry.mid(slash + 1).toInt(&ok);
            if (!ok || bits < 0 || bits > maxBits || entry.mid(slash + 1).startsWith(u'-'))
                return invalid(
                    u"\"%1\" has a prefix length outside 0 to %2."_s.arg(entry).arg(maxBits));
        }
        // "10.0.0.1/8" is most likely a typo for "10.0.0.1" or "10.0.0.0/8": refuse to guess.
        if (QHostAddress::parseSubnet(address.toString() + u'/' + QString::number(bits)).first
            != address)
            return invalid(u"\"%1\" has bits set beyond its prefix length."_s.arg(entry));
        proxies.m_blocks.append({address, bits});
    }
    return proxies;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress a = normalized(address);
    for (const auto &[network, bits] : m_blocks) {
        if (a.isInSubnet(network, bits))
            return true;
    }
    return false;
}

QHostAddress TrustedProxies::clientAddress(const QHostAddress &peer,
                                           const HeaderList &headers) const
{
    const QHostAddress direct = normalized(peer);
    if (!contains(direct))
        return direct;
    const QByteArrayList hops = hopsOf(headers, m_header);
    QHostAddress client = direct;
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        if (hops.size() == 1 && it->isEmpty() && m_header == Header::XForwardedFor)
            return direct; // an empty header: nothing forwarded
        const QHostAddress hop = parseHop(*it);
        if (hop.isNull())
            return {};
        client = hop;
        if (!contains(hop))
            return hop;
    }
    return client; // every hop is a trusted proxy: the leftmost one is the client
}

} // namespace Souk::Server
