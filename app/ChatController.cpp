#include "ChatController.h"

#include "ChatMutators.h"
#include "SessionBinding.h"
#include "SocialMutators.h"
#include "UserLookup.h"

#include <QJsonArray>

#include <QDateTime>
#include <QFile>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Souk::App {

ChatController::ChatController(QObject *parent)
    : QObject(parent)
{
    // Typing indicators expire on their own unless the typist keeps going.
    m_typingExpiry.setInterval(1000);
    connect(&m_typingExpiry, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        bool changed = false;
        for (auto &people : m_typing) {
            for (auto it = people.begin(); it != people.end();) {
                changed = changed || it.value() <= now;
                it = it.value() <= now ? people.erase(it) : std::next(it);
            }
        }
        if (changed)
            Q_EMIT typingChanged();
    });
    m_typingExpiry.start();
}

QStringList ChatController::typingNames() const
{
    QStringList names = m_typing.value(m_currentId).keys();
    names.sort();
    return names;
}

void ChatController::userTyping()
{
    if (m_session && !m_currentId.isEmpty())
        m_session->sendTyping(m_currentId);
}

void ChatController::setSession(SessionController *session)
{
    if (m_session == session)
        return;
    if (m_session) {
        disconnect(m_session, &SessionController::typing, this, nullptr);
        disconnect(m_session, &SessionController::presenceChanged, this, nullptr);
        disconnect(m_session->setAside(), nullptr, this, nullptr);
    }
    bindSession(this, m_session, session,
                {u"conversations"_s, u"members"_s, u"messages"_s, u"reactions"_s, u"preferences"_s},
                [this] { reload(); });
    if (m_session) {
        connect(m_session, &SessionController::typing, this,
                [this](const QString &conversation, const QString &userId, int expiresInMs) {
                    Sync::ChatQueries *chat = m_session->local()->chat();
                    const QString name =
                        chat ? chat->memberName(conversation, userId).value_or({}) : QString();
                    if (name.isEmpty() || userId == m_session->userId())
                        return;
                    m_typing[conversation].insert(
                        name, QDateTime::currentMSecsSinceEpoch() + expiresInMs);
                    Q_EMIT typingChanged();
                });
        connect(m_session, &SessionController::presenceChanged, this, [this] { reload(); });
        // A refusal changes no table the page watches; the set-aside list says it.
        connect(m_session->setAside(), &SetAsideModel::countChanged, this,
                &ChatController::reloadMessages);
    }
    Q_EMIT sessionChanged();
}

void ChatController::setCurrentId(const QString &id)
{
    if (m_currentId == id)
        return;
    m_currentId = id;
    m_shown = PageSize;
    Q_EMIT currentChanged();
    Q_EMIT typingChanged();
    reloadMessages();
}

QString ChatController::currentTitle() const
{
    for (const QVariant &c : m_conversations) {
        if (c.toMap().value(u"id"_s).toString() == m_currentId)
            return c.toMap().value(u"title"_s).toString();
    }
    return {};
}

QString ChatController::currentSubtitle() const
{
    for (const QVariant &c : m_conversations) {
        const QVariantMap conv = c.toMap();
        if (conv.value(u"id"_s).toString() != m_currentId)
            continue;
        if (conv.value(u"kind"_s).toString() == u"group"_s)
            return conv.value(u"members"_s).toString();
        const QString presence = conv.value(u"presence"_s).toString();
        return presence == u"online"_s ? tr("Online")
            : presence == u"away"_s    ? tr("Away")
                                       : QString();
    }
    return {};
}

void ChatController::reload()
{
    m_conversations.clear();
    m_unread = 0;
    Sync::ChatQueries *chat = m_session ? m_session->local()->chat() : nullptr;
    if (chat) {
        for (const auto &c : chat->conversations().value_or({})) {
            // A direct conversation is named after the other person.
            const QString title = c.kind == u"direct"_s
                ? (c.memberNames.isEmpty() ? tr("Just you") : u'@' + c.memberNames.first())
                : c.title;
            const QString presence = c.kind == u"direct"_s && !c.memberIds.isEmpty()
                ? m_session->presenceOf(c.memberIds.first())
                : QString();
            m_conversations << QVariantMap {
                {u"id"_s, c.id},
                {u"kind"_s, c.kind},
                {u"title"_s, title},
                {u"members"_s, u'@' + c.memberNames.join(u", @"_s)},
                {u"presence"_s, presence},
                {u"lastPreview"_s, c.lastPreview},
                {u"lastMessageAt"_s, QDateTime::fromMSecsSinceEpoch(c.lastMessageAt)},
                {u"unread"_s, c.unread},
                {u"admin"_s, c.admin}};
            m_unread += int(c.unread);
        }
    }
    const auto preferences = m_session
        ? m_session->row(u"preferences"_s, m_session->userId()).value_or(std::nullopt)
        : std::nullopt;
    const bool hidden =
        preferences && preferences->fields.value(u"presence_hidden"_s).toVariant().toBool();
    if (hidden != m_presenceHidden) {
        m_presenceHidden = hidden;
        Q_EMIT presenceHiddenChanged();
    }
    Q_EMIT conversationsChanged();
    Q_EMIT currentChanged();
    reloadMessages();
}

void ChatController::setPresenceHidden(bool hidden)
{
    if (hidden == m_presenceHidden)
        return;
    if (run(u"setPreferences"_s, {{u"presence_hidden"_s, hidden}}))
        m_presenceHidden = hidden; // the local row changes too; reload() confirms it
    Q_EMIT presenceHiddenChanged();
}

void ChatController::reloadMessages()
{
    m_messages.clear();
    m_hasOlder = false;
    Sync::ChatQueries *chat = m_session ? m_session->local()->chat() : nullptr;
    if (chat && !m_currentId.isEmpty()) {
        const auto messages = chat->messages(m_currentId, 0, m_shown + 1).value_or({});
        // One more than shown tells whether there are older ones.
        const auto first = messages.size() > m_shown ? messages.cbegin() + 1 : messages.cbegin();
        m_hasOlder = messages.size() > m_shown;
        m_newestSeq = 0;
        for (auto it = first; it != messages.cend(); ++it) {
            const auto &m = *it;
            m_newestSeq = std::max(m_newestSeq, m.seq);
            m_messages << QVariantMap {
                {u"id"_s, m.id},
                {u"authorUsername"_s, m.authorUsername},
                {u"mine"_s, m.authorId == m_session->userId()},
                {u"body"_s, m.body},
                {u"replyTo"_s, m.replyTo},
                {u"replyExcerpt"_s, m.replyExcerpt},
                {u"seq"_s, m.seq},
                {u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(m.createdAt)},
                {u"edited"_s, m.editedAt > 0},
                {u"removed"_s, m.removed || m.moderated},
                {u"moderated"_s, m.moderated},
                {u"sending"_s, m.sending},
                {u"refused"_s, m.refused},
                {u"refusal"_s, m.refusal},
                {u"outboxSeq"_s, m.outboxSeq},
                {u"reactions"_s, m.reactions},
                {u"myReactions"_s, m.myReactions},
                {u"seenBy"_s, m.seenBy},
                {u"thumbnails"_s, mediaUrls(m.media, u"thumb"_s)},
                {u"images"_s, mediaUrls(m.media, u"large"_s)}};
        }
    }
    Q_EMIT messagesChanged();
    markRead();
}

void ChatController::markRead()
{
    if (m_currentId.isEmpty() || m_newestSeq <= 0)
        return;
    for (const QVariant &c : std::as_const(m_conversations)) {
        const QVariantMap conv = c.toMap();
        if (conv.value(u"id"_s).toString() != m_currentId || conv.value(u"unread"_s).toInt() <= 0)
            continue;
        const Result<qint64> queued = m_session->mutate(
            u"markRead"_s, {{u"conversation_id"_s, m_currentId}, {u"seq"_s, m_newestSeq}});
        if (!queued) // the unread count stays; the next message read tries again
            qWarning("chat: %s", qPrintable(queued.error().message));
    }
}

void ChatController::loadOlder()
{
    m_shown += PageSize;
    reloadMessages();
}

bool ChatController::run(const QString &mutator, const QJsonObject &args)
{
    return runForPage(m_session, mutator, args, m_error, [this] { Q_EMIT errorChanged(); });
}

bool ChatController::send(const QString &text, const QString &replyTo)
{
    QJsonObject args {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                      {u"conversation_id"_s, m_currentId},
                      {u"body"_s, text}};
    if (!replyTo.isEmpty())
        args.insert(u"reply_to"_s, replyTo);
    if (!m_attachments.isEmpty())
        args.insert(u"media"_s, QJsonArray::fromStringList(m_attachments));
    if (!run(u"sendMessage"_s, args))
        return false;
    m_attachments.clear();
    Q_EMIT attachmentsChanged();
    return true;
}

QVariantList ChatController::mediaUrls(const QJsonArray &media, const QString &size) const
{
    QVariantList urls;
    for (const QJsonValue &m : media)
        urls << m_session->local()->mediaUrl(m.toObject(), size);
    return urls;
}

QVariantList ChatController::attachments() const
{
    QVariantList list;
    for (const QString &id : m_attachments)
        list << QVariantMap {
            {u"mediaId"_s, id},
            {u"url"_s, m_session->local()->mediaUrl(QJsonObject {{u"id"_s, id}}, u"thumb"_s)}};
    return list;
}

int ChatController::attachFiles(const QList<QUrl> &files)
{
    int added = 0;
    m_error.clear();
    for (const QUrl &url : files) {
        if (!m_session)
            break;
        if (m_attachments.size() >= Sync::Social::MaxImages) {
            m_error = tr("A message has at most %n images.", nullptr, Sync::Social::MaxImages);
            break;
        }
        QFile file(url.toLocalFile());
        Result<QString> id = file.open(QIODevice::ReadOnly)
            ? m_session->addMedia(file.readAll())
            : Result<QString>(
                Error {400, u"unreadable"_s, tr("%1 cannot be read.").arg(url.fileName()), {}});
        if (!id) {
            m_error = id.error().message;
            continue;
        }
        if (!m_attachments.contains(*id)) {
            m_attachments << *id;
            ++added;
        }
    }
    if (added > 0)
        Q_EMIT attachmentsChanged();
    Q_EMIT errorChanged();
    return added;
}

void ChatController::removeAttachment(int index)
{
    if (index < 0 || index >= m_attachments.size())
        return;
    m_attachments.removeAt(index);
    Q_EMIT attachmentsChanged();
}

void ChatController::search(const QString &text)
{
    m_searchResults.clear();
    Sync::ChatQueries *chat = m_session ? m_session->local()->chat() : nullptr;
    if (chat) {
        QHash<QString, QString> titles;
        for (const QVariant &c : std::as_const(m_conversations))
            titles.insert(c.toMap().value(u"id"_s).toString(),
                          c.toMap().value(u"title"_s).toString());
        for (const auto &m : chat->search(text, 50).value_or({})) {
            m_searchResults << QVariantMap {
                {u"id"_s, m.id},
                {u"conversationId"_s, m.conversationId},
                {u"conversationTitle"_s, titles.value(m.conversationId)},
                {u"authorUsername"_s, m.authorUsername},
                {u"body"_s, m.body},
                {u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(m.createdAt)}};
        }
    }
    Q_EMIT searchResultsChanged();
}

bool ChatController::jumpTo(const QString &messageId)
{
    Sync::ChatQueries *chat = m_session ? m_session->local()->chat() : nullptr;
    const auto where = chat ? chat->locate(messageId).value_or(std::nullopt) : std::nullopt;
    if (!where)
        return false;
    setCurrentId(where->conversationId);
    if (where->fromNewest > m_shown) {
        // Whole pages, so "Earlier messages" keeps paging from a round number.
        m_shown = int((where->fromNewest + PageSize - 1) / PageSize * PageSize);
        reloadMessages();
    }
    for (int i = 0; i < m_messages.size(); ++i) {
        if (m_messages.at(i).toMap().value(u"id"_s).toString() == messageId) {
            Q_EMIT positionRequested(i);
            return true;
        }
    }
    return false;
}

void ChatController::createGroupWith(const QString &title, const QString &usernames)
{
    lookUpUsers(m_session, usernames, this,
                [this, title](const QStringList &ids, const QString &errors) {
                    // All or nothing: a group without someone the user named is a surprise.
                    if (ids.isEmpty() || !errors.isEmpty()) {
                        m_error = ids.isEmpty() && errors.isEmpty() ? tr("Add at least one person.")
                                                                    : errors;
                        Q_EMIT errorChanged();
                        return;
                    }
                    createGroup(title, ids);
                });
}

bool ChatController::edit(const QString &messageId, const QString &text)
{
    return run(u"editMessage"_s, {{u"id"_s, messageId}, {u"body"_s, text}});
}

bool ChatController::remove(const QString &messageId)
{
    return run(u"deleteMessage"_s, {{u"id"_s, messageId}});
}

bool ChatController::react(const QString &messageId, const QString &emoji, bool on)
{
    return run(on ? u"react"_s : u"unreact"_s, {{u"message_id"_s, messageId}, {u"emoji"_s, emoji}});
}

bool ChatController::retrySend(qint64 outboxSeq)
{
    return m_session && m_session->setAside()->retry(outboxSeq);
}

bool ChatController::discardSend(qint64 outboxSeq)
{
    return m_session && m_session->setAside()->discard(outboxSeq);
}

bool ChatController::startDirect(const QString &userId)
{
    if (!run(u"startDirect"_s, {{u"user_id"_s, userId}}))
        return false;
    setCurrentId(Sync::Chat::directId(m_session->userId(), userId));
    return true;
}

void ChatController::startDirectWith(const QString &username)
{
    lookUpUser(m_session, username, this, [this](const QString &id, const QString &error) {
        if (!id.isEmpty())
            startDirect(id);
        m_error = error;
        Q_EMIT errorChanged();
    });
}

bool ChatController::createGroup(const QString &title, const QStringList &userIds)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!run(u"createGroup"_s,
             {{u"id"_s, id},
              {u"title"_s, title},
              {u"user_ids"_s, QJsonArray::fromStringList(userIds)}}))
        return false;
    setCurrentId(id);
    return true;
}

} // namespace Souk::App
