#pragma once

#include "AccountStore.h"
#include "HttpTypes.h"
#include "Result.h"

#include <QSqlDatabase>
#include <optional>

namespace Souk::Server {

class ActivityDays;
class Database;
class MediaStore;
class Metrics;
class RateLimiter;
class RealtimeHub;
class SyncService;
struct ServerConfig;

//! The long-lived objects handlers use, built once in main() and passed down (never globals).
struct Services
{
    const ServerConfig &config;
    Database &database;
    const AccountStore &accounts;
    RateLimiter &limiter;
    Metrics &metrics;
    SyncService *sync = nullptr;
    RealtimeHub *hub = nullptr;
    const MediaStore *media = nullptr;
    ActivityDays *activity = nullptr;
};

//! Everything one handler call needs: the request, the services, the caller (for routes that
//! require a token) and this worker thread's database connection.
struct ApiContext
{
    const HttpRequest &request;
    Services &services;
    std::optional<AuthUser> user;
    QSqlDatabase db;

    const AuthUser &caller() const { return *user; }
};

} // namespace Souk::Server
