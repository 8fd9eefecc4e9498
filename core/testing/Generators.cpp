#include "Arbitrary.h"
#include "ArbitraryArgs.h"
#include "CommerceArbitrary.h"
#include "ModerationArbitrary.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Souk::Sync::Arbitrary {

Generator generatorFor(const QString &mutator)
{
    static const QHash<QString, Generator> generators {
        {u"updateProfile"_s, updateProfile},
        {u"follow"_s, followOrUnfollow},
        {u"unfollow"_s, followOrUnfollow},
        {u"saveDraft"_s, saveDraft},
        {u"deleteDraft"_s, deleteDraft},
        {u"resolveConflict"_s, resolveConflict},
        {u"createPost"_s, createPost},
        {u"editPost"_s, editPost},
        {u"deletePost"_s, deletePost},
        {u"likePost"_s, likeOrUnlike},
        {u"unlikePost"_s, likeOrUnlike},
        {u"comment"_s, comment},
        {u"deleteComment"_s, deleteComment},
        {u"block"_s, blockOrUnblock},
        {u"unblock"_s, blockOrUnblock},
        {u"markNotificationsRead"_s, markNotificationsRead},
        {u"startDirect"_s, startDirect},
        {u"createGroup"_s, createGroup},
        {u"addMembers"_s, addMembers},
        {u"removeMember"_s, memberInConversation},
        {u"promoteMember"_s, memberInConversation},
        {u"leaveConversation"_s, conversation},
        {u"renameGroup"_s, renameGroup},
        {u"sendMessage"_s, sendMessage},
        {u"editMessage"_s, editMessage},
        {u"deleteMessage"_s, message},
        {u"react"_s, reaction},
        {u"unreact"_s, reaction},
        {u"markRead"_s, markRead},
        {u"setPreferences"_s, setPreferences},
        {u"updateShop"_s, updateShop},
        {u"upsertProduct"_s, upsertProduct},
        {u"archiveProduct"_s, product},
        {u"setVariant"_s, setVariant},
        {u"adjustStock"_s, adjustStock},
        {u"countStock"_s, countStock},
        {u"wish"_s, wish},
        {u"unwish"_s, wish},
        {u"addToCart"_s, cartQuantity},
        {u"setCartQuantity"_s, cartQuantity},
        {u"removeFromCart"_s, removeFromCart},
        {u"placeOrder"_s, placeOrder},
        {u"setOrderStatus"_s, setOrderStatus},
        {u"review"_s, review},
        {u"replyToReview"_s, replyToReview},
        {u"report"_s, arbitraryReport},
        {u"moderate"_s, arbitraryDecision},
        {u"restoreContent"_s, arbitraryRestoreContent},
        {u"actOnUser"_s, arbitraryActOnUser},
        {u"appeal"_s, arbitraryAppeal},
        {u"appealMessage"_s, arbitraryAppeal},
        {u"decideAppeal"_s, arbitraryDecideAppeal},
    };
    return generators.value(mutator);
}

} // namespace Souk::Sync::Arbitrary
