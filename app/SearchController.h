#pragma once

#include "SessionController.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Souk::App {

//! Search: people, tags and posts from the local full-text index at once (works offline),
//! then what the server finds beyond them, kept apart so the page can label it.
class SearchController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Souk::App::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QVariantList people READ people NOTIFY localResultsChanged)
    Q_PROPERTY(QVariantList tags READ tags NOTIFY localResultsChanged)
    Q_PROPERTY(QVariantList posts READ posts NOTIFY localResultsChanged)
    Q_PROPERTY(QVariantList serverPeople READ serverPeople NOTIFY serverResultsChanged)
    Q_PROPERTY(QVariantList serverTags READ serverTags NOTIFY serverResultsChanged)
    Q_PROPERTY(QVariantList serverPosts READ serverPosts NOTIFY serverResultsChanged)
    //! idle, searching, done, unavailable (offline or the server failed)
    Q_PROPERTY(QString serverState READ serverState NOTIFY serverResultsChanged)

public:
    explicit SearchController(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QVariantList people() const { return m_people; }
    QVariantList tags() const { return m_tags; }
    QVariantList posts() const { return m_posts; }
    QVariantList serverPeople() const { return m_serverPeople; }
    QVariantList serverTags() const { return m_serverTags; }
    QVariantList serverPosts() const { return m_serverPosts; }
    QString serverState() const { return m_serverState; }

Q_SIGNALS:
    void sessionChanged();
    void queryChanged();
    void localResultsChanged();
    void serverResultsChanged();

private:
    void searchLocally();
    void searchServer();

    QPointer<SessionController> m_session;
    QString m_query;
    QVariantList m_people, m_tags, m_posts;
    QVariantList m_serverPeople, m_serverTags, m_serverPosts;
    QString m_serverState = QStringLiteral("idle");
    QTimer m_serverDelay; // asks the server once typing pauses
};

} // namespace Souk::App
