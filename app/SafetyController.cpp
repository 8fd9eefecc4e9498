#include "SafetyController.h"

#include "ModerationMutators.h"
#include "SessionBinding.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Souk::App {

QVariantMap strikeMap(const Sync::ModerationQueries::Strike &s)
{
    return {
        {u"id"_s, s.id},
        {u"userId"_s, s.userId},
        {u"action"_s, s.action},
        {u"actionId"_s, s.actionId},
        {u"reason"_s, s.reason},
        {u"rule"_s, s.rule},
        {u"targetType"_s, s.targetType},
        {u"targetId"_s, s.targetId},
        {u"excerpt"_s, s.excerpt},
        {u"until"_s, s.until > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(s.until)) : QVariant()},
        {u"status"_s, s.status},
        {u"appeal"_s, s.appeal},
        {u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(s.createdAt)}};
}

QVariantList threadList(const QList<Sync::ModerationQueries::AppealMessage> &messages)
{
    QVariantList out;
    for (const auto &m : messages)
        out << QVariantMap {{u"id"_s, m.id},
                            {u"body"_s, m.body},
                            {u"fromModerator"_s, m.fromModerator},
                            {u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(m.createdAt)}};
    return out;
}

SafetyController::SafetyController(QObject *parent)
    : QObject(parent)
{ }

void SafetyController::setSession(SessionController *session)
{
    if (m_session == session)
        return;
    bindSession(this, m_session, session, {u"strikes"_s, u"appeal_messages"_s},
                [this] { reload(); });
    Q_EMIT sessionChanged();
}

QStringList SafetyController::reasons() const
{
    return Sync::Moderation::reasons();
}

void SafetyController::reload()
{
    m_strikes.clear();
    m_thread.clear();
    Sync::ModerationQueries *q = m_session ? m_session->local()->moderation() : nullptr;
    if (q) {
        for (const auto &s : q->strikes(m_session->userId()).value_or({}))
            m_strikes << strikeMap(s);
        if (!m_openStrike.isEmpty())
            m_thread = threadList(q->thread(m_openStrike).value_or({}));
    }
    Q_EMIT changed();
}

bool SafetyController::run(const QString &mutator, const QJsonObject &args)
{
    return runForPage(m_session, mutator, args, m_error, [this] { Q_EMIT errorChanged(); });
}

bool SafetyController::report(const QString &targetType, const QString &targetId,
                              const QString &reason, const QString &note)
{
    return run(u"report"_s,
               {{u"target_type"_s, targetType},
                {u"target_id"_s, targetId},
                {u"reason"_s, reason},
                {u"note"_s, note.trimmed()}});
}

void SafetyController::showStrike(const QString &strikeId)
{
    m_openStrike = strikeId;
    reload();
}

bool SafetyController::appeal(const QString &strikeId, const QString &text)
{
    return run(u"appeal"_s, {{u"id"_s, newId()}, {u"strike_id"_s, strikeId}, {u"body"_s, text}});
}

bool SafetyController::reply(const QString &strikeId, const QString &text)
{
    return run(u"appealMessage"_s,
               {{u"id"_s, newId()}, {u"strike_id"_s, strikeId}, {u"body"_s, text}});
}

} // namespace Souk::App
