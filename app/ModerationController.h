#pragma once

#include "SessionController.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace Souk::App {

//! The moderators' and admins' view. The review queue, decisions and appeals come from the
//! local database (the `mod` bucket), so triage works offline: decisions queue as intents
//! and the server, which wins every moderation conflict, applies them. User search and
//! records, shop requests, the audit log and analytics need the server and say so.
class ModerationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Souk::App::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    //! "" for every reason, or one of SafetyController.reasons (or "review").
    Q_PROPERTY(QString reasonFilter READ reasonFilter WRITE setReasonFilter NOTIFY queueChanged)
    //! "oldest", "newest" or "reporters".
    Q_PROPERTY(QString sortOrder READ sortOrder WRITE setSortOrder NOTIFY queueChanged)
    //! Open reports grouped by target: [{key, targetType, targetId, ownerId, ownerUsername,
    //!  reporters, reasons: {spam: 2}, notes, firstAt, lastAt, excerpt, images,
    //!  moderation, reportIds}]
    Q_PROPERTY(QVariantList queue READ queue NOTIFY queueChanged)
    //! The target opened from the queue: one queue item plus `reports` (each with the
    //! reporter's username, reason and note) and `history` (decisions on it).
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY queueChanged)
    //! Strikes with an open appeal: [strike maps] (see strikeMap).
    Q_PROPERTY(QVariantList appeals READ appeals NOTIFY appealsChanged)
    //! The appeal opened: {strike, thread}.
    Q_PROPERTY(QVariantMap appeal READ appeal NOTIFY appealsChanged)
    //! Recent decisions: [{id, action, targetType, targetId, reason, rule, createdAt, reversed}]
    Q_PROPERTY(QVariantList history READ history NOTIFY queueChanged)

    //! From the server: user search results, a user's record, shop requests, the audit log
    //! and analytics (admins).
    Q_PROPERTY(QVariantList users READ users NOTIFY usersChanged)
    Q_PROPERTY(QVariantMap record READ record NOTIFY usersChanged)
    Q_PROPERTY(QVariantList shopRequests READ shopRequests NOTIFY shopRequestsChanged)
    Q_PROPERTY(QVariantList auditEntries READ auditEntries NOTIFY auditChanged)
    //! {days: [{date, active_users, ...}], totals, median_resolve_ms, currencies}
    Q_PROPERTY(QVariantMap stats READ stats NOTIFY statsChanged)
    //! Why the last server request failed ("" when it did not).
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit ModerationController(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    QString reasonFilter() const { return m_reason; }
    void setReasonFilter(const QString &reason);
    QString sortOrder() const { return m_sort; }
    void setSortOrder(const QString &sort);
    QVariantList queue() const { return m_queue; }
    QVariantMap selected() const { return m_selected; }
    QVariantList appeals() const { return m_appeals; }
    QVariantMap appeal() const { return m_appeal; }
    QVariantList history() const { return m_history; }
    QVariantList users() const { return m_users; }
    QVariantMap record() const { return m_record; }
    QVariantList shopRequests() const { return m_shopRequests; }
    QVariantList auditEntries() const { return m_audit; }
    QVariantMap stats() const { return m_stats; }
    QString error() const { return m_error; }

    Q_INVOKABLE void select(const QString &key);
    //! On content (the selected target, or every target named by `keys` at once):
    //! hide, remove, approve or dismiss, with the reason and rule the author is told.
    Q_INVOKABLE bool decide(const QStringList &keys, const QString &action, const QString &reason,
                            const QString &rule);
    //! On an account: warn, limit, suspend (for `days`), ban or lift; the open reports of the
    //! selected target go with it when it is theirs.
    Q_INVOKABLE bool actOnUser(const QString &userId, const QString &action, const QString &reason,
                               const QString &rule, int days);
    //! Undoes a hide or removal from the history.
    Q_INVOKABLE bool restore(const QString &actionId, const QString &reason);

    Q_INVOKABLE void openAppeal(const QString &strikeId);
    Q_INVOKABLE bool replyToAppeal(const QString &text);
    //! decision: uphold (reverses the action) or deny.
    Q_INVOKABLE bool decideAppeal(const QString &decision, const QString &text);

    Q_INVOKABLE void searchUsers(const QString &text);
    Q_INVOKABLE void openUser(const QString &userId);
    //! The record of the account with exactly this username.
    Q_INVOKABLE void openUserNamed(const QString &username);
    Q_INVOKABLE void endSessions(const QString &userId);
    Q_INVOKABLE void setRole(const QString &userId, const QString &role);
    Q_INVOKABLE void loadShopRequests();
    Q_INVOKABLE void decideShopRequest(const QString &id, bool approve, const QString &reason);
    //! Fetches a shop request's private document into a temporary file (removed when the app
    //! exits) and announces it with documentReady, for the desktop's viewer.
    Q_INVOKABLE void openDocument(const QString &documentId);
    //! The audit log, newest first; empty filters show everything.
    Q_INVOKABLE void loadAudit(const QString &actor, const QString &action);
    //! The last `days` days (7, 30 or 90), today included.
    Q_INVOKABLE void loadStats(int days);

Q_SIGNALS:
    void sessionChanged();
    void queueChanged();
    void appealsChanged();
    void usersChanged();
    void shopRequestsChanged();
    void auditChanged();
    void statsChanged();
    void errorChanged();
    void documentReady(const QUrl &file);

private:
    void reloadQueue();
    void reloadAppeals();
    bool run(const QString &mutator, const QJsonObject &args);
    //! Reports a server request's failure (status 0: no server) and whether it succeeded.
    bool answered(int status, const QJsonObject &json);
    void setError(const QString &message);

    QPointer<SessionController> m_session;
    QString m_reason;
    QString m_sort = QStringLiteral("oldest");
    QVariantList m_queue;
    QString m_selectedKey;
    QVariantMap m_selected;
    QVariantList m_history;
    QVariantList m_appeals;
    QString m_appealId;
    QVariantMap m_appeal;
    QVariantList m_users;
    QVariantMap m_record;
    QVariantList m_shopRequests;
    QVariantList m_audit;
    QVariantMap m_stats;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_documents;
};

} // namespace Souk::App
