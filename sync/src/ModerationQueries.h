#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace Souk::Sync {

//! Read-only queries for moderation over a local database (see SocialQueries). Moderators have
//! the review queue, decisions and appeals in the `mod` bucket, so they triage offline; every
//! user has their own strikes and appeal threads in their user bucket.
class ModerationQueries
{
public:
    ModerationQueries(QSqlDatabase db, QString userId)
        : m_db(std::move(db))
        , m_me(std::move(userId))
    { }

    //! Open reports grouped by what they are about.
    struct QueueItem
    {
        QString targetType, targetId, ownerId, ownerUsername;
        QStringList reportIds, reasons; // one per report
        QStringList notes; // the non-empty ones
        int reporters = 0;
        qint64 firstAt = 0, lastAt = 0;
        QJsonObject snapshot; // the content as the newest report saw it
        QString moderation; // the content's state now, when this device has it
    };
    enum class Sort { Oldest, Newest, MostReported };
    //! `reason` empty for every reason.
    Result<QList<QueueItem>> queue(const QString &reason, Sort sort, int limit = 500);

    struct Report
    {
        QString id, reporterId, reporterUsername, reason, note, status, decision;
        qint64 createdAt = 0, decidedAt = 0;
    };
    //! Every report about one target, newest first (open and decided).
    Result<QList<Report>> reportsAbout(const QString &targetType, const QString &targetId);

    struct Action
    {
        QString id, actorId, action, targetType, targetId, ownerId, reason, rule;
        qint64 createdAt = 0;
        bool reversed = false;
    };
    //! Moderators' recent decisions, newest first; `targetId` empty for all.
    Result<QList<Action>> actions(const QString &targetId, int limit = 100);

    struct Strike
    {
        QString id, userId, action, actionId, reason, rule, targetType, targetId, excerpt, status,
            appeal;
        qint64 until = 0, createdAt = 0;
    };
    //! A user's strikes, newest first (the signed-in user's own, or anyone's for a moderator).
    Result<QList<Strike>> strikes(const QString &userId);
    //! Strikes with an open appeal, oldest appeal first (the moderators' appeals queue).
    Result<QList<Strike>> openAppeals();
    Result<std::optional<Strike>> strike(const QString &id);

    struct AppealMessage
    {
        QString id, body;
        bool fromModerator = false;
        qint64 createdAt = 0;
    };
    Result<QList<AppealMessage>> thread(const QString &strikeId);

private:
    //! The strikes a WHERE ... ORDER BY clause selects.
    Result<QList<Strike>> strikesWhere(const QString &clause, const QVariantList &binds);

    QSqlDatabase m_db;
    QString m_me;
};

} // namespace Souk::Sync
