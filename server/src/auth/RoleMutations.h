#pragma once

#include "ServerMutation.h"

namespace Souk::Server::RoleMutations {

//! An admin gives an account a role (user, shop, moderator or admin; checked by the route),
//! audited "set_role" with the roles from and to. The server's last admin keeps the role. The
//! account's cached tokens are forgotten once it commits (the outcome's changedUsers).
struct SetRole
{
    QString userId;
    QString role;
};
extern const ServerMutation<SetRole, Ok> setRole;

} // namespace Souk::Server::RoleMutations
