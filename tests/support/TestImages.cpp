#include "TestImages.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QtEndian>

namespace Souk::Test::Images {

QByteArray make(int width, int height, const char *format, int seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, width, height);
    g.setColorAt(0, QColor::fromHsv((seed * 47) % 360, 160, 230));
    g.setColorAt(1, QColor::fromHsv((seed * 47 + 120) % 360, 200, 120));
    p.fillRect(image.rect(), g);
    p.setBrush(QColor::fromHsv((seed * 91) % 360, 120, 250));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPoint(width / 3 + seed % 7, height / 2), width / 5, width / 5);
    p.end();
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.write(image);
    return out;
}

QByteArray jpegWithExif(int width, int height)
{
    const QByteArray jpeg = make(width, height, "jpeg", 3);
    // A TIFF structure is not needed for the test: decoders skip APP1, and the check is that
    // none of these bytes survive.
    QByteArray payload = "Exif\0\0"_qba;
    payload += "MM\0*GPSLatitude 52.5200 N GPSLongitude 13.4050 E Model SoukCam 9000"_qba;
    QByteArray segment = "\xFF\xE1"_qba;
    const quint16 length = quint16(payload.size() + 2);
    segment += char(length >> 8);
    segment += char(length & 0xFF);
    segment += payload;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

namespace {
//! CRC-32 as PNG chunks use it (ISO 3309), bit by bit: tests need a few hundred bytes of it.
quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
    return crc ^ 0xFFFFFFFFu;
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    QByteArray out(4, '\0');
    qToBigEndian(quint32(data.size()), out.data());
    const QByteArray body = QByteArray(type, 4) + data;
    out += body;
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(body), crc.data());
    return out + crc;
}
} // namespace

QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian(width, ihdr.data());
    qToBigEndian(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // RGB
    return "\x89PNG\r\n\x1a\n"_qba + chunk("IHDR", ihdr)
        + chunk("IDAT", QByteArray::fromHex("789c030000000001")) + chunk("IEND", {});
}

} // namespace Souk::Test::Images
