#include "HttpTypes.h"

#include <algorithm>

#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Souk::Server {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpRequest::bearerToken() const
{
    const QByteArray value = header("authorization").trimmed();
    constexpr QByteArrayView prefix("bearer ");
    if (value.size() <= prefix.size()
        || value.left(prefix.size()).compare(prefix, Qt::CaseInsensitive) != 0)
        return {};
    return value.mid(prefix.size()).trimmed();
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(int status, const QByteArray &compactJson)
{
    return HttpResponse {status, "application/json", compactJson, {}};
}

HttpResponse HttpResponse::error(const Error &error)
{
    return json(error.status, error.toJson());
}

HttpResponse HttpResponse::noContent()
{
    return HttpResponse {204, {}, {}, {}};
}

HttpResponse HttpResponse::text(int status, const QByteArray &contentType, const QByteArray &body)
{
    return HttpResponse {status, contentType, body, {}};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QByteArray serializeResponse(const HttpResponse &response, const QByteArray &requestId, bool close,
                             bool omitBody)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    if (response.status != 204 && response.status != 304)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "X-Request-Id: " + requestId + "\r\n";
    // API answers are private and change: never cached, unless the handler says otherwise.
    const bool cacheable = std::any_of(response.headers.cbegin(), response.headers.cend(),
                                       [](const auto &h) { return h.first == "Cache-Control"; });
    if (!cacheable)
        out += "Cache-Control: no-store\r\n";
    out += "X-Content-Type-Options: nosniff\r\n";
    for (const auto &[key, value] : response.headers)
        out += key + ": " + value + "\r\n";
    out += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    if (!omitBody)
        out += response.body;
    return out;
}

QByteArray newRequestId()
{
    const quint64 value = QRandomGenerator::global()->generate64();
    return QByteArray::number(value, 16).rightJustified(16, '0');
}

QByteArray acceptRequestId(const QByteArray &fromClient)
{
    if (fromClient.isEmpty() || fromClient.size() > 64)
        return newRequestId();
    for (const char c : fromClient) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        if (!plain)
            return newRequestId();
    }
    return fromClient;
}

} // namespace Souk::Server
