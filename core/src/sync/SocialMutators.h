#pragma once

#include "SyncTypes.h"

#include <QJsonArray>

//! Posts, likes, comments, blocks and notifications (the social issue): their mutators and the
//! rules they share with the follow mutator.
namespace Souk::Sync::Social {

constexpr int MaxImages = 10;

QList<Mutator> mutators();

//! Whether either user has blocked the other (a device has the blocks that hold against it too).
Result<bool> blockedEitherWay(SyncStore &store, const QString &a, const QString &b);

//! A notification for `recipient`, made by the server's run only. Nothing is made for one's own
//! actions, across a block, or twice for the same `id` (liking again after an unlike).
struct Notice
{
    QString recipient;
    QString kind; // like, comment, reply, follow, mention
    QString actor;
    QString postId;
    QString commentId;
    QString excerpt;
    QString id;
};
Result<Ok> notify(SyncStore &store, const MutationContext &ctx, const Notice &notice);

//! After a moderator's mark on a post or a comment changed from `before` to `after` (hide,
//! remove, approve, or the undoing of one): a comment's post's comment_count counts only
//! comments not deleted and unmarked, the figure everyone sees, so the comment leaves it or
//! comes back; and the notifications that quote the post's caption or the comment (comment,
//! reply, mention) drop its text or get it back, so the words leave the recipients' devices
//! too, not only the content's page. Other kinds of content have nothing to follow.
Result<Ok> markChanged(SyncStore &store, const MutationContext &ctx, const EntityDef &entity,
                       const Row &before, const Row &after);

//! Media ids are SHA-256 hex digests of the uploaded bytes: `min` to MaxImages distinct ones.
Error checkMediaIds(const QJsonArray &ids, int min);
//! The stored images named by media ids, as kept in a row: [{id, sha256, width, height}]. On
//! the server an id never uploaded is an error; a client keeps [{id}] for its own uploads.
Result<QJsonArray> resolveMedia(SyncStore &store, const MutationContext &ctx,
                                const QJsonArray &ids);

//! A JSON array or object as compact text, for a Text column.
QString toJsonText(const QJsonValue &value);

} // namespace Souk::Sync::Social
