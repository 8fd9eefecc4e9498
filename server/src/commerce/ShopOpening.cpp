#include "ShopOpening.h"

#include "CommerceMutators.h"
#include "Database.h"
#include "Uuid.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Souk::Server {

Result<Ok> audit(QSqlDatabase &tx, qint64 at, const QString &actorId, const QString &action,
                 const QString &targetType, const QString &targetId, const QJsonObject &detail)
{
    Result<QSqlQuery> q =
        execSql(tx,
                u"INSERT INTO audit_log (at, actor_id, action, target_type, target_id, detail)"
                " VALUES (?, ?, ?, ?, ?, ?)"_s,
                {at, actorId, action, targetType, targetId,
                 QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))},
                "audit");
    if (!q)
        return q.error();
    return Ok {};
}

Result<QString> openShop(QSqlDatabase &tx, Sync::SyncStore &store, const Sync::MutationContext &ctx,
                         const QString &ownerId, const QString &name, const QString &description,
                         const QString &action)
{
    Result<QSqlQuery> owner =
        execSql(tx, u"SELECT role FROM users WHERE id = ?"_s, {ownerId}, "shop owner");
    if (!owner)
        return owner.error();
    if (!owner->next())
        return Error::unprocessable(u"unknown_user"_s, u"There is no such account."_s,
                                    u"owner_id"_s);
    Result<QSqlQuery> existing = execSql(
        tx, u"SELECT 1 FROM shops WHERE owner_id = ? AND deleted = 0"_s, {ownerId}, "own shop");
    if (!existing)
        return existing.error();
    if (existing->next())
        return Error {409, u"already_a_shop"_s, u"This account already has a shop."_s, {}};
    if (owner->value(0).toString() == u"user"_s) {
        Result<QSqlQuery> role =
            execSql(tx, u"UPDATE users SET role = 'shop', updated_at = ? WHERE id = ?"_s,
                    {ctx.now(), ownerId}, "grant shop role");
        if (!role)
            return role.error();
    }
    const QString shopId = createUuidV7();
    if (Result<Ok> logged = audit(tx, ctx.now(), ctx.userId, action, u"user"_s, ownerId,
                                  {{u"shop_id"_s, shopId}, {u"name"_s, name}});
        !logged)
        return logged.error();
    if (Result<Ok> made =
            Sync::Commerce::createShop(store, ctx, shopId, ownerId, name, description);
        !made)
        return made.error();
    return shopId;
}

} // namespace Souk::Server
