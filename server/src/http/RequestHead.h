#pragma once

#include "Error.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Souk::Server {

//! What the connection guard reads from a request head before QHttpServer sees it.
struct RequestHead
{
    QByteArray method; // upper case; empty when the request line is invalid
    QByteArray path; // the target without its query
    qint64 contentLength = 0;
    bool expectContinue = false;
    //! The Upgrade header's value ("-" when present but empty); empty when there is none.
    QByteArray upgrade;
    //! The Connection header names "upgrade" (a WebSocket handshake needs both).
    bool connectionUpgrade = false;
    //! Why the head is refused (400 for a broken request line or header, 411 for a chunked
    //! body); null when it is acceptable.
    Error error;
};

//! Parses a complete head: the request line and headers, up to and including the blank line
//! (any other bytes are read safely too, and refused or taken as far as they go). Pure (no socket,
//! no state), so that the guard and the fuzzer (tests/fuzz) run the same code.
RequestHead parseRequestHead(QByteArrayView head);

} // namespace Souk::Server
