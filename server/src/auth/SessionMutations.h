#pragma once

#include "ServerMutation.h"

namespace Souk::Server::SessionMutations {

//! A moderator or admin signs an account out everywhere (an admin's account: admins only):
//! every live session ends with the reason "ended_by_moderator", audited "end_sessions" with how
//! many. The sessions' sockets close once it commits (the outcome's endedSessions). Outputs how
//! many sessions ended.
struct EndSessions
{
    QString userId;
};
extern const ServerMutation<EndSessions, qsizetype> endSessions;

} // namespace Souk::Server::SessionMutations
