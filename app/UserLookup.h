#pragma once

#include "SessionController.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>
#include <functional>

namespace Souk::App {

//! Finds a user's id by username: from this device when it knows them (offline too), else
//! from the server. `done` gets the id, or empty and a message to show.
inline void lookUpUser(SessionController *session, const QString &username, QObject *context,
                       const std::function<void(const QString &id, const QString &error)> &done)
{
    const QString name = username.trimmed().remove(u'@').toLower();
    if (!session || name.isEmpty()) {
        done({}, QCoreApplication::translate("Souk::App::UserLookup", "Sign in first."));
        return;
    }
    Sync::SocialQueries *queries = session->local()->queries();
    if (const auto known =
            queries ? queries->profileByUsername(name).value_or(std::nullopt) : std::nullopt) {
        done(known->id, {});
        return;
    }
    session->local()->get(
        QStringLiteral("/api/v1/users/") + name, {},
        [context = QPointer<QObject>(context), name, done](int status, const QJsonObject &json) {
            if (!context)
                return;
            if (status == 200)
                done(json.value(QLatin1String("id")).toString(), {});
            else
                done({},
                     status == 0
                         ? QCoreApplication::translate("Souk::App::UserLookup",
                                                       "The server is not reachable; try again "
                                                       "online.")
                         : QCoreApplication::translate("Souk::App::UserLookup",
                                                       "There is no user @%1.")
                               .arg(name));
        });
}

//! The same for several usernames separated by spaces or commas: `done` runs once, with the
//! ids found and the messages for those not found.
inline void
lookUpUsers(SessionController *session, const QString &usernames, QObject *context,
            const std::function<void(const QStringList &ids, const QString &errors)> &done)
{
    const QStringList names =
        usernames.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    if (names.isEmpty()) {
        done({}, {});
        return;
    }
    auto ids = std::make_shared<QStringList>();
    auto errors = std::make_shared<QStringList>();
    auto left = std::make_shared<qsizetype>(names.size());
    for (const QString &name : names) {
        lookUpUser(session, name, context,
                   [ids, errors, left, done](const QString &id, const QString &error) {
                       if (!id.isEmpty())
                           *ids << id;
                       if (!error.isEmpty())
                           *errors << error;
                       if (--*left == 0)
                           done(*ids, errors->join(u' '));
                   });
    }
}

} // namespace Souk::App
