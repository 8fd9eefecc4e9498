#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <functional>
#include <memory>
#include <unordered_map>

namespace Souk {

//! Prepared statements kept for the length of one transaction, so a batch that runs the same
//! few statements thousands of times (a sync push) parses each only once. bench/sync measured
//! statement preparation as the largest cost of a push.
//!
//! A statement's result must be read before the same SQL runs again, and before a SAVEPOINT,
//! RELEASE or ROLLBACK runs through the cache (those finish every other statement first).
//! All statements are finished when the cache goes, so none keeps a read snapshot open after
//! the transaction.
class StatementCache
{
public:
    //! `onError` turns a failure (context, driver text) into the caller's Error: the server
    //! logs the detail and answers a generic 500, the client shows it.
    using ErrorMaker = std::function<Error(const char *context, const QString &detail)>;
    StatementCache(QSqlDatabase db, ErrorMaker onError)
        : m_db(std::move(db))
        , m_onError(std::move(onError))
    { }
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    //! Like execSql(): positional bindings, failures logged with `context`, values never. The
    //! query stays owned by the cache (QSqlQuery cannot be copied).
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &binds, const char *context);

    //! Finishes every statement (before a COMMIT, which SQLite refuses while one is mid-result).
    void finish();

private:
    QSqlDatabase m_db;
    ErrorMaker m_onError;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace Souk
