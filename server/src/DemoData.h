#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Souk::Server {

class AccountStore;
class MediaStore;

//! Demo accounts for a first look at the product, with follows, posts (painted photos), likes
//! and comments among them; seeded only into an empty database, in one transaction.
//! Returns one "username / password (role)" line per demo account, for the console.
Result<QStringList> seedDemoData(QSqlDatabase &db, const AccountStore &accounts,
                                 const MediaStore &media);

} // namespace Souk::Server
