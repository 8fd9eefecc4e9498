#include "HttpClient.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
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

namespace {

//! With SOUK_API_RECORD set to a directory, every exchange is appended as one JSON line to
//! <directory>/<test binary>.jsonl (emptied by the process's first exchange), for
//! tests/contract/validate.mjs to check each answer against docs/api/openapi.yaml.
void record(const QByteArray &method, const QUrl &url, const HttpReply &reply)
{
    static const QString directory = qEnvironmentVariable("SOUK_API_RECORD");
    if (directory.isEmpty() || reply.status == 0)
        return;
    static QMutex mutex;
    static bool started = false;
    const QMutexLocker lock(&mutex);
    QDir().mkpath(directory);
    QFile file(directory + u'/' + QCoreApplication::applicationName() + u".jsonl"_s);
    if (!file.open(started ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate)) {
        qWarning("SOUK_API_RECORD: cannot write %s", qPrintable(file.fileName()));
        return;
    }
    started = true;
    QJsonObject line {{u"method"_s, QString::fromLatin1(method)},
                      {u"path"_s, url.path()},
                      {u"query"_s, url.query(QUrl::FullyEncoded)},
                      {u"status"_s, reply.status},
                      {u"content_type"_s, QString::fromLatin1(reply.header("Content-Type"))},
                      {u"body_bytes"_s, reply.body.size()}};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    if (error.error == QJsonParseError::NoError)
        line.insert(u"body"_s,
                    document.isArray() ? QJsonValue(document.array())
                                       : QJsonValue(document.object()));
    file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace

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
    record(method, url, result);
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
