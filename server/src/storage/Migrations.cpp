#include "Migrations.h"

#include "Database.h"
#include "Log.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Server {

// The SQL here is kept to what SQLite and PostgreSQL both accept (TEXT, BIGINT, INTEGER,
// plain indexes), so the same steps can build either database.
const QList<Migration> &migrations()
{
    static const QList<Migration> list {
        {1,
         u"accounts"_s,
         {
             u"CREATE TABLE users ("
             " id TEXT PRIMARY KEY,"
             " username TEXT NOT NULL,"
             " username_key TEXT NOT NULL UNIQUE,"
             " email TEXT NOT NULL,"
             " email_key TEXT NOT NULL UNIQUE,"
             " display_name TEXT NOT NULL,"
             " bio TEXT NOT NULL DEFAULT '',"
             " password_hash TEXT NOT NULL,"
             " role TEXT NOT NULL DEFAULT 'user'"
             "   CHECK (role IN ('user','shop','moderator','admin')),"
             " created_at BIGINT NOT NULL,"
             " updated_at BIGINT NOT NULL)"_s,
             // A session is one sign-in on one device: the family of every access and
             // refresh token issued from it. Revoking it ends them all.
             u"CREATE TABLE sessions ("
             " id TEXT PRIMARY KEY,"
             " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
             " created_at BIGINT NOT NULL,"
             " last_used_at BIGINT NOT NULL,"
             " revoked_at BIGINT,"
             " revoke_reason TEXT)"_s,
             u"CREATE INDEX sessions_by_user ON sessions(user_id)"_s,
             // Only SHA-256 hashes of tokens are stored; the tokens themselves exist only
             // on the client.
             u"CREATE TABLE tokens ("
             " hash TEXT PRIMARY KEY,"
             " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
             " kind TEXT NOT NULL CHECK (kind IN ('access','refresh')),"
             " expires_at BIGINT NOT NULL,"
             " used_at BIGINT)"_s,
             u"CREATE INDEX tokens_by_session ON tokens(session_id)"_s,
         }},
        {2,
         u"admin audit trail"_s,
         {
             // Append-only record of what admins and moderators did (the moderation issue
             // builds on it); role changes are the first entries.
             u"CREATE TABLE audit_log ("
             " id INTEGER PRIMARY KEY,"
             " at BIGINT NOT NULL,"
             " actor_id TEXT NOT NULL,"
             " action TEXT NOT NULL,"
             " target_type TEXT NOT NULL,"
             " target_id TEXT NOT NULL,"
             " detail TEXT NOT NULL DEFAULT '{}')"_s,
             u"CREATE INDEX audit_log_by_target ON audit_log(target_type, target_id)"_s,
         }},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

Result<int> schemaVersion(QSqlDatabase &db)
{
    Result<QSqlQuery> create = execSql(db,
                                       u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       " version INTEGER PRIMARY KEY,"
                                       " name TEXT NOT NULL,"
                                       " applied_at BIGINT NOT NULL)"_s,
                                       {}, "create schema_migrations");
    if (!create)
        return create.error();
    Result<QSqlQuery> q = execSql(db, u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s,
                                  {}, "read schema version");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<int> migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    Result<int> current = schemaVersion(db);
    if (!current)
        return current;
    if (*current > latestSchemaVersion())
        return Error {500,
                      u"schema_too_new"_s,
                      u"The database has schema version %1, newer than this server knows (%2). "
                      "Run a newer souk-server."_s.arg(*current)
                          .arg(latestSchemaVersion()),
                      {}};
    int version = *current;
    for (const Migration &step : migrations()) {
        if (step.version <= version || step.version > target)
            continue;
        Result<int> applied = inTransaction<int>(db, [&]() -> Result<int> {
            for (const QString &sql : step.statements) {
                if (Result<QSqlQuery> q = execSql(db, sql, {}, "migration step"); !q)
                    return q.error();
            }
            Result<QSqlQuery> record = execSql(
                db, u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s,
                {step.version, step.name, QDateTime::currentMSecsSinceEpoch()}, "record migration");
            if (!record)
                return record.error();
            return step.version;
        });
        if (!applied)
            return applied;
        version = *applied;
        Log::info(u"schema migrated"_s, {{u"version"_s, version}, {u"name"_s, step.name}});
    }
    return version;
}

} // namespace Souk::Server
