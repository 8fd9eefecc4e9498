#pragma once

#include "ServerSyncStore.h"
#include "SyncTypes.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Souk::Server {

//! What a server mutation runs with, inside the group commit's transaction (SyncService::run):
//! the connection, for the server's own tables (shop_requests, sessions); the sync store, whose
//! writes reach the change feed and realtime readers; and who acts, when.
struct ServerWrite
{
    QSqlDatabase &tx;
    ServerSyncStore &store;
    const Sync::MutationContext &ctx;

    //! Null when the actor is an admin (a moderator or an admin, for requireModerator), as
    //! the database has it now (a cached token's role may be stale); else `refusal` as a 403,
    //! or the database's error.
    Error requireAdmin(const QString &refusal) const;
    Error requireModerator(const QString &refusal) const;
};

//! A write only the server makes (registering an account, opening a shop, deciding a shop
//! request, ending sessions):
//! named, with typed arguments and a typed outcome, run by SyncService::run() in the same
//! transaction and change-feed machinery as a pushed mutator. It checks its actor's authority
//! itself, as a mutator does. It is not a Sync::Mutator on purpose: push looks mutators up in
//! Sync::MutatorRegistry only, so a client that pushes one of these names is told
//! "unknown_mutator" and nothing changes.
template<typename ArgsT, typename OutputT> struct ServerMutation
{
    using Args = ArgsT;
    using Output = OutputT;

    const char *name;
    Result<Output> (*apply)(ServerWrite &write, const Args &args);
};

//! The name of every server mutation (ServerMutation.cpp), for the record and for the check
//! that none shadows a client mutator.
const QStringList &serverMutationNames();

} // namespace Souk::Server
