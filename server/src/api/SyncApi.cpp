// The sync protocol: push, pull and the realtime socket (ARCHITECTURE.md §3).
#include "ApiContext.h"
#include "RealtimeHub.h"
#include "Responses.h"
#include "Routes.h"
#include "SyncRequests.h"
#include "SyncService.h"
#include "WriteEffects.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

HttpResponse push(ApiContext &ctx)
{
    Result<PushBatch> batch = decodePushBatch(ctx.request.body);
    if (!batch)
        return HttpResponse::error(batch.error());
    Result<SyncService::PushResult> pushed =
        ctx.services.sync->push(ctx.caller(), batch->clientId, batch->mutations);
    if (!pushed)
        return HttpResponse::error(pushed.error());
    // A suspension or ban committed: the account's tokens stop at once, in this process's
    // cache too, and its open sockets close (the client signs out).
    settleWrite(ctx.services, *pushed, u"account_restricted"_s);
    return HttpResponse::json(200,
                              QJsonObject {{u"results"_s, pushed->results},
                                           {u"last_seq"_s, pushed->lastSeq},
                                           {u"deferred"_s, pushed->deferred}});
}

HttpResponse pull(ApiContext &ctx)
{
    const QUrlQuery &query = ctx.request.query;
    if (Error e =
            checkParameters(query, {u"client_id"_s, u"schema_version"_s, u"cursor"_s, u"limit"_s},
                            {u"cursor"_s}); // one cursor per bucket
        !e.isNull())
        return HttpResponse::error(e);
    bool ok = false;
    const int schema = query.queryItemValue(u"schema_version"_s).toInt(&ok);
    if (!ok)
        return HttpResponse::error(Error::badRequest(
            u"missing_field"_s, u"schema_version is required."_s, u"schema_version"_s));
    if (Error e = checkSchemaVersion(schema); !e.isNull())
        return HttpResponse::error(e);
    SyncService::PullRequest request;
    request.clientId = query.queryItemValue(u"client_id"_s);
    if (!isValidClientId(request.clientId))
        return HttpResponse::error(badClientId());
    if (query.hasQueryItem(u"limit"_s)) {
        request.limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || request.limit < 1 || request.limit > SyncService::MaxPullLimit)
            return HttpResponse::error(Error::unprocessable(
                u"invalid_limit"_s, u"limit is 1 to %1."_s.arg(SyncService::MaxPullLimit),
                u"limit"_s));
    }
    // cursor=<bucket>@<version>, once per bucket the client has.
    const QStringList cursors = query.allQueryItemValues(u"cursor"_s, QUrl::FullyDecoded);
    for (const QString &cursor : cursors) {
        const qsizetype at = cursor.lastIndexOf(u'@');
        const qint64 version = at > 0 ? cursor.mid(at + 1).toLongLong(&ok) : -1;
        if (at <= 0 || !ok)
            return HttpResponse::error(Error::badRequest(
                u"bad_cursor"_s, u"A cursor is <bucket>@<version>."_s, u"cursor"_s));
        request.cursors.insert(cursor.left(at), version);
    }
    Result<QByteArray> result = ctx.services.sync->pull(ctx.db, ctx.caller(), request);
    if (!result)
        return HttpResponse::error(result.error());
    return HttpResponse::json(200, *result);
}

HttpResponse websocketWithoutUpgrade(ApiContext &)
{
    HttpResponse response = HttpResponse::error(
        Error {426, u"upgrade_required"_s, u"This endpoint speaks WebSocket only."_s, {}});
    response.addHeader("Upgrade", "websocket");
    return response;
}

} // namespace

void addSyncRoutes(Router &router)
{
    router.add({"POST", u"/api/v1/sync/push"_s, Route::Auth::Bearer, push, 4 * 1024 * 1024, true,
                false, u"Push a batch of mutations"_s});
    router.add({"GET", u"/api/v1/sync/pull"_s, Route::Auth::Bearer, pull, 0, false, false,
                u"Pull changes since per-bucket cursors"_s});
    router.add({"GET", u"/api/v1/ws"_s, Route::Auth::None, websocketWithoutUpgrade, 0, false, true,
                u"Realtime WebSocket (upgrade only)"_s});
}

} // namespace Souk::Server
