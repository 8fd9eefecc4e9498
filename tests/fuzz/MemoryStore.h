#pragma once

#include "SyncTypes.h"

#include <QHash>
#include <QMap>

namespace Souk::Fuzz {

//! A SyncStore in plain containers, for running mutators without a database: fast enough for
//! thousands of runs a second, and nothing outlives one input.
class MemoryStore : public Sync::SyncStore
{
public:
    Result<std::optional<Sync::Row>> get(const Sync::EntityDef &entity, const QString &id) override
    {
        const auto table = m_rows.constFind(entity.name);
        if (table == m_rows.constEnd())
            return std::optional<Sync::Row> {};
        const auto row = table->constFind(id);
        if (row == table->constEnd())
            return std::optional<Sync::Row> {};
        return std::optional<Sync::Row> {*row};
    }

    Result<Ok> put(const Sync::EntityDef &entity, const Sync::Row &row) override
    {
        m_rows[entity.name].insert(row.id, row);
        return Ok {};
    }

    // Server facts, unless `client` (a replica knows none): every account exists and is old;
    // the ones in `moderators` moderate; every media id is an uploaded image.
    Result<std::optional<Sync::Account>> account(const QString &userId) override
    {
        if (client)
            return std::optional<Sync::Account> {};
        Sync::Account account;
        account.role =
            moderators.contains(userId) ? QStringLiteral("moderator") : QStringLiteral("user");
        return std::optional<Sync::Account> {account};
    }
    Result<std::optional<QJsonObject>> media(const QString &mediaId) override
    {
        if (client)
            return std::optional<QJsonObject> {};
        return std::optional<QJsonObject> {QJsonObject {{QStringLiteral("id"), mediaId},
                                                        {QStringLiteral("width"), 640},
                                                        {QStringLiteral("height"), 480}}};
    }
    std::optional<Sync::NewAccountLimits> newAccountLimits() override
    {
        if (client)
            return std::nullopt;
        return Sync::NewAccountLimits {};
    }

    //! Ids of the live rows of an entity, in order (for generating seeds).
    QStringList ids(const QString &entity) const
    {
        QStringList out;
        const QMap<QString, Sync::Row> table = m_rows.value(entity);
        for (const Sync::Row &row : table) {
            if (!row.deleted)
                out << row.id;
        }
        return out;
    }

    QStringList moderators;
    bool client = false;

private:
    QHash<QString, QMap<QString, Sync::Row>> m_rows;
};

} // namespace Souk::Fuzz
