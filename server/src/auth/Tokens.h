#pragma once

#include <QByteArray>

namespace Souk::Server::Tokens {

enum class Kind { Access, Refresh };

//! 256 random bits from libsodium, base64url, with a prefix naming the kind ("sat_"/"srt_")
//! so a leaked token is recognisable by secret scanners.
QByteArray generate(Kind kind);
//! What the server stores and looks up: SHA-256 in hex. Tokens are high-entropy, so a fast
//! hash is enough; the database never holds a usable token.
QByteArray hash(const QByteArray &token);

} // namespace Souk::Server::Tokens
