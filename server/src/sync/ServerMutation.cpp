#include "ServerMutation.h"

#include "Mutators.h"
#include "RoleMutations.h"
#include "SessionMutations.h"
#include "ShopMutations.h"

namespace Souk::Server {

Result<Sync::Account> ServerWrite::actor() const
{
    Result<std::optional<Sync::Account>> account = store.account(ctx.userId);
    if (!account)
        return account.error();
    return account->value_or(Sync::Account {});
}

const QStringList &serverMutationNames()
{
    static const QStringList names = [] {
        const QStringList list {
            QString::fromLatin1(ShopMutations::openShop.name),
            QString::fromLatin1(ShopMutations::submitShopRequest.name),
            QString::fromLatin1(ShopMutations::decideShopRequest.name),
            QString::fromLatin1(SessionMutations::endSessions.name),
            QString::fromLatin1(RoleMutations::setRole.name),
        };
        // A client mutator of the same name would make the name mean two things, and a pushed
        // mutation of that name would run the client's mutator, not this one.
        for (const Sync::Mutator *m : Sync::MutatorRegistry::instance().all())
            Q_ASSERT_X(!list.contains(m->name), "serverMutationNames",
                       "a server mutation shadows a client mutator");
        return list;
    }();
    return names;
}

} // namespace Souk::Server
