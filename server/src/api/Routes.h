#pragma once

#include "Router.h"

namespace Souk::Server {

void addAccountRoutes(Router &router);
void addAdminRoutes(Router &router);
void addOpsRoutes(Router &router);
void addSyncRoutes(Router &router);
void addMediaRoutes(Router &router);
void addSocialRoutes(Router &router);
void addChatRoutes(Router &router);
void addShopRequestRoutes(Router &router);
void addCatalogRoutes(Router &router);
void addModerationRoutes(Router &router);
void addStatsRoutes(Router &router);

//! Every route the server serves; `souk-server routes` prints this table, and a test compares
//! it with docs/api/openapi.yaml.
Router buildRouter();

} // namespace Souk::Server
