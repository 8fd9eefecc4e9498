#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace Souk::Server {

//! Uploaded images on disk, content-addressed: <dir>/<ab>/<sha256>[-320|-1080].<ext>, where the
//! SHA-256 is of the re-encoded bytes, so an image uploaded twice is stored once.
//! Thread-safe: every method works on its arguments and the file system only.
class MediaStore
{
public:
    static constexpr qint64 MaxPixels = 40'000'000;
    static constexpr int ThumbWidth = 320;
    static constexpr int LargeWidth = 1080;

    explicit MediaStore(QString directory)
        : m_directory(std::move(directory))
    { }

    struct Image
    {
        QString sha256; // of the stored (re-encoded) bytes
        QString mime; // image/jpeg or image/png
        int width = 0;
        int height = 0;
        qint64 bytes = 0;
    };

    //! The type as sniffed from the first bytes (never from a name or a header): "png", "jpeg",
    //! "webp", or empty when it is none of them.
    static QByteArray sniff(const QByteArray &bytes);

    //! Checks, decodes and re-encodes an upload, then writes it and its two thumbnails.
    //! 415 for an unknown type; 422 for a corrupt or truncated file or one claiming more than
    //! MaxPixels (checked from the header, before anything is decoded). Re-encoding drops EXIF,
    //! location and every other metadata (after applying the EXIF orientation).
    Result<Image> ingest(const QByteArray &bytes) const;

    enum class Size { Original, Thumb, Large };
    //! Where the file of a stored image lives (it may not exist).
    QString path(const QString &sha256, const QString &mime, Size size) const;

private:
    Result<Ok> write(const QString &path, const QByteArray &bytes) const;
    QString m_directory;
};

} // namespace Souk::Server
