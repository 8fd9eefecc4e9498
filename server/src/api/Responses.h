#pragma once

#include "AccountStore.h"
#include "HttpTypes.h"
#include "RateLimiter.h"

namespace Souk::Server {

//! 429 with Retry-After, in the error format.
HttpResponse tooManyRequests(const RateLimiter::Decision &decision, const QString &message);
//! The answer to register, login and refresh: {user, access_token, refresh_token, ...}.
HttpResponse sessionResponse(int status, const User &user, const IssuedTokens &tokens);

} // namespace Souk::Server
