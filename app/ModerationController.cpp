#include "ModerationController.h"

#include "SafetyController.h"
#include "ServerTimes.h"
#include "SessionBinding.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Souk::App {

namespace {

QString keyOf(const QString &targetType, const QString &targetId)
{
    return targetType + u':' + targetId;
}

//! The words of reported content, whatever its kind.
QString excerptOf(const QJsonObject &snapshot)
{
    for (const QString &field :
         {u"caption"_s, u"body"_s, u"title"_s, u"bio"_s, u"display_name"_s, u"username"_s}) {
        const QString text = snapshot.value(field).toString();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

//! A user's record (GET /admin/users/{id}) with its times as dates, "never" as undefined.
QVariantMap recordForQml(const QJsonObject &json)
{
    QVariantMap record = json.toVariantMap();
    record.insert(u"user"_s,
                  ServerTimes::withDates(json.value(u"user"_s).toObject(),
                                         {u"created_at"_s, u"suspended_until"_s}));
    const QList<std::pair<QString, QStringList>> lists {
        {u"strikes"_s, {u"until"_s, u"created_at"_s}},
        {u"reports_against"_s, {u"created_at"_s}},
        {u"sessions"_s, {u"created_at"_s, u"last_used_at"_s, u"revoked_at"_s}}};
    for (const auto &[key, times] : lists) {
        QVariantList items;
        for (const QJsonValue &item : json.value(key).toArray())
            items << ServerTimes::withDates(item.toObject(), times);
        record.insert(key, items);
    }
    return record;
}

} // namespace

ModerationController::ModerationController(QObject *parent)
    : QObject(parent)
{ }

void ModerationController::setSession(SessionController *session)
{
    if (m_session == session)
        return;
    bindSession(this, m_session, session,
                {u"reports"_s, u"mod_actions"_s, u"strikes"_s, u"appeal_messages"_s, u"posts"_s,
                 u"comments"_s, u"messages"_s, u"products"_s, u"reviews"_s},
                [this] {
                    reloadQueue();
                    reloadAppeals();
                });
    Q_EMIT sessionChanged();
}

void ModerationController::setReasonFilter(const QString &reason)
{
    if (reason == m_reason)
        return;
    m_reason = reason;
    reloadQueue();
}

void ModerationController::setSortOrder(const QString &sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    reloadQueue();
}

void ModerationController::reloadQueue()
{
    m_queue.clear();
    m_history.clear();
    m_selected.clear();
    Sync::ModerationQueries *q = m_session ? m_session->local()->moderation() : nullptr;
    if (!q) {
        Q_EMIT queueChanged();
        return;
    }
    using Sort = Sync::ModerationQueries::Sort;
    const Sort sort = m_sort == u"newest"_s ? Sort::Newest
        : m_sort == u"reporters"_s          ? Sort::MostReported
                                            : Sort::Oldest;
    for (const auto &item : q->queue(m_reason, sort).value_or({})) {
        QVariantMap reasons;
        for (const QString &r : item.reasons)
            reasons[r] = reasons.value(r).toInt() + 1;
        QVariantList images;
        for (const QJsonValue &m : item.snapshot.value(u"media"_s).isString()
                 ? QJsonDocument::fromJson(item.snapshot.value(u"media"_s).toString().toUtf8())
                       .array()
                 : item.snapshot.value(u"media"_s).toArray())
            images << m_session->local()->mediaUrl(m.toObject(), u"thumb"_s);
        const QVariantMap map {{u"key"_s, keyOf(item.targetType, item.targetId)},
                               {u"targetType"_s, item.targetType},
                               {u"targetId"_s, item.targetId},
                               {u"ownerId"_s, item.ownerId},
                               {u"ownerUsername"_s, item.ownerUsername},
                               {u"reporters"_s, item.reporters},
                               {u"reasons"_s, reasons},
                               {u"notes"_s, item.notes},
                               {u"firstAt"_s, QDateTime::fromMSecsSinceEpoch(item.firstAt)},
                               {u"lastAt"_s, QDateTime::fromMSecsSinceEpoch(item.lastAt)},
                               {u"excerpt"_s, excerptOf(item.snapshot)},
                               {u"images"_s, images},
                               {u"moderation"_s, item.moderation},
                               {u"reportIds"_s, item.reportIds}};
        m_queue << map;
        if (map.value(u"key"_s) == m_selectedKey)
            m_selected = map;
    }
    if (!m_selected.isEmpty()) {
        QVariantList reports;
        for (const auto &r : q->reportsAbout(m_selected.value(u"targetType"_s).toString(),
                                             m_selected.value(u"targetId"_s).toString())
                                 .value_or({}))
            reports << QVariantMap {
                {u"id"_s, r.id},
                {u"reporter"_s, r.reporterUsername.isEmpty() ? r.reporterId : r.reporterUsername},
                {u"reason"_s, r.reason},
                {u"note"_s, r.note},
                {u"status"_s, r.status},
                {u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(r.createdAt)}};
        m_selected.insert(u"reports"_s, reports);
    }
    for (const auto &a : q->actions(QString(), 50).value_or({})) {
        const QVariantMap map {{u"id"_s, a.id},
                               {u"action"_s, a.action},
                               {u"targetType"_s, a.targetType},
                               {u"targetId"_s, a.targetId},
                               {u"reason"_s, a.reason},
                               {u"rule"_s, a.rule},
                               {u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(a.createdAt)},
                               {u"reversed"_s, a.reversed}};
        m_history << map;
    }
    Q_EMIT queueChanged();
}

void ModerationController::reloadAppeals()
{
    m_appeals.clear();
    m_appeal.clear();
    Sync::ModerationQueries *q = m_session ? m_session->local()->moderation() : nullptr;
    if (q) {
        for (const auto &s : q->openAppeals().value_or({}))
            m_appeals << strikeMap(s);
        if (!m_appealId.isEmpty()) {
            if (const auto strike = q->strike(m_appealId).value_or(std::nullopt))
                m_appeal = {{u"strike"_s, strikeMap(*strike)},
                            {u"thread"_s, threadList(q->thread(m_appealId).value_or({}))}};
        }
    }
    Q_EMIT appealsChanged();
}

void ModerationController::select(const QString &key)
{
    m_selectedKey = key;
    reloadQueue();
}

bool ModerationController::run(const QString &mutator, const QJsonObject &args)
{
    return runForPage(m_session, mutator, args, m_error, [this] { Q_EMIT errorChanged(); });
}

void ModerationController::setError(const QString &message)
{
    m_error = message;
    Q_EMIT errorChanged();
}

bool ModerationController::decide(const QStringList &keys, const QString &action,
                                  const QString &reason, const QString &rule)
{
    if (!m_session)
        return false;
    // One decision per target, all queued together or none (a bulk decision is one intent).
    QList<QPair<QString, QJsonObject>> changes;
    for (const QVariant &v : std::as_const(m_queue)) {
        const QVariantMap item = v.toMap();
        if (!keys.contains(item.value(u"key"_s).toString()))
            continue;
        changes.append({u"moderate"_s,
                        {{u"id"_s, newId()},
                         {u"target_type"_s, item.value(u"targetType"_s).toString()},
                         {u"target_id"_s, item.value(u"targetId"_s).toString()},
                         {u"action"_s, action},
                         {u"reason"_s, reason},
                         {u"rule"_s, rule},
                         {u"report_ids"_s,
                          QJsonArray::fromStringList(item.value(u"reportIds"_s).toStringList())}}});
    }
    if (changes.isEmpty()) {
        setError(tr("Choose something from the queue first."));
        return false;
    }
    Result<QList<qint64>> queued = m_session->mutateAll(changes);
    setError(queued ? QString() : queued.error().message);
    return bool(queued);
}

bool ModerationController::actOnUser(const QString &userId, const QString &action,
                                     const QString &reason, const QString &rule, int days)
{
    QJsonObject args {{u"id"_s, newId()},       {u"target_type"_s, u"user"_s},
                      {u"target_id"_s, userId}, {u"action"_s, action},
                      {u"reason"_s, reason},    {u"rule"_s, rule}};
    if (action == u"suspend"_s)
        args.insert(u"days"_s, days);
    // The selected reports go with it when they are about this account or its content.
    if (m_selected.value(u"ownerId"_s).toString() == userId)
        args.insert(u"report_ids"_s,
                    QJsonArray::fromStringList(m_selected.value(u"reportIds"_s).toStringList()));
    return run(u"actOnUser"_s, args);
}

bool ModerationController::restore(const QString &actionId, const QString &reason)
{
    return run(u"restoreContent"_s, {{u"action_id"_s, actionId}, {u"reason"_s, reason}});
}

void ModerationController::openAppeal(const QString &strikeId)
{
    m_appealId = strikeId;
    reloadAppeals();
}

bool ModerationController::replyToAppeal(const QString &text)
{
    return run(u"appealMessage"_s,
               {{u"id"_s, newId()}, {u"strike_id"_s, m_appealId}, {u"body"_s, text}});
}

bool ModerationController::decideAppeal(const QString &decision, const QString &text)
{
    return run(u"decideAppeal"_s,
               {{u"id"_s, newId()},
                {u"strike_id"_s, m_appealId},
                {u"decision"_s, decision},
                {u"body"_s, text}});
}

// --- what needs the server ------------------------------------------------------------------

bool ModerationController::answered(int status, const QJsonObject &json)
{
    if (status >= 200 && status < 300) {
        setError({});
        return true;
    }
    setError(status == 0 ? tr("This needs the server, which cannot be reached now.")
                         : json.value(u"error"_s).toObject().value(u"message"_s).toString());
    return false;
}

void ModerationController::searchUsers(const QString &text)
{
    if (!m_session)
        return;
    QUrlQuery query;
    if (!text.trimmed().isEmpty())
        query.addQueryItem(u"q"_s, text.trimmed());
    m_session->local()->get(u"/api/v1/admin/users"_s, query,
                            [self = QPointer(this)](int status, const QJsonObject &json) {
                                if (!self || !self->answered(status, json))
                                    return;
                                self->m_users = json.value(u"users"_s).toArray().toVariantList();
                                Q_EMIT self->usersChanged();
                            });
}

void ModerationController::openUser(const QString &userId)
{
    if (!m_session)
        return;
    m_session->local()->get(u"/api/v1/admin/users/"_s + userId, {},
                            [self = QPointer(this)](int status, const QJsonObject &json) {
                                if (!self || !self->answered(status, json))
                                    return;
                                self->m_record = recordForQml(json);
                                Q_EMIT self->usersChanged();
                            });
}

void ModerationController::openUserNamed(const QString &username)
{
    if (!m_session)
        return;
    QUrlQuery query;
    query.addQueryItem(u"q"_s, username);
    m_session->local()->get(u"/api/v1/admin/users"_s, query,
                            [self = QPointer(this), username](int status, const QJsonObject &json) {
                                if (!self || !self->answered(status, json))
                                    return;
                                for (const QJsonValue &u : json.value(u"users"_s).toArray())
                                    if (u.toObject().value(u"username"_s).toString() == username)
                                        self->openUser(u.toObject().value(u"id"_s).toString());
                            });
}

void ModerationController::endSessions(const QString &userId)
{
    if (!m_session)
        return;
    m_session->local()->post(u"/api/v1/admin/users/%1/sessions/end"_s.arg(userId),
                             "application/json", "{}",
                             [self = QPointer(this), userId](int status, const QJsonObject &json) {
                                 if (self && self->answered(status, json))
                                     self->openUser(userId);
                             });
}

void ModerationController::setRole(const QString &userId, const QString &role)
{
    if (!m_session)
        return;
    m_session->local()->send(
        "PATCH", u"/api/v1/admin/users/"_s + userId, "application/json",
        QJsonDocument(QJsonObject {{u"role"_s, role}}).toJson(QJsonDocument::Compact),
        [self = QPointer(this), userId](int status, const QJsonObject &json) {
            if (self && self->answered(status, json))
                self->openUser(userId);
        });
}

void ModerationController::loadShopRequests()
{
    if (!m_session)
        return;
    m_session->local()->get(
        u"/api/v1/admin/shop-requests"_s, {},
        [self = QPointer(this)](int status, const QJsonObject &json) {
            if (!self || !self->answered(status, json))
                return;
            self->m_shopRequests.clear();
            for (const QJsonValue &r : json.value(u"requests"_s).toArray()) {
                QVariantMap map = r.toObject().toVariantMap();
                map.insert(u"createdAt"_s, ServerTimes::date(r.toObject().value(u"created_at"_s)));
                self->m_shopRequests << map;
            }
            Q_EMIT self->shopRequestsChanged();
        });
}

void ModerationController::decideShopRequest(const QString &id, bool approve, const QString &reason)
{
    if (!m_session)
        return;
    m_session->local()->post(
        u"/api/v1/admin/shop-requests/%1/decision"_s.arg(id), "application/json",
        QJsonDocument(QJsonObject {{u"approve"_s, approve}, {u"reason"_s, reason.trimmed()}})
            .toJson(QJsonDocument::Compact),
        [self = QPointer(this)](int status, const QJsonObject &json) {
            if (self && self->answered(status, json))
                self->loadShopRequests();
        });
}

void ModerationController::openDocument(const QString &documentId)
{
    if (!m_session)
        return;
    m_session->local()->download(
        u"/api/v1/documents/"_s + documentId,
        [self = QPointer(this), documentId](int status, const QByteArray &bytes,
                                            const QByteArray &mime) {
            if (!self || !self->answered(status, QJsonDocument::fromJson(bytes).object()))
                return;
            if (!self->m_documents)
                self->m_documents = std::make_unique<QTemporaryDir>();
            static const QHash<QByteArray, QString> suffixes {{"application/pdf", u".pdf"_s},
                                                              {"image/png", u".png"_s},
                                                              {"image/jpeg", u".jpg"_s},
                                                              {"image/webp", u".webp"_s}};
            QFile file(self->m_documents->filePath(documentId + suffixes.value(mime)));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
                self->setError(tr("The document could not be saved: %1").arg(file.errorString()));
                return;
            }
            file.close();
            Q_EMIT self->documentReady(QUrl::fromLocalFile(file.fileName()));
        });
}

void ModerationController::loadAudit(const QString &actor, const QString &action)
{
    if (!m_session)
        return;
    QUrlQuery query;
    if (!actor.trimmed().isEmpty())
        query.addQueryItem(u"actor"_s, actor.trimmed());
    if (!action.trimmed().isEmpty())
        query.addQueryItem(u"action"_s, action.trimmed());
    query.addQueryItem(u"limit"_s, u"200"_s);
    m_session->local()->get(
        u"/api/v1/admin/audit"_s, query,
        [self = QPointer(this)](int status, const QJsonObject &json) {
            if (!self || !self->answered(status, json))
                return;
            self->m_audit.clear();
            for (const QJsonValue &e : json.value(u"entries"_s).toArray()) {
                const QJsonObject entry = e.toObject();
                QVariantMap map = entry.toVariantMap();
                map.insert(u"at"_s, ServerTimes::date(entry.value(u"at"_s)));
                map.insert(u"why"_s,
                           entry.value(u"detail"_s).toObject().value(u"reason"_s).toString());
                self->m_audit << map;
            }
            Q_EMIT self->auditChanged();
        });
}

void ModerationController::loadStats(int days)
{
    if (!m_session)
        return;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QUrlQuery query;
    query.addQueryItem(u"from"_s,
                       today.addDays(1 - std::clamp(days, 1, 366)).toString(Qt::ISODate));
    query.addQueryItem(u"to"_s, today.toString(Qt::ISODate));
    m_session->local()->get(u"/api/v1/admin/stats"_s, query,
                            [self = QPointer(this)](int status, const QJsonObject &json) {
                                if (!self || !self->answered(status, json))
                                    return;
                                QVariantMap stats = json.toVariantMap();
                                QStringList currencies;
                                for (const QJsonValue &day : json.value(u"days"_s).toArray())
                                    for (const QString &c :
                                         day.toObject().value(u"revenue"_s).toObject().keys())
                                        if (!currencies.contains(c))
                                            currencies << c;
                                currencies.sort();
                                stats.insert(u"currencies"_s, currencies);
                                self->m_stats = stats;
                                Q_EMIT self->statsChanged();
                            });
}

} // namespace Souk::App
