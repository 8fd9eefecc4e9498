// Becoming a shop: private supporting documents, the request, and a moderator's decision.
// The writes are server mutations (ShopMutations): approval opens the shop through the same
// path as an admin's direct opening, and both sides hear of every step through notifications.
#include "ApiContext.h"
#include "Columns.h"
#include "CommerceMutators.h"
#include "Database.h"
#include "Documents.h"
#include "IsoTime.h"
#include "JsonFields.h"
#include "Responses.h"
#include "Routes.h"
#include "ServerConfig.h"
#include "ShopMutations.h"
#include "SyncService.h"
#include "Uuid.h"
#include "WriteEffects.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

constexpr int MaxDocuments = 5;

Documents documentsOf(const ApiContext &ctx)
{
    return Documents(ctx.services.config.dataDir + u"/documents"_s);
}

HttpResponse uploadDocument(ApiContext &ctx)
{
    if (ctx.request.body.isEmpty())
        return HttpResponse::error(
            Error::badRequest(u"empty_body"_s, u"Send the file's bytes as the body."_s));
    Result<Documents::Document> stored =
        documentsOf(ctx).store(ctx.db, ctx.caller().userId, ctx.request.body);
    if (!stored)
        return HttpResponse::error(stored.error());
    return HttpResponse::json(201,
                              QJsonObject {{u"id"_s, stored->id},
                                           {u"mime"_s, stored->mime},
                                           {u"bytes"_s, stored->bytes}});
}

HttpResponse readDocument(ApiContext &ctx)
{
    // Another user's document is "not found": they learn nothing, not even that it exists.
    const QString id = ctx.request.params.value(u"id"_s);
    const QString owner = ctx.caller().isModerator() ? QString() : ctx.caller().userId;
    Result<std::optional<Documents::Document>> found = documentsOf(ctx).find(ctx.db, id, owner);
    if (!found)
        return HttpResponse::error(found.error());
    if (!found->has_value())
        return HttpResponse::error(
            Error {404, u"document_not_found"_s, u"There is no such document."_s, {}});
    Result<QByteArray> bytes = documentsOf(ctx).read(id);
    if (!bytes)
        return HttpResponse::error(bytes.error());
    return HttpResponse::text(200, (*found)->mime.toLatin1(), *bytes);
}

const Columns RequestColumns {
    {u"id"_s},     {u"user_id"_s}, {u"shop_name"_s},  {u"description"_s}, {u"documents"_s},
    {u"status"_s}, {u"reason"_s},  {u"decided_at"_s}, {u"shop_id"_s},     {u"created_at"_s}};

const QString SelectRequests = u"SELECT "_s + RequestColumns.sql() + u" FROM shop_requests"_s;

QJsonObject requestFrom(const QSqlQuery &q)
{
    const ColumnRow r(q, RequestColumns);
    return {{u"id"_s, r.text(u"id")},
            {u"user_id"_s, r.text(u"user_id")},
            {u"shop_name"_s, r.text(u"shop_name")},
            {u"description"_s, r.text(u"description")},
            {u"documents"_s, QJsonDocument::fromJson(r.text(u"documents").toUtf8()).array()},
            {u"status"_s, r.text(u"status")},
            {u"reason"_s, r.text(u"reason")},
            {u"decided_at"_s, jsonTime(r.integer(u"decided_at"))},
            {u"shop_id"_s, r.text(u"shop_id")},
            {u"created_at"_s, jsonTime(r.integer(u"created_at"))}};
}

HttpResponse submitRequest(ApiContext &ctx)
{
    Result<QJsonObject> body = decodeObject(ctx.request.body,
                                            {{u"shop_name"_s, FieldSpec::Type::String},
                                             {u"description"_s, FieldSpec::Type::String},
                                             {u"documents"_s, FieldSpec::Type::Array}});
    if (!body)
        return HttpResponse::error(body.error());
    const QString name = body->value(u"shop_name"_s).toString().trimmed();
    const QString description = body->value(u"description"_s).toString().trimmed();
    const QJsonArray documents = body->value(u"documents"_s).toArray();
    if (name.isEmpty() || name.size() > 100)
        return HttpResponse::error(Error::unprocessable(
            u"invalid_shop_name"_s, u"A shop name is 1 to 100 characters."_s, u"shop_name"_s));
    if (description.size() > Sync::Commerce::DescriptionMax)
        return HttpResponse::error(Error::unprocessable(
            u"invalid_description"_s, u"A description is at most 5,000 characters."_s,
            u"description"_s));
    if (documents.isEmpty() || documents.size() > MaxDocuments)
        return HttpResponse::error(Error::unprocessable(
            u"invalid_documents"_s, u"Attach 1 to 5 supporting documents."_s, u"documents"_s));
    // Only documents this applicant uploaded.
    for (const QJsonValue &doc : documents) {
        Result<std::optional<Documents::Document>> mine =
            documentsOf(ctx).find(ctx.db, doc.toString(), ctx.caller().userId);
        if (!mine)
            return HttpResponse::error(mine.error());
        if (!mine->has_value())
            return HttpResponse::error(Error::unprocessable(
                u"unknown_document"_s, u"Upload each document first (POST /api/v1/documents)."_s,
                u"documents"_s));
    }
    if (ctx.caller().role == u"shop"_s)
        return HttpResponse::error(
            Error {409, u"already_a_shop"_s, u"This account already has a shop."_s, {}});
    const QString id = createUuidV7();
    Result<SyncService::Outcome<Ok>> done = ctx.services.sync->run(
        ctx.caller().userId, ShopMutations::submitShopRequest, {id, name, description, documents});
    if (!done)
        return HttpResponse::error(done.error());
    Result<QSqlQuery> q =
        execSql(ctx.db, SelectRequests + u" WHERE id = ?"_s, {id}, "read shop request");
    if (!q || !q->next())
        return HttpResponse::error(q ? databaseError("read shop request", id) : q.error());
    return HttpResponse::json(201, requestFrom(*q));
}

HttpResponse listRequests(ApiContext &ctx, bool all)
{
    if (Error e =
            checkParameters(ctx.request.query, all ? QStringList {u"status"_s} : QStringList {});
        !e.isNull())
        return HttpResponse::error(e);
    if (all && !ctx.caller().isModerator())
        return HttpResponse::error(
            Error {403, u"forbidden"_s, u"Only moderators see shop requests."_s, {}});
    const QString status = ctx.request.query.queryItemValue(u"status"_s);
    static const QStringList statuses {u"pending"_s, u"approved"_s, u"rejected"_s};
    if (!status.isEmpty() && !statuses.contains(status))
        return HttpResponse::error(Error::unprocessable(
            u"invalid_status"_s, u"status is pending, approved or rejected."_s, u"status"_s));
    Result<QSqlQuery> q = all
        ? (status.isEmpty()
               ? execSql(ctx.db, SelectRequests + u" ORDER BY created_at LIMIT 500"_s, {},
                         "list shop requests")
               : execSql(ctx.db,
                         SelectRequests + u" WHERE status = ? ORDER BY created_at LIMIT 500"_s,
                         {status}, "list shop requests"))
        : execSql(ctx.db, SelectRequests + u" WHERE user_id = ? ORDER BY created_at DESC"_s,
                  {ctx.caller().userId}, "my shop requests");
    if (!q)
        return HttpResponse::error(q.error());
    QJsonArray out;
    while (q->next())
        out.append(requestFrom(*q));
    return HttpResponse::json(200, QJsonObject {{u"requests"_s, out}});
}

HttpResponse decide(ApiContext &ctx)
{
    if (!ctx.caller().isModerator())
        return HttpResponse::error(
            Error {403, u"forbidden"_s, u"Only moderators decide shop requests."_s, {}});
    Result<QJsonObject> body = decodeObject(
        ctx.request.body,
        {{u"approve"_s, FieldSpec::Type::Bool}, {u"reason"_s, FieldSpec::Type::String, false}});
    if (!body)
        return HttpResponse::error(body.error());
    const bool approve = body->value(u"approve"_s).toBool();
    const QString reason = body->value(u"reason"_s).toString().trimmed();
    if (!approve && reason.isEmpty())
        return HttpResponse::error(Error::unprocessable(
            u"reason_required"_s, u"Say why the request is rejected."_s, u"reason"_s));
    if (reason.size() > 1000)
        return HttpResponse::error(Error::unprocessable(
            u"invalid_reason"_s, u"A reason is at most 1,000 characters."_s, u"reason"_s));
    const QString id = ctx.request.params.value(u"id"_s);
    Result<SyncService::Outcome<QString>> done = ctx.services.sync->run(
        ctx.caller().userId, ShopMutations::decideShopRequest, {id, approve, reason});
    if (!done)
        return HttpResponse::error(done.error());
    settleWrite(ctx.services, *done, {});
    Result<QSqlQuery> q =
        execSql(ctx.db, SelectRequests + u" WHERE id = ?"_s, {id}, "read shop request");
    if (!q || !q->next())
        return HttpResponse::error(q ? databaseError("read shop request", id) : q.error());
    return HttpResponse::json(200, requestFrom(*q));
}

} // namespace

void addShopRequestRoutes(Router &router)
{
    using Auth = Route::Auth;
    router.add({"POST", u"/api/v1/documents"_s, Auth::Bearer, uploadDocument, MediaBodyLimit, false,
                false, u"Upload a private document (PDF or image)"_s});
    router.add({"GET", u"/api/v1/documents/{id}"_s, Auth::Bearer, readDocument, 0, false, false,
                u"Read a private document (its uploader and moderators only)"_s});
    router.add({"POST", u"/api/v1/shop-requests"_s, Auth::Bearer, submitRequest, -1, true, false,
                u"Apply to open a shop"_s});
    router.add({"GET", u"/api/v1/shop-requests"_s, Auth::Bearer,
                [](ApiContext &ctx) { return listRequests(ctx, false); }, 0, false, false,
                u"The caller's shop requests"_s});
    router.add({"GET", u"/api/v1/admin/shop-requests"_s, Auth::Bearer,
                [](ApiContext &ctx) { return listRequests(ctx, true); }, 0, false, false,
                u"Shop requests to decide (moderators)"_s});
    router.add({"POST", u"/api/v1/admin/shop-requests/{id}/decision"_s, Auth::Bearer, decide, -1,
                true, false, u"Approve or reject a shop request (moderators)"_s});
}

} // namespace Souk::Server
