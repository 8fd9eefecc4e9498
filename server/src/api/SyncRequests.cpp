#include "SyncRequests.h"

#include "JsonFields.h"
#include "SyncService.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Souk::Server {

Error checkSchemaVersion(int version)
{
    if (version < Sync::OldestAcceptedSchemaVersion)
        return Error {426, u"update_required"_s,
                      u"This version of Souk is too old for the server; please update the app."_s,
                      u"schema_version"_s};
    if (version > Sync::SyncSchemaVersion)
        return Error {426, u"server_outdated"_s,
                      u"The server is older than this app; ask its operator to update it."_s,
                      u"schema_version"_s};
    return {};
}

bool isValidClientId(const QString &clientId)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9-]{8,64}$"_s);
    return pattern.match(clientId).hasMatch();
}

Error badClientId()
{
    return Error::unprocessable(u"invalid_client_id"_s,
                                u"client_id is 8 to 64 characters of letters, digits and '-'."_s,
                                u"client_id"_s);
}

Result<PushBatch> decodePushBatch(const QByteArray &bytes)
{
    Result<QJsonObject> body = decodeObject(bytes,
                                            {{u"client_id"_s, FieldSpec::Type::String},
                                             {u"schema_version"_s, FieldSpec::Type::Integer},
                                             {u"mutations"_s, FieldSpec::Type::Array}});
    if (!body)
        return body.error();
    if (Error e = checkSchemaVersion(body->value(u"schema_version"_s).toInt()); !e.isNull())
        return e;
    PushBatch batch;
    batch.clientId = body->value(u"client_id"_s).toString();
    if (!isValidClientId(batch.clientId))
        return badClientId();
    const QJsonArray raw = body->value(u"mutations"_s).toArray();
    if (raw.size() > SyncService::MaxBatch)
        return Error::unprocessable(
            u"batch_too_large"_s,
            u"A push carries at most %1 mutations."_s.arg(SyncService::MaxBatch), u"mutations"_s);
    // The whole batch is checked before anything is applied: a malformed batch changes nothing.
    qint64 previousSeq = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (!raw.at(i).isObject())
            return Error::badRequest(u"wrong_type"_s, u"mutations[%1] must be an object."_s.arg(i),
                                     u"mutations"_s);
        Result<Sync::Mutation> m = Sync::Mutation::fromJson(raw.at(i).toObject());
        if (!m) {
            Error e = m.error();
            e.message = u"mutations[%1]: "_s.arg(i) + e.message;
            return e;
        }
        if (m->seq <= previousSeq)
            return Error::badRequest(u"bad_seq_order"_s,
                                     u"Mutation seqs must increase within a batch."_s,
                                     u"mutations"_s);
        previousSeq = m->seq;
        batch.mutations.append(*m);
    }
    return batch;
}

} // namespace Souk::Server
