#pragma once

#include "SyncTypes.h"

#include <QSqlDatabase>

namespace Souk::Server {

//! Opens a shop inside a server write (SyncService::write): the shop row, the shop role for a
//! plain user, and an audit entry naming `actorId` and `action` (create_shop by an admin,
//! approve_shop_request by a moderator). Returns the new shop's id.
Result<QString> openShop(QSqlDatabase &tx, Sync::SyncStore &store, const Sync::MutationContext &ctx,
                         const QString &ownerId, const QString &name, const QString &description,
                         const QString &action);

//! One line in the append-only audit log, in the caller's transaction.
Result<Ok> audit(QSqlDatabase &tx, qint64 at, const QString &actorId, const QString &action,
                 const QString &targetType, const QString &targetId, const QJsonObject &detail);

} // namespace Souk::Server
