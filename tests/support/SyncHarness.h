#pragma once

#include "../server/ApiFixture.h"
#include "SyncEngine.h"

#include <QSignalSpy>

namespace Souk::Test {

//! How SyncHarness::push() presents itself: by default a client id of its own, sequence 1,
//! the HLC now.
struct PushAs
{
    qint64 wallMs = 0; // the HLC's wall time (now when 0)
    QString clientId = {}; // a fresh one when empty; the same one again replays
    qint64 seq = 1;
};

//! Engines (devices) against one real server, each with its own SQLite file.
class SyncHarness
{
public:
    explicit SyncHarness(QStringList serverArgs = relaxedLimits());

    bool startServer();
    //! SIGKILL the server, then start it again on the same port and data directory.
    bool restartServer(bool kill = true);
    ServerProcess &server() { return *m_server; }
    HttpClient &http() { return m_http; }

    Account account(const QString &username);
    //! A signed-in, started engine with a fresh local database (or `dbPath` to reopen one).
    //! `viaPort`: reach the server through a relay (FaultyLink) on that port.
    std::unique_ptr<Sync::SyncEngine> device(const Account &account, const QString &dbPath = {},
                                             bool realtime = true, quint16 viaPort = 0);
    quint16 port() const { return m_port; }
    QString newDbPath();

    //! Pushes one mutation as `who`: the mutation's result ({seq, status, error?}), or the
    //! reply's body with its `http_status` when the push itself was refused.
    QJsonObject push(const Account &who, const QString &name, const QJsonObject &args,
                     const PushAs &as = {});
    //! Gives `who` a role (moderator, admin, shop) as `admin` would in the admin view.
    bool setRole(const Account &admin, const Account &who, const QString &role);
    //! The error code of a result from push() (empty when it applied).
    static QString code(const QJsonObject &result);

    //! Pushes and pulls until the engine reports it is in sync.
    static bool sync(Sync::SyncEngine &engine, int timeoutMs = 15000);
    //! The server's view for this account: a brand-new device's replica after a full pull.
    QMap<QString, QList<Sync::Row>> serverView(const Account &account);
    static QMap<QString, QList<Sync::Row>> replica(Sync::SyncEngine &engine);

private:
    std::unique_ptr<ServerProcess> m_server;
    QStringList m_serverArgs;
    QTemporaryDir m_dataDir;
    QTemporaryDir m_clientDir;
    HttpClient m_http;
    quint16 m_port = 0;
    int m_dbCounter = 0;
    int m_pushes = 0;
};

} // namespace Souk::Test
