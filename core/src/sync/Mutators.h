#pragma once

#include "SyncTypes.h"

#include <QHash>

namespace Souk::Sync {

//! Every mutator by name and version. Old versions stay registered so that mutations queued
//! by an older client still run after an upgrade.
class MutatorRegistry
{
public:
    static const MutatorRegistry &instance();
    const Mutator *find(const QString &name, int version) const;
    QList<const Mutator *> all() const;

    //! Decodes, validates and applies a mutation: the one path used by push, REST and the
    //! client's optimistic run. Unknown mutators and bad arguments are permanent errors.
    Result<Ok> run(SyncStore &store, const MutationContext &ctx, const Mutation &mutation) const;

private:
    MutatorRegistry();
    void add(Mutator mutator);
    QHash<QString, Mutator> m_mutators; // "name@version"
};

} // namespace Souk::Sync
