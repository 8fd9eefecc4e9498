#pragma once

#include "HttpTypes.h"
#include "Result.h"

#include <QHostAddress>
#include <QList>
#include <QPair>

namespace Souk::Server {

//! The reverse proxies whose forwarding header the server believes, and the client address a
//! request comes from (docs/decisions/0012-request-trust.md).
//!
//! A proxy appends the address it got the request from to X-Forwarded-For (or Forwarded), so
//! everything left of its entry was written by the client and proves nothing. The client is
//! the rightmost hop that is not itself a trusted proxy, and only when the direct peer is one:
//! otherwise the headers are the client's own words and are ignored.
class TrustedProxies
{
public:
    //! Which header the proxies write. Only that one is read: a header the proxy passes through
    //! unchanged is entirely the client's.
    enum class Header { XForwardedFor, Forwarded };

    //! Addresses and CIDR blocks separated by commas, semicolons or spaces ("127.0.0.1/32, ::1").
    static Result<TrustedProxies> parse(const QString &list);

    bool isEmpty() const { return m_blocks.isEmpty(); }
    bool contains(const QHostAddress &address) const;
    void setHeader(Header header) { m_header = header; }
    Header header() const { return m_header; }

    //! The client's address: `peer`, or when `peer` is a trusted proxy the rightmost untrusted
    //! hop of the forwarding header. A null address when that hop cannot be read (obfuscated,
    //! "unknown", garbage): such clients share one rate-limit budget and are never loopback.
    QHostAddress clientAddress(const QHostAddress &peer, const HeaderList &headers) const;

private:
    QList<QPair<QHostAddress, int>> m_blocks;
    Header m_header = Header::XForwardedFor;
};

} // namespace Souk::Server
