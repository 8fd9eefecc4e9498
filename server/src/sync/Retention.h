#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace Souk::Server {

//! Deletes notifications created before `cutoffMs` (through the change feed, so devices drop
//! them too), in one transaction. Returns how many went.
Result<qint64> purgeNotifications(QSqlDatabase &db, qint64 cutoffMs);

} // namespace Souk::Server
