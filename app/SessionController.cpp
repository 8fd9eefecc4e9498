#include "SessionController.h"

#include "EngineThread.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Souk::App {

namespace {
QVariantList accountsWithout(QVariantList list, const QString &userId)
{
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const QVariant &a) {
                                  return a.toMap().value(u"userId"_s).toString() == userId;
                              }),
               list.end());
    return list;
}
} // namespace

SessionController::SessionController(QSettings &settings, TokenStore &tokens, QString dataDir,
                                     QString defaultServer, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_dataDir(std::move(dataDir))
    , m_defaultServer(std::move(defaultServer))
    , m_server(m_settings.value(u"account/server"_s, m_defaultServer).toString())
{
    m_engineThread.setObjectName(u"souk-sync"_s);
    m_engineThread.start();
}

SessionController::~SessionController()
{
    destroyEngine();
    m_engineThread.quit();
    m_engineThread.wait();
}

void SessionController::destroyEngine()
{
    if (!m_engine)
        return;
    Sync::SyncEngine *engine = std::exchange(m_engine, nullptr);
    m_conflicts.setEngine(nullptr);
    m_setAside.setEngine(nullptr);
    m_local.close();
    // Deleted on its own thread, where its sockets and SQLite connection belong.
    onThreadOf(engine, [engine] { delete engine; });
    m_syncStatus = Sync::SyncEngine::Status::Offline;
    Q_EMIT syncStatusChanged();
}

Result<qint64> SessionController::mutate(const QString &name, const QJsonObject &args)
{
    if (!m_engine)
        return Error {409, u"signed_out"_s, tr("Sign in before making changes."), {}};
    Sync::SyncEngine *engine = m_engine;
    return onThreadOf(engine, [engine, name, args] { return engine->mutate(name, args); });
}

Result<QList<qint64>>
SessionController::mutateAll(const QList<QPair<QString, QJsonObject>> &changes)
{
    if (!m_engine)
        return Error {409, u"signed_out"_s, tr("Sign in before making changes."), {}};
    Sync::SyncEngine *engine = m_engine;
    return onThreadOf(engine, [engine, changes] { return engine->mutateAll(changes); });
}

void SessionController::cacheCatalog(const QJsonArray &products)
{
    if (Sync::SyncEngine *engine = m_engine)
        QMetaObject::invokeMethod(engine, [engine, products] {
            // A cache for offline browsing: a failed write only means a page is not kept.
            if (Result<Ok> cached = engine->cacheCatalog(products); !cached)
                qWarning("catalog cache: %s", qPrintable(cached.error().message));
        });
}

Result<QString> SessionController::addMedia(const QByteArray &bytes)
{
    if (!m_engine)
        return Error {409, u"signed_out"_s, tr("Sign in before making changes."), {}};
    Sync::SyncEngine *engine = m_engine;
    return onThreadOf(engine, [engine, bytes] { return engine->addMedia(bytes); });
}

void SessionController::sendTyping(const QString &conversationId)
{
    if (Sync::SyncEngine *engine = m_engine) // not waited for: typing must never block typing
        QMetaObject::invokeMethod(engine,
                                  [engine, conversationId] { engine->sendTyping(conversationId); });
}

void SessionController::setAway(bool away)
{
    m_away = away; // also for the engine of an account opened later
    if (Sync::SyncEngine *engine = m_engine)
        QMetaObject::invokeMethod(engine, [engine, away] { engine->sendPresence(away); });
}

Result<std::optional<Sync::Row>> SessionController::row(const QString &entity, const QString &id)
{
    if (!m_engine)
        return std::optional<Sync::Row> {};
    Sync::SyncEngine *engine = m_engine;
    return onThreadOf(engine, [engine, entity, id] { return engine->row(entity, id); });
}

qint64 SessionController::cacheBytes() const
{
    Sync::SyncEngine *engine = m_engine;
    return engine ? onThreadOf(engine, [engine] { return engine->cacheBytes(); }) : 0;
}

QString SessionController::messageFor(int status, const QString &code, const QString &server,
                                      const QString &detail)
{
    if (code == u"account_banned"_s || code == u"account_suspended"_s)
        return tr("A moderator has restricted this account. %1").arg(detail);
    if (status == 0)
        return tr("Cannot reach the server at %1. Check the address and your connection.")
            .arg(server);
    if (code == u"invalid_credentials"_s)
        return tr("That username or password is not right.");
    if (code == u"username_taken"_s)
        return tr("That username is taken; choose another.");
    if (code == u"email_taken"_s)
        return tr("An account with that email address exists already.");
    if (code == u"weak_password"_s || code == u"password_too_short"_s
        || code == u"common_password"_s)
        return tr("Choose a stronger password: at least 8 characters, not a common one.");
    if (code == u"invalid_username"_s)
        return tr("Usernames are 3 to 30 letters, digits, dots or underscores.");
    if (code == u"invalid_email"_s)
        return tr("That email address does not look right.");
    if (status == 429)
        return tr("Too many attempts. Wait a minute and try again.");
    return tr("The server refused the request (%1).")
        .arg(code.isEmpty() ? QString::number(status) : code);
}

QString SessionController::syncStatus() const
{
    switch (m_syncStatus) {
    case Sync::SyncEngine::Status::Online:
        return u"online"_s;
    case Sync::SyncEngine::Status::Syncing:
        return u"syncing"_s;
    case Sync::SyncEngine::Status::Offline:
        break;
    }
    return u"offline"_s;
}

void SessionController::restore()
{
    const QString userId = m_settings.value(u"account/user_id"_s).toString();
    if (userId.isEmpty()) {
        setState(State::SignedOut);
        return;
    }
    openKnownAccount(userId);
}

void SessionController::openKnownAccount(const QString &userId)
{
    QString server = m_settings.value(u"account/server"_s).toString();
    QString username = m_settings.value(u"account/username"_s).toString();
    for (const QVariant &a : accounts()) {
        const QVariantMap account = a.toMap();
        if (account.value(u"userId"_s).toString() == userId) {
            server = account.value(u"server"_s).toString();
            username = account.value(u"username"_s).toString();
        }
    }
    // Straight into the account from its local database: the first frame never waits for the
    // keychain or the network. The tokens follow when the keychain answers.
    openAccount(server, userId, username, {userId, {}, {}});
    if (m_state != State::SignedIn)
        return;
    m_tokens.read(userId, [=, this](Result<std::optional<TokenStore::Tokens>> read) {
        if (!read || !read->has_value()) {
            if (!read) {
                m_keychainAvailable = false;
                Q_EMIT keychainAvailableChanged();
                setError(tr("The system keychain is not available, so you need to sign in again."));
            }
            // Back to sign-in; the local database and its unsent changes stay.
            closeAccount();
            return;
        }
        if (m_engine && m_userId == userId) {
            Sync::SyncEngine *engine = m_engine;
            const Sync::SyncEngine::Credentials credentials {userId, (*read)->accessToken,
                                                             (*read)->refreshToken};
            Result<Ok> set = onThreadOf(
                engine, [engine, credentials] { return engine->setCredentials(credentials); });
            if (!set)
                setError(set.error().message);
        }
    });
}

void SessionController::switchAccount(const QString &userId)
{
    if (userId == m_userId && m_state == State::SignedIn)
        return;
    closeAccount();
    openKnownAccount(userId);
}

void SessionController::addAccount()
{
    closeAccount(); // the open account stays signed in: its tokens stay in the keychain
}

QVariantList SessionController::accounts() const
{
    return m_settings.value(u"accounts"_s).toList();
}

void SessionController::rememberAccount(const QString &userId, const QString &username,
                                        const QString &server)
{
    QVariantList list = accountsWithout(accounts(), userId);
    list.append(
        QVariantMap {{u"userId"_s, userId}, {u"username"_s, username}, {u"server"_s, server}});
    m_settings.setValue(u"accounts"_s, list);
    Q_EMIT accountsChanged();
}

void SessionController::forgetAccount(const QString &userId)
{
    m_settings.setValue(u"accounts"_s, accountsWithout(accounts(), userId));
    Q_EMIT accountsChanged();
}

void SessionController::signIn(const QString &server, const QString &login, const QString &password,
                               bool sessionOnly)
{
    authenticate(server, u"/api/v1/auth/login"_s, {{u"login"_s, login}, {u"password"_s, password}},
                 sessionOnly);
}

void SessionController::createAccount(const QString &server, const QString &username,
                                      const QString &email, const QString &password,
                                      bool sessionOnly)
{
    authenticate(server, u"/api/v1/auth/register"_s,
                 {{u"username"_s, username}, {u"email"_s, email}, {u"password"_s, password}},
                 sessionOnly);
}

void SessionController::authenticate(const QString &server, const QString &path,
                                     const QJsonObject &body, bool sessionOnly)
{
    if (m_busy)
        return;
    setBusy(true);
    setError({});
    QUrl url(server.trimmed());
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(15'000);
    QNetworkReply *reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (status != 200 && status != 201) {
            setBusy(false);
            const QJsonObject error = json.value(u"error"_s).toObject();
            setError(messageFor(status, error.value(u"code"_s).toString(), server,
                                error.value(u"message"_s).toString()));
            return;
        }
        const QJsonObject user = json.value(u"user"_s).toObject();
        const QString role = user.value(u"role"_s).toString();
        const Sync::SyncEngine::Credentials credentials {
            user.value(u"id"_s).toString(), json.value(u"access_token"_s).toString().toLatin1(),
            json.value(u"refresh_token"_s).toString().toLatin1()};
        const QString username = user.value(u"username"_s).toString();
        m_sessionOnly = sessionOnly;
        if (sessionOnly) {
            setBusy(false);
            openAccount(server, credentials.userId, username, credentials, role);
            return;
        }
        m_tokens.write(credentials.userId, {credentials.accessToken, credentials.refreshToken},
                       [=, this](Result<Ok> saved) {
                           setBusy(false);
                           if (!saved) {
                               // Never fall back to a file: tell the user and let them choose.
                               m_keychainAvailable = false;
                               Q_EMIT keychainAvailableChanged();
                               setError(tr("The system keychain is not available. Sign in for "
                                           "this session only, or set up a keychain."));
                               return;
                           }
                           openAccount(server, credentials.userId, username, credentials, role);
                       });
    });
}

void SessionController::openAccount(const QString &server, const QString &userId,
                                    const QString &username,
                                    const Sync::SyncEngine::Credentials &credentials,
                                    const QString &role)
{
    Sync::SyncEngine::Options options;
    QDir().mkpath(m_dataDir);
    options.databasePath = m_dataDir + u"/account-"_s + userId + u".db"_s;
    options.server = QUrl(server);
    destroyEngine();
    auto *engine = new Sync::SyncEngine(options);
    engine->moveToThread(&m_engineThread);
    const Result<Ok> ready = onThreadOf(engine, [engine, credentials]() -> Result<Ok> {
        if (Result<Ok> opened = engine->open(); !opened)
            return opened;
        return engine->setCredentials(credentials);
    });
    if (!ready) {
        onThreadOf(engine, [engine] { delete engine; });
        setError(ready.error().message);
        setState(State::SignedOut);
        return;
    }
    connect(engine, &Sync::SyncEngine::statusChanged, this,
            [this](Sync::SyncEngine::Status status) {
                m_syncStatus = status;
                Q_EMIT syncStatusChanged();
            });
    connect(engine, &Sync::SyncEngine::pendingCountChanged, this, [this](int count) {
        m_pendingCount = count;
        Q_EMIT pendingCountChanged();
    });
    connect(engine, &Sync::SyncEngine::credentialsChanged, this,
            [this](const Sync::SyncEngine::Credentials &fresh) {
                m_local.setAccessToken(fresh.accessToken);
                if (!m_sessionOnly)
                    m_tokens.write(fresh.userId, {fresh.accessToken, fresh.refreshToken},
                                   [](Result<Ok>) {});
            });
    connect(engine, &Sync::SyncEngine::signedOut, this, [this](const QString &reason) {
        // A revoked session: back to sign-in; the outbox stays in the database.
        setError(reason == u"account_restricted"_s
                     ? tr("A moderator has suspended or banned this account. Sign in to see "
                          "why and until when.")
                     : tr("This session has ended. Sign in again; your unsent changes are kept."));
        closeAccount();
    });
    connect(engine, &Sync::SyncEngine::synced, this, &SessionController::cacheChanged);
    connect(engine, &Sync::SyncEngine::initialSyncProgress, this, [this](qint64 rows, bool done) {
        m_initialRows = rows;
        m_initialRunning = !done;
        Q_EMIT initialSyncChanged();
    });
    connect(engine, &Sync::SyncEngine::changed, &m_local, &LocalData::notifyChanged);
    connect(engine, &Sync::SyncEngine::typing, this, &SessionController::typing);
    connect(engine, &Sync::SyncEngine::presenceChanged, this,
            [this](const QString &userId, const QString &state) {
                if (state == u"offline"_s)
                    m_presence.remove(userId);
                else
                    m_presence.insert(userId, state);
                Q_EMIT presenceChanged(userId);
            });
    connect(engine, &Sync::SyncEngine::realtimeLost, this, [this] {
        m_presence.clear();
        Q_EMIT presenceChanged({});
    });
    m_engine = engine;
    setAway(m_away);
    if (Result<Ok> readable = m_local.open(options.databasePath, userId, QUrl(server)); !readable)
        setError(readable.error().message);
    m_local.setAccessToken(credentials.accessToken);
    m_conflicts.setEngine(engine);
    m_setAside.setEngine(engine);
    m_pendingCount = onThreadOf(engine, [engine] { return engine->pendingCount(); });
    Q_EMIT pendingCountChanged();
    // The role this device last knew for this account, until the server says (below).
    if (m_settings.value(u"account/user_id"_s).toString() != userId)
        m_settings.remove(u"account/role"_s);
    m_role = !role.isEmpty() ? role
        : m_userId == userId ? m_role
                             : m_settings.value(u"account/role"_s).toString();
    m_settings.setValue(u"account/role"_s, m_role);
    Q_EMIT roleChanged();
    m_server = server;
    Q_EMIT serverUrlChanged();
    m_userId = userId;
    m_username = username;
    m_settings.setValue(u"account/server"_s, server);
    m_settings.setValue(u"account/user_id"_s, userId);
    m_settings.setValue(u"account/username"_s, username);
    rememberAccount(userId, username, server);
    onThreadOf(engine, [engine] { engine->start(); });

    // Roles change on the server (a shop approved, a moderator appointed): ask again.
    m_local.get(
        u"/api/v1/me"_s, {},
        [self = QPointer<SessionController>(this), userId](int status, const QJsonObject &me) {
            if (self && status == 200 && self->m_userId == userId)
                self->setRole(me.value(u"role"_s).toString());
        });
    setState(State::SignedIn);
}

void SessionController::setRole(const QString &role)
{
    if (role == m_role)
        return;
    m_role = role;
    m_settings.setValue(u"account/role"_s, role);
    Q_EMIT roleChanged();
}

void SessionController::signOut()
{
    m_tokens.remove(m_userId, [](Result<Ok>) {});
    m_settings.remove(u"account/user_id"_s);
    m_settings.remove(u"account/role"_s);
    m_role.clear();
    Q_EMIT roleChanged();
    forgetAccount(m_userId);
    closeAccount();
}

void SessionController::closeAccount()
{
    destroyEngine(); // stops syncing; the database and its outbox stay on disk
    m_presence.clear();
    Q_EMIT presenceChanged({});
    setState(State::SignedOut);
}

bool SessionController::clearCache()
{
    if (!m_engine)
        return false;
    Sync::SyncEngine *engine = m_engine;
    const Result<Ok> cleared = onThreadOf(engine, [engine] { return engine->clearCache(); });
    if (!cleared)
        setError(cleared.error().message);
    Q_EMIT cacheChanged();
    return bool(cleared);
}

bool SessionController::resolveConflict(const QString &conflictId, bool keepMine)
{
    if (!m_engine)
        return false;
    const Result<qint64> queued = mutate(
        u"resolveConflict"_s,
        {{u"id"_s, conflictId}, {u"choice"_s, keepMine ? u"keep_mine"_s : u"keep_theirs"_s}});
    if (!queued)
        setError(queued.error().message);
    return bool(queued);
}

void SessionController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void SessionController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void SessionController::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT errorMessageChanged();
}

} // namespace Souk::App
