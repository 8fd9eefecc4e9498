#include "Commands.h"

#include "AccountMutations.h"
#include "AccountRules.h"
#include "AccountStore.h"
#include "ActivityDays.h"
#include "Announcer.h"
#include "ApiServer.h"
#include "Checkpointer.h"
#include "Compactor.h"
#include "Database.h"
#include "DemoData.h"
#include "Log.h"
#include "MediaStore.h"
#include "Metrics.h"
#include "Migrations.h"
#include "PasswordHasher.h"
#include "RateLimiter.h"
#include "RealtimeHub.h"
#include "Routes.h"
#include "ServerConfig.h"
#include "ServerMutation.h"
#include "SyncService.h"
#include "Uuid.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    // write() is async-signal-safe; the event loop picks the byte up.
    [[maybe_unused]] auto n = ::write(g_signalFd[0], &c, 1);
}

void out(const QString &text)
{
    QTextStream(stdout) << text << Qt::endl;
}

void err(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

QHash<QString, QString> environmentSettings()
{
    QHash<QString, QString> env;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const SettingSpec &spec : settingSpecs()) {
        if (system.contains(envName(spec.name)))
            env.insert(envName(spec.name), system.value(envName(spec.name)));
    }
    return env;
}

struct Opened
{
    ServerConfig config;
    std::unique_ptr<Database> database;
    QSqlDatabase connection;
};

Result<Opened> openDatabase(const ServerConfig &config, int migrateTo)
{
    Opened opened {config, std::make_unique<Database>(config.sqlitePath()), {}};
    if (Result<Ok> ok = opened.database->open(); !ok)
        return ok.error();
    Result<QSqlDatabase> db = opened.database->connection();
    if (!db)
        return db.error();
    opened.connection = *db;
    if (Result<int> version = migrate(opened.connection, migrateTo); !version)
        return version.error();
    return opened;
}

int serve(const ServerConfig &config)
{
    Result<Opened> opened = openDatabase(config, -1);
    if (!opened) {
        err(opened.error().message);
        return 1;
    }
    const AccountStore accounts(TokenLifetimes {config.accessTokenTtlS, config.refreshTokenTtlS});
    MediaStore media(config.dataDir + u"/media"_s);
    QStringList demoLogins;
    if (config.demoData) {
        Result<QStringList> seeded = seedDemoData(opened->connection, accounts, media);
        if (!seeded) {
            err(seeded.error().message);
            return 1;
        }
        demoLogins = *seeded;
    }

    RateLimiter limiter;
    Metrics metrics;
    // Checkpoints off the writer's path, every 100 ms (Checkpointer.h).
    Checkpointer checkpointer(*opened->database, 100);
    SharedClock clock(u"server"_s);
    const Database &database = *opened->database;
    SyncService sync(clock, [&database] { return database.connection(); });
    if (config.newAccounts.ageMs > 0)
        sync.setNewAccountLimits(config.newAccounts);
    RealtimeHub hub;
    sync.setAnnounce([&hub](QSqlDatabase &db, const FeedDeltas &fed) { announce(db, hub, fed); });
    Compactor compactor(*opened->database, config.tombstoneRetention,
                        config.notificationRetentionDays, config.compactIntervalS);
    ActivityDays activity;
    Services services {config, *opened->database, accounts, limiter, metrics, &sync, &hub,
                       &media, &activity};
    const Router router = buildRouter();
    ApiServer server(services, router);
    Result<quint16> port = server.start();
    if (!port) {
        err(port.error().message);
        return 1;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &server);
        QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] {
            char c;
            [[maybe_unused]] auto n = ::read(g_signalFd[1], &c, 1);
            Log::info(u"shutting down"_s);
            QCoreApplication::quit();
        });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    std::signal(SIGPIPE, SIG_IGN);

    const QString host = config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]"_s.arg(config.listenAddress.toString())
        : config.listenAddress.toString();
    Log::info(u"listening"_s,
              {{u"address"_s, host},
               {u"port"_s, int(*port)},
               {u"data_dir"_s, config.dataDir},
               {u"version"_s, QStringLiteral(SOUK_VERSION)}});
    // The first stdout line is machine-readable on purpose: tests and scripts read the port.
    out(u"souk-server listening on http://%1:%2"_s.arg(host).arg(*port));
    if (!demoLogins.isEmpty()) {
        out(u"Demo accounts:"_s);
        for (const QString &line : std::as_const(demoLogins))
            out(u"  "_s + line);
    }
    const int code = QCoreApplication::exec();
    server.drain();
    return code;
}

int migrateCommand(const ServerConfig &config, const QString &to)
{
    bool ok = true;
    const int target = to.isEmpty() ? -1 : to.toInt(&ok);
    if (!ok || target > latestSchemaVersion()) {
        err(u"--to takes a schema version from 0 to %1."_s.arg(latestSchemaVersion()));
        return 2;
    }
    Result<Opened> opened = openDatabase(config, target);
    if (!opened) {
        err(opened.error().message);
        return 1;
    }
    Result<int> version = schemaVersion(opened->connection);
    if (!version) {
        err(version.error().message);
        return 1;
    }
    out(u"Schema version %1 (latest %2)."_s.arg(*version).arg(latestSchemaVersion()));
    return 0;
}

int adminCreate(const ServerConfig &config, const QString &username, const QString &email,
                const QString &displayName)
{
    // The password comes on standard input, never on the command line where `ps` shows it.
    QTextStream in(stdin);
    const QString password = in.readLine();
    for (const Error &e : {AccountRules::checkUsername(username), AccountRules::checkEmail(email),
                           AccountRules::checkPassword(password, username)}) {
        if (!e.isNull()) {
            err(e.message);
            return 2;
        }
    }
    Result<Opened> opened = openDatabase(config, -1);
    if (!opened) {
        err(opened.error().message);
        return 1;
    }
    const QByteArray hash = PasswordHasher::hash(password);
    // The same server mutation as a registration, run here in a group commit of its own (a
    // server started on the same data directory takes its turn at the write lock).
    SharedClock clock(u"server"_s);
    const Database &database = *opened->database;
    SyncService sync(clock, [&database] { return database.connection(); });
    const QString id = createUuidV7();
    Result<SyncService::Outcome<User>> user = sync.run(
        id, AccountMutations::registerAccount,
        {id, username, email, displayName.isEmpty() ? username : displayName, hash, u"admin"_s});
    if (!user) {
        err(user.error().message);
        return 1;
    }
    out(u"Created admin %1 (%2)."_s.arg(user->value.username, user->value.id));
    return 0;
}

int printRoutes()
{
    const Router router = buildRouter();
    for (const Route &route : router.routes())
        out(QString::fromLatin1(route.method) + u' ' + route.pattern);
    return 0;
}

//! The writes only the server makes (ServerMutation.h), one name a line: the authorization
//! matrix reads them, as it reads the routes, to try each one as a client's push.
int printServerMutations()
{
    for (const QString &name : serverMutationNames())
        out(name);
    return 0;
}

} // namespace

int runCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Souk companion server.\n\nCommands:\n"
        "  serve          Run the HTTP API (the default).\n"
        "  migrate        Bring the database schema up to date (--to N for a given version).\n"
        "  admin create   Create an admin account; the password is read from standard input.\n"
        "  routes         List the API routes.\n"
        "  server-mutations\n"
        "                 List the writes only the server makes (no client may push them).\n\n"
        "Every setting can be given as a flag, as a SOUK_* environment variable or in the\n"
        "config file, in that order of precedence."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s,
                                 u"serve | migrate | admin create | routes | server-mutations"_s);
    for (const SettingSpec &spec : settingSpecs()) {
        QString help = spec.help + u" [env "_s + envName(spec.name) + u']';
        if (!spec.defaultValue.isEmpty())
            help += u" (default: "_s + spec.defaultValue + u')';
        parser.addOption(QCommandLineOption(flagName(spec.name), help, u"value"_s));
    }
    const QCommandLineOption toOption(u"to"_s, u"migrate: target schema version."_s, u"version"_s);
    const QCommandLineOption usernameOption(u"username"_s, u"admin create: username."_s, u"name"_s);
    const QCommandLineOption emailOption(u"email"_s, u"admin create: email."_s, u"address"_s);
    const QCommandLineOption displayNameOption(u"display-name"_s, u"admin create: display name."_s,
                                               u"name"_s);
    parser.addOptions({toOption, usernameOption, emailOption, displayNameOption});
    parser.process(arguments);

    QHash<QString, QString> flags;
    for (const SettingSpec &spec : settingSpecs()) {
        if (parser.isSet(flagName(spec.name)))
            flags.insert(spec.name, parser.value(flagName(spec.name)));
    }
    Result<ServerConfig> config = ServerConfig::load(flags, environmentSettings());
    if (!config) {
        err(config.error().message);
        return 2;
    }
    Log::setLevel(config->logLevel);
    Log::installQtMessageHandler();
    if (!PasswordHasher::initialize()) {
        err(u"libsodium failed to initialize."_s);
        return 1;
    }

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, u"serve"_s);
    if (command == u"serve"_s && positional.size() <= 1)
        return serve(*config);
    if (command == u"migrate"_s && positional.size() == 1)
        return migrateCommand(*config, parser.value(toOption));
    if (command == u"routes"_s && positional.size() == 1)
        return printRoutes();
    if (command == u"server-mutations"_s && positional.size() == 1)
        return printServerMutations();
    if (command == u"admin"_s && positional.value(1) == u"create"_s && positional.size() == 2) {
        if (!parser.isSet(usernameOption) || !parser.isSet(emailOption)) {
            err(u"admin create needs --username and --email; the password is read from stdin."_s);
            return 2;
        }
        return adminCreate(*config, parser.value(usernameOption), parser.value(emailOption),
                           parser.value(displayNameOption));
    }
    err(u"Unknown command \"%1\". See --help."_s.arg(positional.join(u' ')));
    return 2;
}

} // namespace Souk::Server
