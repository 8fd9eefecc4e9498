#include "SearchController.h"

#include "PostMaps.h"
#include "SessionController.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Souk::App {

namespace {
constexpr int LocalLimit = 20;
constexpr int ServerDelayMs = 400;
} // namespace

SearchController::SearchController(QObject *parent)
    : QObject(parent)
{
    m_serverDelay.setSingleShot(true);
    m_serverDelay.setInterval(ServerDelayMs);
    connect(&m_serverDelay, &QTimer::timeout, this, &SearchController::searchServer);
}

void SearchController::setSession(SessionController *session)
{
    m_session = session;
    Q_EMIT sessionChanged();
    searchLocally();
}

void SearchController::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    searchLocally();
    m_serverPeople.clear();
    m_serverTags.clear();
    m_serverPosts.clear();
    m_serverState = u"idle"_s;
    Q_EMIT serverResultsChanged();
    if (!m_query.trimmed().isEmpty())
        m_serverDelay.start();
}

void SearchController::searchLocally()
{
    m_people.clear();
    m_tags.clear();
    m_posts.clear();
    Sync::SocialQueries *queries = m_session ? m_session->local()->queries() : nullptr;
    if (queries && !m_query.trimmed().isEmpty()) {
        if (auto found = queries->search(m_query, LocalLimit)) {
            for (const auto &p : found->people)
                m_people << PostMaps::person(p, *m_session->local());
            for (const auto &[tag, count] : found->tags)
                m_tags << QVariantMap {{u"tag"_s, tag}, {u"count"_s, count}};
            for (const auto &p : found->posts)
                m_posts << PostMaps::fromLocal(p, *m_session->local());
        }
    }
    Q_EMIT localResultsChanged();
}

void SearchController::searchServer()
{
    if (!m_session || m_query.trimmed().isEmpty())
        return;
    m_serverState = u"searching"_s;
    Q_EMIT serverResultsChanged();
    const QString asked = m_query;
    QUrlQuery query;
    query.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(asked.trimmed())));
    m_session->local()->get(
        u"/api/v1/search"_s, query, [this, asked](int status, const QJsonObject &json) {
            if (asked != m_query || !m_session)
                return;
            if (status != 200) {
                m_serverState = u"unavailable"_s;
                Q_EMIT serverResultsChanged();
                return;
            }
            // Only what the local results do not already show.
            auto shown = [](const QVariantList &list, const QString &key) {
                QSet<QString> keys;
                for (const QVariant &v : list)
                    keys.insert(v.toMap().value(key).toString());
                return keys;
            };
            const QSet<QString> people = shown(m_people, u"userId"_s);
            const QSet<QString> tags = shown(m_tags, u"tag"_s);
            const QSet<QString> posts = shown(m_posts, u"postId"_s);
            for (const QJsonValue &v : json.value(u"users"_s).toArray()) {
                const QJsonObject u = v.toObject();
                if (!people.contains(u.value(u"id"_s).toString()))
                    m_serverPeople
                        << QVariantMap {{u"userId"_s, u.value(u"id"_s).toString()},
                                        {u"username"_s, u.value(u"username"_s).toString()},
                                        {u"displayName"_s, u.value(u"display_name"_s).toString()}};
            }
            for (const QJsonValue &v : json.value(u"tags"_s).toArray()) {
                const QJsonObject t = v.toObject();
                if (!tags.contains(t.value(u"tag"_s).toString()))
                    m_serverTags << QVariantMap {{u"tag"_s, t.value(u"tag"_s).toString()},
                                                 {u"count"_s, t.value(u"post_count"_s).toInt()}};
            }
            for (const QJsonValue &v : json.value(u"posts"_s).toArray()) {
                if (!posts.contains(v.toObject().value(u"id"_s).toString()))
                    m_serverPosts << PostMaps::fromServer(v.toObject(), *m_session->local());
            }
            m_serverState = u"done"_s;
            Q_EMIT serverResultsChanged();
        });
}

} // namespace Souk::App
