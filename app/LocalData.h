#pragma once

#include "ChatQueries.h"
#include "CommerceQueries.h"
#include "ModerationQueries.h"
#include "SocialQueries.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace Souk::App {

//! What the screens read: the open account's local database through a read-only connection
//! of the GUI thread (the sync engine writes through its own, on its thread; WAL lets both
//! work at once), image URLs, and the few server reads for data that is not synced.
class LocalData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SessionController")
    Q_PROPERTY(QString userId READ userId NOTIFY openedChanged)

public:
    explicit LocalData(QObject *parent = nullptr);
    ~LocalData() override;

    //! Opens the account's database (created by its engine) for reading.
    Result<Ok> open(const QString &databasePath, const QString &userId, const QUrl &server);
    void close();
    void setAccessToken(const QByteArray &token) { m_accessToken = token; }

    //! nullptr while no account is open.
    Sync::SocialQueries *queries() const { return m_queries.get(); }
    Sync::ChatQueries *chat() const { return m_chat.get(); }
    Sync::CommerceQueries *commerce() const { return m_commerce.get(); }
    Sync::ModerationQueries *moderation() const { return m_moderation.get(); }
    QString userId() const { return m_userId; }
    QUrl server() const { return m_server; }

    //! Where to load an image from: this device's queued copy when it has one (a post not yet
    //! uploaded), else the server's (cached on disk by the app's network factory).
    //! `media` is {id, sha256?}; size is "thumb", "large" or "" (the original).
    Q_INVOKABLE QUrl mediaUrl(const QVariantMap &media, const QString &size) const;
    QUrl mediaUrl(const QJsonObject &media, const QString &size) const;

    //! A GET of the API for what is not synced (other users' profiles, explore, server search).
    //! `done` gets the status (0: no answer) and the JSON body.
    void get(const QString &path, const QUrlQuery &query,
             std::function<void(int, const QJsonObject &)> done);
    //! A POST for the few writes that are not mutations (uploading a document, applying for a
    //! shop): they need the server and say so when it is not reachable.
    void post(const QString &path, const QByteArray &contentType, const QByteArray &body,
              std::function<void(int, const QJsonObject &)> done);
    //! The raw bytes of a private file (a shop request's document), with its content type.
    void download(const QString &path,
                  std::function<void(int, const QByteArray &, const QByteArray &)> done);
    //! The same with another method (PATCH for an admin's role change).
    void send(const QByteArray &method, const QString &path, const QByteArray &contentType,
              const QByteArray &body, std::function<void(int, const QJsonObject &)> done);

    //! Called by the session when the engine changed rows; models reload on `changed`.
    void notifyChanged(const QStringList &tables) { Q_EMIT changed(tables); }

Q_SIGNALS:
    void changed(const QStringList &tables);
    void openedChanged();

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const;
    void answer(QNetworkReply *reply, std::function<void(int, const QJsonObject &)> done);

    QString m_connection;
    QString m_mediaDir;
    QString m_userId;
    QUrl m_server;
    QByteArray m_accessToken;
    std::unique_ptr<Sync::SocialQueries> m_queries;
    std::unique_ptr<Sync::ChatQueries> m_chat;
    std::unique_ptr<Sync::CommerceQueries> m_commerce;
    std::unique_ptr<Sync::ModerationQueries> m_moderation;
    QNetworkAccessManager m_nam;
};

} // namespace Souk::App
