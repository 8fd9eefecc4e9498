#pragma once

#include "ConflictsModel.h"
#include "LocalData.h"
#include "SetAsideModel.h"
#include "SyncEngine.h"
#include "TokenStore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSettings>
#include <QThread>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace Souk::App {

//! Who is signed in, to which server, and the sync engine of that account. The app builds one
//! in main() and hands it to the QML shell as a required property.
//!
//! Later starts open straight into the account's local database, before any network: tokens
//! come from the keychain, and an expired one is refreshed by the engine when it first syncs.
class SessionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY stateChanged)
    Q_PROPERTY(QString username READ username NOTIFY stateChanged)
    //! user, shop, moderator or admin: moderators and admins get the moderation pages.
    Q_PROPERTY(QString role READ role NOTIFY roleChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable NOTIFY keychainAvailableChanged)
    Q_PROPERTY(QString syncStatus READ syncStatus NOTIFY syncStatusChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(Souk::App::ConflictsModel *conflicts READ conflicts CONSTANT)
    Q_PROPERTY(Souk::App::SetAsideModel *setAside READ setAside CONSTANT)
    //! The open account's local data, for the feature pages' models.
    Q_PROPERTY(Souk::App::LocalData *local READ local CONSTANT)
    Q_PROPERTY(QString userId READ userId NOTIFY stateChanged)
    //! Rows received during a first download, and whether one is running (for a progress bar).
    Q_PROPERTY(qint64 initialSyncRows READ initialSyncRows NOTIFY initialSyncChanged)
    Q_PROPERTY(bool initialSyncRunning READ initialSyncRunning NOTIFY initialSyncChanged)
    Q_PROPERTY(qint64 cacheBytes READ cacheBytes NOTIFY cacheChanged)
    //! Accounts signed in on this machine: [{userId, username, server}], the open one included.
    Q_PROPERTY(QVariantList accounts READ accounts NOTIFY accountsChanged)

public:
    enum class State { Starting, SignedOut, SignedIn };
    Q_ENUM(State)

    SessionController(QSettings &settings, TokenStore &tokens, QString dataDir,
                      QString defaultServer, QObject *parent = nullptr);
    ~SessionController() override;

    //! Reopens the last account, if any. Call once, after the QML is loaded.
    void restore();

    //! Signs in. With `sessionOnly` the tokens stay in memory and are gone when the app quits
    //! (for machines without a keychain).
    Q_INVOKABLE void signIn(const QString &server, const QString &login, const QString &password,
                            bool sessionOnly = false);
    Q_INVOKABLE void createAccount(const QString &server, const QString &username,
                                   const QString &email, const QString &password,
                                   bool sessionOnly = false);
    //! Forgets the tokens; the local database and its unsent changes stay for the next
    //! sign-in of the same account.
    Q_INVOKABLE void signOut();

    State state() const { return m_state; }
    QString serverUrl() const { return m_server; }
    QString username() const { return m_username; }
    QString role() const { return m_role; }
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_error; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString syncStatus() const;
    int pendingCount() const { return m_pendingCount; }
    //! The engine, on its worker thread: connect to its signals, call it only via
    //! onThreadOf() (or the methods below).
    Sync::SyncEngine *engine() const { return m_engine; }
    //! Runs a mutation on the engine's thread (what QML pages and tests call).
    Result<qint64> mutate(const QString &name, const QJsonObject &args);
    //! Several at once, all or nothing (see SyncEngine::mutateAll).
    Result<QList<qint64>> mutateAll(const QList<QPair<QString, QJsonObject>> &changes);
    //! A row of the local database, read on the engine's thread.
    Result<std::optional<Sync::Row>> row(const QString &entity, const QString &id);
    ConflictsModel *conflicts() { return &m_conflicts; }
    SetAsideModel *setAside() { return &m_setAside; }
    LocalData *local() { return &m_local; }
    QString userId() const { return m_userId; }
    //! Tells the conversation's members this user is typing (realtime only, not queued).
    void sendTyping(const QString &conversationId);
    //! Tells contacts this user is away (idle) or back; see IdleWatcher.
    void setAway(bool away);
    //! A contact's presence as last heard over the realtime connection: "online", "away" or
    //! "" (offline, hidden or unknown).
    Q_INVOKABLE QString presenceOf(const QString &userId) const { return m_presence.value(userId); }
    //! Queues an image for upload on the engine's thread; returns its media id.
    Result<QString> addMedia(const QByteArray &bytes);
    //! Keeps browsed catalog products on this device (not waited for).
    void cacheCatalog(const QJsonArray &products);
    qint64 initialSyncRows() const { return m_initialRows; }
    bool initialSyncRunning() const { return m_initialRunning; }

    //! "Keep mine" restores the overwritten value, "keep theirs" keeps the current one; both
    //! go through the resolveConflict mutator like any other change.
    Q_INVOKABLE bool resolveConflict(const QString &conflictId, bool keepMine);
    //! Opens another account signed in on this machine (its tokens are in the keychain).
    Q_INVOKABLE void switchAccount(const QString &userId);
    //! Leaves the open account signed in and shows the sign-in page for another one.
    Q_INVOKABLE void addAccount();
    QVariantList accounts() const;
    //! Empties the local cache and downloads it again; unsent changes are kept.
    Q_INVOKABLE bool clearCache();
    qint64 cacheBytes() const;

    //! The message shown for a server error code (also used for network failures).
    //! What a refused sign-in means, in the user's language; `detail` is the server's own
    //! message, shown where only it knows (why and until when an account is suspended).
    static QString messageFor(int status, const QString &code, const QString &server,
                              const QString &detail = {});
    void setRole(const QString &role);

Q_SIGNALS:
    void stateChanged();
    //! The account's server, as soon as an account opens: before its models fill (and their
    //! images load), which is before stateChanged.
    void serverUrlChanged();
    void roleChanged();
    void busyChanged();
    void errorMessageChanged();
    void keychainAvailableChanged();
    void syncStatusChanged();
    void pendingCountChanged();
    void initialSyncChanged();
    void cacheChanged();
    void accountsChanged();
    //! Relayed from the engine (realtime frames of the open account).
    void typing(const QString &conversationId, const QString &userId, int expiresInMs);
    //! presenceOf() changed (for one user, or for everyone when userId is empty).
    void presenceChanged(const QString &userId);

private:
    void authenticate(const QString &server, const QString &path, const QJsonObject &body,
                      bool sessionOnly);
    //! `role`: as the sign-in answered; empty when restoring (the one last known is used, and
    //! the server asked).
    void openAccount(const QString &server, const QString &userId, const QString &username,
                     const Sync::SyncEngine::Credentials &credentials, const QString &role = {});
    //! Stops syncing and leaves the account; its database stays for the next sign-in.
    void closeAccount();
    //! Opens a known account from its database, then sets its tokens from the keychain.
    void openKnownAccount(const QString &userId);
    void rememberAccount(const QString &userId, const QString &username, const QString &server);
    void forgetAccount(const QString &userId);
    void setState(State state);
    void setBusy(bool busy);
    void setError(const QString &message);

    QSettings &m_settings;
    TokenStore &m_tokens;
    QString m_dataDir;
    QString m_defaultServer;
    QNetworkAccessManager m_nam;
    void destroyEngine();

    QThread m_engineThread; // the sync engine and its SQLite connection live here
    Sync::SyncEngine *m_engine = nullptr;
    Sync::SyncEngine::Status m_syncStatus = Sync::SyncEngine::Status::Offline;
    ConflictsModel m_conflicts;
    SetAsideModel m_setAside;
    LocalData m_local;
    qint64 m_initialRows = 0;
    bool m_initialRunning = false;
    State m_state = State::Starting;
    QString m_server;
    QString m_userId;
    QString m_username;
    QString m_role;
    bool m_busy = false;
    QString m_error;
    bool m_keychainAvailable = true;
    bool m_sessionOnly = false;
    int m_pendingCount = 0;
    QHash<QString, QString> m_presence;
    bool m_away = false;
};

} // namespace Souk::App
