#pragma once

#include "MediaStore.h"

#include <QSqlDatabase>
#include <optional>

namespace Souk::Server::MediaRecords {

//! The stored image uploaded as `id` (the SHA-256 of the uploaded bytes), if any.
Result<std::optional<MediaStore::Image>> find(const QSqlDatabase &db, const QString &id);
//! Records an ingested image under its upload id (a second upload of the same bytes is a no-op).
Result<Ok> record(const QSqlDatabase &db, const QString &id, const MediaStore::Image &image,
                  const QString &uploaderId);
//! The upload id of some bytes.
QString idOf(const QByteArray &bytes);

} // namespace Souk::Server::MediaRecords
