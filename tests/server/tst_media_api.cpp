// The media pipeline against the real server: type sniffing, size limits, pixel bombs,
// truncated files, metadata stripping, content addressing, thumbnails and HTTP caching.
#include "SyncHarness.h"
#include "TestImages.h"

#include <QDirIterator>
#include <QImage>

using namespace Qt::StringLiterals;
using namespace Souk::Test;

class MediaApiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void uploadAnswersWithTheStoredImage();
    void identicalUploadsAreStoredOnce();
    void refusals_data();
    void refusals();
    void exifIsStripped();
    void webpIsAccepted();
    void thumbnailsAreAtMost320And1080Wide();
    void servingIsCacheable();
    void servingRefusals_data();
    void servingRefusals();
    void uploadNeedsAToken();

private:
    HttpReply upload(const QByteArray &bytes, const QByteArray &token = {});
    QStringList storedFiles() const;

    std::unique_ptr<SyncHarness> m_h;
    Account m_ann;
    QString m_sha;
};

namespace {
constexpr int MediaLimit = 300 * 1024;
}

void MediaApiTest::initTestCase()
{
    // A small limit, so "oversize" needs only a few hundred kilobytes.
    m_h = std::make_unique<SyncHarness>(relaxedLimits()
                                        << u"--max-media-bytes"_s << QString::number(MediaLimit));
    QVERIFY2(m_h->startServer(), qPrintable(m_h->server().error()));
    m_ann = m_h->account(u"ann"_s);
}

HttpReply MediaApiTest::upload(const QByteArray &bytes, const QByteArray &token)
{
    return m_h->http().send("POST", m_h->server().url(u"/api/v1/media"_s), bytes,
                            token.isNull() ? m_ann.accessToken : token, "application/octet-stream");
}

QStringList MediaApiTest::storedFiles() const
{
    QStringList files;
    QDirIterator it(m_h->server().dataDir() + u"/media"_s, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

void MediaApiTest::uploadAnswersWithTheStoredImage()
{
    const QByteArray png = Images::make(640, 480, "png", 1);
    const HttpReply reply = upload(png);
    QVERIFY2(reply.status == 201, reply.body.constData());
    QCOMPARE(reply.json.value(u"width"_s).toInt(), 640);
    QCOMPARE(reply.json.value(u"height"_s).toInt(), 480);
    m_sha = reply.json.value(u"sha256"_s).toString();
    QCOMPARE(m_sha.size(), 64);
    QCOMPARE(
        reply.json.value(u"id"_s).toString(),
        QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(reply.json.value(u"url"_s).toString(), u"/media/"_s + m_sha);
    QCOMPARE(reply.json.value(u"thumb_url"_s).toString(), u"/media/"_s + m_sha + u"?size=thumb"_s);
    // The stored bytes hash to the advertised sha256.
    const HttpReply stored = m_h->http().get(m_h->server().url(u"/media/"_s + m_sha));
    QCOMPARE(stored.status, 200);
    QCOMPARE(QString::fromLatin1(
                 QCryptographicHash::hash(stored.body, QCryptographicHash::Sha256).toHex()),
             m_sha);
    QCOMPARE(QImage::fromData(stored.body).size(), QSize(640, 480));
}

void MediaApiTest::identicalUploadsAreStoredOnce()
{
    const QByteArray jpeg = Images::make(800, 600, "jpeg", 2);
    const HttpReply first = upload(jpeg);
    QCOMPARE(first.status, 201);
    const QStringList filesAfterFirst = storedFiles();
    const QVariant rowsAfterFirst =
        queryValue(m_h->server().databasePath(), u"SELECT COUNT(*) FROM media"_s);
    const HttpReply again = upload(jpeg);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json, first.json);
    QCOMPARE(storedFiles(), filesAfterFirst);
    QCOMPARE(queryValue(m_h->server().databasePath(), u"SELECT COUNT(*) FROM media"_s),
             rowsAfterFirst);
    // Three files per image: the original and two thumbnails.
    QCOMPARE(storedFiles().filter(first.json.value(u"sha256"_s).toString()).size(), 3);
}

void MediaApiTest::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray jpeg = Images::make(400, 300, "jpeg", 5);
    QTest::newRow("truncated jpeg") << jpeg.left(jpeg.size() / 2) << 422 << u"corrupt_image"_s;
    const QByteArray png = Images::make(400, 300, "png", 6);
    QTest::newRow("truncated png") << png.left(png.size() / 2) << 422 << u"corrupt_image"_s;
    QTest::newRow("text named .png")
        << QByteArray("hello, I am not a picture\n") << 415 << u"unsupported_media_type"_s;
    QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 14) << 415
                         << u"unsupported_media_type"_s;
    QTest::newRow("pixel bomb") << Images::pngClaiming(50000, 50000) << 422 << u"too_many_pixels"_s;
    QTest::newRow("empty body") << QByteArray() << 400 << u"empty_body"_s;
    QTest::newRow("oversize") << QByteArray(MediaLimit + 1, '\xFF') << 413 << u"body_too_large"_s;
}

void MediaApiTest::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QStringList files = storedFiles();
    const QStringList before = databaseSnapshot(m_h->server().databasePath());
    const HttpReply reply = upload(bytes);
    QVERIFY2(reply.status == status, reply.body.constData());
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(storedFiles(), files);
    QCOMPARE(databaseSnapshot(m_h->server().databasePath()), before);
}

void MediaApiTest::exifIsStripped()
{
    const QByteArray withExif = Images::jpegWithExif(320, 240);
    QVERIFY(withExif.contains("GPSLatitude"));
    QVERIFY(!QImage::fromData(withExif).isNull()); // a readable JPEG with its metadata
    const HttpReply reply = upload(withExif);
    QVERIFY2(reply.status == 201, reply.body.constData());
    const QString sha = reply.json.value(u"sha256"_s).toString();
    // Checked on the bytes as stored on disk, for the original and both thumbnails.
    const QStringList files = storedFiles().filter(sha);
    QCOMPARE(files.size(), 3);
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY2(!stored.contains("GPSLatitude"), qPrintable(path));
        QVERIFY2(!stored.contains("SoukCam"), qPrintable(path));
        QVERIFY2(!stored.contains("Exif"), qPrintable(path));
    }
}

void MediaApiTest::webpIsAccepted()
{
    const QByteArray webp = Images::make(300, 200, "webp", 7);
    if (webp.isEmpty())
        QSKIP("Qt's WebP plugin (qt6-image-formats-plugins) is not installed");
    const HttpReply reply = upload(webp);
    QVERIFY2(reply.status == 201, reply.body.constData());
    QCOMPARE(reply.json.value(u"width"_s).toInt(), 300);
}

void MediaApiTest::thumbnailsAreAtMost320And1080Wide()
{
    const HttpReply reply = upload(Images::make(2000, 1000, "jpeg", 8));
    QCOMPARE(reply.status, 201);
    const QString url = reply.json.value(u"url"_s).toString();
    const QImage thumb =
        QImage::fromData(m_h->http().get(m_h->server().url(url + u"?size=thumb"_s)).body);
    QCOMPARE(thumb.size(), QSize(320, 160));
    const QImage large =
        QImage::fromData(m_h->http().get(m_h->server().url(url + u"?size=large"_s)).body);
    QCOMPARE(large.size(), QSize(1080, 540));
    const QImage full = QImage::fromData(m_h->http().get(m_h->server().url(url)).body);
    QCOMPARE(full.size(), QSize(2000, 1000));
    // By the upload id too (what a client knows before its upload is answered).
    const HttpReply byId = m_h->http().get(
        m_h->server().url(u"/media/"_s + reply.json.value(u"id"_s).toString() + u"?size=thumb"_s));
    QCOMPARE(QImage::fromData(byId.body).size(), QSize(320, 160));
}

void MediaApiTest::servingIsCacheable()
{
    QVERIFY(!m_sha.isEmpty());
    const QUrl url = m_h->server().url(u"/media/"_s + m_sha + u"?size=thumb"_s);
    const HttpReply first = m_h->http().get(url);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("Content-Type"), QByteArray("image/jpeg"));
    QVERIFY(first.header("Cache-Control").contains("immutable"));
    const QByteArray etag = first.header("ETag");
    QVERIFY(!etag.isEmpty());
    const HttpReply again = m_h->http().send("GET", url, {}, {}, {}, {{"If-None-Match", etag}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    // The full image has its own tag.
    const HttpReply full = m_h->http().send("GET", m_h->server().url(u"/media/"_s + m_sha), {}, {},
                                            {}, {{"If-None-Match", etag}});
    QCOMPARE(full.status, 200);
    QVERIFY(full.header("ETag") != etag);
}

void MediaApiTest::servingRefusals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown image")
        << u"/media/"_s + QString(64, u'a') << 404 << u"media_not_found"_s;
    QTest::newRow("not a digest") << u"/media/souk.db"_s << 404 << u"media_not_found"_s;
    QTest::newRow("path traversal") << u"/media/..%2Fsouk.db"_s << 404 << u"route_not_found"_s;
    QTest::newRow("unknown size") << u"/media/%1?size=huge"_s << 400 << u"invalid_size"_s;
    QTest::newRow("unknown parameter") << u"/media/%1?w=10"_s << 400 << u"unknown_parameter"_s;
}

void MediaApiTest::servingRefusals()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpReply reply =
        m_h->http().get(m_h->server().url(path.contains(u"%1"_s) ? path.arg(m_sha) : path));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
}

void MediaApiTest::uploadNeedsAToken()
{
    const QStringList files = storedFiles();
    const HttpReply reply = upload(Images::make(100, 100, "png", 9), QByteArray(""));
    QCOMPARE(reply.status, 401);
    QCOMPARE(storedFiles(), files);
}

QTEST_MAIN(MediaApiTest)
#include "tst_media_api.moc"
