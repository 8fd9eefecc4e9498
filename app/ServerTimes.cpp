#include "ServerTimes.h"

#include "IsoTime.h"

#include <QDateTime>

namespace Souk::App::ServerTimes {

QVariant date(const QJsonValue &value)
{
    const qint64 ms = timeFromJson(value);
    return ms == 0 ? QVariant() : QVariant(QDateTime::fromMSecsSinceEpoch(ms));
}

QVariantMap withDates(const QJsonObject &object, const QStringList &fields)
{
    QVariantMap map = object.toVariantMap();
    for (const QString &field : fields)
        map.insert(field, date(object.value(field)));
    return map;
}

} // namespace Souk::App::ServerTimes
