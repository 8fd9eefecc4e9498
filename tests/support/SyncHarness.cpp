#include "SyncHarness.h"

#include "Entities.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Souk::Test {

SyncHarness::SyncHarness(QStringList serverArgs)
    : m_serverArgs(std::move(serverArgs))
{ }

bool SyncHarness::startServer()
{
    m_server = std::make_unique<ServerProcess>(m_serverArgs, m_dataDir.path());
    if (!m_server->start())
        return false;
    m_port = m_server->port();
    return true;
}

bool SyncHarness::restartServer(bool kill)
{
    if (kill)
        m_server->kill();
    else
        m_server->stop();
    m_server = std::make_unique<ServerProcess>(
        m_serverArgs + QStringList {u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port)},
        m_dataDir.path());
    // The port may take a moment to be free again after a kill.
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (m_server->start())
            return true;
        if (attempt == 49)
            qWarning("server restart failed: %s", qPrintable(m_server->error()));
        QTest::qWait(100);
        m_server = std::make_unique<ServerProcess>(
            m_serverArgs + QStringList {u"--listen"_s, u"127.0.0.1:%1"_s.arg(m_port)},
            m_dataDir.path());
    }
    return false;
}

Account SyncHarness::account(const QString &username)
{
    return registerAccount(m_http, *m_server, username);
}

QString SyncHarness::newDbPath()
{
    return m_clientDir.filePath(u"device-%1.db"_s.arg(++m_dbCounter));
}

std::unique_ptr<Sync::SyncEngine> SyncHarness::device(const Account &account, const QString &dbPath,
                                                      bool realtime, quint16 viaPort)
{
    Sync::SyncEngine::Options options;
    options.databasePath = dbPath.isEmpty() ? newDbPath() : dbPath;
    options.server = QUrl(u"http://127.0.0.1:%1"_s.arg(viaPort ? viaPort : m_port));
    options.realtime = realtime;
    options.minBackoffMs = 50;
    options.maxBackoffMs = 500;
    auto engine = std::make_unique<Sync::SyncEngine>(options);
    if (!engine->open())
        return nullptr;
    if (!engine->setCredentials({account.id, account.accessToken, account.refreshToken}))
        return nullptr;
    engine->start();
    return engine;
}

bool SyncHarness::sync(Sync::SyncEngine &engine, int timeoutMs)
{
    QSignalSpy synced(&engine, &Sync::SyncEngine::synced);
    engine.requestSync();
    return synced.wait(timeoutMs);
}

QMap<QString, QList<Sync::Row>> SyncHarness::replica(Sync::SyncEngine &engine)
{
    QMap<QString, QList<Sync::Row>> state;
    for (const Sync::EntityDef &entity : Sync::entities())
        state.insert(entity.name, engine.rows(entity.name).value());
    return state;
}

QJsonObject SyncHarness::push(const Account &who, const QString &name, const QJsonObject &args,
                              const PushAs &as)
{
    ++m_pushes;
    const Sync::Hlc hlc {as.wallMs ? as.wallMs : QDateTime::currentMSecsSinceEpoch(),
                         quint32(m_pushes), u"test"_s};
    const QJsonObject m {{u"seq"_s, as.seq},
                         {u"name"_s, name},
                         {u"version"_s, 1},
                         {u"args"_s, args},
                         {u"hlc"_s, hlc.toString()}};
    const HttpReply reply = m_http.send(
        "POST", m_server->url(u"/api/v1/sync/push"_s),
        toJson({{u"client_id"_s,
                 as.clientId.isEmpty() ? u"harness-%1"_s.arg(m_pushes, 6, 10, QLatin1Char('0'))
                                       : as.clientId},
                {u"schema_version"_s, 1},
                {u"mutations"_s, QJsonArray {m}}}),
        who.accessToken);
    if (reply.status != 200) {
        QJsonObject refused = reply.json;
        refused.insert(u"http_status"_s, reply.status);
        return refused;
    }
    return reply.json.value(u"results"_s).toArray().at(0).toObject();
}

bool SyncHarness::setRole(const Account &admin, const Account &who, const QString &role)
{
    return m_http
               .send("PATCH", m_server->url(u"/api/v1/admin/users/"_s + who.id),
                     toJson({{u"role"_s, role}}), admin.accessToken)
               .status
        == 200;
}

QString SyncHarness::code(const QJsonObject &result)
{
    return result.value(u"error"_s).toObject().value(u"code"_s).toString();
}

QMap<QString, QList<Sync::Row>> SyncHarness::serverView(const Account &account)
{
    auto fresh = device(account, {}, false);
    if (!fresh || !sync(*fresh))
        return {};
    return replica(*fresh);
}

} // namespace Souk::Test
