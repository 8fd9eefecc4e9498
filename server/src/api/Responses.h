#pragma once

#include "AccountStore.h"
#include "HttpTypes.h"
#include "RateLimiter.h"

#include <QJsonArray>
#include <QSet>

namespace Souk::Server {

//! 400 unknown_parameter for the first query parameter not in `allowed`, repeated_parameter for
//! one given more than once that is not `repeatable`; or a null Error.
Error checkParameters(const QUrlQuery &query, const QStringList &allowed,
                      const QStringList &repeatable = {});

//! 429 with Retry-After, in the error format.
HttpResponse tooManyRequests(const RateLimiter::Decision &decision, const QString &message);
//! The answer to register, login and refresh: {user, access_token, refresh_token, ...}.
HttpResponse sessionResponse(int status, const User &user, const IssuedTokens &tokens);
//! A stored media array (JSON text of {id, sha256, ...}) with the URLs clients fetch.
QJsonArray mediaWithUrls(const QString &stored);

} // namespace Souk::Server
