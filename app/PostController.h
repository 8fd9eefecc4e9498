#pragma once

#include "SessionController.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Souk::App {

//! One post with its comments and replies (the post detail page): read from the local
//! database, or from the server when this device does not have the post (someone not
//! followed). Actions go through mutators.
class PostController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Souk::App::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    Q_PROPERTY(QString postId READ postId WRITE setPostId NOTIFY postIdChanged)
    Q_PROPERTY(QVariantMap post READ post NOTIFY loaded)
    Q_PROPERTY(QVariantList comments READ comments NOTIFY loaded)
    Q_PROPERTY(bool found READ found NOTIFY loaded)
    Q_PROPERTY(bool loading READ loading NOTIFY loaded)
    Q_PROPERTY(bool mine READ mine NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit PostController(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    QString postId() const { return m_postId; }
    void setPostId(const QString &id);
    QVariantMap post() const { return m_post; }
    QVariantList comments() const { return m_comments; }
    bool found() const { return !m_post.isEmpty(); }
    bool loading() const { return m_loading; }
    bool mine() const;
    QString error() const { return m_error; }

    Q_INVOKABLE void toggleLike();
    //! Returns whether the comment was accepted locally (else `error` says why).
    Q_INVOKABLE bool addComment(const QString &text, const QString &parentId = {});
    Q_INVOKABLE bool deleteComment(const QString &commentId);
    Q_INVOKABLE bool editCaption(const QString &caption);
    Q_INVOKABLE bool deletePost();

Q_SIGNALS:
    void sessionChanged();
    void postIdChanged();
    void loaded();
    void errorChanged();

private:
    void reload();
    void fetchFromServer();
    bool run(const QString &mutator, const QJsonObject &args);

    QPointer<SessionController> m_session;
    QString m_postId;
    QVariantMap m_post;
    QVariantList m_comments;
    bool m_loading = false;
    QString m_error;
};

} // namespace Souk::App
