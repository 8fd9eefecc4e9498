#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace Souk::Sync {

//! Prepares, binds and runs a read of the local database for the screens' queries
//! (SocialQueries, ChatQueries); an error says what failed.
inline Result<QSqlQuery> readQuery(const QSqlDatabase &db, const QString &sql,
                                   const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool prepared = q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!prepared || !q.exec())
        return Error {
            500,
            QStringLiteral("local_database_error"),
            QStringLiteral("Reading the local database failed: %1").arg(q.lastError().text()),
            {}};
    return q;
}

} // namespace Souk::Sync
