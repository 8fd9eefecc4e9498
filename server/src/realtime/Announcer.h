#pragma once

#include "ServerSyncStore.h"

#include <QSqlDatabase>

namespace Souk::Server {

class RealtimeHub;

//! After a commit: sends everyone who reads a changed bucket what changed in it, as a "delta"
//! frame ({bucket, after, cursor, checksum, changes}) a client applies without pulling when it
//! holds the bucket at `after` or later, or, for a large change, a "poke" to pull it.
//! The readers are looked up on `db` (a worker's connection).
void announce(QSqlDatabase &db, RealtimeHub &hub, const FeedDeltas &deltas);

} // namespace Souk::Server
