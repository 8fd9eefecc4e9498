#pragma once

#include "SyncService.h"

namespace Souk::Server {

struct Services;

//! After a write committed: the accounts it changed forget their cached tokens (a role or a
//! restriction holds at once), and the sessions it ended close their sockets with `reason`.
void settleWrite(Services &services, const SyncService::WriteEffects &effects,
                 const QString &reason);

} // namespace Souk::Server
