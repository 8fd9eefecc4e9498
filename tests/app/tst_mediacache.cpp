// Thumbnails come from the disk cache once fetched, without asking the server: they show
// offline, and a restart does not download them again.
#include "ApiFixture.h"
#include "MediaCache.h"
#include "TestImages.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Souk::Test;

class MediaCacheTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imagesAreServedFromTheDiskCacheOffline();

private:
    struct Fetched
    {
        int status = 0;
        bool fromCache = false;
        QByteArray body;
    };
    static Fetched fetch(QNetworkAccessManager &nam, const QUrl &url)
    {
        QNetworkReply *reply = nam.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        Fetched f {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                   reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool(),
                   reply->readAll()};
        reply->deleteLater();
        return f;
    }
};

void MediaCacheTest::imagesAreServedFromTheDiskCacheOffline()
{
    ServerProcess server(relaxedLimits());
    QVERIFY2(server.start(), qPrintable(server.error()));
    HttpClient http;
    const Account ann = registerAccount(http, server, u"ann"_s);
    const HttpReply uploaded =
        http.send("POST", server.url(u"/api/v1/media"_s), Images::make(400, 300, "jpeg", 1),
                  ann.accessToken, "image/jpeg");
    QCOMPARE(uploaded.status, 201);
    const QUrl thumb = server.url(uploaded.json.value(u"thumb_url"_s).toString());
    QTemporaryDir cacheDir;

    Fetched first;
    {
        Souk::App::MediaNetworkAccessManager nam(cacheDir.path(), 10 * 1024 * 1024);
        first = fetch(nam, thumb);
        QCOMPARE(first.status, 200);
        QVERIFY(!first.fromCache);
        const Fetched second = fetch(nam, thumb);
        QVERIFY(second.fromCache); // no round trip
        QCOMPARE(second.body, first.body);
    }
    QVERIFY(server.stop()); // offline now

    // A new manager (the app restarted) over the same directory.
    Souk::App::MediaNetworkAccessManager nam(cacheDir.path(), 10 * 1024 * 1024);
    const Fetched offline = fetch(nam, thumb);
    QVERIFY(offline.fromCache);
    QCOMPARE(offline.body, first.body);
    // Something never fetched is not invented.
    QUrl other = thumb;
    other.setQuery(u"size=large"_s);
    QCOMPARE(fetch(nam, other).status, 0);
}

QTEST_MAIN(MediaCacheTest)
#include "tst_mediacache.moc"
