#pragma once

#include "SyncTypes.h"

//! Building blocks shared by the mutators (Mutators.cpp, SocialMutators.cpp).
namespace Souk::Sync::Helpers {

Error forbidden(const QString &message);
Error notFound(const QString &code, const QString &message);

//! Ids made by clients: UUIDs or derived ids (lower-case hex and '-'), nothing else.
Error checkId(const QJsonObject &args, const QString &field);
//! The id of a new row a client names itself in a table that also holds ids the server
//! derives (conversations: groups beside direct ones): a UUID, with its dashes, never the
//! 32 plain hex digits of derivedId(), so a client can never take a derived id first.
Error checkNewClientId(const QJsonObject &args, const QString &field);
//! The "base" object: per field, the HLC of the value the writer had seen.
Error checkBase(const QJsonObject &args, const QStringList &allowed);

//! The members of `args` named in `fields`.
QJsonObject pick(const QJsonObject &args, const QStringList &fields);
//! A row with every field at its empty value, then `initial` on top.
Row newRow(const EntityDef &entity, const QString &id, const QJsonObject &initial);
//! Stamps every field that has no clock yet with `hlc` (fields set once, at creation).
void stampUnclocked(Row &row, const EntityDef &entity, const Hlc &hlc);

//! A validator for mutators whose only argument is one id (delete, follow, like, block).
std::function<Error(const QJsonObject &)> validateOneId(const QString &field);

//! The username of an account when this store has its profile (a client has its own), else
//! empty; copied into rows whose readers may have no profile of the author.
Result<QString> usernameOf(SyncStore &store, const QString &userId);

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

Mutator withArbitrary(Mutator m, std::function<QJsonObject(const ArbitraryInput &)> arbitrary);

} // namespace Souk::Sync::Helpers
