#pragma once

#include "Error.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace Souk::Server {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

//! A request as the handlers see it: copied out of QHttpServerRequest (which cannot be copied
//! or moved to a worker thread) together with what routing and authentication found.
struct HttpRequest
{
    QByteArray requestId;
    QByteArray method; // upper case, HEAD already mapped to GET for routing
    bool isHead = false;
    QString path;
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QHostAddress remoteAddress;
    QHash<QString, QString> params; // route placeholders, percent-decoded
    //! Tokens::hash() of bearerToken(), once the HTTP thread has taken it for the rate limit;
    //! empty until then, and when there is no token.
    QByteArray tokenHash;

    //! First header of that name, compared case-insensitively.
    QByteArray header(const QByteArray &name) const;
    //! The token of an "Authorization: Bearer <token>" header, or empty.
    QByteArray bearerToken() const;
};

//! What a handler answers; ApiServer adds the shared headers and serializes it.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    HeaderList headers;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QByteArray &compactJson);
    static HttpResponse error(const Error &error);
    static HttpResponse noContent();
    static HttpResponse text(int status, const QByteArray &contentType, const QByteArray &body);
};

QByteArray reasonPhrase(int status);

//! Serializes a complete HTTP/1.1 response. `close` adds "Connection: close"; `omitBody` is for
//! HEAD, where the headers (with the body's length) are sent but not the body.
QByteArray serializeResponse(const HttpResponse &response, const QByteArray &requestId, bool close,
                             bool omitBody);

//! A fresh request id (16 hex characters), used where the client did not send a usable one.
QByteArray newRequestId();
//! The client's X-Request-Id if it is short and plain, otherwise a fresh one.
QByteArray acceptRequestId(const QByteArray &fromClient);

} // namespace Souk::Server
