// Inventory CSV uploads (InventoryCsv::parse). An accepted file must print back (formatLine)
// to a file that parses to the same lines.
#include "FuzzSupport.h"
#include "InventoryCsv.h"

using namespace Souk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const InventoryCsv::Parsed parsed = InventoryCsv::parse(text);
    Fuzz::check(parsed.lines.isEmpty() || parsed.errors.isEmpty(), "lines kept despite errors");
    if (parsed.lines.isEmpty())
        return 0;
    QString again = InventoryCsv::header();
    for (const InventoryCsv::Line &line : parsed.lines)
        again += u'\n' + InventoryCsv::formatLine(line);
    const InventoryCsv::Parsed reparsed = InventoryCsv::parse(again);
    if (!reparsed.errors.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(reparsed.errors.join(u'\n')));
        Fuzz::fail("an exported file is refused");
    }
    Fuzz::check(reparsed.lines.size() == parsed.lines.size(), "round trip lost lines");
    for (qsizetype i = 0; i < parsed.lines.size(); ++i) {
        const InventoryCsv::Line &a = parsed.lines.at(i);
        const InventoryCsv::Line &b = reparsed.lines.at(i);
        Fuzz::check(a.sku == b.sku && a.product == b.product && a.variant == b.variant
                        && a.currency == b.currency && a.status == b.status && a.price == b.price
                        && a.stock == b.stock,
                    "round trip changed a line");
    }
    return 0;
}
