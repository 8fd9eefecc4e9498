// Becoming a shop, as server mutations (ServerMutation.h): an admin's direct opening, a request
// and a moderator's decision. Approval opens the shop through the same code as the admin's
// opening, so both leave the same rows and the same kind of audit line.
#include "ShopMutations.h"

#include "Audit.h"
#include "CommerceMutators.h"
#include "Database.h"
#include "FieldWrites.h"
#include "SocialMutators.h"
#include "Uuid.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Souk::Server::ShopMutations {

namespace {

Result<QString> open(ServerWrite &w, const QString &ownerId, const QString &name,
                     const QString &description, const QString &action)
{
    Result<QSqlQuery> owner =
        execSql(w.tx, u"SELECT role FROM users WHERE id = ?"_s, {ownerId}, "shop owner");
    if (!owner)
        return owner.error();
    if (!owner->next())
        return Error::unprocessable(u"unknown_user"_s, u"There is no such account."_s,
                                    u"owner_id"_s);
    Result<QSqlQuery> existing = execSql(
        w.tx, u"SELECT 1 FROM shops WHERE owner_id = ? AND deleted = 0"_s, {ownerId}, "own shop");
    if (!existing)
        return existing.error();
    if (existing->next())
        return Error {409, u"already_a_shop"_s, u"This account already has a shop."_s, {}};
    if (owner->value(0).toString() == u"user"_s) {
        Result<QSqlQuery> role =
            execSql(w.tx, u"UPDATE users SET role = 'shop', updated_at = ? WHERE id = ?"_s,
                    {w.ctx.now(), ownerId}, "grant shop role");
        if (!role)
            return role.error();
    }
    // The owner's cached tokens carry the old role until forgotten.
    w.store.accountChanged(ownerId);
    const QString shopId = createUuidV7();
    if (Result<Ok> logged = appendAudit(w.tx, w.ctx.now(),
                                        {w.ctx.userId,
                                         action,
                                         u"user"_s,
                                         ownerId,
                                         {{u"shop_id"_s, shopId}, {u"name"_s, name}}});
        !logged)
        return logged.error();
    if (Result<Ok> made =
            Sync::Commerce::createShop(w.store, w.ctx, shopId, ownerId, name, description);
        !made)
        return made.error();
    return shopId;
}

//! Tells every moderator and admin (a new request, from its applicant), or the applicant (a
//! decision, from "the moderators": `actor` empty, so no moderator is named to them).
Result<Ok> notifyAll(ServerWrite &w, const QStringList &recipients, const QString &actor,
                     const QString &kind, const QString &requestId, const QString &excerpt)
{
    for (const QString &recipient : recipients) {
        if (Result<Ok> sent = Sync::Social::notify(w.store, w.ctx,
                                                   {recipient,
                                                    kind,
                                                    actor,
                                                    {},
                                                    {},
                                                    excerpt.left(140),
                                                    Sync::derivedId({kind, requestId, recipient})});
            !sent)
            return sent;
    }
    return Ok {};
}

Result<QString> applyOpenShop(ServerWrite &w, const OpenShop &args)
{
    if (Error e = w.requireAdmin(u"Only admins can open shops directly."_s); !e.isNull())
        return e;
    return open(w, args.ownerId, args.name, args.description, u"create_shop"_s);
}

Result<Ok> applySubmitShopRequest(ServerWrite &w, const SubmitShopRequest &args)
{
    Result<QSqlQuery> pending =
        execSql(w.tx, u"SELECT 1 FROM shop_requests WHERE user_id = ? AND status = 'pending'"_s,
                {w.ctx.userId}, "pending request");
    if (!pending)
        return pending.error();
    if (pending->next())
        return Error {409,
                      u"request_pending"_s,
                      u"Your earlier request is still waiting for a decision."_s,
                      {}};
    Result<QSqlQuery> inserted =
        execSql(w.tx,
                u"INSERT INTO shop_requests (id, user_id, shop_name, description, documents,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                {args.requestId, w.ctx.userId, args.shopName, args.description,
                 QString::fromUtf8(QJsonDocument(args.documents).toJson(QJsonDocument::Compact)),
                 w.ctx.now()},
                "insert shop request");
    if (!inserted)
        return inserted.error();
    Result<QSqlQuery> moderators = execSql(
        w.tx, u"SELECT id FROM users WHERE role IN ('moderator', 'admin')"_s, {}, "moderators");
    if (!moderators)
        return moderators.error();
    QStringList recipients;
    while (moderators->next())
        recipients << moderators->value(0).toString();
    return notifyAll(w, recipients, w.ctx.userId, u"shop_request"_s, args.requestId, args.shopName);
}

Result<QString> applyDecideShopRequest(ServerWrite &w, const DecideShopRequest &args)
{
    if (Error e = w.requireModerator(u"Only moderators decide shop requests."_s); !e.isNull())
        return e;
    Result<QSqlQuery> q = execSql(
        w.tx, u"SELECT user_id, shop_name, description, status FROM shop_requests WHERE id = ?"_s,
        {args.requestId}, "read shop request");
    if (!q)
        return q.error();
    if (!q->next())
        return Error {404, u"request_not_found"_s, u"There is no such request."_s, {}};
    const QString applicant = q->value(0).toString();
    const QString shopName = q->value(1).toString();
    const QString description = q->value(2).toString();
    if (applicant == w.ctx.userId)
        return Error {
            403, u"forbidden"_s, u"Another moderator must decide your own shop request."_s, {}};
    if (q->value(3).toString() != u"pending"_s)
        return Error {409, u"already_decided"_s, u"This request was decided already."_s, {}};
    QString shopId;
    if (args.approve) {
        Result<QString> opened =
            open(w, applicant, shopName, description, u"approve_shop_request"_s);
        if (!opened)
            return opened.error();
        shopId = *opened;
    } else if (Result<Ok> logged = appendAudit(w.tx, w.ctx.now(),
                                               {w.ctx.userId,
                                                u"reject_shop_request"_s,
                                                u"shop_request"_s,
                                                args.requestId,
                                                {{u"reason"_s, args.reason}}});
               !logged) {
        return logged.error();
    }
    Result<QSqlQuery> updated = execSql(
        w.tx,
        u"UPDATE shop_requests SET status = ?, reason = ?, decided_by = ?,"
        " decided_at = ?, shop_id = ? WHERE id = ?"_s,
        // A null QString binds as NULL: the columns are NOT NULL, so empty text.
        {args.approve ? u"approved"_s : u"rejected"_s, args.reason.isNull() ? u""_s : args.reason,
         w.ctx.userId, w.ctx.now(), shopId.isNull() ? u""_s : shopId, args.requestId},
        "decide shop request");
    if (!updated)
        return updated.error();
    if (Result<Ok> told = notifyAll(w, {applicant}, QString(),
                                    args.approve ? u"shop_approved"_s : u"shop_rejected"_s,
                                    args.requestId, args.approve ? shopName : args.reason);
        !told)
        return told.error();
    return applicant;
}

} // namespace

const ServerMutation<OpenShop, QString> openShop {"openShop", applyOpenShop};
const ServerMutation<SubmitShopRequest, Ok> submitShopRequest {"submitShopRequest",
                                                               applySubmitShopRequest};
const ServerMutation<DecideShopRequest, QString> decideShopRequest {"decideShopRequest",
                                                                    applyDecideShopRequest};

} // namespace Souk::Server::ShopMutations
