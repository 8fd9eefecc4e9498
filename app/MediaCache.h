#pragma once

#include <QMutex>
#include <QNetworkAccessManager>
#include <QQmlNetworkAccessManagerFactory>
#include <QString>
#include <QUrl>

namespace Souk::App {

//! The one origin (scheme, host, port) QML may load from over the network: the signed-in
//! account's server. Empty when no account is open, and then nothing loads. Set from the GUI
//! thread, read by the managers of the engine's threads (images load on their own thread).
class MediaOrigin
{
public:
    //! Takes the origin of `server`; an empty or invalid URL allows nothing.
    void setServer(const QUrl &server);
    bool allows(const QUrl &url) const;

private:
    mutable QMutex m_mutex;
    QUrl m_origin;
};

//! The network access for QML (images): a disk cache, and images under /media/ taken from it
//! whenever it has them, without asking the server. Their URLs name immutable content (the
//! server says so), so a cached copy is never stale, and thumbnails show offline.
//! Anything not from the account's server is refused before any request: a URL chosen by
//! another user would tell them the reader's address and when they read
//! (docs/decisions/0013).
class MediaNetworkAccessManager : public QNetworkAccessManager
{
public:
    MediaNetworkAccessManager(const QString &cacheDirectory, qint64 maximumBytes,
                              const MediaOrigin &origin, QObject *parent = nullptr);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    const MediaOrigin &m_origin;
};

class MediaCacheFactory : public QQmlNetworkAccessManagerFactory
{
public:
    static constexpr qint64 DefaultMaximumBytes = 256LL * 1024 * 1024;

    MediaCacheFactory(QString cacheDirectory, const MediaOrigin &origin,
                      qint64 maximumBytes = DefaultMaximumBytes)
        : m_directory(std::move(cacheDirectory))
        , m_origin(origin)
        , m_maximumBytes(maximumBytes)
    { }
    QNetworkAccessManager *create(QObject *parent) override;

private:
    QString m_directory;
    const MediaOrigin &m_origin;
    qint64 m_maximumBytes;
};

} // namespace Souk::App
