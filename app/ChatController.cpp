#include "ChatController.h"

#include "ChatMutators.h"
#include "SessionBinding.h"

#include <QJsonArray>

#include <QDateTime>
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
    if (m_session)
        disconnect(m_session, &SessionController::typing, this, nullptr);
    bindSession(this, m_session, session,
                {u"conversations"_s, u"members"_s, u"messages"_s, u"reactions"_s},
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
            m_conversations << QVariantMap {
                {u"id"_s, c.id},
                {u"kind"_s, c.kind},
                {u"title"_s, title},
                {u"members"_s, c.memberNames.join(u", "_s)},
                {u"lastPreview"_s, c.lastPreview},
                {u"lastMessageAt"_s, QDateTime::fromMSecsSinceEpoch(c.lastMessageAt)},
                {u"unread"_s, c.unread},
                {u"admin"_s, c.admin}};
            m_unread += int(c.unread);
        }
    }
    Q_EMIT conversationsChanged();
    Q_EMIT currentChanged();
    reloadMessages();
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
                {u"removed"_s, m.removed},
                {u"sending"_s, m.sending},
                {u"reactions"_s, m.reactions},
                {u"seenBy"_s, m.seenBy}};
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
        if (conv.value(u"id"_s).toString() == m_currentId && conv.value(u"unread"_s).toInt() > 0)
            m_session->mutate(u"markRead"_s,
                              {{u"conversation_id"_s, m_currentId}, {u"seq"_s, m_newestSeq}});
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
    return run(u"sendMessage"_s, args);
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

bool ChatController::startDirect(const QString &userId)
{
    if (!run(u"startDirect"_s, {{u"user_id"_s, userId}}))
        return false;
    setCurrentId(Sync::Chat::directId(m_session->userId(), userId));
    return true;
}

void ChatController::startDirectWith(const QString &username)
{
    const QString name = username.trimmed().remove(u'@').toLower();
    if (!m_session || name.isEmpty())
        return;
    Sync::SocialQueries *queries = m_session->local()->queries();
    if (const auto known =
            queries ? queries->profileByUsername(name).value_or(std::nullopt) : std::nullopt) {
        startDirect(known->id);
        return;
    }
    m_session->local()->get(
        u"/api/v1/users/"_s + name, {}, [this, name](int status, const QJsonObject &json) {
            if (status == 200)
                startDirect(json.value(u"id"_s).toString());
            else {
                m_error = status == 0 ? tr("The server is not reachable; try again online.")
                                      : tr("There is no user @%1.").arg(name);
                Q_EMIT errorChanged();
            }
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
