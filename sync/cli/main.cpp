// souk-cli: a small headless client over the sync engine, for tests, benchmarks and scripts.
// It signs in on every run (the password comes from SOUK_PASSWORD or standard input) and keeps
// no token anywhere: tokens only live in the process's memory.
#include "Entities.h"
#include "SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using Souk::Sync::SyncEngine;

namespace {

void err(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

void out(const QByteArray &text)
{
    QTextStream(stdout) << text << Qt::endl;
}

//! POST /api/v1/auth/login, waiting for the answer.
std::optional<SyncEngine::Credentials> login(const QUrl &server, const QString &user,
                                             const QString &password)
{
    QNetworkAccessManager nam;
    QUrl url = server;
    url.setPath(u"/api/v1/auth/login"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply =
        nam.post(request,
                 QJsonDocument(QJsonObject {{u"login"_s, user}, {u"password"_s, password}})
                     .toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
        err(u"Sign-in failed: %1"_s.arg(
            json.value(u"error"_s).toObject().value(u"message"_s).toString(reply->errorString())));
        return std::nullopt;
    }
    return SyncEngine::Credentials {json.value(u"user"_s).toObject().value(u"id"_s).toString(),
                                    json.value(u"access_token"_s).toString().toLatin1(),
                                    json.value(u"refresh_token"_s).toString().toLatin1()};
}

QJsonObject rowJson(const Souk::Sync::Row &row)
{
    return QJsonObject {{u"id"_s, row.id}, {u"fields"_s, row.fields}, {u"clocks"_s, row.clocks}};
}

QJsonObject dump(SyncEngine &engine, const QStringList &tables)
{
    QJsonObject state;
    for (const Souk::Sync::EntityDef &entity : Souk::Sync::entities()) {
        if (!tables.isEmpty() && !tables.contains(entity.name))
            continue;
        QJsonArray rows;
        const auto all = engine.rows(entity.name);
        for (const auto &row : all.value())
            rows.append(rowJson(row));
        state.insert(entity.name, rows);
    }
    QJsonArray outbox;
    for (const auto &e : engine.outbox())
        outbox.append(QJsonObject {{u"seq"_s, e.seq},
                                   {u"name"_s, e.name},
                                   {u"args"_s, e.args},
                                   {u"status"_s, e.status},
                                   {u"attempts"_s, e.attempts}});
    QJsonArray rejected;
    for (const auto &r : engine.rejections())
        rejected.append(QJsonObject {{u"seq"_s, r.seq},
                                     {u"name"_s, r.name},
                                     {u"code"_s, r.code},
                                     {u"message"_s, r.message}});
    state.insert(u"_outbox"_s, outbox);
    state.insert(u"_rejections"_s, rejected);
    return state;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"souk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SOUK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Headless Souk client.\n\nCommands:\n"
        "  sync                 push and pull until up to date\n"
        "  mutate NAME JSON     apply a mutation locally, then sync (unless --offline)\n"
        "  dump [TABLE...]      print the local replica and outbox as JSON\n"
        "  status               pending, rejected and quarantined changes\n"
        "  type CONVERSATION    stay connected, typing in the conversation, for --timeout\n"
        "                       seconds (shows typing and presence on other clients)\n\n"
        "The password is read from SOUK_PASSWORD or, failing that, standard input."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOpt(u"server"_s, u"Server URL."_s, u"url"_s,
                                       u"http://127.0.0.1:8080"_s);
    const QCommandLineOption dbOpt(u"db"_s, u"Local database file."_s, u"path"_s);
    const QCommandLineOption userOpt(u"user"_s, u"Username or email."_s, u"login"_s);
    const QCommandLineOption offlineOpt(u"offline"_s, u"Do not touch the network."_s);
    const QCommandLineOption timeoutOpt(u"timeout"_s, u"Seconds to wait for sync."_s, u"s"_s,
                                        u"30"_s);
    parser.addOptions({serverOpt, dbOpt, userOpt, offlineOpt, timeoutOpt});
    parser.addPositionalArgument(u"command"_s, u"sync | mutate | dump | status | type"_s);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (!parser.isSet(dbOpt) || command.isEmpty()) {
        err(u"Give --db and a command; see --help."_s);
        return 2;
    }
    SyncEngine engine({parser.value(dbOpt), QUrl(parser.value(serverOpt))});
    if (auto opened = engine.open(); !opened) {
        err(opened.error().message);
        return 1;
    }
    const bool offline = parser.isSet(offlineOpt);
    if (!offline || command == u"mutate"_s) {
        if (!parser.isSet(userOpt)) {
            err(u"Give --user."_s);
            return 2;
        }
        QString password = qEnvironmentVariable("SOUK_PASSWORD");
        if (password.isEmpty())
            password = QTextStream(stdin).readLine();
        if (!offline) {
            const auto credentials =
                login(QUrl(parser.value(serverOpt)), parser.value(userOpt), password);
            if (!credentials)
                return 1;
            if (auto set = engine.setCredentials(*credentials); !set) {
                err(set.error().message);
                return 1;
            }
        } else if (engine.userId().isEmpty()) {
            err(u"This database has never been signed in; sync once online first."_s);
            return 1;
        }
    }

    if (command == u"mutate"_s) {
        const QJsonObject mutationArgs = QJsonDocument::fromJson(args.value(2).toUtf8()).object();
        auto seq = engine.mutate(args.value(1), mutationArgs);
        if (!seq) {
            err(u"Refused: %1 (%2)"_s.arg(seq.error().message, seq.error().code));
            return 3;
        }
        out("queued " + QByteArray::number(*seq));
        if (offline)
            return 0;
    }
    if (command == u"sync"_s || command == u"mutate"_s) {
        if (offline)
            return 0;
        QEventLoop loop;
        int code = 0;
        QObject::connect(&engine, &SyncEngine::synced, &loop, &QEventLoop::quit);
        QObject::connect(&engine, &SyncEngine::signedOut, &loop, [&](const QString &why) {
            err(u"Signed out: "_s + why);
            code = 1;
            loop.quit();
        });
        QObject::connect(&engine, &SyncEngine::updateRequired, &loop, [&](const QString &why) {
            err(why);
            code = 1;
            loop.quit();
        });
        QTimer::singleShot(parser.value(timeoutOpt).toInt() * 1000, &loop, [&] {
            err(u"Timed out; pending changes stay queued."_s);
            code = 4;
            loop.quit();
        });
        QObject::connect(&engine, &SyncEngine::mutationRejected, &loop,
                         [](qint64 seq, const QString &name, const QString &c, const QString &m) {
                             err(u"Rejected #%1 %2: %3 (%4)"_s.arg(seq).arg(name, m, c));
                         });
        engine.start();
        loop.exec();
        engine.stop();
        out("pending " + QByteArray::number(engine.pendingCount()));
        return code;
    }
    if (command == u"type"_s && !offline) {
        QTimer typing;
        QObject::connect(&typing, &QTimer::timeout, &engine,
                         [&] { engine.sendTyping(args.value(1)); });
        typing.start(1000);
        engine.start();
        QEventLoop loop;
        QTimer::singleShot(parser.value(timeoutOpt).toInt() * 1000, &loop, &QEventLoop::quit);
        loop.exec();
        engine.stop();
        return 0;
    }
    if (command == u"dump"_s) {
        out(QJsonDocument(dump(engine, args.mid(1))).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (command == u"status"_s) {
        QJsonObject state = dump(engine, {u"-"_s});
        state.insert(u"pending"_s, engine.pendingCount());
        state.insert(u"client_id"_s, engine.clientId());
        out(QJsonDocument(state).toJson(QJsonDocument::Indented));
        return 0;
    }
    err(u"Unknown command \"%1\"."_s.arg(command));
    return 2;
}
