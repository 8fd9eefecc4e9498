#include "Responses.h"

#include "ApiContext.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Souk::Server {

Error checkParameters(const QUrlQuery &query, const QStringList &allowed,
                      const QStringList &repeatable)
{
    QStringList seen;
    for (const auto &item : query.queryItems()) {
        if (!allowed.contains(item.first))
            return Error::badRequest(
                u"unknown_parameter"_s,
                u"The parameter \"%1\" is not accepted here."_s.arg(item.first), item.first);
        // Given twice, which one counts would be a guess: refused like an unknown one.
        if (seen.contains(item.first) && !repeatable.contains(item.first))
            return Error::badRequest(
                u"repeated_parameter"_s,
                u"The parameter \"%1\" is given more than once."_s.arg(item.first), item.first);
        seen << item.first;
    }
    return {};
}

HttpResponse tooManyRequests(const RateLimiter::Decision &decision, const QString &message)
{
    HttpResponse response = HttpResponse::error(Error {429, u"rate_limited"_s, message, {}});
    response.addHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
    return response;
}

HttpResponse sessionResponse(int status, const User &user, const IssuedTokens &tokens)
{
    return HttpResponse::json(
        status,
        QJsonObject {{u"user"_s, user.toPrivateJson()},
                     {u"access_token"_s, QString::fromLatin1(tokens.accessToken)},
                     {u"refresh_token"_s, QString::fromLatin1(tokens.refreshToken)},
                     {u"token_type"_s, u"Bearer"_s},
                     {u"expires_in"_s, tokens.expiresIn}});
}

QJsonArray mediaWithUrls(const QString &stored)
{
    QJsonArray out;
    for (const QJsonValue &v : QJsonDocument::fromJson(stored.toUtf8()).array()) {
        QJsonObject m = v.toObject();
        const QString url = u"/media/"_s + m.value(u"sha256"_s).toString();
        m.insert(u"url"_s, url);
        m.insert(u"thumb_url"_s, url + u"?size=thumb"_s);
        m.insert(u"large_url"_s, url + u"?size=large"_s);
        out.append(m);
    }
    return out;
}

} // namespace Souk::Server
