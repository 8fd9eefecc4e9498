// POST /api/v1/sync/push bodies, decoded as the route decodes them (decodePushBatch, which runs
// Mutation::fromJson for each entry). An accepted batch must also survive a round trip.
#include "FuzzSupport.h"
#include "SyncRequests.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Souk;
using namespace Souk::Server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<PushBatch> batch = decodePushBatch(Fuzz::bytesOf(data, size));
    if (!batch) {
        const int status = batch.error().status;
        Fuzz::check(status == 400 || status == 422 || status == 426, "unexpected refusal status");
        Fuzz::check(!batch.error().code.isEmpty(), "refusal without a code");
        return 0;
    }
    Fuzz::check(isValidClientId(batch->clientId), "accepted an invalid client id");
    QJsonArray again;
    qint64 previous = 0;
    for (const Sync::Mutation &m : batch->mutations) {
        Fuzz::check(m.seq > previous, "seqs do not increase");
        previous = m.seq;
        again.append(m.toJson());
    }
    const QJsonObject body {{QStringLiteral("client_id"), batch->clientId},
                            {QStringLiteral("schema_version"), Sync::SyncSchemaVersion},
                            {QStringLiteral("mutations"), again}};
    const Result<PushBatch> decoded = decodePushBatch(QJsonDocument(body).toJson());
    Fuzz::check(decoded.ok(), "a re-encoded batch is refused");
    Fuzz::check(decoded->mutations.size() == batch->mutations.size(), "round trip lost mutations");
    for (qsizetype i = 0; i < decoded->mutations.size(); ++i) {
        const Sync::Mutation &a = batch->mutations.at(i);
        const Sync::Mutation &b = decoded->mutations.at(i);
        Fuzz::check(a.seq == b.seq && a.name == b.name && a.version == b.version && a.args == b.args
                        && a.hlc == b.hlc,
                    "round trip changed a mutation");
    }
    return 0;
}
