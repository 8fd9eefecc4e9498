#pragma once

#include "SessionController.h"

#include <QPointer>
#include <QUuid>
#include <functional>

namespace Souk::App {

//! What every page model and controller does when QML sets its `session`: point at the new
//! session and reload whenever one of `tables` changes in its local database (any table when
//! the account opens or closes). `reload` runs once at the end.
inline void bindSession(QObject *receiver, QPointer<SessionController> &current,
                        SessionController *session, const QStringList &tables,
                        const std::function<void()> &reload)
{
    if (current)
        QObject::disconnect(current->local(), nullptr, receiver, nullptr);
    current = session;
    if (current) {
        QObject::connect(
            current->local(), &LocalData::changed, receiver,
            [tables, reload](const QStringList &changed) {
                if (changed.isEmpty()
                    || std::any_of(changed.begin(), changed.end(),
                                   [&](const QString &t) { return tables.contains(t); }))
                    reload();
            });
    }
    reload();
}

//! A new id for a row a page creates (a product, a report, an appeal message).
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

//! Runs a mutation for a page and keeps its reason when it is refused at once (validation):
//! `error` is set (empty on success) and `errorChanged` is called. Returns whether it queued.
inline bool runForPage(SessionController *session, const QString &mutator, const QJsonObject &args,
                       QString &error, const std::function<void()> &errorChanged)
{
    if (!session)
        return false;
    Result<qint64> queued = session->mutate(mutator, args);
    error = queued ? QString() : queued.error().message;
    errorChanged();
    return bool(queued);
}

} // namespace Souk::App
