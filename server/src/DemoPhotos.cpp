#include "DemoPhotos.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

namespace Souk::Server::DemoPhotos {

namespace {

QColor hsv(int h, int s, int v)
{
    return QColor::fromHsv(((h % 360) + 360) % 360, std::clamp(s, 0, 255), std::clamp(v, 0, 255));
}

void sky(QPainter &p, const QRect &r, QColor top, QColor bottom)
{
    QLinearGradient g(r.topLeft(), r.bottomLeft());
    g.setColorAt(0, top);
    g.setColorAt(1, bottom);
    p.fillRect(r, g);
}

void sunsetDomes(QPainter &p, const QRect &r, QRandomGenerator &rng, int v)
{
    sky(p, r, hsv(260 + v * 7, 120, 120), hsv(25 + v * 5, 200, 250));
    QRadialGradient sun(r.width() * 0.65, r.height() * 0.55, r.width() * 0.18);
    sun.setColorAt(0, QColor(255, 240, 200));
    sun.setColorAt(1, QColor(255, 170, 80, 0));
    p.setBrush(sun);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(r.width() * 0.65, r.height() * 0.55), r.width() * 0.18, r.width() * 0.18);
    p.setBrush(QColor(30, 20, 40));
    const int base = int(r.height() * 0.72);
    p.drawRect(0, base, r.width(), r.height() - base);
    for (int i = 0; i < 5; ++i) {
        const int w = r.width() / 6 + int(rng.bounded(r.width() / 10));
        const int x = i * r.width() / 5 - w / 4 + int(rng.bounded(30));
        const int h = r.height() / 8 + int(rng.bounded(r.height() / 8));
        p.drawRect(x, base - h, w, h);
        p.drawEllipse(QRectF(x + w * 0.15, base - h - w * 0.35, w * 0.7, w * 0.7));
        if (i % 2 == 0) // a minaret
            p.drawRect(x + w + 8, base - h * 2, w / 8, h * 2);
    }
}

void teaGlasses(QPainter &p, const QRect &r, QRandomGenerator &rng, int v)
{
    sky(p, r, hsv(20 + v * 3, 90, 90), hsv(30 + v * 3, 140, 50));
    p.setPen(Qt::NoPen);
    p.setBrush(hsv(35, 60, 150)); // a brass tray
    p.drawEllipse(QRectF(r.width() * 0.08, r.height() * 0.45, r.width() * 0.84, r.height() * 0.45));
    for (int i = 0; i < 3; ++i) {
        const qreal x = r.width() * (0.2 + i * 0.22) + rng.bounded(20);
        const qreal y = r.height() * 0.3;
        QPainterPath glass;
        glass.moveTo(x, y);
        glass.cubicTo(x + 40, y + 160, x - 20, y + 260, x + 30, y + 330);
        glass.lineTo(x + 150, y + 330);
        glass.cubicTo(x + 200, y + 260, x + 140, y + 160, x + 180, y);
        glass.closeSubpath();
        p.setBrush(QColor(170, 60 + v * 10 % 40, 20, 220)); // amber tea
        p.drawPath(glass);
        p.setBrush(QColor(255, 255, 255, 60)); // a highlight on the glass
        p.drawRect(QRectF(x + 30, y + 20, 14, 260));
        p.setBrush(QColor(250, 220, 120));
        p.drawRect(QRectF(x - 5, y - 12, 190, 14)); // gilded rim
    }
}

void ceramics(QPainter &p, const QRect &r, QRandomGenerator &rng, int v)
{
    sky(p, r, QColor(236, 230, 220), QColor(210, 200, 185));
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 4; ++i) {
        const qreal cx = r.width() * (0.18 + 0.22 * i);
        const qreal cy = r.height() * (0.45 + 0.12 * (i % 2));
        const qreal w = r.width() * 0.2;
        p.setBrush(hsv(200 + v * 17 + i * 25, 170, 170 + int(rng.bounded(60))));
        p.drawEllipse(QPointF(cx, cy), w / 2, w / 3);
        p.setBrush(QColor(250, 250, 245));
        p.drawEllipse(QPointF(cx, cy - w / 12), w / 2.6, w / 5);
        p.setPen(QPen(hsv(210 + i * 30, 200, 120), 6));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(cx, cy - w / 12), w / 4, w / 9); // painted pattern
        p.setPen(Qt::NoPen);
    }
}

void lanterns(QPainter &p, const QRect &r, QRandomGenerator &rng, int v)
{
    sky(p, r, QColor(15, 15, 35), QColor(45, 25, 40));
    for (int i = 0; i < 9; ++i) {
        const qreal x = r.width() * (0.08 + 0.1 * i) + rng.bounded(30);
        const qreal y = r.height() * (0.15 + 0.08 * (i % 4));
        QRadialGradient glow(x + 50, y + 90, 170);
        const QColor c = hsv(20 + v * 9 + i * 35, 200, 255);
        glow.setColorAt(0, QColor(c.red(), c.green(), c.blue(), 160));
        glow.setColorAt(1, QColor(c.red(), c.green(), c.blue(), 0));
        p.setPen(Qt::NoPen);
        p.setBrush(glow);
        p.drawEllipse(QPointF(x + 50, y + 90), 170, 170);
        p.setPen(QPen(QColor(200, 160, 80), 3));
        p.drawLine(QPointF(x + 50, 0), QPointF(x + 50, y));
        p.setBrush(c);
        p.drawRoundedRect(QRectF(x, y, 100, 170), 40, 40);
    }
}

void spices(QPainter &p, const QRect &r, QRandomGenerator &rng, int v)
{
    sky(p, r, QColor(90, 60, 40), QColor(60, 40, 25));
    const int hues[] = {10, 30, 45, 0, 90, 20};
    for (int i = 0; i < 6; ++i) {
        const qreal cx = r.width() * (0.2 + 0.3 * (i % 3));
        const qreal cy = r.height() * (0.33 + 0.36 * (i / 3));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(140, 110, 80));
        p.drawEllipse(QPointF(cx, cy + 40), 160, 90); // a bowl
        QPainterPath mound;
        mound.moveTo(cx - 150, cy + 40);
        mound.quadTo(cx, cy - 170 - rng.bounded(40), cx + 150, cy + 40);
        mound.closeSubpath();
        p.setBrush(hsv(hues[i] + v * 4, 220, 200 + int(rng.bounded(50))));
        p.drawPath(mound);
    }
}

void textiles(QPainter &p, const QRect &r, QRandomGenerator &rng, int v)
{
    const int stripe = r.width() / 12;
    for (int i = 0; i < 12; ++i) {
        p.fillRect(QRect(i * stripe, 0, stripe, r.height()),
                   hsv(340 + v * 11 + i * 23, 160 + int(rng.bounded(60)), 150 + (i % 3) * 40));
        for (int y = 0; y < r.height(); y += 90) // woven diamonds
        {
            QPolygonF d {QPointF(i * stripe + stripe / 2.0, y),
                         QPointF(i * stripe + stripe, y + 45),
                         QPointF(i * stripe + stripe / 2.0, y + 90), QPointF(i * stripe, y + 45)};
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(255, 255, 255, 50));
            p.drawPolygon(d);
        }
    }
}

} // namespace

QByteArray paint(Scene scene, int variant, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QRandomGenerator rng(quint32(variant * 7919 + int(scene)));
    const QRect r = image.rect();
    switch (scene) {
    case Scene::SunsetDomes:
        sunsetDomes(p, r, rng, variant);
        break;
    case Scene::TeaGlasses:
        teaGlasses(p, r, rng, variant);
        break;
    case Scene::Ceramics:
        ceramics(p, r, rng, variant);
        break;
    case Scene::Lanterns:
        lanterns(p, r, rng, variant);
        break;
    case Scene::Spices:
        spices(p, r, rng, variant);
        break;
    case Scene::Textiles:
        textiles(p, r, rng, variant);
        break;
    }
    // A soft vignette, as photos have.
    QRadialGradient vignette(r.center(), r.width() * 0.75);
    vignette.setColorAt(0.6, QColor(0, 0, 0, 0));
    vignette.setColorAt(1, QColor(0, 0, 0, 110));
    p.fillRect(r, vignette);
    p.end();
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 88);
    return out;
}

} // namespace Souk::Server::DemoPhotos
