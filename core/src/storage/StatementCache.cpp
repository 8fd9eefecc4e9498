#include "StatementCache.h"

#include <QSqlError>

namespace Souk {

StatementCache::~StatementCache()
{
    finish();
}

void StatementCache::finish()
{
    for (auto &[sql, query] : m_queries) {
        if (query->isActive())
            query->finish();
    }
}

Result<QSqlQuery *> StatementCache::exec(const QString &sql, const QVariantList &binds,
                                         const char *context)
{
    // SQLite refuses to release or roll back a savepoint while a statement is mid-result (a
    // SELECT whose first row was read), so transaction control finishes the others first.
    if (sql.startsWith(u"SAVEPOINT") || sql.startsWith(u"RELEASE") || sql.startsWith(u"ROLLBACK"))
        finish();
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return m_onError(context, query->lastError().text());
        it = m_queries.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = *it->second;
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    if (!query.exec())
        return m_onError(context, query.lastError().text());
    return &query;
}

} // namespace Souk
