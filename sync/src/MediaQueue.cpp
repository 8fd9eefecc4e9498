#include "MediaQueue.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

namespace {

bool looksLikeImage(const QByteArray &bytes)
{
    return bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xFF\xD8\xFF")
        || (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP");
}

Error fileError(const QString &message)
{
    return Error {500, u"media_file_error"_s, message, {}};
}

MediaQueue::Item itemFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toInt(),    q.value(5).toInt()};
}

const QString ItemColumns = u"SELECT id, status, error, sha256, width, height FROM _uploads"_s;

} // namespace

Result<QString> MediaQueue::add(const QByteArray &bytes)
{
    if (!looksLikeImage(bytes))
        return Error {415,
                      u"unsupported_media_type"_s,
                      u"Only PNG, JPEG and WebP images can be posted."_s,
                      {}};
    const QString id =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString path = localPath(id);
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(m_directory);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fileError(u"The image could not be copied for upload."_s);
    }
    if (Result<Ok> queued =
            m_db.run(u"INSERT INTO _uploads (id, status, created_at) VALUES (?, 'pending', ?)"
                     " ON CONFLICT (id) DO NOTHING"_s,
                     {id, QDateTime::currentMSecsSinceEpoch()}, "queue upload");
        !queued)
        return queued.error();
    return id;
}

Result<QString> MediaQueue::addFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {404, u"file_not_found"_s, u"The file %1 cannot be read."_s.arg(path), {}};
    return add(file.readAll());
}

Result<std::optional<MediaQueue::Item>> MediaQueue::nextPending()
{
    Result<QSqlQuery> q =
        m_db.exec(ItemColumns + u" WHERE status = 'pending' ORDER BY created_at, id LIMIT 1"_s, {},
                  "next upload");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Item> {};
    return std::optional<Item> {itemFrom(*q)};
}

Result<std::optional<MediaQueue::Item>> MediaQueue::item(const QString &id)
{
    Result<QSqlQuery> q = m_db.exec(ItemColumns + u" WHERE id = ?"_s, {id}, "read upload");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Item> {};
    return std::optional<Item> {itemFrom(*q)};
}

Result<QList<MediaQueue::Item>> MediaQueue::all()
{
    Result<QSqlQuery> q = m_db.exec(ItemColumns + u" ORDER BY created_at, id"_s, {}, "uploads");
    if (!q)
        return q.error();
    QList<Item> items;
    while (q->next())
        items << itemFrom(*q);
    return items;
}

Result<Ok> MediaQueue::markStored(const QString &id, const QString &sha256, int width, int height)
{
    return m_db.run(u"UPDATE _uploads SET status = 'stored', error = '', sha256 = ?, width = ?,"
                    " height = ? WHERE id = ?"_s,
                    {sha256, width, height, id}, "upload stored");
}

Result<Ok> MediaQueue::markFailed(const QString &id, const QString &error)
{
    return m_db.run(u"UPDATE _uploads SET status = 'failed', error = ? WHERE id = ?"_s, {error, id},
                    "upload failed");
}

QString MediaQueue::localPath(const QString &id) const
{
    return m_directory + u'/' + id;
}

Result<QByteArray> MediaQueue::bytes(const QString &id) const
{
    QFile file(localPath(id));
    if (!file.open(QIODevice::ReadOnly))
        return fileError(u"The queued copy of image %1 is missing."_s.arg(id));
    return file.readAll();
}

} // namespace Souk::Sync
