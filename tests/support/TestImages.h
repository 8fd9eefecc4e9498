#pragma once

#include <QByteArray>
#include <QColor>

//! Images for tests, drawn with QPainter at run time (no files, no network).
namespace Souk::Test::Images {

//! A PNG or JPEG (format "png" / "jpeg" / "webp") of the given size: a gradient with a disc, so
//! every seed gives different bytes.
QByteArray make(int width, int height, const char *format = "jpeg", int seed = 0);
//! A JPEG with an EXIF segment holding a GPS position and a camera name (APP1 after SOI).
QByteArray jpegWithExif(int width, int height);
//! A PNG whose header claims width × height pixels; its data is a few bytes (a pixel bomb).
QByteArray pngClaiming(quint32 width, quint32 height);

} // namespace Souk::Test::Images
