#include "MediaCache.h"

#include <QMutexLocker>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Souk::App {

namespace {

//! A reply that fails with ContentAccessDenied without touching the network.
class RefusedReply : public QNetworkReply
{
public:
    RefusedReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                 QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        setError(ContentAccessDenied, u"Not loaded: only the account's server is asked"_s);
        open(QIODevice::ReadOnly);
        setFinished(true);
        // Signals after the caller has connected to them, as for any reply.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT errorOccurred(ContentAccessDenied);
            Q_EMIT finished();
        });
    }
    void abort() override { }
    qint64 bytesAvailable() const override { return 0; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

QUrl originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host().toLower());
    origin.setPort(url.port(url.scheme().toLower() == u"https"_s ? 443 : 80));
    return origin;
}

} // namespace

void MediaOrigin::setServer(const QUrl &server)
{
    const QMutexLocker lock(&m_mutex);
    m_origin = server.isValid() && !server.host().isEmpty() ? originOf(server) : QUrl();
}

bool MediaOrigin::allows(const QUrl &url) const
{
    // Nothing local goes over the network (files, resources, inline data).
    const QString scheme = url.scheme().toLower();
    // A file URL with a host is a network share (UNC): network all the same.
    if (scheme == u"file"_s)
        return url.host().isEmpty();
    if (scheme == u"qrc"_s || scheme == u"data"_s)
        return true;
    if (scheme != u"http"_s && scheme != u"https"_s)
        return false;
    const QMutexLocker lock(&m_mutex);
    return !m_origin.isEmpty() && originOf(url) == m_origin;
}

MediaNetworkAccessManager::MediaNetworkAccessManager(const QString &cacheDirectory,
                                                     qint64 maximumBytes, const MediaOrigin &origin,
                                                     QObject *parent)
    : QNetworkAccessManager(parent)
    , m_origin(origin)
{
    auto *cache = new QNetworkDiskCache(this);
    cache->setCacheDirectory(cacheDirectory);
    cache->setMaximumCacheSize(maximumBytes);
    setCache(cache);
    // A redirect is not a new request here: it must not lead anywhere else either.
    setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

QNetworkReply *MediaNetworkAccessManager::createRequest(Operation op,
                                                        const QNetworkRequest &request,
                                                        QIODevice *outgoingData)
{
    if (!m_origin.allows(request.url()))
        return new RefusedReply(op, request, this);
    if (op == GetOperation && request.url().path().startsWith(u"/media/"_s)) {
        QNetworkRequest cached(request);
        cached.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                            QNetworkRequest::PreferCache);
        return QNetworkAccessManager::createRequest(op, cached, outgoingData);
    }
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

QNetworkAccessManager *MediaCacheFactory::create(QObject *parent)
{
    // One per QML engine thread (image loading runs on its own); they share the directory,
    // which QNetworkDiskCache supports (files are written whole and renamed into place), and
    // the origin, which locks.
    return new MediaNetworkAccessManager(m_directory, m_maximumBytes, m_origin, parent);
}

} // namespace Souk::App
