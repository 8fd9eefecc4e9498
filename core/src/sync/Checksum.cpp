#include "Checksum.h"

namespace Souk::Sync {

quint32 rowChecksum(const QString &table, const QString &id, qint64 version)
{
    // FNV-1a: tiny, stable across platforms and languages, and good enough to catch a missed
    // or extra row (this is a consistency check, not a security measure).
    quint32 hash = 2166136261u;
    const QByteArray key = table.toUtf8() + '/' + id.toUtf8() + '@' + QByteArray::number(version);
    for (const char c : key) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return hash;
}

} // namespace Souk::Sync
