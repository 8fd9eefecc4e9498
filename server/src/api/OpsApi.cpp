// Operations: liveness, readiness and Prometheus metrics.
#include "ApiContext.h"
#include "Database.h"
#include "Metrics.h"
#include "Routes.h"
#include "ServerConfig.h"
#include "SyncService.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

HttpResponse healthz(ApiContext &)
{
    return HttpResponse::json(200, QJsonObject {{u"status"_s, u"ok"_s}});
}

HttpResponse readyz(ApiContext &ctx)
{
    Result<QSqlQuery> q = execSql(ctx.db, u"SELECT 1"_s, {}, "readiness probe");
    if (!q || !q->next())
        return HttpResponse::error(
            Error {503, u"not_ready"_s, u"The database does not answer."_s, {}});
    return HttpResponse::json(200, QJsonObject {{u"status"_s, u"ready"_s}});
}

HttpResponse metrics(ApiContext &ctx)
{
    // Metrics reveal traffic patterns; by default only the machine itself may read them.
    if (!ctx.services.config.metricsPublic && !ctx.request.remoteAddress.isLoopback())
        return HttpResponse::error(Error {
            403, u"forbidden"_s, u"Metrics are served to loopback only (metrics_public)."_s, {}});
    QByteArray text = ctx.services.metrics.render();
    if (ctx.services.sync) {
        // The write path's own figures (bench/chat reads them): messages per commit and WAL
        // bytes per write come from these.
        const GroupCommit::Stats group = ctx.services.sync->groupStats();
        text += "# HELP souk_sync_commits_total Transactions of the sync group commit.\n"
                "# TYPE souk_sync_commits_total counter\n"
                "souk_sync_commits_total "
            + QByteArray::number(group.commits)
            + "\n# HELP souk_sync_commit_jobs_total Pushes and server writes those transactions "
              "carried.\n"
              "# TYPE souk_sync_commit_jobs_total counter\n"
              "souk_sync_commit_jobs_total "
            + QByteArray::number(group.jobs)
            + "\n# HELP souk_sync_wal_pages_total Database pages those transactions wrote to the "
              "WAL.\n"
              "# TYPE souk_sync_wal_pages_total counter\n"
              "souk_sync_wal_pages_total "
            + QByteArray::number(group.walPages)
            + "\n# HELP souk_sync_writer_busy_seconds_total Time the writer thread spent on "
              "groups.\n"
              "# TYPE souk_sync_writer_busy_seconds_total counter\n"
              "souk_sync_writer_busy_seconds_total "
            + QByteArray::number(double(group.busyNs) / 1e9, 'f', 6)
            + "\n# HELP souk_sync_commit_seconds_total Of that, time in COMMIT (writing the "
              "WAL).\n"
              "# TYPE souk_sync_commit_seconds_total counter\n"
              "souk_sync_commit_seconds_total "
            + QByteArray::number(double(group.commitNs) / 1e9, 'f', 6)
            + "\n# HELP souk_sync_wal_syncs_total fdatasync() calls of the WAL after commits.\n"
              "# TYPE souk_sync_wal_syncs_total counter\n"
              "souk_sync_wal_syncs_total "
            + QByteArray::number(group.syncs)
            + "\n# HELP souk_sync_wal_sync_seconds_total Time in those calls.\n"
              "# TYPE souk_sync_wal_sync_seconds_total counter\n"
              "souk_sync_wal_sync_seconds_total "
            + QByteArray::number(double(group.syncNs) / 1e9, 'f', 6) + "\n";
    }
    return HttpResponse::text(200, "text/plain; version=0.0.4; charset=utf-8", text);
}

} // namespace

void addOpsRoutes(Router &router)
{
    router.add(
        {"GET", u"/healthz"_s, Route::Auth::None, healthz, 0, false, true, u"The process is up"_s});
    router.add({"GET", u"/readyz"_s, Route::Auth::None, readyz, 0, false, false,
                u"The database answers"_s});
    router.add({"GET", u"/metrics"_s, Route::Auth::None, metrics, 0, false, true,
                u"Prometheus metrics"_s});
}

} // namespace Souk::Server
