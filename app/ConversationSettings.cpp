#include "ConversationSettings.h"

#include "SessionBinding.h"
#include "UserLookup.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Souk::App {

ConversationSettings::ConversationSettings(QObject *parent)
    : QObject(parent)
{ }

void ConversationSettings::setSession(SessionController *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, &SessionController::presenceChanged, this, nullptr);
    bindSession(this, m_session, session, {u"conversations"_s, u"members"_s}, [this] { reload(); });
    if (m_session)
        connect(m_session, &SessionController::presenceChanged, this,
                &ConversationSettings::reload);
    Q_EMIT sessionChanged();
}

void ConversationSettings::setConversationId(const QString &id)
{
    if (m_conversationId == id)
        return;
    m_conversationId = id;
    setError({});
    Q_EMIT conversationIdChanged();
    reload();
}

void ConversationSettings::reload()
{
    m_title.clear();
    m_isGroup = false;
    m_amAdmin = false;
    m_members.clear();
    Sync::ChatQueries *chat = m_session ? m_session->local()->chat() : nullptr;
    bool member = false; // the list holds only conversations this user is in
    if (chat && !m_conversationId.isEmpty()) {
        for (const auto &c : chat->conversations().value_or({})) {
            if (c.id == m_conversationId) {
                member = true;
                m_title = c.title;
                m_isGroup = c.kind == u"group"_s;
                m_amAdmin = m_isGroup && c.admin;
            }
        }
    }
    if (member) {
        for (const auto &m : chat->members(m_conversationId).value_or({})) {
            const bool me = m.userId == m_session->userId();
            m_members << QVariantMap {
                {u"userId"_s, m.userId},
                {u"username"_s, m.username},
                {u"admin"_s, m.role == u"admin"_s},
                {u"me"_s, me},
                {u"presence"_s, me ? u"online"_s : m_session->presenceOf(m.userId)}};
        }
    }
    Q_EMIT changed();
}

void ConversationSettings::setError(const QString &message)
{
    m_error = message;
    Q_EMIT errorChanged();
}

bool ConversationSettings::run(const QString &mutator, QJsonObject args)
{
    args.insert(u"conversation_id"_s, m_conversationId);
    return runForPage(m_session, mutator, args, m_error, [this] { Q_EMIT errorChanged(); });
}

bool ConversationSettings::rename(const QString &title)
{
    return run(u"renameGroup"_s, {{u"title"_s, title}});
}

void ConversationSettings::addMembers(const QString &usernames)
{
    // The names are looked up (perhaps on the server); one mutation adds those found.
    const QString conversation = m_conversationId;
    lookUpUsers(
        m_session, usernames, this,
        [this, conversation](const QStringList &ids, const QString &errors) {
            if (conversation != m_conversationId)
                return;
            if (!ids.isEmpty()
                && !run(u"addMembers"_s, {{u"user_ids"_s, QJsonArray::fromStringList(ids)}}))
                return;
            setError(errors);
        });
}

bool ConversationSettings::removeMember(const QString &userId)
{
    return run(u"removeMember"_s, {{u"user_id"_s, userId}});
}

bool ConversationSettings::promote(const QString &userId)
{
    return run(u"promoteMember"_s, {{u"user_id"_s, userId}});
}

bool ConversationSettings::leave()
{
    return run(u"leaveConversation"_s, {});
}

} // namespace Souk::App
