// Administration of accounts. Only admins may call these routes.
#include "ApiContext.h"
#include "JsonFields.h"
#include "Routes.h"

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
    Result<User> user = ctx.services.accounts.setRole(ctx.db, ctx.caller().userId,
                                                      ctx.request.params.value(u"id"_s), role);
    if (!user)
        return HttpResponse::error(user.error());
    return HttpResponse::json(200, user->toPrivateJson());
}

} // namespace

void addAdminRoutes(Router &router)
{
    router.add({"PATCH", u"/api/v1/admin/users/{id}"_s, Route::Auth::Bearer, setUserRole, -1, true,
                false, u"Change a user's role (admins only)"_s});
}

} // namespace Souk::Server
