#pragma once

#include <QString>

namespace Souk {

//! A UUIDv7 (RFC 9562): 48-bit Unix milliseconds then random bits, so ids sort by creation time.
QString createUuidV7();

} // namespace Souk
