// Images: upload (POST /api/v1/media) and serving (GET /media/{sha256}).
#include "ApiContext.h"
#include "Database.h"
#include "MediaRecords.h"
#include "Responses.h"
#include "Routes.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

bool isDigest(const QString &text)
{
    static const QRegularExpression digest(u"^[0-9a-f]{64}$"_s);
    return digest.match(text).hasMatch();
}

QJsonObject describe(const QString &id, const MediaStore::Image &image)
{
    const QString url = u"/media/"_s + image.sha256;
    return {{u"id"_s, id},
            {u"sha256"_s, image.sha256},
            {u"width"_s, image.width},
            {u"height"_s, image.height},
            {u"url"_s, url},
            {u"thumb_url"_s, url + u"?size=thumb"_s},
            {u"large_url"_s, url + u"?size=large"_s}};
}

HttpResponse upload(ApiContext &ctx)
{
    const QByteArray &bytes = ctx.request.body;
    if (bytes.isEmpty())
        return HttpResponse::error(
            Error::badRequest(u"empty_body"_s, u"Send the image's bytes as the body."_s));
    // The id names the bytes as uploaded: a client can refer to an image before uploading it,
    // and uploading the same file again costs no decoding.
    const QString id = MediaRecords::idOf(bytes);
    Result<std::optional<MediaStore::Image>> known = MediaRecords::find(ctx.db, id);
    if (!known)
        return HttpResponse::error(known.error());
    if (known->has_value())
        return HttpResponse::json(200, describe(id, **known));

    Result<MediaStore::Image> image = ctx.services.media->ingest(bytes);
    if (!image)
        return HttpResponse::error(image.error());
    if (Result<Ok> recorded = MediaRecords::record(ctx.db, id, *image, ctx.caller().userId);
        !recorded)
        return HttpResponse::error(recorded.error());
    return HttpResponse::json(201, describe(id, *image));
}

HttpResponse serve(ApiContext &ctx)
{
    const QString key = ctx.request.params.value(u"sha256"_s);
    const QUrlQuery &query = ctx.request.query;
    if (Error e = checkParameters(query, {u"size"_s}); !e.isNull())
        return HttpResponse::error(e);
    const QString sizeName = query.queryItemValue(u"size"_s);
    MediaStore::Size size = MediaStore::Size::Original;
    if (sizeName == u"thumb"_s)
        size = MediaStore::Size::Thumb;
    else if (sizeName == u"large"_s)
        size = MediaStore::Size::Large;
    else if (!sizeName.isEmpty())
        return HttpResponse::error(Error::badRequest(
            u"invalid_size"_s, u"size is thumb (320 px) or large (1080 px)."_s, u"size"_s));

    const Error missing {404, u"media_not_found"_s, u"There is no such image."_s, {}};
    if (!isDigest(key))
        return HttpResponse::error(missing);
    // By the stored bytes' hash, or by the upload id (what a client knows before uploading).
    Result<QSqlQuery> q =
        execSql(ctx.db, u"SELECT sha256, mime FROM media WHERE sha256 = ? OR id = ? LIMIT 1"_s,
                {key, key}, "find media");
    if (!q)
        return HttpResponse::error(q.error());
    if (!q->next())
        return HttpResponse::error(missing);
    const QString sha256 = q->value(0).toString();
    const QString mime = q->value(1).toString();

    const QByteArray etag =
        '"' + sha256.toLatin1() + '-' + (sizeName.isEmpty() ? "full" : sizeName.toLatin1()) + '"';
    HttpResponse response;
    response.addHeader("ETag", etag);
    response.addHeader("Cache-Control", "public, max-age=31536000, immutable");
    const QByteArray ifNoneMatch = ctx.request.header("If-None-Match");
    if (!ifNoneMatch.isEmpty()
        && (ifNoneMatch.trimmed() == "*" || ifNoneMatch.split(',').contains(etag)
            || ifNoneMatch.contains(etag))) {
        response.status = 304;
        return response;
    }
    QFile file(ctx.services.media->path(sha256, mime, size));
    if (!file.open(QIODevice::ReadOnly))
        return HttpResponse::error(missing);
    response.status = 200;
    response.contentType = mime.toLatin1();
    response.body = file.readAll();
    return response;
}

} // namespace

void addMediaRoutes(Router &router)
{
    router.add({"POST", u"/api/v1/media"_s, Route::Auth::Bearer, upload, MediaBodyLimit, false,
                false, u"Upload an image (raw bytes; PNG, JPEG or WebP)"_s});
    router.add({"GET", u"/media/{sha256}"_s, Route::Auth::None, serve, 0, false, false,
                u"An image or its thumbnail (?size=thumb|large)"_s});
}

} // namespace Souk::Server
