#include "ServerConfig.h"

#include <QDir>
#include <QFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Souk::Server {

const QList<SettingSpec> &settingSpecs()
{
    static const QList<SettingSpec> specs {
        {u"config"_s, {}, u"Path of an INI config file (key = value, keys as below)."_s},
        {u"listen"_s, u"127.0.0.1:8080"_s, u"Address and port to listen on (port 0 = any)."_s},
        {u"data_dir"_s, u"souk-data"_s, u"Directory for the database, media and keys."_s},
        {u"database"_s, {}, u"Database URL; empty means SQLite in the data directory."_s},
        {u"max_body_bytes"_s, u"65536"_s, u"Largest request body accepted by JSON routes."_s},
        {u"max_media_bytes"_s, u"10485760"_s, u"Largest image accepted by POST /api/v1/media."_s},
        {u"notification_retention"_s, u"30"_s, u"Days before notifications are purged."_s},
        {u"max_header_bytes"_s, u"16384"_s, u"Largest request line plus headers."_s},
        {u"idle_timeout"_s, u"60"_s, u"Seconds before an idle connection is closed."_s},
        {u"header_timeout"_s, u"10"_s, u"Seconds a client has to send a request's headers."_s},
        {u"access_token_ttl"_s, u"900"_s, u"Access token lifetime in seconds."_s},
        {u"refresh_token_ttl"_s, u"2592000"_s, u"Refresh token lifetime in seconds."_s},
        {u"rate_login_failures"_s, u"5"_s,
         u"Failed logins allowed per minute for each IP and account pair."_s},
        {u"rate_registrations"_s, u"20"_s, u"Registrations allowed per hour from one IP."_s},
        {u"rate_requests"_s, u"600"_s, u"Requests allowed per minute for one access token."_s},
        {u"rate_anonymous"_s, u"300"_s,
         u"Requests without a token allowed per minute from one IP."_s},
        {u"worker_threads"_s, u"16"_s,
         u"Threads for database work and password hashing (hashing uses one a core at most)."_s},
        {u"tombstone_retention"_s, u"1000000"_s,
         u"Sync versions of deletions kept; clients further behind download afresh."_s},
        {u"compact_interval"_s, u"3600"_s, u"Seconds between compactions of the sync log."_s},
        {u"new_account_hours"_s, u"24"_s,
         u"Hours during which a new account has the limits below (0: none)."_s},
        {u"new_account_posts"_s, u"5"_s, u"Posts a new account may make per hour."_s},
        {u"new_account_messages"_s, u"30"_s, u"Messages a new account may send per hour."_s},
        {u"new_account_links"_s, u"3"_s,
         u"Posts and messages with links a new account may send per hour."_s},
        {u"new_account_directs"_s, u"3"_s,
         u"Direct conversations a new account may start while it is new."_s},
        {u"demo_data"_s, u"false"_s, u"Seed demo accounts into an empty database."_s},
        {u"metrics_public"_s, u"false"_s,
         u"Serve /metrics to any client address, not only loopback."_s},
        {u"trusted_proxies"_s,
         {},
         u"Reverse proxies (addresses or CIDR blocks, comma-separated) whose forwarding header "
         "names the client; empty: the peer is the client and those headers are ignored."_s},
        {u"forwarded_header"_s, u"x-forwarded-for"_s,
         u"The header the trusted proxies set: x-forwarded-for or forwarded."_s},
        {u"log_level"_s, u"info"_s, u"debug, info, warning or error."_s},
    };
    return specs;
}

QString flagName(const QString &setting)
{
    return QString(setting).replace(u'_', u'-');
}

QString envName(const QString &setting)
{
    return u"SOUK_"_s + setting.toUpper();
}

QString ServerConfig::sqlitePath() const
{
    return QDir(dataDir).filePath(u"souk.db"_s);
}

namespace {

Error invalid(const QString &name, const QString &why)
{
    return Error {2, u"invalid_setting"_s, u"Setting %1: %2"_s.arg(name, why), name};
}

Result<qint64> toInteger(const QHash<QString, QString> &values, const QString &name, qint64 min,
                         qint64 max)
{
    bool ok = false;
    const qint64 v = values.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return invalid(
            name,
            u"expected a whole number from %1 to %2, got \"%3\"."_s.arg(min).arg(max).arg(
                values.value(name)));
    return v;
}

Result<bool> toBool(const QHash<QString, QString> &values, const QString &name)
{
    const QString v = values.value(name).toLower();
    if (v == u"true"_s || v == u"1"_s || v == u"yes"_s || v == u"on"_s)
        return true;
    if (v == u"false"_s || v == u"0"_s || v == u"no"_s || v == u"off"_s)
        return false;
    return invalid(name, u"expected true or false, got \"%1\"."_s.arg(values.value(name)));
}

Result<QHash<QString, QString>> readConfigFile(const QString &path)
{
    QHash<QString, QString> values;
    if (!QFile::exists(path))
        return invalid(u"config"_s, u"the file %1 does not exist."_s.arg(path));
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError)
        return invalid(u"config"_s, u"the file %1 could not be parsed."_s.arg(path));
    QSet<QString> known;
    for (const SettingSpec &spec : settingSpecs())
        known.insert(spec.name);
    const QStringList keys = file.allKeys();
    for (const QString &key : keys) {
        // A typo in a config file should stop the server, not be ignored silently.
        if (!known.contains(key) || key == u"config"_s)
            return invalid(key, u"unknown key in %1."_s.arg(path));
        values.insert(key, file.value(key).toString());
    }
    return values;
}

} // namespace

Result<ServerConfig> ServerConfig::load(const QHash<QString, QString> &flags,
                                        const QHash<QString, QString> &environment)
{
    QHash<QString, QString> values;
    for (const SettingSpec &spec : settingSpecs())
        values.insert(spec.name, spec.defaultValue);

    const QString configPath = flags.value(u"config"_s, environment.value(envName(u"config"_s)));
    if (!configPath.isEmpty()) {
        Result<QHash<QString, QString>> fileValues = readConfigFile(configPath);
        if (!fileValues)
            return fileValues.error();
        values.insert(*fileValues);
    }
    for (const SettingSpec &spec : settingSpecs()) {
        if (environment.contains(envName(spec.name)))
            values.insert(spec.name, environment.value(envName(spec.name)));
    }
    values.insert(flags);

    ServerConfig config;
    const QString listen = values.value(u"listen"_s);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == u"localhost"_s)
        host = u"127.0.0.1"_s;
    if (!portOk || port > 65535 || !config.listenAddress.setAddress(host))
        return invalid(u"listen"_s,
                       u"expected HOST:PORT such as 127.0.0.1:8080, got \"%1\"."_s.arg(listen));
    config.listenPort = quint16(port);

    config.dataDir = values.value(u"data_dir"_s);
    if (config.dataDir.isEmpty())
        return invalid(u"data_dir"_s, u"must not be empty."_s);
    config.dataDir = QDir(config.dataDir).absolutePath();
    config.database = values.value(u"database"_s);
    if (!config.database.isEmpty())
        return invalid(u"database"_s, u"only the embedded SQLite database is supported so far."_s);

    struct IntSetting
    {
        const char *name;
        qint64 min, max, scale;
        std::function<void(qint64)> set;
    };
    const IntSetting ints[] = {
        {"max_body_bytes", 1, qint64(1) << 40, 1,
         [&](qint64 v) {
             config.maxBodyBytes = v;
         }},
        {"max_media_bytes", 1024, qint64(1) << 32, 1,
         [&](qint64 v) {
             config.maxMediaBytes = v;
         }},
        {"notification_retention", 1, 3650, 1,
         [&](qint64 v) {
             config.notificationRetentionDays = int(v);
         }},
        {"max_header_bytes", 1024, 1 << 20, 1,
         [&](qint64 v) {
             config.maxHeaderBytes = v;
         }},
        {"idle_timeout", 1, 86400, 1000,
         [&](qint64 v) {
             config.idleTimeoutMs = int(v);
         }},
        {"header_timeout", 1, 3600, 1000,
         [&](qint64 v) {
             config.headerTimeoutMs = int(v);
         }},
        {"access_token_ttl", 1, 86400, 1,
         [&](qint64 v) {
             config.accessTokenTtlS = int(v);
         }},
        {"refresh_token_ttl", 60, 365 * 86400, 1,
         [&](qint64 v) {
             config.refreshTokenTtlS = int(v);
         }},
        {"rate_login_failures", 1, 1000000, 1,
         [&](qint64 v) {
             config.loginFailuresPerMinute = int(v);
         }},
        {"rate_registrations", 1, 1000000, 1,
         [&](qint64 v) {
             config.registrationsPerHour = int(v);
         }},
        {"rate_requests", 1, 100000000, 1,
         [&](qint64 v) {
             config.requestsPerMinute = int(v);
         }},
        {"rate_anonymous", 1, 100000000, 1,
         [&](qint64 v) {
             config.anonymousRequestsPerMinute = int(v);
         }},
        {"worker_threads", 1, 256, 1,
         [&](qint64 v) {
             config.workerThreads = int(v);
         }},
        {"tombstone_retention", 1, 1'000'000'000'000, 1,
         [&](qint64 v) {
             config.tombstoneRetention = v;
         }},
        {"compact_interval", 1, 7 * 86400, 1,
         [&](qint64 v) {
             config.compactIntervalS = int(v);
         }},
        {"new_account_hours", 0, 24 * 365, 3600 * 1000,
         [&](qint64 v) {
             config.newAccounts.ageMs = v;
         }},
        {"new_account_posts", 0, 1000000, 1,
         [&](qint64 v) {
             config.newAccounts.postsPerHour = int(v);
         }},
        {"new_account_messages", 0, 1000000, 1,
         [&](qint64 v) {
             config.newAccounts.messagesPerHour = int(v);
         }},
        {"new_account_links", 0, 1000000, 1,
         [&](qint64 v) {
             config.newAccounts.linksPerHour = int(v);
         }},
        {"new_account_directs", 0, 1000000, 1,
         [&](qint64 v) {
             config.newAccounts.directConversations = int(v);
         }},
    };
    for (const IntSetting &s : ints) {
        Result<qint64> v = toInteger(values, QString::fromLatin1(s.name), s.min, s.max);
        if (!v)
            return v.error();
        s.set(*v * s.scale);
    }
    Result<bool> demo = toBool(values, u"demo_data"_s);
    if (!demo)
        return demo.error();
    config.demoData = *demo;
    Result<bool> metricsPublic = toBool(values, u"metrics_public"_s);
    if (!metricsPublic)
        return metricsPublic.error();
    config.metricsPublic = *metricsPublic;
    Result<TrustedProxies> proxies = TrustedProxies::parse(values.value(u"trusted_proxies"_s));
    if (!proxies)
        return proxies.error();
    config.trustedProxies = *proxies;
    const QString forwardedHeader = values.value(u"forwarded_header"_s).trimmed().toLower();
    if (forwardedHeader == u"x-forwarded-for"_s)
        config.trustedProxies.setHeader(TrustedProxies::Header::XForwardedFor);
    else if (forwardedHeader == u"forwarded"_s)
        config.trustedProxies.setHeader(TrustedProxies::Header::Forwarded);
    else
        return invalid(u"forwarded_header"_s, u"expected x-forwarded-for or forwarded."_s);
    config.logLevel = values.value(u"log_level"_s).toLower();
    static const QStringList levels {u"debug"_s, u"info"_s, u"warning"_s, u"error"_s};
    if (!levels.contains(config.logLevel))
        return invalid(u"log_level"_s, u"expected debug, info, warning or error."_s);
    return config;
}

} // namespace Souk::Server
