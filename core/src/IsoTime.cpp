#include "IsoTime.h"

#include <QDateTime>
#include <QRegularExpression>

#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;

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
    // The one form, checked before Qt reads it: Qt also takes a time without an offset (as
    // local time: a guess), "24:00", decimal commas, any number of fraction digits and offsets
    // past the ±14:00 that exist. [0-9], not \d, which takes any script's digits.
    static const QRegularExpression form(
        uR"(^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,3})?)"
        uR"((Z|[+-](0[0-9]|1[0-4]):[0-5][0-9])$)"_s);
    const QString subject = text.toString();
    const QRegularExpressionMatch match = form.match(subject);
    if (!match.hasMatch())
        return std::nullopt;
    const QString offset = match.captured(3);
    if (offset.size() == 6 && offset.mid(1, 2) == u"14" && offset.mid(4) != u"00")
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(subject, Qt::ISODateWithMs);
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
