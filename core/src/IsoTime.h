#pragma once

#include <QString>

namespace Souk::Server {

//! Milliseconds since the epoch as ISO 8601 UTC with milliseconds ("2026-10-29T18:48:26.334Z"),
//! the same text as QDateTime::toString(Qt::ISODateWithMs) for years 0 to 9999, in a tenth of
//! its time: every user object in every answer carries one (bench/http).
QString isoTime(qint64 ms);

} // namespace Souk::Server
