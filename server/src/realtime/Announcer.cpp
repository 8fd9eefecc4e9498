#include "Announcer.h"

#include "RealtimeHub.h"
#include "SyncService.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

QString compact(const QJsonObject &frame)
{
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

QString frameFor(const QString &bucket, const BucketDelta &delta)
{
    if (delta.tooLarge)
        return compact(QJsonObject {{u"type"_s, u"poke"_s},
                                    {u"version"_s, delta.cursor},
                                    {u"buckets"_s, QJsonArray {bucket}}});
    QJsonArray changes;
    for (const QJsonObject &change : delta.changes)
        changes.append(change);
    return compact(QJsonObject {{u"type"_s, u"delta"_s},
                                {u"bucket"_s, bucket},
                                {u"after"_s, delta.after},
                                {u"cursor"_s, delta.cursor},
                                {u"checksum"_s, QString::number(delta.checksum)},
                                {u"changes"_s, changes}});
}

} // namespace

void announce(QSqlDatabase &db, RealtimeHub &hub, const FeedDeltas &deltas)
{
    for (auto it = deltas.constBegin(); it != deltas.constEnd(); ++it) {
        Result<QSet<QString>> readers = SyncService::audience(db, it.key());
        // A failed lookup only costs realtime: the readers' next pull brings the change.
        if (readers && !readers->isEmpty())
            hub.send(*readers, frameFor(it.key(), *it));
    }
}

} // namespace Souk::Server
