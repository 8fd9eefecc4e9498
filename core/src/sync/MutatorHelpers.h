#pragma once

#include "ArgumentChecks.h"
#include "SyncTypes.h"

//! Building blocks shared by the mutators (Mutators.cpp, SocialMutators.cpp).
namespace Souk::Sync::Helpers {

Error forbidden(const QString &message);
Error notFound(const QString &code, const QString &message);
//! The 409 of a creation under an id a row already has.
Error idTaken(const QString &message);

//! A row with every field at its empty value, then `initial` on top.
Row newRow(const EntityDef &entity, const QString &id, const QJsonObject &initial);
//! Stamps every field that has no clock yet with `hlc` (fields set once, at creation).
void stampUnclocked(Row &row, const EntityDef &entity, const Hlc &hlc);

//! The username of an account when this store has its profile (a client has its own), else
//! empty; copied into rows whose readers may have no profile of the author.
Result<QString> usernameOf(SyncStore &store, const QString &userId);

//! The lwwTarget of an edit of the row of `entity` named by the argument "id".
std::function<std::pair<const EntityDef *, QString>(const QJsonObject &, const QString &)>
editsRowById(const EntityDef &entity);

//! Ok when no row of `entity`, not even a deleted one, has the id a new row is to take;
//! `taken` (a 409) otherwise: a replayed creation is refused, never applied twice.
Result<Ok> idUnused(SyncStore &store, const EntityDef &entity, const QString &id,
                    const Error &taken);

//! The row as stored (a tombstone included), or `missing` when there is none.
Result<Row> stored(SyncStore &store, const EntityDef &entity, const QString &id,
                   const Error &missing);

//! The row, or an error when it is missing or deleted.
Result<Row> existing(SyncStore &store, const EntityDef &entity, const QString &id,
                     const Error &missing);

//! Sets a pair register (follow, like, block) stored in `field` of the row `id`, creating the
//! row with `initial` fields. The later HLC wins whatever the order of arrival. Returns whether
//! the switch changed state (so derived counts move by exactly one).
struct PairChange
{
    bool flipped = false;
    bool active = false;
};
Result<PairChange> setPair(SyncStore &store, const EntityDef &entity, const QString &id,
                           const QJsonObject &initial, bool active, const Hlc &hlc);

} // namespace Souk::Sync::Helpers
