#include "WriteEffects.h"

#include "ApiContext.h"
#include "RealtimeHub.h"

namespace Souk::Server {

void settleWrite(Services &services, const SyncService::WriteEffects &effects,
                 const QString &reason)
{
    for (const QString &userId : effects.changedUsers)
        services.accounts.forgetCachedUser(userId);
    if (!effects.endedSessions.isEmpty() && services.hub)
        services.hub->closeSessions(effects.endedSessions, reason);
}

} // namespace Souk::Server
