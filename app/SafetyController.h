#pragma once

#include "SessionController.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Souk::App {

//! What every user has of moderation: reporting a post, comment, message, product, review or
//! account (queued like any change, so it works offline), and their own record: strikes, each
//! appealable once, with the appeal's thread. All of it reads the local database.
class SafetyController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Souk::App::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    //! The reasons a report can give, in order: spam, harassment, nudity, ...
    Q_PROPERTY(QStringList reasons READ reasons CONSTANT)
    //! [{id, action, reason, rule, targetType, targetId, excerpt, until (date or null),
    //!   status, appeal, createdAt}] newest first.
    Q_PROPERTY(QVariantList strikes READ strikes NOTIFY changed)
    //! The open strike's thread: [{id, body, fromModerator, createdAt}].
    Q_PROPERTY(QVariantList thread READ thread NOTIFY changed)
    Q_PROPERTY(QString openStrike READ openStrike NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit SafetyController(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    QStringList reasons() const;
    QVariantList strikes() const { return m_strikes; }
    QVariantList thread() const { return m_thread; }
    QString openStrike() const { return m_openStrike; }
    QString error() const { return m_error; }

    //! targetType: post, comment, message, product, review or user.
    Q_INVOKABLE bool report(const QString &targetType, const QString &targetId,
                            const QString &reason, const QString &note);
    Q_INVOKABLE void showStrike(const QString &strikeId);
    //! The first message of the appeal (once per strike), then further messages in its thread.
    Q_INVOKABLE bool appeal(const QString &strikeId, const QString &text);
    Q_INVOKABLE bool reply(const QString &strikeId, const QString &text);

Q_SIGNALS:
    void sessionChanged();
    void changed();
    void errorChanged();

private:
    void reload();
    bool run(const QString &mutator, const QJsonObject &args);

    QPointer<SessionController> m_session;
    QVariantList m_strikes;
    QVariantList m_thread;
    QString m_openStrike;
    QString m_error;
};

//! A strike as the pages show it (the user's own record and a moderator's view alike).
QVariantMap strikeMap(const Sync::ModerationQueries::Strike &s);
//! An appeal thread's messages.
QVariantList threadList(const QList<Sync::ModerationQueries::AppealMessage> &messages);

} // namespace Souk::App
