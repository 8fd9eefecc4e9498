#include "SocialMutators.h"

#include "Entities.h"
#include "FieldWrites.h"
#include "ModerationMutators.h"
#include "MutatorArgs.h"
#include "MutatorHelpers.h"
#include "SocialText.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Souk::Sync::Social {

using namespace Helpers;

namespace {

constexpr int ExcerptLength = 120;

//! A post row's fields, typed.
struct PostView
{
    const Row &row;

    QString authorId() const { return row.fields.value(u"author_id"_s).toString(); }
    QString caption() const { return row.fields.value(u"caption"_s).toString(); }
    QStringList mentions() const
    {
        return SocialText::splitPadded(row.fields.value(u"mentions"_s).toString());
    }
};

//! A comment row's fields, typed.
struct CommentView
{
    const Row &row;

    QString authorId() const { return row.fields.value(u"author_id"_s).toString(); }
    QString postId() const { return row.fields.value(u"post_id"_s).toString(); }
    QString postAuthorId() const { return row.fields.value(u"post_author_id"_s).toString(); }
    //! The top comment a reply answers; empty for a top comment.
    QString parentId() const { return row.fields.value(u"parent_id"_s).toString(); }
};

Error postMissing()
{
    return notFound(u"post_not_found"_s, u"This post does not exist or was deleted."_s);
}

Error commentMissing()
{
    return notFound(u"comment_not_found"_s, u"This comment does not exist or was deleted."_s);
}

//! A row the client may not have (a post seen on the explore page): on the server a missing row
//! is an error; on the client only a row known to be deleted is.
Result<std::optional<Row>> knownRow(SyncStore &store, const MutationContext &ctx,
                                    const EntityDef &entity, const QString &id,
                                    const Error &missing)
{
    Result<std::optional<Row>> found = store.get(entity, id);
    if (!found)
        return found.error();
    if (found->has_value() && (*found)->deleted)
        return missing;
    if (!found->has_value() && ctx.onServer)
        return missing;
    return found;
}

//! Moves a derived count on a post by `delta` (server authoritative; optimistic on clients).
Result<Ok> bump(SyncStore &store, const MutationContext &ctx, Row post, const QString &field,
                int delta)
{
    post.fields.insert(field, std::max<qint64>(0, post.fields.value(field).toInteger() + delta));
    post.clocks.insert(field, ctx.hlc.toString());
    return store.put(Entity::posts(), post);
}

//! Notifies the users named in `names`, except those in `alreadyTold` (the post's author and
//! the replied-to commenter get their own notification for the same comment).
Result<Ok> notifyMentions(SyncStore &store, const MutationContext &ctx, const QStringList &names,
                          const QString &postId, const QString &commentId, const QString &text,
                          const QStringList &alreadyTold = {})
{
    if (!ctx.onServer)
        return Ok {};
    for (const QString &name : names) {
        Result<std::optional<QString>> user = store.userIdByUsername(name);
        if (!user)
            return user.error();
        if (!user->has_value() || alreadyTold.contains(**user))
            continue;
        const QString about = commentId.isEmpty() ? postId : commentId;
        if (Result<Ok> sent =
                notify(store, ctx,
                       {**user, u"mention"_s, ctx.userId, postId, commentId,
                        excerpt(text, ExcerptLength), derivedId({u"mention"_s, about, **user})});
            !sent)
            return sent;
    }
    return Ok {};
}

//! Who may touch a post: its author (moderation adds its own mutators).
Error checkAuthor(const Row &post, const MutationContext &ctx)
{
    if (PostView {post}.authorId() != ctx.userId)
        return forbidden(u"Only the author can change this post."_s);
    return {};
}

Error checkCaption(const QString &caption)
{
    if (caption.size() > SocialText::CaptionMax)
        return Error::unprocessable(
            u"caption_too_long"_s, u"A caption may have at most 2,200 characters."_s, u"caption"_s);
    return {};
}

// --- posts ----------------------------------------------------------------------------------

struct CreatePostArgs
{
    QString id;
    QString caption;
    QJsonArray media;

    static Result<CreatePostArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        CreatePostArgs a {in.id(u"id"_s), in.string(u"caption"_s), in.array(u"media"_s)};
        in.check([&a] { return checkCaption(a.caption); });
        in.check([&a] { return checkMediaIds(a.media, 1); });
        return in.finish(a);
    }
};

Mutator createPost()
{
    return makeMutator<CreatePostArgs>(
        u"createPost"_s,
        [](SyncStore &store, const MutationContext &ctx, const CreatePostArgs &a) -> Result<Ok> {
            const QString &id = a.id;
            if (Result<Ok> unused = idUnused(store, Entity::posts(), id,
                                             idTaken(u"A post with this id already exists."_s));
                !unused)
                return unused.error();
            Result<QJsonArray> media = resolveMedia(store, ctx, a.media);
            if (!media)
                return media.error();
            const QString &caption = a.caption;
            if (Result<Ok> allowed = Moderation::checkNewAccount(store, ctx, u"post"_s, caption);
                !allowed)
                return allowed;
            const QStringList mentions = SocialText::mentions(caption);
            Row post = newRow(Entity::posts(), id,
                              {{u"author_id"_s, ctx.userId},
                               {u"caption"_s, caption},
                               {u"media"_s, toJsonText(*media)},
                               {u"tags"_s, SocialText::joinPadded(SocialText::tags(caption))},
                               {u"mentions"_s, SocialText::joinPadded(mentions)},
                               {u"created_at"_s, ctx.now()}});
            // A limited account's post waits for a moderator before anyone else sees it.
            Result<std::optional<Account>> author = store.account(ctx.userId);
            if (!author)
                return author.error();
            const bool review = author->has_value() && (*author)->limited;
            if (review)
                post.fields.insert(u"moderation"_s, u"pending"_s);
            stampUnclocked(post, Entity::posts(), ctx.hlc);
            if (Result<Ok> put = store.put(Entity::posts(), post); !put)
                return put;
            if (review)
                return Moderation::queueForReview(store, ctx, u"post"_s, post);
            return notifyMentions(store, ctx, mentions, id, {}, caption);
        });
}

struct EditPostArgs
{
    QString id;
    QString caption;
    QJsonObject base;

    static Result<EditPostArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        EditPostArgs a {in.id(u"id"_s), in.string(u"caption"_s), {}};
        in.check([&a] { return checkCaption(a.caption); });
        a.base = in.base({u"caption"_s});
        return in.finish(a);
    }
};

Mutator editPost()
{
    Mutator m = makeMutator<EditPostArgs>(
        u"editPost"_s,
        [](SyncStore &store, const MutationContext &ctx, const EditPostArgs &a) -> Result<Ok> {
            Result<Row> post = existing(store, Entity::posts(), a.id, postMissing());
            if (!post)
                return post.error();
            if (Error e = checkAuthor(*post, ctx); !e.isNull())
                return e;
            if (Error e = Moderation::checkNotModerated(*post); !e.isNull())
                return e;
            const QStringList mentionedBefore = PostView {*post}.mentions();
            Result<FieldWriteResult> written =
                writeFields(store, Entity::posts(), *post, {{u"caption"_s, a.caption}}, a.base, ctx,
                            ctx.userId);
            if (!written)
                return written.error();
            if (!written->changed)
                return Ok {};
            // Tags and mentions follow whichever caption won.
            Row row = written->row;
            const QString caption = PostView {row}.caption();
            const QStringList mentions = SocialText::mentions(caption);
            const QString clock = row.clocks.value(u"caption"_s).toString();
            row.fields.insert(u"tags"_s, SocialText::joinPadded(SocialText::tags(caption)));
            row.fields.insert(u"mentions"_s, SocialText::joinPadded(mentions));
            row.fields.insert(u"edited_at"_s, ctx.now());
            for (const QString &f : {u"tags"_s, u"mentions"_s, u"edited_at"_s})
                row.clocks.insert(f, clock);
            // A limited account's edit waits for review like its new posts: otherwise a post
            // once approved could be edited into anything.
            Result<std::optional<Account>> author = store.account(ctx.userId);
            if (!author)
                return author.error();
            const bool review = author->has_value() && (*author)->limited
                && Moderation::moderationOf(row).isEmpty();
            if (review) {
                row.fields.insert(u"moderation"_s, u"pending"_s);
                row.clocks.insert(u"moderation"_s, ctx.hlc.toString());
            }
            if (Result<Ok> put = store.put(Entity::posts(), row); !put)
                return put;
            if (review)
                return Moderation::queueForReview(store, ctx, u"post"_s, row);
            // A post held for review reaches nobody but its author and the moderators, so
            // neither does the news that it mentions someone.
            if (!Moderation::moderationOf(row).isEmpty())
                return Ok {};
            QStringList added;
            for (const QString &name : mentions) {
                if (!mentionedBefore.contains(name))
                    added << name;
            }
            return notifyMentions(store, ctx, added, row.id, {}, caption);
        });
    m.lwwTarget = editsRowById(Entity::posts());
    return m;
}

Mutator deletePost()
{
    return makeMutator(
        u"deletePost"_s, 1, oneId(u"id"_s),
        [](SyncStore &store, const MutationContext &ctx, const QString &id) -> Result<Ok> {
            Result<Row> found = stored(store, Entity::posts(), id, postMissing());
            if (!found)
                return found.error();
            Row post = *found;
            if (Error e = checkAuthor(post, ctx); !e.isNull())
                return e;
            if (post.deleted) // deleted from another device too: already done
                return Ok {};
            post.deleted = true;
            return store.put(Entity::posts(), post);
        });
}

// --- likes ----------------------------------------------------------------------------------

Mutator likeMutator(const QString &name, bool active)
{
    return makeMutator(
        name, 1, oneId(u"post_id"_s),
        [active](SyncStore &store, const MutationContext &ctx,
                 const QString &postId) -> Result<Ok> {
            Result<std::optional<Row>> post =
                knownRow(store, ctx, Entity::posts(), postId, postMissing());
            if (!post)
                return post.error();
            const QString author = post->has_value() ? PostView {**post}.authorId() : QString();
            if (ctx.onServer && active) {
                Result<bool> blocked = blockedEitherWay(store, ctx.userId, author);
                if (!blocked)
                    return blocked.error();
                if (*blocked)
                    return forbidden(u"You cannot like this post."_s);
            }
            Result<PairChange> change =
                setPair(store, Entity::likes(), pairId(ctx.userId, postId),
                        {{u"user_id"_s, ctx.userId}, {u"post_id"_s, postId}}, active, ctx.hlc);
            if (!change)
                return change.error();
            if (!change->flipped || !post->has_value())
                return Ok {};
            if (Result<Ok> counted =
                    bump(store, ctx, **post, u"like_count"_s, change->active ? 1 : -1);
                !counted)
                return counted;
            if (!change->active)
                return Ok {};
            return notify(store, ctx,
                          {author,
                           u"like"_s,
                           ctx.userId,
                           postId,
                           {},
                           excerpt(PostView {**post}.caption(), ExcerptLength),
                           derivedId({u"like"_s, ctx.userId, postId})});
        });
}

// --- comments -------------------------------------------------------------------------------

Error checkCommentBody(const QString &body)
{
    if (body.isEmpty())
        return Error::unprocessable(u"empty_comment"_s, u"Write something first."_s, u"body"_s);
    if (body.size() > SocialText::CommentMax)
        return Error::unprocessable(u"comment_too_long"_s,
                                    u"A comment may have at most 2,200 characters."_s, u"body"_s);
    return {};
}

struct CommentArgs
{
    QString id;
    QString postId;
    QString body; // trimmed
    QString parentId; // empty for a comment on the post itself

    static Result<CommentArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        CommentArgs a {in.id(u"id"_s), in.id(u"post_id"_s), in.string(u"body"_s).trimmed(),
                       in.optionalId(u"parent_id"_s).value_or(QString())};
        in.check([&a] { return checkCommentBody(a.body); });
        return in.finish(a);
    }
};

Mutator comment()
{
    return makeMutator<CommentArgs>(
        u"comment"_s,
        [](SyncStore &store, const MutationContext &ctx, const CommentArgs &a) -> Result<Ok> {
            const QString &id = a.id;
            const QString &postId = a.postId;
            if (Result<Ok> unused = idUnused(store, Entity::comments(), id,
                                             idTaken(u"A comment with this id already exists."_s));
                !unused)
                return unused.error();
            Result<std::optional<Row>> post =
                knownRow(store, ctx, Entity::posts(), postId, postMissing());
            if (!post)
                return post.error();
            const QString postAuthor = post->has_value() ? PostView {**post}.authorId() : QString();
            if (post->has_value() && !Moderation::moderationOf(**post).isEmpty())
                return postMissing(); // hidden or removed by a moderator
            if (ctx.onServer) {
                Result<bool> blocked = blockedEitherWay(store, ctx.userId, postAuthor);
                if (!blocked)
                    return blocked.error();
                if (*blocked)
                    return forbidden(u"You cannot comment on this post."_s);
            }
            // One level of replies: a reply to a reply joins the thread of its top comment.
            QString parentId = a.parentId;
            QString parentAuthor;
            if (!parentId.isEmpty()) {
                Result<std::optional<Row>> parent =
                    knownRow(store, ctx, Entity::comments(), parentId, commentMissing());
                if (!parent)
                    return parent.error();
                if (parent->has_value()) {
                    const CommentView p {**parent};
                    if (p.postId() != postId)
                        return Error::unprocessable(u"invalid_parent"_s,
                                                    u"The comment replied to is on another post."_s,
                                                    u"parent_id"_s);
                    parentAuthor = p.authorId();
                    if (const QString top = p.parentId(); !top.isEmpty())
                        parentId = top;
                }
            }
            const QString &body = a.body;
            Result<QString> username = usernameOf(store, ctx.userId);
            if (!username)
                return username.error();
            Row row = newRow(Entity::comments(), id,
                             {{u"post_id"_s, postId},
                              {u"post_author_id"_s, postAuthor},
                              {u"author_id"_s, ctx.userId},
                              {u"author_username"_s, *username},
                              {u"parent_id"_s, parentId},
                              {u"body"_s, body},
                              {u"created_at"_s, ctx.now()}});
            stampUnclocked(row, Entity::comments(), ctx.hlc);
            if (Result<Ok> put = store.put(Entity::comments(), row); !put)
                return put;
            if (!post->has_value())
                return Ok {};
            if (Result<Ok> counted = bump(store, ctx, **post, u"comment_count"_s, 1); !counted)
                return counted;
            if (Result<Ok> sent = notify(store, ctx,
                                         {postAuthor, u"comment"_s, ctx.userId, postId, id,
                                          excerpt(body, ExcerptLength),
                                          derivedId({u"comment"_s, id, postAuthor})});
                !sent)
                return sent;
            if (!parentAuthor.isEmpty() && parentAuthor != postAuthor) {
                if (Result<Ok> sent = notify(store, ctx,
                                             {parentAuthor, u"reply"_s, ctx.userId, postId, id,
                                              excerpt(body, ExcerptLength),
                                              derivedId({u"reply"_s, id, parentAuthor})});
                    !sent)
                    return sent;
            }
            return notifyMentions(store, ctx, SocialText::mentions(body), postId, id, body,
                                  {postAuthor, parentAuthor});
        });
}

Mutator deleteComment()
{
    return makeMutator(
        u"deleteComment"_s, 1, oneId(u"id"_s),
        [](SyncStore &store, const MutationContext &ctx, const QString &id) -> Result<Ok> {
            Result<Row> found = stored(store, Entity::comments(), id, commentMissing());
            if (!found)
                return found.error();
            Row row = *found;
            const CommentView comment {row};
            // The author, or the owner of the post it is on.
            if (comment.authorId() != ctx.userId && comment.postAuthorId() != ctx.userId)
                return forbidden(u"Only its author or the post's owner can delete a comment."_s);
            if (row.deleted)
                return Ok {};
            // A comment a moderator marked was taken out of the count already.
            const bool counted = Moderation::moderationOf(row).isEmpty();
            row.deleted = true;
            if (Result<Ok> put = store.put(Entity::comments(), row); !put)
                return put;
            Result<std::optional<Row>> post = store.get(Entity::posts(), comment.postId());
            if (!post)
                return post.error();
            if (!counted || !post->has_value() || (*post)->deleted)
                return Ok {};
            return bump(store, ctx, **post, u"comment_count"_s, -1);
        });
}

// --- blocks ---------------------------------------------------------------------------------

Result<Ok> endFollow(SyncStore &store, const MutationContext &ctx, const QString &follower,
                     const QString &followee)
{
    const QString id = pairId(follower, followee);
    Result<std::optional<Row>> follow = store.get(Entity::follows(), id);
    if (!follow)
        return follow.error();
    if (!follow->has_value() || !(*follow)->fields.value(u"active"_s).toBool())
        return Ok {};
    Result<PairChange> ended = setPair(store, Entity::follows(), id, {}, false, ctx.hlc);
    if (!ended)
        return ended.error();
    return Ok {};
}

Mutator blockMutator(const QString &name, bool active)
{
    return makeMutator(
        name, 1, oneId(u"user_id"_s),
        [active](SyncStore &store, const MutationContext &ctx,
                 const QString &target) -> Result<Ok> {
            if (target == ctx.userId)
                return Error::unprocessable(u"cannot_block_self"_s, u"You cannot block yourself."_s,
                                            u"user_id"_s);
            if (ctx.onServer) {
                Result<Row> profile =
                    existing(store, Entity::profiles(), target,
                             notFound(u"user_not_found"_s, u"There is no such user."_s));
                if (!profile)
                    return profile.error();
            }
            Result<PairChange> change = setPair(
                store, Entity::blocks(), pairId(ctx.userId, target),
                {{u"blocker_id"_s, ctx.userId}, {u"blocked_id"_s, target}}, active, ctx.hlc);
            if (!change)
                return change.error();
            if (!change->flipped || !change->active)
                return Ok {};
            // A block ends following in both directions.
            if (Result<Ok> ended = endFollow(store, ctx, ctx.userId, target); !ended)
                return ended;
            return endFollow(store, ctx, target, ctx.userId);
        });
}

// --- notifications --------------------------------------------------------------------------

struct MarkReadArgs
{
    qint64 until = 0;

    static Result<MarkReadArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        MarkReadArgs a {in.integer(u"until"_s)};
        in.check([&a] {
            return a.until < 0 ? Error::unprocessable(
                       u"invalid_until"_s, u"until is a time in milliseconds."_s, u"until"_s)
                               : Error {};
        });
        return in.finish(a);
    }
};

Mutator markNotificationsRead()
{
    return makeMutator<MarkReadArgs>(
        u"markNotificationsRead"_s,
        [](SyncStore &store, const MutationContext &ctx, const MarkReadArgs &a) -> Result<Ok> {
            Result<std::optional<Row>> found = store.get(Entity::inbox(), ctx.userId);
            if (!found)
                return found.error();
            Row row = found->value_or(newRow(Entity::inbox(), ctx.userId, {}));
            // A max-register: marking read on two devices can only move it forward.
            const qint64 until = a.until;
            if (found->has_value() && until <= row.fields.value(u"read_until"_s).toInteger())
                return Ok {};
            row.fields.insert(u"read_until"_s, until);
            row.clocks.insert(u"read_until"_s, ctx.hlc.toString());
            return store.put(Entity::inbox(), row);
        });
}

} // namespace

Result<bool> blockedEitherWay(SyncStore &store, const QString &a, const QString &b)
{
    for (const QString &id : {pairId(a, b), pairId(b, a)}) {
        Result<std::optional<Row>> block = store.get(Entity::blocks(), id);
        if (!block)
            return block.error();
        if (block->has_value() && (*block)->fields.value(u"active"_s).toBool())
            return true;
    }
    return false;
}

Result<Ok> notify(SyncStore &store, const MutationContext &ctx, const Notice &notice)
{
    if (!ctx.onServer || notice.recipient.isEmpty() || notice.recipient == notice.actor)
        return Ok {};
    Result<bool> blocked = blockedEitherWay(store, notice.recipient, notice.actor);
    if (!blocked)
        return blocked.error();
    if (*blocked)
        return Ok {};
    Result<std::optional<Row>> found = store.get(Entity::notifications(), notice.id);
    if (!found)
        return found.error();
    if (found->has_value())
        return Ok {};
    Result<QString> actorName = usernameOf(store, notice.actor);
    if (!actorName)
        return actorName.error();
    Row row = newRow(Entity::notifications(), notice.id,
                     {{u"recipient_id"_s, notice.recipient},
                      {u"kind"_s, notice.kind},
                      {u"actor_id"_s, notice.actor},
                      {u"actor_username"_s, *actorName},
                      {u"post_id"_s, notice.postId},
                      {u"comment_id"_s, notice.commentId},
                      {u"excerpt"_s, notice.excerpt},
                      {u"created_at"_s, ctx.now()}});
    stampUnclocked(row, Entity::notifications(), ctx.hlc);
    return store.put(Entity::notifications(), row);
}

namespace {

//! Sets the excerpt of the notices quoting `postId`'s caption (commentId empty) or one of its
//! comments to `text`.
Result<Ok> requote(SyncStore &store, const MutationContext &ctx, const QString &postId,
                   const QString &commentId, const QString &text)
{
    Result<QStringList> notices = store.noticesQuoting(postId, commentId);
    if (!notices)
        return notices.error();
    for (const QString &id : std::as_const(*notices)) {
        Result<std::optional<Row>> found = store.get(Entity::notifications(), id);
        if (!found)
            return found.error();
        if (!found->has_value() || (*found)->deleted)
            continue;
        Row notice = **found;
        notice.fields.insert(u"excerpt"_s, text);
        notice.clocks.insert(u"excerpt"_s, ctx.hlc.toString());
        if (Result<Ok> put = store.put(Entity::notifications(), notice); !put)
            return put;
    }
    return Ok {};
}

} // namespace

Result<Ok> markChanged(SyncStore &store, const MutationContext &ctx, const EntityDef &entity,
                       const Row &before, const Row &after)
{
    const bool wasPublic = Moderation::moderationOf(before).isEmpty();
    const bool isPublic = Moderation::moderationOf(after).isEmpty();
    if (wasPublic == isPublic || after.deleted)
        return Ok {};
    // The excerpt as the notice made it (comment(), notifyMentions()), from the text as it is
    // now: a removal's undoing brings the text back first.
    const auto quote = [&](const QString &field) {
        return isPublic ? excerpt(after.fields.value(field).toString(), ExcerptLength) : QString();
    };
    if (&entity == &Entity::posts())
        return requote(store, ctx, after.id, {}, quote(u"caption"_s));
    if (&entity != &Entity::comments())
        return Ok {};
    const CommentView comment {after};
    Result<std::optional<Row>> post = store.get(Entity::posts(), comment.postId());
    if (!post)
        return post.error();
    if (post->has_value() && !(*post)->deleted) {
        if (Result<Ok> counted = bump(store, ctx, **post, u"comment_count"_s, isPublic ? 1 : -1);
            !counted)
            return counted;
    }
    return requote(store, ctx, comment.postId(), after.id, quote(u"body"_s));
}

Error checkMediaIds(const QJsonArray &ids, int min)
{
    static const QRegularExpression digest(u"^[0-9a-f]{64}$"_s);
    if (ids.size() > MaxImages)
        return Error::unprocessable(u"too_many_images"_s, u"A post has at most 10 images."_s,
                                    u"media"_s);
    if (ids.size() < min)
        return Error::unprocessable(u"no_images"_s, u"A post needs at least one image."_s,
                                    u"media"_s);
    QStringList seen;
    for (const QJsonValue &id : ids) {
        if (!id.isString() || !digest.match(id.toString()).hasMatch())
            return Error::unprocessable(u"invalid_media_id"_s,
                                        u"Media ids are SHA-256 digests in hex."_s, u"media"_s);
        if (seen.contains(id.toString()))
            return Error::unprocessable(u"duplicate_image"_s,
                                        u"The same image is attached twice."_s, u"media"_s);
        seen << id.toString();
    }
    return {};
}

Result<QJsonArray> resolveMedia(SyncStore &store, const MutationContext &ctx, const QJsonArray &ids)
{
    QJsonArray media;
    for (const QJsonValue &mediaId : ids) {
        Result<std::optional<QJsonObject>> stored = store.media(mediaId.toString());
        if (!stored)
            return stored.error();
        if (stored->has_value())
            media.append(**stored);
        else if (ctx.onServer)
            return Error::unprocessable(
                u"media_not_uploaded"_s,
                u"Image %1 has not been uploaded."_s.arg(mediaId.toString()), u"media"_s);
        else // the client knows its own upload by id; the server fills in the rest
            media.append(QJsonObject {{u"id"_s, mediaId}});
    }
    return media;
}

QString toJsonText(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QList<Mutator> mutators()
{
    return {
        createPost(),
        editPost(),
        deletePost(),
        likeMutator(u"likePost"_s, true),
        likeMutator(u"unlikePost"_s, false),
        comment(),
        deleteComment(),
        blockMutator(u"block"_s, true),
        blockMutator(u"unblock"_s, false),
        markNotificationsRead(),
    };
}

} // namespace Souk::Sync::Social
