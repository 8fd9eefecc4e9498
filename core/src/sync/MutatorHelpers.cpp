#include "MutatorHelpers.h"

#include "Entities.h"
#include "MergeRules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Souk::Sync::Helpers {

Error forbidden(const QString &message)
{
    return Error {403, u"forbidden"_s, message, {}};
}

Error notFound(const QString &code, const QString &message)
{
    return Error {404, code, message, {}};
}

Error idTaken(const QString &message)
{
    return Error {409, u"id_taken"_s, message, {}};
}

Row newRow(const EntityDef &entity, const QString &id, const QJsonObject &initial)
{
    Row row;
    row.id = id;
    for (const FieldDef &f : entity.fields) {
        switch (f.kind) {
        case FieldDef::Kind::Text:
            row.fields.insert(f.name, QString());
            break;
        case FieldDef::Kind::Integer:
            row.fields.insert(f.name, 0);
            break;
        case FieldDef::Kind::Bool:
            row.fields.insert(f.name, false);
            break;
        }
    }
    for (auto it = initial.constBegin(); it != initial.constEnd(); ++it)
        row.fields.insert(it.key(), it.value());
    return row;
}

void stampUnclocked(Row &row, const EntityDef &entity, const Hlc &hlc)
{
    for (const FieldDef &f : entity.fields) {
        if (!row.clocks.contains(f.name))
            row.clocks.insert(f.name, hlc.toString());
    }
}

Result<QString> usernameOf(SyncStore &store, const QString &userId)
{
    Result<std::optional<Row>> profile = store.get(Entity::profiles(), userId);
    if (!profile)
        return profile.error();
    return profile->has_value() ? (*profile)->fields.value(u"username"_s).toString() : QString();
}

std::function<std::pair<const EntityDef *, QString>(const QJsonObject &, const QString &)>
editsRowById(const EntityDef &entity)
{
    return [&entity](const QJsonObject &args, const QString &) {
        return std::make_pair(&entity, args.value(u"id"_s).toString());
    };
}

Result<Ok> idUnused(SyncStore &store, const EntityDef &entity, const QString &id,
                    const Error &taken)
{
    Result<std::optional<Row>> found = store.get(entity, id);
    if (!found)
        return found.error();
    if (found->has_value())
        return taken;
    return Ok {};
}

Result<Row> stored(SyncStore &store, const EntityDef &entity, const QString &id,
                   const Error &missing)
{
    Result<std::optional<Row>> found = store.get(entity, id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return missing;
    return **found;
}

Result<Row> existing(SyncStore &store, const EntityDef &entity, const QString &id,
                     const Error &missing)
{
    Result<std::optional<Row>> found = store.get(entity, id);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->deleted)
        return missing;
    return **found;
}

Result<PairChange> setPair(SyncStore &store, const EntityDef &entity, const QString &id,
                           const QJsonObject &initial, bool active, const Hlc &hlc)
{
    Result<std::optional<Row>> found = store.get(entity, id);
    if (!found)
        return found.error();
    Row row = found->value_or(newRow(entity, id, initial));
    const PairRegister stored {
        row.fields.value(u"active"_s).toBool(),
        Hlc::fromString(row.clocks.value(u"active"_s).toString()).value_or(Hlc {})};
    const PairRegister merged = mergePair(stored, PairRegister {active, hlc});
    if (found->has_value() && merged == stored)
        return PairChange {false, stored.active};
    row.fields.insert(u"active"_s, merged.active);
    row.clocks.insert(u"active"_s, merged.hlc.toString());
    stampUnclocked(row, entity, hlc);
    if (Result<Ok> put = store.put(entity, row); !put)
        return put.error();
    return PairChange {merged.active != stored.active, merged.active};
}

} // namespace Souk::Sync::Helpers
