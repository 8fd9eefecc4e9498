// Administration of accounts and shops. Only admins may call these routes.
#include "ApiContext.h"
#include "CommerceMutators.h"
#include "JsonFields.h"
#include "RoleMutations.h"
#include "Routes.h"
#include "ShopMutations.h"
#include "SyncService.h"
#include "WriteEffects.h"

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

HttpResponse setUserRole(ApiContext &ctx)
{
    if (!ctx.caller().isAdmin())
        return HttpResponse::error(
            Error {403, u"forbidden"_s, u"Only admins can change roles."_s, {}});
    Result<QJsonObject> body =
        decodeObject(ctx.request.body, {{u"role"_s, FieldSpec::Type::String}});
    if (!body)
        return HttpResponse::error(body.error());
    const QString role = body->value(u"role"_s).toString();
    static const QStringList roles {u"user"_s, u"shop"_s, u"moderator"_s, u"admin"_s};
    if (!roles.contains(role))
        return HttpResponse::error(Error::unprocessable(
            u"invalid_role"_s, u"The role must be user, shop, moderator or admin."_s, u"role"_s));
    const QString id = ctx.request.params.value(u"id"_s);
    Result<SyncService::Outcome<Ok>> set =
        ctx.services.sync->run(ctx.caller().userId, RoleMutations::setRole, {id, role});
    if (!set)
        return HttpResponse::error(set.error());
    settleWrite(ctx.services, *set, {});
    Result<User> user = ctx.services.accounts.userById(ctx.db, id);
    if (!user)
        return HttpResponse::error(user.error());
    return HttpResponse::json(200, user->toPrivateJson());
}

//! Opens a shop for an account (ShopMutations::openShop). Shop requests, once approved, come
//! through the same path.
HttpResponse createShop(ApiContext &ctx)
{
    if (!ctx.caller().isAdmin())
        return HttpResponse::error(
            Error {403, u"forbidden"_s, u"Only admins can open shops directly."_s, {}});
    Result<QJsonObject> body = decodeObject(ctx.request.body,
                                            {{u"owner_id"_s, FieldSpec::Type::String},
                                             {u"name"_s, FieldSpec::Type::String},
                                             {u"description"_s, FieldSpec::Type::String, false}});
    if (!body)
        return HttpResponse::error(body.error());
    const QString ownerId = body->value(u"owner_id"_s).toString();
    const QString name = body->value(u"name"_s).toString().trimmed();
    const QString description = body->value(u"description"_s).toString().trimmed();
    if (name.isEmpty() || name.size() > 100)
        return HttpResponse::error(Error::unprocessable(
            u"invalid_name"_s, u"A shop name is 1 to 100 characters."_s, u"name"_s));
    if (description.size() > Sync::Commerce::DescriptionMax)
        return HttpResponse::error(Error::unprocessable(
            u"invalid_description"_s, u"A description is at most 5,000 characters."_s,
            u"description"_s));
    Result<SyncService::Outcome<QString>> opened = ctx.services.sync->run(
        ctx.caller().userId, ShopMutations::openShop, {ownerId, name, description});
    if (!opened)
        return HttpResponse::error(opened.error());
    settleWrite(ctx.services, *opened, {});
    const QString &shopId = opened->value;
    return HttpResponse::json(201,
                              QJsonObject {{u"id"_s, shopId},
                                           {u"owner_id"_s, ownerId},
                                           {u"name"_s, name},
                                           {u"description"_s, description}});
}

} // namespace

void addAdminRoutes(Router &router)
{
    router.add({"PATCH", u"/api/v1/admin/users/{id}"_s, Route::Auth::Bearer, setUserRole, -1, true,
                false, u"Change a user's role (admins only)"_s});
    router.add({"POST", u"/api/v1/admin/shops"_s, Route::Auth::Bearer, createShop, -1, true, false,
                u"Open a shop for an account (admins only)"_s});
}

} // namespace Souk::Server
