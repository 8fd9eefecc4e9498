#include "MediaRecords.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Souk::Server::MediaRecords {

Result<std::optional<MediaStore::Image>> find(const QSqlDatabase &db, const QString &id)
{
    Result<QSqlQuery> q =
        execSql(db, u"SELECT sha256, mime, width, height, bytes FROM media WHERE id = ?"_s, {id},
                "find media");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<MediaStore::Image> {};
    return std::optional<MediaStore::Image> {
        MediaStore::Image {q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
                           q->value(3).toInt(), q->value(4).toLongLong()}};
}

Result<Ok> record(const QSqlDatabase &db, const QString &id, const MediaStore::Image &image,
                  const QString &uploaderId)
{
    Result<QSqlQuery> recorded = execSql(
        db,
        u"INSERT INTO media (id, sha256, mime, width, height, bytes, uploader_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"_s,
        {id, image.sha256, image.mime, image.width, image.height, image.bytes, uploaderId,
         QDateTime::currentMSecsSinceEpoch()},
        "record media");
    if (!recorded)
        return recorded.error();
    return Ok {};
}

QString idOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace Souk::Server::MediaRecords
