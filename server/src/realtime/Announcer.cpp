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

//! Whether a change to a user's own bucket may change who sees their presence: their privacy
//! setting, or the conversations they are in.
bool touchesPresence(const BucketDelta &delta)
{
    return delta.tooLarge
        || std::any_of(delta.changes.cbegin(), delta.changes.cend(), [](const QJsonObject &c) {
               const QString table = c.value(u"table"_s).toString();
               return table == u"preferences"_s || table == u"members"_s;
           });
}

} // namespace

void announce(QSqlDatabase &db, RealtimeHub &hub, const FeedDeltas &deltas)
{
    for (auto it = deltas.constBegin(); it != deltas.constEnd(); ++it) {
        if (it.key().startsWith(u"user:"_s) && touchesPresence(*it))
            hub.refreshPresence(it.key().mid(5));
        Result<QSet<QString>> readers = SyncService::audience(db, it.key());
        // A failed lookup only costs realtime: the readers' next pull brings the change.
        if (readers && !readers->isEmpty())
            hub.send(*readers, frameFor(it.key(), *it));
    }
}

} // namespace Souk::Server
