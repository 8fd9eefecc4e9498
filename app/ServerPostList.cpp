#include "ServerPostList.h"

#include "PostMaps.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Souk::App {

ServerPostList::ServerPostList(QObject *parent)
    : QObject(parent)
{ }

void ServerPostList::setSession(SessionController *session)
{
    m_session = session;
    Q_EMIT sessionChanged();
    reload();
}

void ServerPostList::setPath(const QString &path)
{
    if (m_path == path)
        return;
    m_path = path;
    Q_EMIT pathChanged();
    reload();
}

void ServerPostList::reload()
{
    ++m_generation;
    m_posts.clear();
    m_cursor.clear();
    m_state = u"idle"_s;
    Q_EMIT postsChanged();
    loadMore();
}

void ServerPostList::loadMore()
{
    if (!m_session || m_path.isEmpty() || m_state == u"loading"_s)
        return;
    if (!m_posts.isEmpty() && m_cursor.isEmpty())
        return; // the last page is in
    QUrlQuery query;
    if (!m_cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, m_cursor);
    m_state = u"loading"_s;
    Q_EMIT postsChanged();
    const int generation = m_generation;
    m_session->local()->get(m_path, query, [this, generation](int status, const QJsonObject &json) {
        if (generation != m_generation || !m_session)
            return;
        if (status != 200) {
            m_state = u"unavailable"_s;
            Q_EMIT postsChanged();
            return;
        }
        for (const QJsonValue &p : json.value(u"posts"_s).toArray())
            m_posts << PostMaps::fromServer(p.toObject(), *m_session->local());
        m_cursor = json.value(u"next_cursor"_s).toString();
        m_state = u"done"_s;
        Q_EMIT postsChanged();
    });
}

} // namespace Souk::App
