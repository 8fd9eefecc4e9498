#include "ServerMutation.h"

#include "AccountMutations.h"
#include "Mutators.h"
#include "RoleMutations.h"
#include "SessionMutations.h"
#include "ShopMutations.h"

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

Error require(const ServerWrite &w, bool (*may)(const Sync::Account &), const QString &refusal)
{
    Result<std::optional<Sync::Account>> account = w.store.account(w.ctx.userId);
    if (!account)
        return account.error();
    if (!account->has_value() || !may(**account))
        return Error {403, u"forbidden"_s, refusal, {}};
    return {};
}

} // namespace

Error ServerWrite::requireAdmin(const QString &refusal) const
{
    return require(
        *this, [](const Sync::Account &a) { return a.role == u"admin"_s; }, refusal);
}

Error ServerWrite::requireModerator(const QString &refusal) const
{
    return require(
        *this, [](const Sync::Account &a) { return a.isModerator(); }, refusal);
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
            QString::fromLatin1(AccountMutations::registerAccount.name),
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
