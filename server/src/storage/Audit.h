#pragma once

#include "Result.h"
#include "SyncTypes.h"

#include <QSqlDatabase>

namespace Souk::Server {

//! Appends one line to the audit log (who did what, to which target, and why), in the caller's
//! transaction: an action and its audit line commit together or not at all. The only place
//! that writes audit_log, whether the action came from a mutator, a server mutation or an
//! account change.
Result<Ok> appendAudit(const QSqlDatabase &tx, qint64 at, const Sync::AuditEntry &entry);

} // namespace Souk::Server
