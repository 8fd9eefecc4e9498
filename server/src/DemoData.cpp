#include "DemoData.h"

#include "AccountStore.h"
#include "Database.h"
#include "PasswordHasher.h"

using namespace Qt::StringLiterals;

namespace Souk::Server {

Result<QStringList> seedDemoData(QSqlDatabase &db, const AccountStore &accounts)
{
    Result<qint64> count = accounts.countUsers(db);
    if (!count)
        return count.error();
    // A published demo password is only acceptable because these accounts exist solely in
    // the local demo database that `scripts/run` creates.
    const QString password = u"souk-demo-2026"_s;
    struct Demo
    {
        QString username, email, displayName, role;
    };
    const QList<Demo> people {
        {u"admin"_s, u"admin@souk.example"_s, u"Souk Admin"_s, u"admin"_s},
        {u"mona"_s, u"mona@souk.example"_s, u"Mona Haddad"_s, u"moderator"_s},
        {u"sami"_s, u"sami@souk.example"_s, u"Sami's Ceramics"_s, u"shop"_s},
        {u"layla"_s, u"layla@souk.example"_s, u"Layla Mansour"_s, u"user"_s},
        {u"omar"_s, u"omar@souk.example"_s, u"Omar Farouk"_s, u"user"_s},
    };
    QStringList lines;
    for (const Demo &p : people)
        lines.append(u"%1 / %2 (%3)"_s.arg(p.username, password, p.role));
    if (*count > 0)
        return lines; // seeded on an earlier start (passwords may have been changed since)
    const QByteArray hash = PasswordHasher::hash(password);
    // All accounts or none: a crash half-way must not leave a partial demo.
    return inTransaction<QStringList>(db, [&]() -> Result<QStringList> {
        for (const Demo &p : people) {
            Result<User> user =
                accounts.insertUser(db, {p.username, p.email, p.displayName, hash, p.role});
            if (!user)
                return user.error();
        }
        return lines;
    });
}

} // namespace Souk::Server
