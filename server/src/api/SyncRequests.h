#pragma once

#include "SyncTypes.h"

#include <QByteArray>
#include <QList>

namespace Souk::Server {

//! A push body, decoded and checked in full before anything is applied.
struct PushBatch
{
    QString clientId;
    QList<Sync::Mutation> mutations; // seqs strictly increasing
};

//! Decodes POST /api/v1/sync/push: 400 for malformed JSON, fields or mutations, 422 for a bad
//! client id or an oversized batch, 426 for a schema version out of range. Pure (no database),
//! so that the fuzzer (tests/fuzz) runs exactly what the route runs.
Result<PushBatch> decodePushBatch(const QByteArray &body);

//! 426 when the client's sync schema version is not spoken here; null when it is.
Error checkSchemaVersion(int version);
//! 8 to 64 letters, digits and '-'.
bool isValidClientId(const QString &clientId);
Error badClientId();

} // namespace Souk::Server
