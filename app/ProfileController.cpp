#include "ProfileController.h"

#include "PostMaps.h"
#include "SessionBinding.h"
#include "SessionController.h"

#include <QFile>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Souk::App {

ProfileController::ProfileController(QObject *parent)
    : QObject(parent)
{ }

void ProfileController::setSession(SessionController *session)
{
    if (m_session == session)
        return;
    bindSession(this, m_session, session, {u"profiles"_s, u"follows"_s, u"blocks"_s, u"posts"_s},
                [this] { reload(); });
    Q_EMIT sessionChanged();
}

void ProfileController::setUserId(const QString &id)
{
    if (m_userId == id)
        return;
    m_userId = id;
    Q_EMIT targetChanged();
    reload();
}

void ProfileController::setUsername(const QString &name)
{
    if (m_username == name)
        return;
    m_username = name;
    Q_EMIT targetChanged();
    reload();
}

bool ProfileController::isMe() const
{
    return m_session && m_profile.value(u"userId"_s).toString() == m_session->userId();
}

void ProfileController::reload()
{
    Sync::SocialQueries *queries = m_session ? m_session->local()->queries() : nullptr;
    if (!queries || (m_userId.isEmpty() && m_username.isEmpty()))
        return;
    auto found =
        m_userId.isEmpty() ? queries->profileByUsername(m_username) : queries->profile(m_userId);
    if (found && found->has_value()) {
        m_profile = PostMaps::person(**found, *m_session->local());
        m_local = true;
        Q_EMIT loaded();
        if (!isMe()) // follower counts of others live on the server
            fetchFromServer();
        return;
    }
    m_local = false;
    fetchFromServer();
}

void ProfileController::fetchFromServer()
{
    const QString username = m_profile.value(u"username"_s, m_username).toString();
    if (username.isEmpty() || !m_session)
        return;
    m_session->local()->get(
        u"/api/v1/users/%1/posts"_s.arg(username), {},
        [this, username](int status, const QJsonObject &json) {
            if (!m_session || status != 200)
                return;
            const QJsonObject user = json.value(u"user"_s).toObject();
            if (!m_local) {
                m_profile = {{u"userId"_s, user.value(u"id"_s).toString()},
                             {u"username"_s, user.value(u"username"_s).toString()},
                             {u"displayName"_s, user.value(u"display_name"_s).toString()},
                             {u"bio"_s, user.value(u"bio"_s).toString()},
                             {u"posts"_s, user.value(u"post_count"_s).toInteger()},
                             {u"followedByMe"_s, false},
                             {u"blockedByMe"_s, false}};
                m_serverPosts.clear();
                for (const QJsonValue &p : json.value(u"posts"_s).toArray())
                    m_serverPosts << PostMaps::fromServer(p.toObject(), *m_session->local());
            }
            m_profile.insert(u"followers"_s, user.value(u"followers"_s).toInteger());
            m_profile.insert(u"following"_s, user.value(u"following"_s).toInteger());
            Q_EMIT loaded();
        });
}

bool ProfileController::run(const QString &mutator, const QJsonObject &args)
{
    return runForPage(m_session, mutator, args, m_error, [this] { Q_EMIT errorChanged(); });
}

bool ProfileController::follow(bool on)
{
    return run(on ? u"follow"_s : u"unfollow"_s,
               {{u"user_id"_s, m_profile.value(u"userId"_s).toString()}});
}

bool ProfileController::block(bool on)
{
    return run(on ? u"block"_s : u"unblock"_s,
               {{u"user_id"_s, m_profile.value(u"userId"_s).toString()}});
}

bool ProfileController::save(const QString &displayName, const QString &bio)
{
    return run(u"updateProfile"_s, {{u"display_name"_s, displayName}, {u"bio"_s, bio}});
}

bool ProfileController::setAvatar(const QUrl &file)
{
    QFile image(file.toLocalFile());
    if (!m_session || !image.open(QIODevice::ReadOnly)) {
        m_error = tr("The image cannot be read.");
        Q_EMIT errorChanged();
        return false;
    }
    Result<QString> id = m_session->addMedia(image.readAll());
    if (!id) {
        m_error = id.error().message;
        Q_EMIT errorChanged();
        return false;
    }
    return run(u"updateProfile"_s, {{u"avatar"_s, *id}});
}

} // namespace Souk::App
