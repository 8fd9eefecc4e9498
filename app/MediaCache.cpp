#include "MediaCache.h"

#include <QNetworkDiskCache>

using namespace Qt::StringLiterals;

namespace Souk::App {

MediaNetworkAccessManager::MediaNetworkAccessManager(const QString &cacheDirectory,
                                                     qint64 maximumBytes, QObject *parent)
    : QNetworkAccessManager(parent)
{
    auto *cache = new QNetworkDiskCache(this);
    cache->setCacheDirectory(cacheDirectory);
    cache->setMaximumCacheSize(maximumBytes);
    setCache(cache);
}

QNetworkReply *MediaNetworkAccessManager::createRequest(Operation op,
                                                        const QNetworkRequest &request,
                                                        QIODevice *outgoingData)
{
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
    // which QNetworkDiskCache supports (files are written whole and renamed into place).
    return new MediaNetworkAccessManager(m_directory, m_maximumBytes, parent);
}

} // namespace Souk::App
