#include "Documents.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

//! The type by the file's first bytes, never by what the client says it is.
QString sniff(const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-"))
        return u"application/pdf"_s;
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (bytes.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    if (bytes.size() > 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return u"image/webp"_s;
    return {};
}

} // namespace

Result<Documents::Document> Documents::store(QSqlDatabase &db, const QString &ownerId,
                                             const QByteArray &bytes) const
{
    const QString mime = sniff(bytes);
    if (mime.isEmpty())
        return Error {
            415, u"unsupported_document"_s, u"A document is a PDF, PNG, JPEG or WebP file."_s, {}};
    const QString id =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    Result<QSqlQuery> kept =
        execSql(db,
                u"SELECT COUNT(*), COALESCE(SUM(bytes), 0),"
                " COALESCE(SUM(id = ?), 0) FROM documents WHERE owner_id = ?"_s,
                {id, ownerId}, "document quota");
    if (!kept)
        return kept.error();
    if (!kept->next())
        return databaseError("document quota", u"no row"_s);
    const bool again = kept->value(2).toLongLong() > 0;
    if (!again
        && (kept->value(0).toLongLong() >= MaxPerAccount
            || kept->value(1).toLongLong() + bytes.size() > MaxBytesPerAccount))
        return Error::unprocessable(
            u"document_quota"_s,
            u"An account keeps at most %1 documents and %2 MB; this one would pass that."_s
                .arg(MaxPerAccount)
                .arg(MaxBytesPerAccount / (1024 * 1024)));
    // The file first, durably; then the record that makes it known.
    if (!QDir().mkpath(m_directory))
        return databaseError("create documents directory", m_directory);
    QSaveFile file(m_directory + u'/' + id);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return databaseError("write document", file.errorString());
    // The same bytes from another account are their own record: ownership is per uploader.
    Result<QSqlQuery> q = execSql(
        db,
        u"INSERT INTO documents (id, owner_id, mime, bytes, created_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (id, owner_id) DO NOTHING"_s,
        {id, ownerId, mime, bytes.size(), QDateTime::currentMSecsSinceEpoch()}, "record document");
    if (!q)
        return q.error();
    return Document {id, ownerId, mime, bytes.size()};
}

Result<std::optional<Documents::Document>> Documents::find(QSqlDatabase &db, const QString &id,
                                                           const QString &ownerId) const
{
    Result<QSqlQuery> q = ownerId.isEmpty()
        ? execSql(db, u"SELECT owner_id, mime, bytes FROM documents WHERE id = ? LIMIT 1"_s, {id},
                  "find document")
        : execSql(db,
                  u"SELECT owner_id, mime, bytes FROM documents WHERE id = ? AND owner_id = ?"_s,
                  {id, ownerId}, "find own document");
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Document> {};
    return std::optional<Document> {
        Document {id, q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong()}};
}

Result<QByteArray> Documents::read(const QString &id) const
{
    QFile file(m_directory + u'/' + id);
    if (!file.open(QIODevice::ReadOnly))
        return databaseError("read document", file.errorString());
    return file.readAll();
}

} // namespace Souk::Server
