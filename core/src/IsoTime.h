#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

//! Times as the REST API writes them: ISO 8601 in UTC with milliseconds
//! ("2026-10-29T18:48:26.334Z"), and null for "never". The database and the sync protocol keep
//! milliseconds since the epoch (rows are stored as they are replicated); these functions are
//! the one place where one becomes the other.
namespace Souk {

//! Milliseconds since the epoch as ISO 8601 UTC with milliseconds, the same text as
//! QDateTime::toString(Qt::ISODateWithMs) for years 0 to 9999, in a tenth of its time: every
//! user object in every answer carries one (bench/http).
QString isoTime(qint64 ms);

//! A time for a JSON answer: isoTime(ms), or null when ms is 0, which the database uses for
//! "never" (not edited, not suspended, not revoked).
QJsonValue jsonTime(qint64 ms);

//! An ISO 8601 date and time that says its offset, as milliseconds since the epoch:
//! "2026-10-29T18:48:26Z", with up to three fraction digits (".334"), the offset "Z" or
//! "+02:00" (at most ±14:00). Nothing for anything else, including a time without an offset
//! (whose meaning would depend on the reader's time zone).
std::optional<qint64> parseIsoTime(QStringView text);

//! A time read from a server's answer: an ISO 8601 string, or the integer of milliseconds that
//! servers before API times became ISO 8601 sent (kept readable for one version; see
//! docs/decisions/0017). 0 for null, a missing field or anything unreadable.
qint64 timeFromJson(const QJsonValue &value);

} // namespace Souk
