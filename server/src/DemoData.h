#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Souk::Server {

class AccountStore;

//! Demo accounts for a first look at the product; seeded only into an empty database.
//! Returns one "username / password (role)" line per demo account, for the console.
Result<QStringList> seedDemoData(QSqlDatabase &db, const AccountStore &accounts);

} // namespace Souk::Server
