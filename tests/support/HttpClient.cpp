#include "HttpClient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Souk::Test {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpReply::errorCode() const
{
    return json.value(u"error"_s).toObject().value(u"code"_s).toString();
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpReply HttpClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                           const QByteArray &token, const QByteArray &contentType,
                           const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty() && !contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[key, value] : extraHeaders)
        request.setRawHeader(key, value);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    // QNetworkAccessManager only knows that HEAD answers carry no body when asked via head().
    QNetworkReply *reply =
        method == "HEAD" ? m_nam.head(request) : m_nam.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();

    HttpReply result;
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

HttpReply HttpClient::get(const QUrl &url, const QByteArray &token)
{
    return send("GET", url, {}, token);
}

HttpReply HttpClient::post(const QUrl &url, const QJsonObject &body, const QByteArray &token)
{
    return send("POST", url, toJson(body), token);
}

HttpReply HttpClient::patch(const QUrl &url, const QJsonObject &body, const QByteArray &token)
{
    return send("PATCH", url, toJson(body), token);
}

} // namespace Souk::Test
