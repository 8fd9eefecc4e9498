#pragma once

#include <QNetworkAccessManager>
#include <QQmlNetworkAccessManagerFactory>
#include <QString>

namespace Souk::App {

//! The network access for QML (images): a disk cache, and images under /media/ taken from it
//! whenever it has them, without asking the server. Their URLs name immutable content (the
//! server says so), so a cached copy is never stale, and thumbnails show offline.
class MediaNetworkAccessManager : public QNetworkAccessManager
{
public:
    MediaNetworkAccessManager(const QString &cacheDirectory, qint64 maximumBytes,
                              QObject *parent = nullptr);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;
};

class MediaCacheFactory : public QQmlNetworkAccessManagerFactory
{
public:
    static constexpr qint64 DefaultMaximumBytes = 256LL * 1024 * 1024;

    explicit MediaCacheFactory(QString cacheDirectory, qint64 maximumBytes = DefaultMaximumBytes)
        : m_directory(std::move(cacheDirectory))
        , m_maximumBytes(maximumBytes)
    { }
    QNetworkAccessManager *create(QObject *parent) override;

private:
    QString m_directory;
    qint64 m_maximumBytes;
};

} // namespace Souk::App
