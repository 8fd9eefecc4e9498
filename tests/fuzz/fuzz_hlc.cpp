// HLC timestamps as they arrive from clients (Hlc::fromString), merged into a clock
// (HlcClock::receive). One timestamp a line; the clock's wall time comes from the input too.
#include "FuzzSupport.h"
#include "Hlc.h"

#include <QStringList>

using namespace Souk;
using namespace Souk::Sync;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 8)
        return 0;
    // The first 8 bytes are the local wall clock (ms), kept in a plausible range.
    qint64 wall = 0;
    for (int i = 0; i < 8; ++i)
        wall = (wall << 8) | data[i];
    wall = qint64(quint64(wall) % (1ULL << 46));
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data) + 8, qsizetype(size) - 8);

    HlcClock clock(QStringLiteral("server"), [&wall] { return wall; });
    Hlc last = clock.last();
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const std::optional<Hlc> hlc = Hlc::fromString(line);
        if (!hlc)
            continue;
        Fuzz::check(hlc->toString() == line, "an accepted HLC does not print back as itself");
        Fuzz::check(Hlc::fromString(hlc->toString()) == hlc, "HLC round trip");
        const Result<Hlc> merged = clock.receive(*hlc);
        if (merged) {
            Fuzz::check(*merged > last, "the clock went backwards after receive");
            Fuzz::check(*merged > *hlc || merged->wallMs > hlc->wallMs
                            || (merged->wallMs == hlc->wallMs && merged->counter > hlc->counter),
                        "a received timestamp is not before the clock");
            last = *merged;
        } else {
            Fuzz::check(clock.last() == last, "a refused timestamp moved the clock");
        }
        const Hlc now = clock.now();
        Fuzz::check(now > last, "now() is not after the last timestamp");
        last = now;
        ++wall; // time passes between lines, but only a little
    }
    return 0;
}
