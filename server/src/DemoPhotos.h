#pragma once

#include <QByteArray>

namespace Souk::Server::DemoPhotos {

//! The scenes the demo posts show, painted with QPainter (no files, no network).
enum class Scene { SunsetDomes, TeaGlasses, Ceramics, Lanterns, Spices, Textiles };

//! A JPEG of the scene; `variant` shifts colours and layout so posts differ.
QByteArray paint(Scene scene, int variant, int width = 1080, int height = 1080);

} // namespace Souk::Server::DemoPhotos
