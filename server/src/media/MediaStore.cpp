#include "MediaStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

constexpr int JpegQuality = 85;

Error corrupt(const QString &why)
{
    return Error::unprocessable(u"corrupt_image"_s, u"The image cannot be read: %1."_s.arg(why));
}

//! libjpeg fills a truncated JPEG with grey and reports success, so look for the end-of-image
//! marker ourselves. Anything after it (some cameras append data) is allowed; the marker itself
//! must exist after the start of the last scan.
bool jpegIsComplete(const QByteArray &bytes)
{
    const qsizetype lastScan = bytes.lastIndexOf(QByteArrayView("\xFF\xDA", 2));
    if (lastScan < 0)
        return false;
    return bytes.indexOf(QByteArrayView("\xFF\xD9", 2), lastScan) > lastScan;
}

QByteArray encode(const QImage &image, const QByteArray &format)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (format == "jpeg") {
        writer.setQuality(JpegQuality);
        writer.setOptimizedWrite(true);
        writer.setProgressiveScanWrite(true);
    }
    if (!writer.write(image))
        return {};
    return out;
}

QImage scaledToWidth(const QImage &image, int width)
{
    if (image.width() <= width)
        return image;
    return image.scaledToWidth(width, Qt::SmoothTransformation);
}

} // namespace

QByteArray MediaStore::sniff(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return "png";
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return "jpeg";
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return "webp";
    return {};
}

Result<MediaStore::Image> MediaStore::ingest(const QByteArray &bytes) const
{
    const QByteArray format = sniff(bytes);
    if (format.isEmpty())
        return Error {415,
                      u"unsupported_media_type"_s,
                      u"Only PNG, JPEG and WebP images are accepted."_s,
                      {}};
    if (format == "jpeg" && !jpegIsComplete(bytes))
        return corrupt(u"the file is truncated"_s);

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(true); // apply the EXIF orientation before EXIF is dropped
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return corrupt(u"no valid size in its header"_s);
    if (qint64(size.width()) * size.height() > MaxPixels)
        return Error::unprocessable(
            u"too_many_pixels"_s,
            u"The image is %1 × %2 pixels; at most 40 megapixels are accepted."_s.arg(size.width())
                .arg(size.height()));
    QImage image;
    if (!reader.read(&image))
        return corrupt(reader.errorString());

    const bool alpha = image.hasAlphaChannel();
    const QByteArray outFormat = alpha ? "png" : "jpeg";
    if (!alpha)
        image = image.convertToFormat(QImage::Format_RGB32);
    const QByteArray stored = encode(image, outFormat);
    if (stored.isEmpty())
        return Error {500, u"encode_failed"_s, u"The image could not be re-encoded."_s, {}};

    Image result;
    result.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex());
    result.mime = alpha ? u"image/png"_s : u"image/jpeg"_s;
    result.width = image.width();
    result.height = image.height();
    result.bytes = stored.size();

    const QString original = path(result.sha256, result.mime, Size::Original);
    if (QFileInfo::exists(original))
        return result; // stored before, with its thumbnails
    // Thumbnails first: the original's presence marks a complete set.
    const struct
    {
        Size size;
        int width;
    } thumbs[] = {{Size::Thumb, ThumbWidth}, {Size::Large, LargeWidth}};
    for (const auto &thumb : thumbs) {
        const QByteArray scaled = encode(scaledToWidth(image, thumb.width), outFormat);
        if (Result<Ok> written = write(path(result.sha256, result.mime, thumb.size), scaled);
            !written)
            return written.error();
    }
    if (Result<Ok> written = write(original, stored); !written)
        return written.error();
    return result;
}

QString MediaStore::path(const QString &sha256, const QString &mime, Size size) const
{
    const QString suffix = size == Size::Thumb ? u"-320"_s
        : size == Size::Large                  ? u"-1080"_s
                                               : QString();
    const QString extension = mime == u"image/png"_s ? u".png"_s : u".jpg"_s;
    return m_directory + u'/' + sha256.left(2) + u'/' + sha256 + suffix + extension;
}

Result<Ok> MediaStore::write(const QString &path, const QByteArray &bytes) const
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error {500, u"storage_failed"_s, u"The media directory cannot be created."_s, {}};
    // Written whole and renamed into place, so a crash never leaves half a file under the name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error {500, u"storage_failed"_s, u"The image could not be stored."_s, {}};
    return Ok {};
}

} // namespace Souk::Server
