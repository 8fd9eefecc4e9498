#include "IsoTime.h"

#include <chrono>
#include <cstdio>

namespace Souk::Server {

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

} // namespace Souk::Server
