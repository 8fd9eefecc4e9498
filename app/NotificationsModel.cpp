#include "NotificationsModel.h"

#include "SessionBinding.h"
#include "SessionController.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Souk::App {

namespace {
constexpr int Shown = 200;
}

NotificationsModel::NotificationsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void NotificationsModel::setSession(SessionController *session)
{
    if (m_session == session)
        return;
    bindSession(this, m_session, session, {u"notifications"_s, u"inbox"_s, u"blocks"_s},
                [this] { reload(); });
    Q_EMIT sessionChanged();
}

void NotificationsModel::reload()
{
    Sync::SocialQueries *queries = m_session ? m_session->local()->queries() : nullptr;
    beginResetModel();
    m_items.clear();
    if (queries) {
        if (auto items = queries->notifications(Shown))
            m_items = *items;
    }
    endResetModel();
    const int unread = queries ? queries->unreadNotifications().value_or(0) : 0;
    Q_EMIT countChanged();
    if (unread != m_unread) {
        m_unread = unread;
        Q_EMIT unreadCountChanged();
    }
}

void NotificationsModel::markAllRead()
{
    Sync::SocialQueries *queries = m_session ? m_session->local()->queries() : nullptr;
    if (!queries)
        return;
    const qint64 newest = queries->newestNotification().value_or(0);
    if (newest <= 0)
        return;
    const Result<qint64> queued =
        m_session->mutate(u"markNotificationsRead"_s, {{u"until"_s, newest}});
    if (!queued) // the badge stays; the next visit tries again
        qWarning("notifications: %s", qPrintable(queued.error().message));
}

int NotificationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant NotificationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Sync::SocialQueries::Notification &n = m_items.at(index.row());
    switch (role) {
    case KindRole:
        return n.kind;
    case TextRole: {
        const QString who = u'@' + n.actorUsername;
        if (n.kind == u"like"_s)
            return tr("%1 liked your post").arg(who);
        if (n.kind == u"comment"_s)
            return tr("%1 commented on your post").arg(who);
        if (n.kind == u"reply"_s)
            return tr("%1 replied to your comment").arg(who);
        if (n.kind == u"follow"_s)
            return tr("%1 started following you").arg(who);
        if (n.kind == u"mention"_s)
            return tr("%1 mentioned you").arg(who);
        if (n.kind == u"shop_request"_s)
            return tr("%1 applied to open the shop “%2”").arg(who, n.excerpt);
        if (n.kind == u"shop_approved"_s)
            return tr("Your shop “%1” is open").arg(n.excerpt);
        if (n.kind == u"shop_rejected"_s)
            return tr("Your shop request was declined: %1").arg(n.excerpt);
        if (n.kind == u"order_placed"_s)
            return tr("%1 placed an order: %2").arg(who, n.excerpt);
        if (n.kind == u"order_paid"_s)
            return tr("%1 confirmed your payment: %2").arg(who, n.excerpt);
        if (n.kind == u"order_shipped"_s)
            return tr("%1 shipped your order: %2").arg(who, n.excerpt);
        if (n.kind == u"order_delivered"_s)
            return tr("%1 received the order: %2").arg(who, n.excerpt);
        if (n.kind == u"order_cancelled"_s)
            return tr("%1 cancelled the order: %2").arg(who, n.excerpt);
        if (n.kind == u"order_refunded"_s)
            return tr("%1 refunded the order: %2").arg(who, n.excerpt);
        // Moderation names no moderator: what was done, and why under which rule (the excerpt).
        static const QHash<QString, const char *> moderation {
            {u"mod_hide"_s, QT_TR_NOOP("A moderator hid your content. %1")},
            {u"mod_remove"_s, QT_TR_NOOP("A moderator removed your content. %1")},
            {u"mod_warn"_s, QT_TR_NOOP("A moderator warned you. %1")},
            {u"mod_limit"_s, QT_TR_NOOP("Your new posts now wait for review. %1")},
            {u"mod_suspend"_s, QT_TR_NOOP("Your account was suspended. %1")},
            {u"mod_ban"_s, QT_TR_NOOP("Your account was banned. %1")},
            {u"mod_lift"_s, QT_TR_NOOP("The restrictions on your account were lifted. %1")},
            {u"appeal_reply"_s, QT_TR_NOOP("A moderator answered your appeal: %1")},
            {u"appeal_upheld"_s, QT_TR_NOOP("Your appeal was upheld: %1")},
            {u"appeal_denied"_s, QT_TR_NOOP("Your appeal was denied: %1")},
        };
        if (const char *text = moderation.value(n.kind))
            return tr(text).arg(n.excerpt);
        return who;
    }
    case ActorIdRole:
        return n.actorId;
    case ActorUsernameRole:
        return n.actorUsername;
    case PostIdRole:
        return n.postId;
    case ExcerptRole:
        return n.excerpt;
    case CreatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(n.createdAt);
    case UnreadRole:
        return n.unread;
    }
    return {};
}

QHash<int, QByteArray> NotificationsModel::roleNames() const
{
    return {{KindRole, "kind"},           {TextRole, "sentence"},
            {ActorIdRole, "actorId"},     {ActorUsernameRole, "actorUsername"},
            {PostIdRole, "postId"},       {ExcerptRole, "excerpt"},
            {CreatedAtRole, "createdAt"}, {UnreadRole, "unread"}};
}

} // namespace Souk::App
