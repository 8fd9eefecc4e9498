#pragma once

#include "Hlc.h"
#include "LocalDatabase.h"
#include "MediaQueue.h"
#include "SqliteStatements.h"
#include "SyncTypes.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <functional>
#include <memory>

namespace Souk::Sync {

class ReplicaStore;

//! The client sync engine (ARCHITECTURE.md §3): local mutations apply at once and queue in
//! the outbox; push sends them in batches; pull brings server changes and rebases pending
//! mutations on top, in one transaction; a WebSocket poke triggers a pull.
//! It works from whatever thread it lives in (the app moves it to a worker thread); every
//! method must be called from that thread.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;
        QUrl server;
        int pushBatch = 500;
        int pullLimit = 2000;
        int quarantineAfter = 3;
        bool realtime = true;
        int minBackoffMs = 200;
        int maxBackoffMs = 30'000;
    };
    struct Credentials
    {
        QString userId;
        QByteArray accessToken;
        QByteArray refreshToken;
    };
    enum class Status { Offline, Online, Syncing };
    Q_ENUM(Status)

    struct OutboxEntry
    {
        qint64 seq;
        QString name;
        int version;
        QJsonObject args;
        QString hlc;
        QString status;
        int attempts;
        QString lastError;
    };
    struct Rejection
    {
        qint64 seq;
        QString name;
        QString code;
        QString message;
        QJsonObject args;
    };

    explicit SyncEngine(Options options, QObject *parent = nullptr);
    ~SyncEngine() override;

    //! Opens (or creates) the local database.
    Result<Ok> open();
    //! Signs the engine in. A local database belongs to one account: another user's
    //! credentials are refused.
    Result<Ok> setCredentials(const Credentials &credentials);
    //! Forgets the tokens (sign-out); the outbox stays for the next sign-in of that account.
    void clearCredentials();

    //! Applies a mutation locally and queues it. Validation and permission errors are returned
    //! at once and nothing is queued; any other local failure still queues it for the server.
    Result<qint64> mutate(const QString &name, const QJsonObject &args, int version = 1);
    //! Several mutations (version 1) queued in one local transaction: all of them, or none
    //! when one is refused (an import must not apply half a file).
    Result<QList<qint64>> mutateAll(const QList<QPair<QString, QJsonObject>> &changes);

    //! Starts syncing: realtime socket plus push/pull whenever something changes.
    void start();
    void stop();
    //! Simulates having no network (tests, and a "work offline" switch).
    void setNetworkEnabled(bool enabled);
    //! Pushes and pulls as soon as possible.
    void requestSync();
    //! Puts a quarantined or rejected mutation back in the queue under a new seq.
    Result<qint64> retry(qint64 seq);
    //! Gives up on a quarantined or rejected mutation for good (its effect is already undone).
    Result<Ok> discard(qint64 seq);
    //! Empties the local cache of server data and downloads it again. Unsent changes stay in
    //! the outbox and are replayed on top, so nothing the user wrote is lost.
    Result<Ok> clearCache();
    //! Bytes the local database takes on disk (with its write-ahead log).
    qint64 cacheBytes() const;

    //! Queues an image for upload and returns its media id (to name in createPost or a draft).
    //! Uploads run before each push, so a post is sent only once its images are stored.
    Result<QString> addMedia(const QByteArray &bytes);
    Result<QString> addMediaFile(const QString &path);
    //! Keeps products of the public catalog as the server sent them, for offline browsing and
    //! the cart (a cache: never pushed, replaced on the next fetch).
    Result<Ok> cacheCatalog(const QJsonArray &products);
    //! The bytes of a queued image on this device, or empty when it has none.
    QString mediaPath(const QString &id) const;
    Result<QList<MediaQueue::Item>> uploads();

    //! Realtime, never stored: tells the members of a conversation that the user is typing
    //! (the server throttles and checks membership), and this device's presence (said again
    //! after every reconnect: the server counts a new connection as online).
    void sendTyping(const QString &conversationId);
    void sendPresence(bool away);

    Result<QList<Row>> rows(const QString &entity);
    Result<std::optional<Row>> row(const QString &entity, const QString &id);
    int pendingCount();
    QList<OutboxEntry> outbox();
    QList<Rejection> rejections();
    QString clientId() const { return m_clientId; }
    QString userId() const { return m_credentials.userId; }
    Status status() const { return m_status; }
    bool isBusy() const { return m_busy; }
    //! How many realtime delta frames were applied without a pull (diagnostics, tests).
    int deltasApplied() const { return m_deltasApplied; }
    //! How many pulls this engine has sent (diagnostics, benchmarks).
    int pullCount() const { return m_pulls; }
    LocalDatabase &database() { return *m_db; }

Q_SIGNALS:
    void statusChanged(Souk::Sync::SyncEngine::Status status);
    void pendingCountChanged(int count);
    //! During the first download of a bucket set: rows received so far, and whether it is done.
    void initialSyncProgress(qint64 rows, bool done);
    //! Rows changed locally (by a mutation or a pull), as tables and "table/id" keys.
    void changed(const QStringList &tables, const QStringList &rows);
    void mutationRejected(qint64 seq, const QString &name, const QString &code,
                          const QString &message);
    void mutationQuarantined(qint64 seq, const QString &name, const QString &reason);
    //! The server no longer accepts this session. reason: the error code of the refusal, or
    //! why the server closed the realtime socket ("account_restricted", "logout", ...).
    void signedOut(const QString &reason);
    void updateRequired(const QString &message);
    //! New tokens after a refresh; the app stores them (in the keychain).
    void credentialsChanged(const Souk::Sync::SyncEngine::Credentials &credentials);
    //! A push-and-pull cycle ended with nothing left to send.
    void synced();
    //! Someone in a conversation is typing; forget it after `expiresInMs` unless repeated.
    void typing(const QString &conversationId, const QString &userId, int expiresInMs);
    //! A contact went online, away or offline.
    void presenceChanged(const QString &userId, const QString &state);
    //! The realtime connection closed: presence seen so far is no longer known.
    void realtimeLost();
    //! An image upload was stored or failed for good.
    void uploadChanged(const QString &id, const QString &status);

private:
    struct Reply
    {
        int status = 0; // 0: no answer (network)
        QJsonObject json;
        QByteArray retryAfter;
        QString code() const;
        QString message() const;
    };
    using ReplyHandler = std::function<void(const Reply &)>;

    void send(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const QJsonObject &body, ReplyHandler handler);
    void sendBytes(const QByteArray &method, const QString &path, const QUrlQuery &query,
                   const QByteArray &payload, const QByteArray &contentType, ReplyHandler handler,
                   bool mayRefresh = true);
    //! Uploads the next queued image, then carries on with push(). Returns false when there is
    //! none.
    bool uploadNextImage();
    void refreshTokens(std::function<void(bool)> done);
    void runCycle();
    //! Ends the cycle when the network was switched off meanwhile; returns whether it did.
    bool stoppedOffline();
    void push();
    //! Handles the answers that end a cycle the same way for push and pull: no network,
    //! signed out, update required. Returns whether it did.
    bool endedByReply(const Reply &reply);
    void onPushed(const QList<qint64> &sent, const Reply &reply);

    void pull();
    void onPulled(const Reply &reply);
    void endCycle(bool ok, int retryAfterMs = 0);
    void failTransient(const QString &why, int retryAfterMs = 0);
    //! What a response passed to rebase() covers: a whole pull (every bucket we read, and our
    //! acknowledged pushes), or one bucket's delta frame.
    enum class Scope { Pull, Delta };
    Result<QStringList> rebase(const QJsonObject *response, Scope scope = Scope::Pull);
    //! Applies a realtime delta frame if it continues exactly what the replica holds; false
    //! when it does not (a pull brings the same rows then).
    bool applyDelta(const QJsonObject &frame);
    Result<Ok> replayPending(ReplicaStore &store);
    //! Starts a bucket over: its rows stay visible but are marked stale in the ledger, and
    //! those the new download does not bring back are removed when it completes.
    Result<Ok> markStale(const QStringList &buckets);
    //! Removes the ledger entries of `bucket` matching `where`, and the rows no other bucket
    //! still holds.
    Result<Ok> forgetLedger(ReplicaStore &store, const QString &bucket, const QString &where);
    void setStatus(Status status);
    void emitPendingCount();
    void connectSocket();
    //! One mutation inside the caller's transaction: validated, applied optimistically and
    //! queued; the rows it touched are added to `tables` and `rows`.
    Result<qint64> queueOne(const QString &name, const QJsonObject &args, int version,
                            QSet<QString> &tables, QSet<QString> &rows);
    void announceQueued(const QSet<QString> &tables, const QSet<QString> &rows);
    void onSocketMessage(const QString &message);
    int nextBackoffMs();

    Options m_options;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<SqliteStatements> m_pageStatements; // destroyed before m_db
    std::unique_ptr<MediaQueue> m_media;
    QNetworkAccessManager m_nam;
    QWebSocket m_socket;
    QTimer m_retryTimer;
    QTimer m_reconnectTimer;
    std::unique_ptr<HlcClock> m_clock;
    Credentials m_credentials;
    QString m_clientId;
    Status m_status = Status::Offline;
    bool m_away = false;
    bool m_running = false;
    bool m_networkEnabled = true;
    bool m_busy = false;
    int m_deltasApplied = 0;
    int m_pulls = 0;
    bool m_again = false;
    bool m_refreshing = false;
    QList<std::function<void(bool)>> m_refreshWaiters;
    int m_failures = 0;
    int m_socketFailures = 0;
    QString m_sessionEndReason; // why the server closed the socket, when it ended the session
    int m_checksumResets = 0;
    bool m_initialSync = false;
    qint64 m_initialRows = 0;
    int m_lastPending = -1;
};

} // namespace Souk::Sync
