#include "SyncEngine.h"

#include "Checksum.h"
#include "Entities.h"
#include "Mutators.h"
#include "ReplicaStore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

namespace {

constexpr qint64 Modulus = 4294967296LL;

Error engineError(const QString &code, const QString &message)
{
    return Error {400, code, message, {}};
}

qint64 mod32(qint64 v)
{
    return ((v % Modulus) + Modulus) % Modulus;
}

} // namespace

QString SyncEngine::Reply::code() const
{
    return json.value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString SyncEngine::Reply::message() const
{
    return json.value(u"error"_s).toObject().value(u"message"_s).toString();
}

SyncEngine::SyncEngine(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    // Parented members move with the engine when the app moves it to a worker thread (a
    // member's destructor unparents it first, so nothing is deleted twice).
    m_nam.setParent(this);
    m_socket.setParent(this);
    m_retryTimer.setParent(this);
    m_reconnectTimer.setParent(this);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::requestSync);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SyncEngine::connectSocket);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_socketFailures = 0;
        setStatus(m_busy ? Status::Syncing : Status::Online);
        if (m_away)
            sendPresence(true);
        requestSync(); // catch up on whatever happened while disconnected
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        Q_EMIT realtimeLost();
        if (!m_running || !m_networkEnabled || !m_options.realtime)
            return;
        if (m_socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated) {
            // The server ended this session (signed out elsewhere, a new password, a
            // suspension or ban): a request now finds out at once, and signs out on 401.
            m_sessionEndReason = m_socket.closeReason();
            requestSync();
        }
        // Jittered backoff, so a restarted server is not hit by every client at once.
        const int base = std::min(m_options.maxBackoffMs,
                                  m_options.minBackoffMs << std::min(m_socketFailures, 8));
        ++m_socketFailures;
        m_reconnectTimer.start(base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1)));
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &SyncEngine::onSocketMessage);
}

SyncEngine::~SyncEngine()
{
    m_running = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

Result<Ok> SyncEngine::open()
{
    m_pageStatements.reset(); // finalized before their connection closes
    m_db = std::make_unique<LocalDatabase>(m_options.databasePath);
    if (Result<Ok> opened = m_db->open(); !opened)
        return opened;
    m_media = std::make_unique<MediaQueue>(*m_db, m_options.databasePath + u".media"_s);
    m_pageStatements = std::make_unique<SqliteStatements>(
        m_db->db(), [](const char *context, const QString &detail) {
            return Error {
                500,
                u"local_database_error"_s,
                u"The local database failed (%1): %2"_s.arg(QString::fromLatin1(context), detail),
                {}};
        });
    m_clientId = m_db->meta(u"client_id"_s);
    if (m_clientId.isEmpty()) {
        m_clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Result<Ok> saved = m_db->setMeta(u"client_id"_s, m_clientId); !saved)
            return saved;
    }
    m_clock = std::make_unique<HlcClock>(m_clientId.left(8));
    if (const auto saved = Hlc::fromString(m_db->meta(u"hlc"_s)))
        m_clock->restore(*saved);
    m_credentials.userId = m_db->meta(u"user_id"_s);
    return Ok {};
}

Result<Ok> SyncEngine::setCredentials(const Credentials &credentials)
{
    const QString owner = m_db->meta(u"user_id"_s);
    if (!owner.isEmpty() && owner != credentials.userId)
        return engineError(u"wrong_account"_s,
                           u"This local database belongs to another account."_s);
    if (owner.isEmpty()) {
        if (Result<Ok> saved = m_db->setMeta(u"user_id"_s, credentials.userId); !saved)
            return saved;
    }
    m_credentials = credentials;
    if (m_running) {
        connectSocket();
        requestSync();
    }
    return Ok {};
}

void SyncEngine::clearCredentials()
{
    m_credentials.accessToken.clear();
    m_credentials.refreshToken.clear();
    m_socket.abort();
    setStatus(Status::Offline);
}

Result<qint64> SyncEngine::queueOne(const QString &name, const QJsonObject &args, int version,
                                    QSet<QString> &tables, QSet<QString> &rows)
{
    const Mutator *mutator = MutatorRegistry::instance().find(name, version);
    if (!mutator)
        return engineError(u"unknown_mutator"_s,
                           u"No mutator %1 version %2."_s.arg(name).arg(version));
    if (m_credentials.userId.isEmpty())
        return engineError(u"signed_out"_s, u"Sign in before making changes."_s);
    if (Error e = mutator->validate(args); !e.isNull())
        return e;
    QJsonObject fullArgs = args;
    if (mutator->lwwTarget && !args.contains(u"base"_s)) {
        // What the user saw: the clocks of the fields being written, as the replica has them.
        const auto [entity, id] = mutator->lwwTarget(args, m_credentials.userId);
        ReplicaStore reader(*m_db, false);
        Result<std::optional<Row>> current = reader.get(*entity, id);
        QJsonObject base;
        if (current && current->has_value()) {
            for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
                const QString clock = (*current)->clocks.value(it.key()).toString();
                if (entity->hasField(it.key()) && !clock.isEmpty())
                    base.insert(it.key(), clock);
            }
        }
        if (!base.isEmpty())
            fullArgs.insert(u"base"_s, base);
    }
    const qint64 next = m_db->meta(u"next_seq"_s, u"1"_s).toLongLong();
    const Hlc hlc = m_clock->now();
    Mutation mutation {next, name, version, fullArgs, hlc};
    // The optimistic run sits in a savepoint: if it fails here (say, the row is not local
    // yet), its partial writes go, but the mutation is still queued for the server.
    if (Result<QSqlQuery> sp = m_db->exec(u"SAVEPOINT optimistic"_s, {}, "savepoint"); !sp)
        return sp.error();
    ReplicaStore store(*m_db, true);
    Result<Ok> applied = MutatorRegistry::instance().run(
        store, MutationContext {m_credentials.userId, hlc, false}, mutation);
    if (!applied) {
        if (Result<Ok> r =
                m_db->run(u"ROLLBACK TO SAVEPOINT optimistic"_s, {}, "rollback optimistic");
            !r)
            return r.error();
        const int status = applied.error().status;
        if (status == 400 || status == 403 || status == 422)
            return applied.error();
    }
    if (Result<Ok> r = m_db->run(u"RELEASE SAVEPOINT optimistic"_s, {}, "release optimistic"); !r)
        return r.error();
    Result<QSqlQuery> queued = m_db->exec(
        u"INSERT INTO _outbox (seq, name, version, args, hlc, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {next, name, version,
         QString::fromUtf8(QJsonDocument(fullArgs).toJson(QJsonDocument::Compact)), hlc.toString(),
         QDateTime::currentMSecsSinceEpoch()},
        "queue mutation");
    if (!queued)
        return queued.error();
    if (Result<Ok> s = m_db->setMeta(u"next_seq"_s, QString::number(next + 1)); !s)
        return s.error();
    if (Result<Ok> h = m_db->setMeta(u"hlc"_s, hlc.toString()); !h)
        return h.error();
    if (applied) {
        tables += store.touchedTables();
        rows += store.touched();
    }
    return next;
}

void SyncEngine::announceQueued(const QSet<QString> &tables, const QSet<QString> &rows)
{
    if (!tables.isEmpty())
        QMetaObject::invokeMethod(
            this,
            [this, tables = tables.values(), rows = rows.values()] {
                Q_EMIT changed(tables, rows);
            },
            Qt::QueuedConnection);
    emitPendingCount();
    requestSync();
}

Result<qint64> SyncEngine::mutate(const QString &name, const QJsonObject &args, int version)
{
    QSet<QString> tables, rows;
    Result<qint64> seq = localTransaction<qint64>(
        *m_db, [&] { return queueOne(name, args, version, tables, rows); });
    if (seq)
        announceQueued(tables, rows);
    return seq;
}

Result<QList<qint64>> SyncEngine::mutateAll(const QList<QPair<QString, QJsonObject>> &changes)
{
    QSet<QString> tables, rows;
    Result<QList<qint64>> seqs =
        localTransaction<QList<qint64>>(*m_db, [&]() -> Result<QList<qint64>> {
            QList<qint64> out;
            for (const auto &[name, args] : changes) {
                Result<qint64> seq = queueOne(name, args, 1, tables, rows);
                if (!seq)
                    return seq.error();
                out << *seq;
            }
            return out;
        });
    if (seqs)
        announceQueued(tables, rows);
    return seqs;
}

void SyncEngine::start()
{
    m_running = true;
    connectSocket();
    requestSync();
}

void SyncEngine::stop()
{
    m_running = false;
    m_retryTimer.stop();
    m_reconnectTimer.stop();
    m_socket.abort();
    setStatus(Status::Offline);
}

void SyncEngine::setNetworkEnabled(bool enabled)
{
    m_networkEnabled = enabled;
    if (!enabled) {
        m_socket.abort();
        setStatus(Status::Offline);
        return;
    }
    m_failures = 0;
    if (m_running) {
        connectSocket();
        requestSync();
    }
}

void SyncEngine::requestSync()
{
    m_again = true;
    if (!m_busy)
        QMetaObject::invokeMethod(this, &SyncEngine::runCycle, Qt::QueuedConnection);
}

void SyncEngine::runCycle()
{
    if (m_busy || !m_again)
        return;
    if (!m_running || !m_networkEnabled || m_credentials.accessToken.isEmpty()) {
        setStatus(Status::Offline);
        return;
    }
    m_again = false;
    m_busy = true;
    m_retryTimer.stop();
    setStatus(Status::Syncing);
    push();
}

void SyncEngine::endCycle(bool ok, int retryAfterMs)
{
    m_busy = false;
    if (!ok) {
        m_retryTimer.start(retryAfterMs > 0 ? retryAfterMs : nextBackoffMs());
        return;
    }
    m_failures = 0;
    setStatus(Status::Online);
    if (m_again) {
        runCycle();
        return;
    }
    if (pendingCount() > 0) {
        // Acked but not yet pulled (cannot happen after a pull), or new local writes.
        m_again = true;
        runCycle();
        return;
    }
    Q_EMIT synced();
}

int SyncEngine::nextBackoffMs()
{
    const int base =
        std::min(m_options.maxBackoffMs, m_options.minBackoffMs << std::min(m_failures, 8));
    ++m_failures;
    return base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
}

void SyncEngine::failTransient(const QString &why, int retryAfterMs)
{
    Q_UNUSED(why);
    setStatus(Status::Offline);
    m_again = true;
    endCycle(false, retryAfterMs);
}

// --- HTTP ------------------------------------------------------------------------------------

void SyncEngine::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                      const QJsonObject &body, ReplyHandler handler)
{
    sendBytes(method, path, query,
              method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
              "application/json", std::move(handler));
}

void SyncEngine::sendBytes(const QByteArray &method, const QString &path, const QUrlQuery &query,
                           const QByteArray &payload, const QByteArray &contentType,
                           ReplyHandler handler, bool mayRefresh)
{
    QUrl url = m_options.server;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_credentials.accessToken);
    request.setTransferTimeout(30'000);
    if (method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply =
        method == "GET" ? m_nam.get(request) : m_nam.sendCustomRequest(request, method, payload);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, method, path, query, payload, contentType, handler, mayRefresh] {
                reply->deleteLater();
                Reply r;
                r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                r.json = QJsonDocument::fromJson(reply->readAll()).object();
                r.retryAfter = reply->rawHeader("Retry-After");
                if (r.status == 401 && r.code() == u"token_expired"_s && mayRefresh) {
                    refreshTokens([=, this](bool ok) {
                        if (ok)
                            sendBytes(method, path, query, payload, contentType, handler, false);
                        else
                            handler(r);
                    });
                    return;
                }
                handler(r);
            });
}

void SyncEngine::refreshTokens(std::function<void(bool)> done)
{
    m_refreshWaiters.append(std::move(done));
    if (m_refreshing)
        return;
    m_refreshing = true;
    QUrl url = m_options.server;
    url.setPath(u"/api/v1/auth/refresh"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply =
        m_nam.post(request,
                   QJsonDocument(QJsonObject {{u"refresh_token"_s,
                                               QString::fromLatin1(m_credentials.refreshToken)}})
                       .toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        const bool ok = status == 200;
        if (ok) {
            m_credentials.accessToken = json.value(u"access_token"_s).toString().toLatin1();
            m_credentials.refreshToken = json.value(u"refresh_token"_s).toString().toLatin1();
            Q_EMIT credentialsChanged(m_credentials);
        }
        m_refreshing = false;
        const auto waiters = std::exchange(m_refreshWaiters, {});
        for (const auto &w : waiters)
            w(ok);
    });
}

// --- push ------------------------------------------------------------------------------------

bool SyncEngine::uploadNextImage()
{
    Result<std::optional<MediaQueue::Item>> next = m_media->nextPending();
    if (!next) { // the queue cannot be read: no post goes before its images might
        endCycle(false);
        return true;
    }
    if (!next->has_value())
        return false;
    const QString id = (*next)->id;
    Result<QByteArray> bytes = m_media->bytes(id);
    if (!bytes) {
        // Unreadable: failed for good. Should even that not be written, the image stays
        // pending: the cycle ends here (a post naming it must not go first) and the next one
        // looks at it again.
        if (Result<Ok> marked = m_media->markFailed(id, bytes.error().message); !marked) {
            endCycle(false);
            return true;
        }
        Q_EMIT uploadChanged(id, u"failed"_s);
        push();
        return true;
    }
    sendBytes("POST", u"/api/v1/media"_s, {}, *bytes, "application/octet-stream",
              [this, id](const Reply &reply) {
                  if (endedByReply(reply))
                      return;
                  // A status that cannot be written leaves the image pending: the upload is
                  // sent again (the server keeps one copy of each image).
                  if (reply.status == 200 || reply.status == 201) {
                      if (!m_media->markStored(id, reply.json.value(u"sha256"_s).toString(),
                                               reply.json.value(u"width"_s).toInt(),
                                               reply.json.value(u"height"_s).toInt())) {
                          endCycle(false);
                          return;
                      }
                      Q_EMIT uploadChanged(id, u"stored"_s);
                  } else if (reply.status == 413 || reply.status == 415 || reply.status == 422) {
                      // The image itself is refused: a post naming it will be rejected with a
                      // reason, and the upload shows why.
                      if (!m_media->markFailed(id, reply.message())) {
                          endCycle(false);
                          return;
                      }
                      Q_EMIT uploadChanged(id, u"failed"_s);
                  } else {
                      failTransient(u"upload"_s,
                                    reply.status == 429 || reply.status == 503
                                        ? reply.retryAfter.toInt() * 1000
                                        : 0);
                      return;
                  }
                  push();
              });
    return true;
}

bool SyncEngine::stoppedOffline()
{
    // Going offline (the "work offline" switch, or a test) ends a cycle at its next step: no
    // further request goes out, even inside a push that has more batches to send.
    if (m_networkEnabled)
        return false;
    m_busy = false;
    m_again = true;
    setStatus(Status::Offline);
    return true;
}

void SyncEngine::push()
{
    if (stoppedOffline())
        return;
    // Images first: a post is pushed only once the images it names are stored. (Uploads are
    // whole files; one interrupted restarts from its first byte at the next cycle.)
    if (uploadNextImage())
        return;
    // A batch; a head mutation that already failed goes alone, to find out whether it is the
    // one that keeps failing.
    Result<QSqlQuery> head =
        m_db->exec(u"SELECT attempts FROM _outbox WHERE status = 'pending' ORDER BY seq LIMIT 1"_s,
                   {}, "outbox head");
    if (!head) {
        endCycle(false);
        return;
    }
    if (!head->next()) {
        pull();
        return;
    }
    const int limit = head->value(0).toInt() > 0 ? 1 : m_options.pushBatch;
    Result<QSqlQuery> q =
        m_db->exec(u"SELECT seq, name, version, args, hlc FROM _outbox WHERE status = 'pending'"
                   " ORDER BY seq LIMIT ?"_s,
                   {limit}, "read outbox");
    if (!q) {
        endCycle(false);
        return;
    }
    QJsonArray mutations;
    QList<qint64> sent;
    while (q->next()) {
        sent << q->value(0).toLongLong();
        mutations.append(QJsonObject {
            {u"seq"_s, q->value(0).toLongLong()},
            {u"name"_s, q->value(1).toString()},
            {u"version"_s, q->value(2).toInt()},
            {u"args"_s, QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object()},
            {u"hlc"_s, q->value(4).toString()}});
    }
    send("POST", u"/api/v1/sync/push"_s, {},
         QJsonObject {{u"client_id"_s, m_clientId},
                      {u"schema_version"_s, SyncSchemaVersion},
                      {u"mutations"_s, mutations}},
         [this, sent](const Reply &reply) { onPushed(sent, reply); });
}

bool SyncEngine::endedByReply(const Reply &reply)
{
    if (reply.status == 0) {
        failTransient(u"network"_s);
        return true;
    }
    if (reply.status == 401) { // revoked or expired beyond refresh: back to sign-in
        m_busy = false;
        clearCredentials();
        Q_EMIT signedOut(m_sessionEndReason.isEmpty() ? reply.code() : m_sessionEndReason);
        return true;
    }
    if (reply.status == 426) { // outside the server's schema range
        m_busy = false;
        m_running = false;
        Q_EMIT updateRequired(reply.message());
        return true;
    }
    return false;
}

void SyncEngine::onPushed(const QList<qint64> &sent, const Reply &reply)
{
    if (endedByReply(reply))
        return;
    if (reply.status == 429 || reply.status == 503) {
        failTransient(u"busy"_s, reply.retryAfter.toInt() * 1000);
        return;
    }
    if (reply.status != 200) {
        // The batch itself failed. Count it against the head; quarantine a head that keeps
        // failing alone, so it never blocks the queue behind it.
        const qint64 headSeq = sent.value(0);
        const QString why = u"%1 %2"_s.arg(reply.status).arg(reply.code());
        if (!m_db->run(
                u"UPDATE _outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"_s,
                {why, headSeq}, "count attempt")) {
            endCycle(false);
            return;
        }
        Result<QSqlQuery> attempts = m_db->exec(
            u"SELECT attempts, name FROM _outbox WHERE seq = ?"_s, {headSeq}, "read attempts");
        if (attempts && attempts->next() && sent.size() == 1
            && attempts->value(0).toInt() >= m_options.quarantineAfter) {
            const QString name = attempts->value(1).toString();
            if (!m_db->run(u"UPDATE _outbox SET status = 'quarantined' WHERE seq = ?"_s, {headSeq},
                           "quarantine")) {
                endCycle(false);
                return;
            }
            if (!rebase(nullptr)) { // takes its optimistic effect back
                endCycle(false);
                return;
            }
            emitPendingCount();
            Q_EMIT mutationQuarantined(headSeq, name, why);
            m_again = true;
            endCycle(true);
            return;
        }
        failTransient(why);
        return;
    }
    Result<Ok> recorded = localTransaction<Ok>(*m_db, [&]() -> Result<Ok> {
        const QJsonArray results = reply.json.value(u"results"_s).toArray();
        for (const QJsonValue &v : results) {
            const QJsonObject r = v.toObject();
            const qint64 seq = qint64(r.value(u"seq"_s).toDouble());
            if (r.value(u"status"_s).toString() == u"rejected"_s) {
                const QJsonObject error = r.value(u"error"_s).toObject();
                Result<QSqlQuery> q = m_db->exec(
                    u"INSERT OR REPLACE INTO _rejections (seq, name, args, code, message, at)"
                    " SELECT seq, name, args, ?, ?, ? FROM _outbox WHERE seq = ?"_s,
                    {error.value(u"code"_s).toString(), error.value(u"message"_s).toString(),
                     QDateTime::currentMSecsSinceEpoch(), seq},
                    "record rejection");
                if (!q)
                    return q.error();
                if (Result<Ok> r =
                        m_db->run(u"UPDATE _outbox SET status = 'rejected' WHERE seq = ?"_s, {seq},
                                  "mark rejected");
                    !r)
                    return r.error();
            } else if (Result<Ok> r =
                           m_db->run(u"UPDATE _outbox SET status = 'acked' WHERE seq = ?"_s, {seq},
                                     "mark acked");
                       !r) {
                return r.error();
            }
        }
        return Ok {};
    });
    if (!recorded) {
        endCycle(false);
        return;
    }
    for (const QJsonValue &v : reply.json.value(u"results"_s).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(u"status"_s).toString() == u"rejected"_s) {
            const QJsonObject error = r.value(u"error"_s).toObject();
            Result<QSqlQuery> name = m_db->exec(u"SELECT name FROM _rejections WHERE seq = ?"_s,
                                                {r.value(u"seq"_s).toDouble()}, "rejection name");
            Q_EMIT mutationRejected(qint64(r.value(u"seq"_s).toDouble()),
                                    name && name->next() ? name->value(0).toString() : QString(),
                                    error.value(u"code"_s).toString(),
                                    error.value(u"message"_s).toString());
        }
    }
    // More to push? Push again before pulling; otherwise pull (which also confirms the acks).
    Result<QSqlQuery> more =
        m_db->exec(u"SELECT 1 FROM _outbox WHERE status = 'pending' LIMIT 1"_s, {}, "more to push");
    if (more && more->next())
        push();
    else
        pull();
}

// --- pull ------------------------------------------------------------------------------------

void SyncEngine::pull()
{
    if (stoppedOffline())
        return;
    QUrlQuery query;
    query.addQueryItem(u"client_id"_s, m_clientId);
    query.addQueryItem(u"schema_version"_s, QString::number(SyncSchemaVersion));
    query.addQueryItem(u"limit"_s, QString::number(m_options.pullLimit));
    Result<QSqlQuery> q = m_db->exec(u"SELECT bucket, cursor FROM _buckets"_s, {}, "read cursors");
    if (!q) {
        endCycle(false);
        return;
    }
    bool any = false;
    while (q->next()) {
        any = true;
        query.addQueryItem(
            u"cursor"_s,
            QString::fromUtf8(QUrl::toPercentEncoding(
                q->value(0).toString() + u'@' + QString::number(q->value(1).toLongLong()))));
    }
    if (!any && !m_initialSync) {
        m_initialSync = true;
        m_initialRows = 0;
    }
    ++m_pulls;
    send("GET", u"/api/v1/sync/pull"_s, query, {}, [this](const Reply &r) { onPulled(r); });
}

void SyncEngine::onPulled(const Reply &reply)
{
    if (endedByReply(reply))
        return;
    if (reply.status == 400 && reply.code() == u"cursor_from_future"_s && m_checksumResets < 3) {
        // The server went back in time (restored from a backup): download everything again.
        // The outbox is kept and replayed on top, so no local work is lost.
        ++m_checksumResets;
        QStringList all;
        Result<QSqlQuery> q = m_db->exec(u"SELECT bucket FROM _buckets"_s, {}, "all buckets");
        while (q && q->next())
            all << q->value(0).toString();
        if (Result<Ok> marked = localTransaction<Ok>(*m_db, [&] { return markStale(all); });
            !marked) {
            endCycle(false);
            return;
        }
        pull();
        return;
    }
    if (reply.status != 200) {
        failTransient(reply.code(), reply.retryAfter.toInt() * 1000);
        return;
    }
    Result<QStringList> mismatched = rebase(&reply.json);
    if (!mismatched) {
        endCycle(false);
        return;
    }
    emitPendingCount();
    const QJsonObject buckets = reply.json.value(u"buckets"_s).toObject();
    bool more = false;
    for (auto it = buckets.constBegin(); it != buckets.constEnd(); ++it)
        more = more || it->toObject().value(u"has_more"_s).toBool();
    if (m_initialSync) {
        m_initialRows += reply.json.value(u"changes"_s).toArray().size();
        Q_EMIT initialSyncProgress(m_initialRows, !more);
        if (!more)
            m_initialSync = false;
    }
    if (!mismatched->isEmpty() && m_checksumResets < 3) {
        // A checksum that does not match means a missed change: download that bucket again.
        ++m_checksumResets;
        if (Result<Ok> marked = localTransaction<Ok>(*m_db, [&] { return markStale(*mismatched); });
            !marked) {
            endCycle(false);
            return;
        }
        more = true;
    } else if (mismatched->isEmpty()) {
        m_checksumResets = 0;
    }
    if (more) {
        pull();
        return;
    }
    endCycle(true);
}

Result<Ok> SyncEngine::replayPending(ReplicaStore &store)
{
    Result<QSqlQuery> q = m_db->exec(u"SELECT seq, name, version, args, hlc FROM _outbox"
                                     " WHERE status IN ('pending', 'acked') ORDER BY seq"_s,
                                     {}, "read pending");
    if (!q)
        return q.error();
    QList<Mutation> pending;
    while (q->next()) {
        pending.append(Mutation {q->value(0).toLongLong(), q->value(1).toString(),
                                 q->value(2).toInt(),
                                 QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object(),
                                 Hlc::fromString(q->value(4).toString()).value_or(Hlc {})});
    }
    for (const Mutation &m : std::as_const(pending)) {
        // A replay that no longer applies locally stays queued: the server decides.
        if (Result<Ok> r = m_db->run(u"SAVEPOINT replay"_s, {}, "savepoint replay"); !r)
            return r;
        Result<Ok> applied = MutatorRegistry::instance().run(
            store, MutationContext {m_credentials.userId, m.hlc, false}, m);
        if (!applied) {
            if (Result<Ok> r = m_db->run(u"ROLLBACK TO SAVEPOINT replay"_s, {}, "rollback replay");
                !r)
                return r;
        }
        if (Result<Ok> r = m_db->run(u"RELEASE SAVEPOINT replay"_s, {}, "release replay"); !r)
            return r;
    }
    return Ok {};
}

Result<QStringList> SyncEngine::rebase(const QJsonObject *response, Scope scope)
{
    // Prepared once for the engine's life: an initial sync applies thousands of rows here, and
    // a realtime delta (a row or two, many times a second) would otherwise parse every
    // statement each time. Used through SQLite's own API (SqliteStatements.h).
    SqliteStatements &statements = *m_pageStatements;
    ReplicaStore server(*m_db, false, &statements);
    ReplicaStore optimistic(*m_db, true);
    Hlc newest;
    QString newestText; // newest.toString(), once set
    Result<QStringList> mismatched = localTransaction<
        QStringList>(*m_db, [&]() -> Result<QStringList> {
        // 1. Back to the last server state.
        Result<QSqlQuery> shadows =
            m_db->exec(u"SELECT tbl, row_id, data FROM _shadow"_s, {}, "read shadows");
        if (!shadows)
            return shadows.error();
        QList<std::tuple<QString, QString, QVariant>> restore;
        while (shadows->next())
            restore.append(
                {shadows->value(0).toString(), shadows->value(1).toString(), shadows->value(2)});
        for (const auto &[table, id, data] : std::as_const(restore)) {
            const EntityDef *entity = Sync::entity(table);
            if (!entity)
                continue;
            Result<Ok> r = data.isNull() ? server.remove(*entity, id)
                                         : server.write(*entity, decodeRow(id, data.toString()));
            if (!r)
                return r.error();
        }
        if (Result<QSqlQuery> cleared = m_db->exec(u"DELETE FROM _shadow"_s, {}, "clear shadows");
            !cleared)
            return cleared.error();

        QStringList mismatch;
        if (response) {
            const QJsonObject buckets = response->value(u"buckets"_s).toObject();
            const bool pulled = scope == Scope::Pull;
            // 2. Buckets left (unfollowed): forget their rows. Buckets the server resets (our
            // cursor is older than its history): start over, keeping rows until replaced.
            Result<QSqlQuery> local =
                m_db->exec(u"SELECT bucket FROM _buckets"_s, {}, "local buckets");
            if (!local)
                return local.error();
            QStringList left;
            QStringList reset;
            while (pulled && local->next()) {
                const QString b = local->value(0).toString();
                if (!buckets.contains(b))
                    left << b;
                else if (buckets.value(b).toObject().value(u"reset"_s).toBool())
                    reset << b;
            }
            for (const QString &bucket : std::as_const(left)) {
                if (Result<Ok> r = forgetLedger(server, bucket, u"1"_s); !r)
                    return r.error();
                if (Result<QSqlQuery> q = m_db->exec(u"DELETE FROM _buckets WHERE bucket = ?"_s,
                                                     {bucket}, "drop bucket");
                    !q)
                    return q.error();
            }
            if (Result<Ok> r = markStale(reset); !r)
                return r.error();
            // 3. What the server sent.
            for (auto it = buckets.constBegin(); it != buckets.constEnd(); ++it) {
                Result<QSqlQuery> added = m_db->exec(
                    u"INSERT OR IGNORE INTO _buckets (bucket, cursor, checksum) VALUES (?, 0, 0)"_s,
                    {it.key()}, "add bucket");
                if (!added)
                    return added.error();
            }
            Result<SqliteStatement *> ledgerRead = statements.get(
                u"SELECT version FROM _ledger WHERE bucket = ? AND tbl = ? AND row_id = ?"_s,
                "ledger read");
            Result<SqliteStatement *> ledgerDelete =
                statements.get(u"DELETE FROM _ledger WHERE bucket = ? AND tbl = ? AND row_id = ?"_s,
                               "ledger delete");
            Result<SqliteStatement *> rowElsewhere = statements.get(
                u"SELECT 1 FROM _ledger WHERE tbl = ? AND row_id = ? LIMIT 1"_s, "row elsewhere");
            Result<SqliteStatement *> ledgerWrite = statements.get(
                u"INSERT INTO _ledger (bucket, tbl, row_id, version) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (bucket, tbl, row_id) DO UPDATE SET version = excluded.version"_s,
                "ledger write");
            for (const auto *q : {&ledgerRead, &ledgerDelete, &rowElsewhere, &ledgerWrite}) {
                if (!*q)
                    return q->error();
            }
            // Each bucket's checksum moves once a page, by the sum of its rows' changes (the
            // same sum modulo 2^32 as a row at a time), in the order buckets first appear.
            QList<std::pair<QString, qint64>> checksumDeltas;
            const QJsonArray changes = response->value(u"changes"_s).toArray();
            for (const QJsonValue &value : changes) {
                const QJsonObject c = value.toObject();
                const EntityDef *entity = Sync::entity(c.value(u"table"_s).toString());
                if (!entity)
                    continue; // a newer server's entity: ignored by this version
                const QString bucket = c.value(u"bucket"_s).toString();
                const QString id = c.value(u"id"_s).toString();
                const qint64 version = qint64(c.value(u"version"_s).toDouble());
                SqliteStatement &old = **ledgerRead;
                old.bind(1, bucket);
                old.bind(2, entity->name);
                old.bind(3, id);
                Result<bool> had = old.step();
                if (!had)
                    return had.error();
                qint64 delta = 0;
                if (*had && old.columnInt64(0) >= 0) // -1: stale, not counted
                    delta -= rowChecksum(entity->name, id, old.columnInt64(0));
                old.reset();
                if (c.value(u"deleted"_s).toBool()) {
                    SqliteStatement &drop = **ledgerDelete;
                    drop.bind(1, bucket);
                    drop.bind(2, entity->name);
                    drop.bind(3, id);
                    if (Result<bool> r = drop.step(); !r)
                        return r.error();
                    drop.reset();
                    // A row can leave one bucket and stay in another (a post held for review
                    // leaves its followers' bucket, not its author's): gone only from the last.
                    SqliteStatement &elsewhere = **rowElsewhere;
                    elsewhere.bind(1, entity->name);
                    elsewhere.bind(2, id);
                    Result<bool> held = elsewhere.step();
                    if (!held)
                        return held.error();
                    elsewhere.reset();
                    if (!*held) {
                        if (Result<Ok> r = server.remove(*entity, id); !r)
                            return r.error();
                    }
                } else {
                    delta += rowChecksum(entity->name, id, version);
                    SqliteStatement &ledger = **ledgerWrite;
                    ledger.bind(1, bucket);
                    ledger.bind(2, entity->name);
                    ledger.bind(3, id);
                    ledger.bind(4, version);
                    if (Result<bool> r = ledger.step(); !r)
                        return r.error();
                    ledger.reset();
                    Row row {id, c.value(u"fields"_s).toObject(), c.value(u"clocks"_s).toObject(),
                             false};
                    for (auto clock = row.clocks.constBegin(); clock != row.clocks.constEnd();
                         ++clock) {
                        // An HLC's text sorts as the HLC does (fixed-width hex wall time and
                        // counter, then the node): only a text past the newest is parsed.
                        const QString text = clock->toString();
                        if (text <= newestText)
                            continue;
                        if (const auto hlc = Hlc::fromString(text); hlc && newest < *hlc) {
                            newest = *hlc;
                            newestText = text;
                        }
                    }
                    if (Result<Ok> r = server.write(*entity, row); !r)
                        return r.error();
                }
                if (delta == 0)
                    continue;
                auto sum = std::find_if(checksumDeltas.begin(), checksumDeltas.end(),
                                        [&](const auto &d) { return d.first == bucket; });
                if (sum == checksumDeltas.end())
                    checksumDeltas.append({bucket, delta});
                else
                    sum->second = mod32(sum->second + delta);
            }
            for (const auto &[bucket, delta] : std::as_const(checksumDeltas)) {
                if (Result<Ok> q = statements.run(
                        u"UPDATE _buckets SET checksum = ((checksum + ?) % 4294967296 + 4294967296)"
                        " % 4294967296 WHERE bucket = ?"_s,
                        {mod32(delta), bucket}, "bucket checksum");
                    !q)
                    return q.error();
            }
            for (auto it = buckets.constBegin(); it != buckets.constEnd(); ++it) {
                const QJsonObject info = it->toObject();
                if (Result<Ok> r =
                        m_db->run(u"UPDATE _buckets SET cursor = ? WHERE bucket = ?"_s,
                                  {qint64(info.value(u"cursor"_s).toDouble()), it.key()}, "cursor");
                    !r)
                    return r.error();
                if (!info.value(u"has_more"_s).toBool()) {
                    // The bucket is complete: what a reset did not bring back is gone.
                    if (Result<Ok> r = forgetLedger(server, it.key(), u"version < 0"_s); !r)
                        return r.error();
                }
                if (!info.value(u"has_more"_s).toBool() && info.contains(u"checksum"_s)) {
                    Result<QSqlQuery> mine =
                        m_db->exec(u"SELECT checksum FROM _buckets WHERE bucket = ?"_s, {it.key()},
                                   "read checksum");
                    if (mine && mine->next()
                        && QString::number(mine->value(0).toLongLong())
                            != info.value(u"checksum"_s).toString())
                        mismatch << it.key();
                }
            }
            // 4. Mutations the server has processed are now part of its state.
            const qint64 lastSeq = qint64(response->value(u"last_seq"_s).toDouble());
            if (Result<QSqlQuery> done =
                    m_db->exec(u"DELETE FROM _outbox WHERE seq <= ? AND status <> 'quarantined'"_s,
                               {pulled ? lastSeq : 0}, "drop processed");
                !done)
                return done.error();
        }
        // 5. Pending mutations on top again.
        if (Result<Ok> replayed = replayPending(optimistic); !replayed)
            return replayed.error();
        return mismatch;
    });
    if (!mismatched)
        return mismatched;
    if (!newest.isNull() && m_clock) {
        // Seeing a later write moves our clock past it, even if our wall clock is behind.
        if (m_clock->receive(newest)) {
            if (Result<Ok> saved = m_db->setMeta(u"hlc"_s, m_clock->last().toString()); !saved)
                return saved.error();
        }
    }
    QSet<QString> rowsChanged = server.touched() + optimistic.touched();
    QSet<QString> tables = server.touchedTables() + optimistic.touchedTables();
    if (!rowsChanged.isEmpty())
        Q_EMIT changed(tables.values(), rowsChanged.values());
    return mismatched;
}

Result<Ok> SyncEngine::markStale(const QStringList &buckets)
{
    for (const QString &bucket : buckets) {
        Result<QSqlQuery> stale = m_db->exec(u"UPDATE _ledger SET version = -1 WHERE bucket = ?"_s,
                                             {bucket}, "mark stale");
        if (!stale)
            return stale.error();
        Result<QSqlQuery> restart =
            m_db->exec(u"UPDATE _buckets SET cursor = 0, checksum = 0 WHERE bucket = ?"_s, {bucket},
                       "restart bucket");
        if (!restart)
            return restart.error();
    }
    return Ok {};
}

Result<Ok> SyncEngine::forgetLedger(ReplicaStore &store, const QString &bucket,
                                    const QString &where)
{
    // `where` is one of two fixed conditions written in this file, never user input.
    Result<QSqlQuery> rows =
        m_db->exec(u"SELECT tbl, row_id FROM _ledger WHERE bucket = ? AND "_s + where, {bucket},
                   "rows of bucket");
    if (!rows)
        return rows.error();
    QList<std::pair<QString, QString>> keys;
    while (rows->next())
        keys.append({rows->value(0).toString(), rows->value(1).toString()});
    if (keys.isEmpty())
        return Ok {};
    Result<QSqlQuery> dropped = m_db->exec(u"DELETE FROM _ledger WHERE bucket = ? AND "_s + where,
                                           {bucket}, "forget ledger");
    if (!dropped)
        return dropped.error();
    for (const auto &[table, id] : std::as_const(keys)) {
        Result<QSqlQuery> still =
            m_db->exec(u"SELECT 1 FROM _ledger WHERE tbl = ? AND row_id = ? LIMIT 1"_s, {table, id},
                       "row elsewhere");
        if (!still)
            return still.error();
        const EntityDef *entity = Sync::entity(table);
        if (!still->next() && entity) {
            if (Result<Ok> removed = store.remove(*entity, id); !removed)
                return removed;
        }
    }
    return Ok {};
}

Result<qint64> SyncEngine::retry(qint64 seq)
{
    Result<QSqlQuery> q = m_db->exec(
        u"SELECT name, version, args FROM _outbox WHERE seq = ? AND status = 'quarantined'"
        " UNION ALL SELECT name, 1, args FROM _rejections WHERE seq = ?"_s,
        {seq, seq}, "find retry");
    if (!q)
        return q.error();
    if (!q->next())
        return engineError(u"not_found"_s,
                           u"No quarantined or rejected change with that number."_s);
    const QString name = q->value(0).toString();
    const int version = q->value(1).toInt();
    const QJsonObject args = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
    // Queue the new copy first: if forgetting the old one failed, both stay visible rather
    // than the change being lost.
    Result<qint64> queued = mutate(name, args, version);
    if (!queued)
        return queued;
    Result<Ok> forgot = localTransaction<Ok>(*m_db, [&]() -> Result<Ok> {
        if (Result<Ok> r =
                m_db->run(u"DELETE FROM _outbox WHERE seq = ?"_s, {seq}, "forget quarantined");
            !r)
            return r;
        return m_db->run(u"DELETE FROM _rejections WHERE seq = ?"_s, {seq}, "forget rejection");
    });
    if (!forgot)
        return forgot.error();
    return queued;
}

Result<Ok> SyncEngine::discard(qint64 seq)
{
    return localTransaction<Ok>(*m_db, [&]() -> Result<Ok> {
        if (Result<Ok> r =
                m_db->run(u"DELETE FROM _outbox WHERE seq = ? AND status = 'quarantined'"_s, {seq},
                          "discard quarantined");
            !r)
            return r;
        return m_db->run(u"DELETE FROM _rejections WHERE seq = ?"_s, {seq}, "discard rejection");
    });
}

Result<Ok> SyncEngine::clearCache()
{
    ReplicaStore optimistic(*m_db, true);
    Result<Ok> cleared = localTransaction<Ok>(*m_db, [&]() -> Result<Ok> {
        QStringList statements {u"DELETE FROM _ledger"_s, u"DELETE FROM _buckets"_s,
                                u"DELETE FROM _shadow"_s};
        for (const EntityDef &entity : entities())
            statements << u"DELETE FROM "_s + entity.name;
        for (const QString &sql : std::as_const(statements)) {
            if (Result<Ok> r = m_db->run(sql, {}, "clear cache"); !r)
                return r;
        }
        return replayPending(optimistic);
    });
    if (!cleared)
        return cleared;
    QStringList tables;
    for (const EntityDef &entity : entities())
        tables << entity.name;
    Q_EMIT changed(tables, {});
    requestSync();
    return Ok {};
}

qint64 SyncEngine::cacheBytes() const
{
    const QString path = m_db->path();
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

// --- reads -----------------------------------------------------------------------------------

Result<QString> SyncEngine::addMedia(const QByteArray &bytes)
{
    Result<QString> id = m_media->add(bytes);
    if (id)
        requestSync();
    return id;
}

Result<Ok> SyncEngine::cacheCatalog(const QJsonArray &products)
{
    return localTransaction<Ok>(*m_db, [&]() -> Result<Ok> {
        for (const QJsonValue &value : products) {
            const QJsonObject p = value.toObject();
            if (Result<Ok> r = m_db->run(
                    u"INSERT INTO _catalog (id, title, description, json, fetched_at)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
                    " description = excluded.description, json = excluded.json,"
                    " fetched_at = excluded.fetched_at"_s,
                    {p.value(u"id"_s).toString(), p.value(u"title"_s).toString(),
                     p.value(u"description"_s).toString(),
                     QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact)),
                     QDateTime::currentMSecsSinceEpoch()},
                    "cache catalog");
                !r)
                return r;
        }
        return Ok {};
    });
}

Result<QString> SyncEngine::addMediaFile(const QString &path)
{
    Result<QString> id = m_media->addFile(path);
    if (id)
        requestSync();
    return id;
}

QString SyncEngine::mediaPath(const QString &id) const
{
    const QString path = m_media->localPath(id);
    return QFileInfo::exists(path) ? path : QString();
}

Result<QList<MediaQueue::Item>> SyncEngine::uploads()
{
    return m_media->all();
}

Result<QList<Row>> SyncEngine::rows(const QString &entityName)
{
    const EntityDef *entity = Sync::entity(entityName);
    if (!entity)
        return engineError(u"unknown_entity"_s, entityName);
    ReplicaStore store(*m_db, false);
    return store.all(*entity);
}

Result<std::optional<Row>> SyncEngine::row(const QString &entityName, const QString &id)
{
    const EntityDef *entity = Sync::entity(entityName);
    if (!entity)
        return engineError(u"unknown_entity"_s, entityName);
    ReplicaStore store(*m_db, false);
    return store.get(*entity, id);
}

int SyncEngine::pendingCount()
{
    Result<QSqlQuery> q =
        m_db->exec(u"SELECT COUNT(*) FROM _outbox WHERE status IN ('pending', 'acked')"_s, {},
                   "count pending");
    return q && q->next() ? q->value(0).toInt() : 0;
}

QList<SyncEngine::OutboxEntry> SyncEngine::outbox()
{
    QList<OutboxEntry> out;
    Result<QSqlQuery> q = m_db->exec(
        u"SELECT seq, name, version, args, hlc, status, attempts, last_error FROM _outbox"
        " ORDER BY seq"_s,
        {}, "list outbox");
    while (q && q->next())
        out.append(OutboxEntry {q->value(0).toLongLong(), q->value(1).toString(),
                                q->value(2).toInt(),
                                QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object(),
                                q->value(4).toString(), q->value(5).toString(), q->value(6).toInt(),
                                q->value(7).toString()});
    return out;
}

QList<SyncEngine::Rejection> SyncEngine::rejections()
{
    QList<Rejection> out;
    Result<QSqlQuery> q =
        m_db->exec(u"SELECT seq, name, code, message, args FROM _rejections ORDER BY seq"_s, {},
                   "list rejections");
    while (q && q->next())
        out.append(Rejection {q->value(0).toLongLong(), q->value(1).toString(),
                              q->value(2).toString(), q->value(3).toString(),
                              QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object()});
    return out;
}

void SyncEngine::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void SyncEngine::emitPendingCount()
{
    const int count = pendingCount();
    if (count != m_lastPending) {
        m_lastPending = count;
        Q_EMIT pendingCountChanged(count);
    }
}

// --- realtime ---------------------------------------------------------------------------------

void SyncEngine::connectSocket()
{
    if (!m_running || !m_networkEnabled || !m_options.realtime
        || m_credentials.accessToken.isEmpty())
        return;
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    QUrl url = m_options.server;
    url.setScheme(url.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    url.setPath(u"/api/v1/ws"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_credentials.accessToken);
    m_socket.open(request);
}

void SyncEngine::onSocketMessage(const QString &message)
{
    const QJsonObject frame = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = frame.value(u"type"_s).toString();
    if (type == u"poke"_s)
        requestSync();
    else if (type == u"delta"_s && !applyDelta(frame))
        requestSync();
    else if (type == u"typing"_s)
        Q_EMIT typing(frame.value(u"conversation_id"_s).toString(),
                      frame.value(u"user_id"_s).toString(),
                      int(frame.value(u"expires_in_ms"_s).toInteger(6000)));
    else if (type == u"presence"_s)
        Q_EMIT presenceChanged(frame.value(u"user_id"_s).toString(),
                               frame.value(u"state"_s).toString());
}

bool SyncEngine::applyDelta(const QJsonObject &frame)
{
    // Not while a cycle is in flight (its pull may be older than the frame), nor during the
    // first download, nor with pushes acknowledged but not pulled (the frame may hold their
    // effect, and replaying them on top would count them twice).
    if (m_busy || m_initialSync)
        return false;
    const QString bucket = frame.value(u"bucket"_s).toString();
    const qint64 after = frame.value(u"after"_s).toInteger(-1);
    const qint64 cursor = frame.value(u"cursor"_s).toInteger(-1);
    Result<QSqlQuery> mine =
        m_db->exec(u"SELECT cursor FROM _buckets WHERE bucket = ?"_s, {bucket}, "delta cursor");
    if (!mine || !mine->next() || after < 0 || cursor <= after)
        return false;
    const qint64 held = mine->value(0).toLongLong();
    if (held >= cursor)
        return true; // a pull overtook the frame: nothing new in it
    if (held < after)
        return false; // a change in between has not reached us
    Result<QSqlQuery> acked =
        m_db->exec(u"SELECT 1 FROM _outbox WHERE status = 'acked' LIMIT 1"_s, {}, "acked pushes");
    if (!acked || acked->next())
        return false;
    const QJsonArray changes = frame.value(u"changes"_s).toArray();
    for (const QJsonValue &change : changes) {
        if (change.toObject().value(u"bucket"_s).toString() != bucket)
            return false;
    }
    const QJsonObject response {
        {u"buckets"_s,
         QJsonObject {{bucket,
                       QJsonObject {{u"cursor"_s, cursor},
                                    {u"has_more"_s, false},
                                    {u"checksum"_s, frame.value(u"checksum"_s)}}}}},
        {u"changes"_s, changes}};
    Result<QStringList> mismatched = rebase(&response, Scope::Delta);
    if (!mismatched)
        return false;
    if (!mismatched->isEmpty()) {
        // Our copy of the bucket differs from the server's: download it again (should marking
        // it fail, the next full pull compares checksums and finds it anyway).
        Result<Ok> marked = localTransaction<Ok>(*m_db, [&] { return markStale(*mismatched); });
        Q_UNUSED(marked);
        return false;
    }
    ++m_deltasApplied;
    return true;
}

void SyncEngine::sendTyping(const QString &conversationId)
{
    // Ephemeral: without a connected socket there is nobody to tell, and nothing is queued.
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject {{u"type"_s, u"typing"_s},
                                                     {u"conversation_id"_s, conversationId}})
                              .toJson(QJsonDocument::Compact)));
}

void SyncEngine::sendPresence(bool away)
{
    m_away = away;
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return;
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject {{u"type"_s, u"presence"_s},
                                                     {u"state"_s, away ? u"away"_s : u"online"_s}})
                              .toJson(QJsonDocument::Compact)));
}

} // namespace Souk::Sync
