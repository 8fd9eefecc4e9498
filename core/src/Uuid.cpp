#include "Uuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace Souk {

QString createUuidV7()
{
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin() + 6, bytes.end());
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (40 - 8 * i)) & 0xff);
    bytes[6] = char((bytes[6] & 0x0f) | 0x70); // version 7
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace Souk
