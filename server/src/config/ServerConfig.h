#pragma once

#include "SyncTypes.h"

#include "Result.h"
#include "TrustedProxies.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace Souk::Server {

//! One setting: its name is the config-file key; the flag is --name-with-dashes and the
//! environment variable SOUK_NAME_IN_CAPS. One table feeds --help, the docs and the loader.
struct SettingSpec
{
    QString name;
    QString defaultValue;
    QString help;
};

const QList<SettingSpec> &settingSpecs();
QString flagName(const QString &setting);
QString envName(const QString &setting);

//! The resolved server settings.
struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    QString dataDir;
    QString database; // empty = SQLite file in dataDir
    qint64 maxBodyBytes = 64 * 1024;
    qint64 maxMediaBytes = 10 * 1024 * 1024;
    int notificationRetentionDays = 30;
    qint64 maxHeaderBytes = 16 * 1024;
    int idleTimeoutMs = 60'000;
    int headerTimeoutMs = 10'000;
    int accessTokenTtlS = 900;
    int refreshTokenTtlS = 30 * 24 * 3600;
    int loginFailuresPerMinute = 5;
    int registrationsPerHour = 20;
    int requestsPerMinute = 600;
    int anonymousRequestsPerMinute = 300;
    int workerThreads = 16;
    qint64 tombstoneRetention = 1'000'000; // sync versions of deletions kept
    int compactIntervalS = 3600;
    Sync::NewAccountLimits newAccounts;
    bool demoData = false;
    bool metricsPublic = false;
    //! Reverse proxies whose forwarding header names the client (empty: none, headers ignored).
    TrustedProxies trustedProxies;
    QString logLevel = QStringLiteral("info");

    QString sqlitePath() const;

    //! Merges the sources with precedence flags > environment > config file > defaults.
    //! `flags` holds the values given on the command line, by setting name.
    static Result<ServerConfig> load(const QHash<QString, QString> &flags,
                                     const QHash<QString, QString> &environment);
};

} // namespace Souk::Server
