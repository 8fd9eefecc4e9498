#include "LocalData.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Souk::App {

LocalData::LocalData(QObject *parent)
    : QObject(parent)
{ }

LocalData::~LocalData()
{
    close();
}

Result<Ok> LocalData::open(const QString &databasePath, const QString &userId, const QUrl &server)
{
    close();
    m_connection = u"souk-read-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(databasePath);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"_s);
    if (!db.open())
        return Error {500,
                      u"local_database_error"_s,
                      tr("The local database cannot be read: %1").arg(db.lastError().text()),
                      {}};
    m_queries = std::make_unique<Sync::SocialQueries>(db, userId);
    m_chat = std::make_unique<Sync::ChatQueries>(db, userId);
    m_commerce = std::make_unique<Sync::CommerceQueries>(db, userId);
    m_moderation = std::make_unique<Sync::ModerationQueries>(db, userId);
    m_mediaDir = databasePath + u".media"_s;
    m_userId = userId;
    m_server = server;
    Q_EMIT openedChanged();
    Q_EMIT changed({});
    return Ok {};
}

void LocalData::close()
{
    if (m_connection.isEmpty())
        return;
    m_queries.reset();
    m_chat.reset();
    m_commerce.reset();
    m_moderation.reset();
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(std::exchange(m_connection, {}));
    m_userId.clear();
    m_accessToken.clear();
    Q_EMIT openedChanged();
    Q_EMIT changed({});
}

QUrl LocalData::mediaUrl(const QVariantMap &media, const QString &size) const
{
    return mediaUrl(QJsonObject::fromVariantMap(media), size);
}

QUrl LocalData::mediaUrl(const QJsonObject &media, const QString &size) const
{
    // Ids and hashes come from other users' rows: only letters, digits and dashes, so neither
    // the file name nor the URL path can point anywhere else ("../", "?", "#").
    static const QRegularExpression safe(u"^[0-9A-Za-z-]{1,128}$"_s);
    const QString id = media.value(u"id"_s).toString();
    if (!safe.match(id).hasMatch())
        return {};
    const QString local = m_mediaDir + u'/' + id;
    if (QFileInfo::exists(local))
        return QUrl::fromLocalFile(local);
    // Served by the stored bytes' hash, or by the upload id when the row does not have it yet.
    QString sha = media.value(u"sha256"_s).toString();
    if (!sha.isEmpty() && !safe.match(sha).hasMatch())
        sha.clear();
    QUrl url = m_server;
    url.setPath(u"/media/"_s + (sha.isEmpty() ? id : sha));
    if (!size.isEmpty())
        url.setQuery(u"size="_s + size);
    return url;
}

QNetworkRequest LocalData::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_server;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    request.setTransferTimeout(15'000);
    return request;
}

void LocalData::get(const QString &path, const QUrlQuery &query,
                    std::function<void(int, const QJsonObject &)> done)
{
    answer(m_nam.get(request(path, query)), std::move(done));
}

void LocalData::download(const QString &path,
                         std::function<void(int, const QByteArray &, const QByteArray &)> done)
{
    QNetworkReply *reply = m_nam.get(request(path));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
             reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
    });
}

void LocalData::post(const QString &path, const QByteArray &contentType, const QByteArray &body,
                     std::function<void(int, const QJsonObject &)> done)
{
    send("POST", path, contentType, body, std::move(done));
}

void LocalData::send(const QByteArray &method, const QString &path, const QByteArray &contentType,
                     const QByteArray &body, std::function<void(int, const QJsonObject &)> done)
{
    QNetworkRequest r = request(path);
    r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    answer(m_nam.sendCustomRequest(r, method, body), std::move(done));
}

void LocalData::answer(QNetworkReply *reply, std::function<void(int, const QJsonObject &)> done)
{
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             QJsonDocument::fromJson(reply->readAll()).object());
    });
}

} // namespace Souk::App
