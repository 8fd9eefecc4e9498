#pragma once

#include "LocalDatabase.h"

#include <optional>

namespace Souk::Sync {

//! Images waiting to be uploaded, kept in the local database (_uploads) with a copy of their
//! bytes next to it, so the queue survives restarts and the user may delete or move the
//! original file. An image's media id is the SHA-256 of its bytes, so a post can name it
//! before it is uploaded, and adding the same bytes twice queues them once.
class MediaQueue
{
public:
    MediaQueue(LocalDatabase &db, QString directory)
        : m_db(db)
        , m_directory(std::move(directory))
    { }

    struct Item
    {
        QString id;
        QString status; // pending, stored, failed
        QString error; // why it failed (the server's message)
        QString sha256; // of the bytes the server stored (re-encoded)
        int width = 0;
        int height = 0;
    };

    //! Queues the image's bytes; 415 when they are not PNG, JPEG or WebP.
    Result<QString> add(const QByteArray &bytes);
    Result<QString> addFile(const QString &path);

    Result<std::optional<Item>> nextPending();
    Result<std::optional<Item>> item(const QString &id);
    Result<QList<Item>> all();
    Result<Ok> markStored(const QString &id, const QString &sha256, int width, int height);
    Result<Ok> markFailed(const QString &id, const QString &error);

    //! The queued copy of an image on this device, or empty.
    QString localPath(const QString &id) const;
    Result<QByteArray> bytes(const QString &id) const;

private:
    LocalDatabase &m_db;
    QString m_directory;
};

} // namespace Souk::Sync
