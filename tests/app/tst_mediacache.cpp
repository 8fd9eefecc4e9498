// Thumbnails come from the disk cache once fetched, without asking the server: they show
// offline, and a restart does not download them again. Nothing is fetched from anywhere but
// the account's server.
#include "ApiFixture.h"
#include "MediaCache.h"
#include "TestImages.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Souk::Test;

class MediaCacheTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imagesAreServedFromTheDiskCacheOffline();
    void foreignOriginsAreRefusedWithoutARequest();

private:
    struct Fetched
    {
        int status = 0;
        bool fromCache = false;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };
    //! A real HTTP listener on a free port that answers every request with a tiny image and
    //! counts the connections it was asked on.
    class Listener : public QTcpServer
    {
    public:
        Listener()
        {
            QVERIFY(listen(QHostAddress::LocalHost, 0));
            connect(this, &QTcpServer::newConnection, this, [this] {
                while (QTcpSocket *s = nextPendingConnection()) {
                    ++connections;
                    connect(s, &QTcpSocket::readyRead, s, [s] {
                        if (!s->readAll().contains("\r\n\r\n"))
                            return;
                        s->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n"
                                 "Content-Length: 2\r\nConnection: close\r\n\r\nok");
                        s->disconnectFromHost();
                    });
                    connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                }
            });
        }
        QUrl url(const QString &host, const QString &path) const
        {
            return QUrl(u"http://%1:%2%3"_s.arg(host).arg(serverPort()).arg(path));
        }
        int connections = 0;
    };
    static Fetched fetch(QNetworkAccessManager &nam, const QUrl &url)
    {
        QNetworkReply *reply = nam.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        Fetched f {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                   reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool(),
                   reply->readAll(), reply->error()};
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
    Souk::App::MediaOrigin origin;
    origin.setServer(server.url(u"/"_s));

    Fetched first;
    {
        Souk::App::MediaNetworkAccessManager nam(cacheDir.path(), 10 * 1024 * 1024, origin);
        first = fetch(nam, thumb);
        QCOMPARE(first.status, 200);
        QVERIFY(!first.fromCache);
        const Fetched second = fetch(nam, thumb);
        QVERIFY(second.fromCache); // no round trip
        QCOMPARE(second.body, first.body);
    }
    QVERIFY(server.stop()); // offline now

    // A new manager (the app restarted) over the same directory.
    Souk::App::MediaNetworkAccessManager nam(cacheDir.path(), 10 * 1024 * 1024, origin);
    const Fetched offline = fetch(nam, thumb);
    QVERIFY(offline.fromCache);
    QCOMPARE(offline.body, first.body);
    // Something never fetched is not invented.
    QUrl other = thumb;
    other.setQuery(u"size=large"_s);
    QCOMPARE(fetch(nam, other).status, 0);
}

void MediaCacheTest::foreignOriginsAreRefusedWithoutARequest()
{
    Listener account, elsewhere;
    QTemporaryDir cacheDir;
    Souk::App::MediaOrigin origin;
    Souk::App::MediaNetworkAccessManager nam(cacheDir.path(), 10 * 1024 * 1024, origin);

    // Signed out: nothing at all.
    const QUrl own = account.url(u"127.0.0.1"_s, u"/media/abc?size=thumb"_s);
    QCOMPARE(fetch(nam, own).error, QNetworkReply::ContentAccessDenied);
    QCOMPARE(account.connections, 0);

    origin.setServer(account.url(u"127.0.0.1"_s, u"/"_s));
    const Fetched allowed = fetch(nam, own);
    QCOMPARE(allowed.status, 200);
    QCOMPARE(allowed.body, QByteArray("ok"));
    QCOMPARE(account.connections, 1);

    // Another port, another host name for the same machine, another scheme: each is another
    // origin, and none is asked.
    const QList<QUrl> foreign {
        elsewhere.url(u"127.0.0.1"_s, u"/media/abc"_s),
        elsewhere.url(u"127.0.0.1"_s, u"/pixel.png?reader=ann"_s),
        account.url(u"localhost"_s, u"/media/abc"_s),
        QUrl(u"https://127.0.0.1:%1/media/abc"_s.arg(account.serverPort())),
        QUrl(u"ftp://127.0.0.1:%1/x"_s.arg(elsewhere.serverPort())),
    };
    for (const QUrl &url : foreign) {
        const Fetched refused = fetch(nam, url);
        QCOMPARE(refused.error, QNetworkReply::ContentAccessDenied);
        QCOMPARE(refused.status, 0);
    }
    QTest::qWait(200); // a connection attempt would have arrived by now
    QCOMPARE(elsewhere.connections, 0);
    QCOMPARE(account.connections, 1);
}

QTEST_MAIN(MediaCacheTest)
#include "tst_mediacache.moc"
