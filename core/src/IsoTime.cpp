#include "IsoTime.h"

#include <QDateTime>

#include <chrono>
#include <cstdio>

namespace Souk {

QString isoTime(qint64 ms)
{
    using namespace std::chrono;
    const sys_time<milliseconds> time {milliseconds {ms}};
    const sys_days day = floor<days>(time);
    const year_month_day date {day};
    const hh_mm_ss clock {time - day};
    char text[32];
    const int length = std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ",
                                     int(date.year()), unsigned(date.month()), unsigned(date.day()),
                                     int(clock.hours().count()), int(clock.minutes().count()),
                                     int(clock.seconds().count()), int(clock.subseconds().count()));
    return QString::fromLatin1(text, length);
}

QJsonValue jsonTime(qint64 ms)
{
    return ms == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(isoTime(ms));
}

std::optional<qint64> parseIsoTime(QStringView text)
{
    // Qt reads a time without an offset as local time: refuse it rather than guess. A date
    // alone ("2026-10-29") has no 'T' and is refused too.
    if (text.size() < 20 || text.at(10) != u'T')
        return std::nullopt;
    const QChar last = text.back();
    const bool hasOffset =
        last == u'Z' || text.at(text.size() - 6) == u'+' || text.at(text.size() - 6) == u'-';
    if (!hasOffset)
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

qint64 timeFromJson(const QJsonValue &value)
{
    if (value.isString())
        return parseIsoTime(value.toString()).value_or(0);
    if (value.isDouble())
        return value.toInteger();
    return 0;
}

} // namespace Souk
