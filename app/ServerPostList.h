#pragma once

#include "SessionController.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Souk::App {

//! Posts the server lists that this device does not sync: explore, and everyone's posts with a
//! tag. Paged with the server's cursor; says when the server cannot be reached.
class ServerPostList : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Souk::App::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    //! e.g. /api/v1/explore or /api/v1/tags/brass
    Q_PROPERTY(QString path READ path WRITE setPath NOTIFY pathChanged)
    Q_PROPERTY(QVariantList posts READ posts NOTIFY postsChanged)
    //! idle, loading, done, unavailable
    Q_PROPERTY(QString state READ state NOTIFY postsChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY postsChanged)

public:
    explicit ServerPostList(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    QString path() const { return m_path; }
    void setPath(const QString &path);
    QVariantList posts() const { return m_posts; }
    QString state() const { return m_state; }
    bool hasMore() const { return !m_cursor.isEmpty(); }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void loadMore();

Q_SIGNALS:
    void sessionChanged();
    void pathChanged();
    void postsChanged();

private:
    QPointer<SessionController> m_session;
    QString m_path;
    QVariantList m_posts;
    QString m_cursor;
    QString m_state = QStringLiteral("idle");
    int m_generation = 0; // answers to an older path are dropped
};

} // namespace Souk::App
