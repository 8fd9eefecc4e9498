#include "Routes.h"

namespace Souk::Server {

Router buildRouter()
{
    Router router;
    addOpsRoutes(router);
    addAccountRoutes(router);
    addAdminRoutes(router);
    addSyncRoutes(router);
    addMediaRoutes(router);
    addSocialRoutes(router);
    addChatRoutes(router);
    addShopRequestRoutes(router);
    addCatalogRoutes(router);
    addModerationRoutes(router);
    addStatsRoutes(router);
    return router;
}

} // namespace Souk::Server
