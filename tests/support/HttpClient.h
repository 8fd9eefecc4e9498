#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace Souk::Test {

struct HttpReply
{
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json;

    QByteArray header(const QByteArray &name) const;
    //! The "code" of an error body, or empty.
    QString errorCode() const;
};

//! A blocking HTTP client over QNetworkAccessManager, for tests.
class HttpClient
{
public:
    HttpReply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                   const QByteArray &token = {}, const QByteArray &contentType = "application/json",
                   const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    HttpReply get(const QUrl &url, const QByteArray &token = {});
    HttpReply post(const QUrl &url, const QJsonObject &body, const QByteArray &token = {});
    HttpReply patch(const QUrl &url, const QJsonObject &body, const QByteArray &token = {});

private:
    QNetworkAccessManager m_nam;
};

QByteArray toJson(const QJsonObject &object);

} // namespace Souk::Test
