#include "ChatMutators.h"

#include "Entities.h"
#include "FieldWrites.h"
#include "ModerationMutators.h"
#include "MutatorArgs.h"
#include "MutatorHelpers.h"
#include "SocialMutators.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Souk::Sync::Chat {

using namespace Helpers;

namespace {

Error conversationMissing()
{
    return notFound(u"conversation_not_found"_s,
                    u"This conversation does not exist, or you are not in it."_s);
}

Error messageMissing()
{
    return notFound(u"message_not_found"_s, u"This message does not exist."_s);
}

//! The caller's active membership, or the error a non-member gets (the conversation's
//! existence stays private). On a client that has not synced the conversation yet, nullopt.
Result<std::optional<Row>> membership(SyncStore &store, const MutationContext &ctx,
                                      const QString &conversationId)
{
    Result<std::optional<Row>> member =
        store.get(Entity::members(), memberId(conversationId, ctx.userId));
    if (!member)
        return member.error();
    const bool active = member->has_value() && (*member)->fields.value(u"active"_s).toBool();
    if (active)
        return member;
    if (ctx.onServer || member->has_value())
        return conversationMissing();
    return std::optional<Row> {};
}

Result<Row> groupAsAdmin(SyncStore &store, const MutationContext &ctx,
                         const QString &conversationId)
{
    Result<std::optional<Row>> me = membership(store, ctx, conversationId);
    if (!me)
        return me.error();
    Result<Row> conversation =
        existing(store, Entity::conversations(), conversationId, conversationMissing());
    if (!conversation)
        return conversation;
    if (conversation->fields.value(u"kind"_s).toString() != u"group"_s)
        return Error::unprocessable(u"not_a_group"_s,
                                    u"Members of a direct conversation cannot change."_s);
    if (me->has_value() && (*me)->fields.value(u"role"_s).toString() != u"admin"_s)
        return Error {403, u"forbidden"_s, u"Only the group's admins can do this."_s, {}};
    return conversation;
}

//! Makes `userId` an active member (or not), keeping their role and read position.
Result<Ok> setMember(SyncStore &store, const MutationContext &ctx, const QString &conversationId,
                     const QString &userId, bool active, const QString &role)
{
    Result<QString> username = usernameOf(store, userId);
    if (!username)
        return username.error();
    Result<PairChange> change = setPair(store, Entity::members(), memberId(conversationId, userId),
                                        {{u"conversation_id"_s, conversationId},
                                         {u"user_id"_s, userId},
                                         {u"username"_s, *username},
                                         {u"role"_s, role}},
                                        active, ctx.hlc);
    if (!change)
        return change.error();
    return Ok {};
}

Result<Ok> checkUserExists(SyncStore &store, const MutationContext &ctx, const QString &userId)
{
    if (!ctx.onServer)
        return Ok {};
    Result<Row> profile = existing(store, Entity::profiles(), userId,
                                   notFound(u"user_not_found"_s, u"There is no such user."_s));
    if (!profile)
        return profile.error();
    return Ok {};
}

//! Whether the caller may put `userId` in the group: the account exists, and neither they nor
//! anyone already in the group has blocked the other. Checking the whole group, not just the
//! one who adds, keeps a third account from bringing a blocked pair together.
Result<Ok> checkMayAdd(SyncStore &store, const MutationContext &ctx, const QString &userId,
                       const QString &conversationId)
{
    if (Result<Ok> known = checkUserExists(store, ctx, userId); !known)
        return known;
    if (!ctx.onServer)
        return Ok {};
    Result<bool> blocked = Social::blockedEitherWay(store, ctx.userId, userId);
    if (!blocked)
        return blocked.error();
    if (*blocked)
        return Error {403, u"forbidden"_s, u"You cannot add this account to a conversation."_s,
                      u"user_ids"_s};
    Result<bool> apart = store.blockedWithMember(userId, conversationId);
    if (!apart)
        return apart.error();
    if (*apart)
        return Error {403, u"forbidden"_s, u"This account cannot be added to this group."_s,
                      u"user_ids"_s};
    return Ok {};
}

//! In a direct conversation, nothing new passes from one to the other when either of the two
//! blocked the other (messages, edits, reactions). Groups are for decision 0015.
Result<Ok> checkNotBlockedInDirect(SyncStore &store, const MutationContext &ctx,
                                   const Row &conversation)
{
    if (!ctx.onServer)
        return Ok {};
    const QStringList pair =
        conversation.fields.value(u"direct_pair"_s).toString().split(u' ', Qt::SkipEmptyParts);
    for (const QString &other : pair) {
        if (other == ctx.userId)
            continue;
        Result<bool> blocked = Social::blockedEitherWay(store, ctx.userId, other);
        if (!blocked)
            return blocked.error();
        if (*blocked)
            return Error {403, u"forbidden"_s, u"You cannot message this account."_s, {}};
    }
    return Ok {};
}

Result<Ok> checkNotBlockedInDirect(SyncStore &store, const MutationContext &ctx,
                                   const QString &conversationId)
{
    if (!ctx.onServer)
        return Ok {};
    Result<std::optional<Row>> conversation = store.get(Entity::conversations(), conversationId);
    if (!conversation)
        return conversation.error();
    return conversation->has_value() ? checkNotBlockedInDirect(store, ctx, **conversation)
                                     : Result<Ok>(Ok {});
}

Row newConversation(const QString &id, const QString &kind, const QString &title,
                    const QString &directPair, const MutationContext &ctx)
{
    Row row = newRow(Entity::conversations(), id,
                     {{u"kind"_s, kind},
                      {u"title"_s, title},
                      {u"direct_pair"_s, directPair},
                      {u"created_by"_s, ctx.userId},
                      {u"created_at"_s, ctx.now()},
                      {u"last_message_at"_s, ctx.now()}});
    stampUnclocked(row, Entity::conversations(), ctx.hlc);
    return row;
}

//! Whether `row` is the direct conversation of exactly these two people.
bool isDirectOf(const Row &row, const QString &a, const QString &b)
{
    const QStringList pair = row.fields.value(u"direct_pair"_s).toString().split(u' ');
    return row.fields.value(u"kind"_s).toString() == u"direct"_s && pair.size() == 2
        && ((pair[0] == a && pair[1] == b) || (pair[0] == b && pair[1] == a));
}

//! A group title, trimmed.
Error checkTitle(const QString &title)
{
    if (title.isEmpty() || title.size() > TitleMax)
        return Error::unprocessable(u"invalid_title"_s, u"A group title is 1 to 100 characters."_s,
                                    u"title"_s);
    return {};
}

Error checkUserIds(const QJsonArray &ids)
{
    if (ids.isEmpty() || ids.size() >= MaxMembers)
        return Error::unprocessable(u"invalid_members"_s, u"A group has 1 to 255 other members."_s,
                                    u"user_ids"_s);
    QSet<QString> seen;
    for (const QJsonValue &id : ids) {
        if (!id.isString() || !checkId({{u"id"_s, id}}, u"id"_s).isNull())
            return Error::unprocessable(u"invalid_id"_s, u"user_ids holds user ids."_s,
                                        u"user_ids"_s);
        // Each person once: a list of the same id 254 times was 254 checks for one member.
        if (seen.contains(id.toString()))
            return Error::unprocessable(u"duplicate_member"_s, u"user_ids names someone twice."_s,
                                        u"user_ids"_s);
        seen.insert(id.toString());
    }
    return {};
}

// --- conversations ----------------------------------------------------------------------------

Mutator startDirect()
{
    return makeMutator(
        u"startDirect"_s, 1, oneId(u"user_id"_s),
        [](SyncStore &store, const MutationContext &ctx, const QString &other) -> Result<Ok> {
            if (other == ctx.userId)
                return Error::unprocessable(u"cannot_message_self"_s,
                                            u"A direct conversation needs someone else."_s,
                                            u"user_id"_s);
            if (Result<Ok> known = checkUserExists(store, ctx, other); !known)
                return known;
            if (ctx.onServer) {
                Result<bool> blocked = Social::blockedEitherWay(store, ctx.userId, other);
                if (!blocked)
                    return blocked.error();
                if (*blocked)
                    return Error {403,
                                  u"forbidden"_s,
                                  u"You cannot start a conversation with this account."_s,
                                  {}};
            }
            const QString id = directId(ctx.userId, other);
            Result<std::optional<Row>> found = store.get(Entity::conversations(), id);
            if (!found)
                return found.error();
            // Only ever the pair's own direct conversation: a row of another kind under the
            // derived id (a group made with it before ids had their own namespaces) is refused,
            // never joined.
            if (found->has_value() && !isDirectOf(**found, ctx.userId, other))
                return idTaken(u"This direct conversation cannot be started; ask an operator."_s);
            if (!found->has_value()) {
                if (Result<Ok> allowed = Moderation::checkNewAccount(store, ctx, u"direct"_s);
                    !allowed)
                    return allowed;
                if (Result<Ok> put = store.put(
                        Entity::conversations(),
                        newConversation(id, u"direct"_s, {}, ctx.userId + u' ' + other, ctx));
                    !put)
                    return put;
            }
            // Both are members again (one of them may have left it).
            for (const QString &user : {ctx.userId, other}) {
                if (Result<Ok> joined = setMember(store, ctx, id, user, true, u"member"_s); !joined)
                    return joined;
            }
            return Ok {};
        });
}

struct CreateGroupArgs
{
    QString id;
    QString title; // trimmed
    QJsonArray userIds;

    static Result<CreateGroupArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        CreateGroupArgs a {in.newClientId(u"id"_s), in.string(u"title"_s).trimmed(),
                           in.array(u"user_ids"_s)};
        in.check([&a] { return checkTitle(a.title); });
        in.check([&a] { return checkUserIds(a.userIds); });
        return in.finish(a);
    }
};

Mutator createGroup()
{
    return makeMutator<CreateGroupArgs>(
        u"createGroup"_s,
        [](SyncStore &store, const MutationContext &ctx, const CreateGroupArgs &a) -> Result<Ok> {
            const QString &id = a.id;
            if (Result<Ok> unused = idUnused(store, Entity::conversations(), id,
                                             idTaken(u"A conversation with this id exists."_s));
                !unused)
                return unused.error();
            if (Result<Ok> put = store.put(Entity::conversations(),
                                           newConversation(id, u"group"_s, a.title, {}, ctx));
                !put)
                return put;
            if (Result<Ok> me = setMember(store, ctx, id, ctx.userId, true, u"admin"_s); !me)
                return me;
            for (const QJsonValue &user : a.userIds) {
                if (user.toString() == ctx.userId)
                    continue;
                if (Result<Ok> allowed = checkMayAdd(store, ctx, user.toString(), id); !allowed)
                    return allowed;
                if (Result<Ok> added =
                        setMember(store, ctx, id, user.toString(), true, u"member"_s);
                    !added)
                    return added;
            }
            return Ok {};
        });
}

//! The arguments of addMembers (`userIds`) and of removeMember and promoteMember (`userId`).
struct MemberChangeArgs
{
    QString conversationId;
    QJsonArray userIds;
    QString userId;

    static Result<MemberChangeArgs> fromJson(const QJsonObject &json, bool many)
    {
        ArgsReader in(json);
        MemberChangeArgs a {in.id(u"conversation_id"_s), {}, {}};
        if (many) {
            a.userIds = in.array(u"user_ids"_s);
            in.check([&a] { return checkUserIds(a.userIds); });
        } else {
            a.userId = in.id(u"user_id"_s);
        }
        return in.finish(a);
    }
};

//! addMembers, removeMember, promoteMember: a group admin changes the membership of others.
Mutator memberChange(const QString &name)
{
    const bool many = name == u"addMembers"_s;
    return makeMutator(
        name, 1, [many](const QJsonObject &json) { return MemberChangeArgs::fromJson(json, many); },
        [many, name](SyncStore &store, const MutationContext &ctx,
                     const MemberChangeArgs &a) -> Result<Ok> {
            const QString &conversation = a.conversationId;
            Result<Row> group = groupAsAdmin(store, ctx, conversation);
            if (!group)
                return group.error();
            if (many) {
                for (const QJsonValue &user : a.userIds) {
                    if (Result<Ok> allowed = checkMayAdd(store, ctx, user.toString(), conversation);
                        !allowed)
                        return allowed;
                    Result<std::optional<Row>> current =
                        store.get(Entity::members(), memberId(conversation, user.toString()));
                    if (!current)
                        return current.error();
                    const QString role = current->has_value()
                        ? (*current)->fields.value(u"role"_s).toString()
                        : u"member"_s;
                    if (Result<Ok> added =
                            setMember(store, ctx, conversation, user.toString(), true, role);
                        !added)
                        return added;
                }
                return Ok {};
            }
            const QString &user = a.userId;
            if (user == ctx.userId)
                return Error::unprocessable(
                    u"use_leave"_s, u"To leave a group, use leaveConversation."_s, u"user_id"_s);
            Result<Row> member =
                existing(store, Entity::members(), memberId(conversation, user),
                         notFound(u"member_not_found"_s, u"This person is not in the group."_s));
            if (!member)
                return member.error();
            if (name == u"removeMember"_s)
                return setMember(store, ctx, conversation, user, false,
                                 member->fields.value(u"role"_s).toString());
            Row promoted = *member; // promoteMember
            promoted.fields.insert(u"role"_s, u"admin"_s);
            promoted.clocks.insert(u"role"_s, ctx.hlc.toString());
            return store.put(Entity::members(), promoted);
        });
}

Mutator leaveConversation()
{
    return makeMutator(u"leaveConversation"_s, 1, oneId(u"conversation_id"_s),
                       [](SyncStore &store, const MutationContext &ctx,
                          const QString &conversation) -> Result<Ok> {
                           Result<std::optional<Row>> me = membership(store, ctx, conversation);
                           if (!me)
                               return me.error();
                           const QString role = me->has_value()
                               ? (*me)->fields.value(u"role"_s).toString()
                               : u"member"_s;
                           return setMember(store, ctx, conversation, ctx.userId, false, role);
                       });
}

// --- messages -----------------------------------------------------------------------------------

//! A message's body, trimmed; it may be empty when the message has images.
Error checkBody(const QString &body, bool hasMedia)
{
    if (body.isEmpty() && !hasMedia)
        return Error::unprocessable(u"empty_message"_s, u"Write something first."_s, u"body"_s);
    if (body.size() > MessageMax)
        return Error::unprocessable(u"message_too_long"_s,
                                    u"A message may have at most 4,000 characters."_s, u"body"_s);
    return {};
}

struct SendMessageArgs
{
    QString id;
    QString conversationId;
    QString body; // as sent: the new-account check reads it untrimmed
    QJsonArray media;
    QString replyTo; // empty when not a reply

    static Result<SendMessageArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        SendMessageArgs a {in.id(u"id"_s), in.id(u"conversation_id"_s), in.string(u"body"_s),
                           in.optionalArray(u"media"_s).value_or(QJsonArray()),
                           in.optionalId(u"reply_to"_s).value_or(QString())};
        in.check([&a] { return Social::checkMediaIds(a.media, 0); });
        in.check([&a] { return checkBody(a.body.trimmed(), !a.media.isEmpty()); });
        return in.finish(a);
    }
};

Mutator sendMessage()
{
    return makeMutator<SendMessageArgs>(
        u"sendMessage"_s,
        [](SyncStore &store, const MutationContext &ctx, const SendMessageArgs &a) -> Result<Ok> {
            const QString &id = a.id;
            const QString &conversationId = a.conversationId;
            Result<std::optional<Row>> me = membership(store, ctx, conversationId);
            if (!me)
                return me.error();
            if (Result<Ok> unused = idUnused(store, Entity::messages(), id,
                                             idTaken(u"A message with this id exists."_s));
                !unused)
                return unused.error();
            if (Result<Ok> allowed = Moderation::checkNewAccount(store, ctx, u"message"_s, a.body);
                !allowed)
                return allowed;
            Result<std::optional<Row>> conversation =
                store.get(Entity::conversations(), conversationId);
            if (!conversation)
                return conversation.error();
            if (ctx.onServer && !conversation->has_value())
                return conversationMissing();
            // A block stops direct messages, both ways (the row read above, not read again).
            if (conversation->has_value()) {
                if (Result<Ok> open = checkNotBlockedInDirect(store, ctx, **conversation); !open)
                    return open;
            }
            const QString &replyTo = a.replyTo;
            if (!replyTo.isEmpty()) {
                Result<std::optional<Row>> quoted = store.get(Entity::messages(), replyTo);
                if (!quoted)
                    return quoted.error();
                const bool here = quoted->has_value()
                    && (*quoted)->fields.value(u"conversation_id"_s).toString() == conversationId;
                if ((ctx.onServer || quoted->has_value()) && !here)
                    return Error::unprocessable(
                        u"invalid_reply"_s,
                        u"The message replied to is not in this conversation."_s, u"reply_to"_s);
            }
            Result<QJsonArray> media = Social::resolveMedia(store, ctx, a.media);
            if (!media)
                return media.error();
            Result<QString> username = usernameOf(store, ctx.userId);
            if (!username)
                return username.error();
            const QString body = a.body.trimmed();
            Row message = newRow(Entity::messages(), id,
                                 {{u"conversation_id"_s, conversationId},
                                  {u"author_id"_s, ctx.userId},
                                  {u"author_username"_s, *username},
                                  {u"body"_s, body},
                                  {u"media"_s, Social::toJsonText(*media)},
                                  {u"reply_to"_s, replyTo},
                                  {u"created_at"_s, ctx.now()}});
            // The server numbers messages in the order it accepts them; until then 0.
            if (conversation->has_value() && ctx.onServer) {
                Row conv = **conversation;
                const qint64 seq = conv.fields.value(u"last_seq"_s).toInteger() + 1;
                message.fields.insert(u"seq"_s, seq);
                conv.fields.insert(u"last_seq"_s, seq);
                conv.fields.insert(u"last_message_at"_s, ctx.now());
                conv.fields.insert(u"last_preview"_s, body.isEmpty() ? u"📷"_s : body.left(120));
                for (const QString &f : {u"last_seq"_s, u"last_message_at"_s, u"last_preview"_s})
                    conv.clocks.insert(f, ctx.hlc.toString());
                if (Result<Ok> put = store.put(Entity::conversations(), conv); !put)
                    return put;
            }
            stampUnclocked(message, Entity::messages(), ctx.hlc);
            return store.put(Entity::messages(), message);
        });
}

//! The caller's own message in a conversation they are in, not deleted.
Result<Row> ownMessage(SyncStore &store, const MutationContext &ctx, const QString &id)
{
    Result<Row> message = existing(store, Entity::messages(), id, messageMissing());
    if (!message)
        return message;
    // Membership first: someone outside the conversation learns nothing of its messages.
    Result<std::optional<Row>> me =
        membership(store, ctx, message->fields.value(u"conversation_id"_s).toString());
    if (!me)
        return me.error();
    if (message->fields.value(u"author_id"_s).toString() != ctx.userId)
        return Error {403, u"forbidden"_s, u"Only its author can change a message."_s, {}};
    if (message->fields.value(u"removed"_s).toBool())
        return Error {410, u"message_deleted"_s, u"This message was deleted."_s, {}};
    return message;
}

struct EditMessageArgs
{
    QString id;
    QString body; // trimmed
    QJsonObject base;

    static Result<EditMessageArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        EditMessageArgs a {in.id(u"id"_s), in.string(u"body"_s).trimmed(), {}};
        in.check([&a] { return checkBody(a.body, false); });
        a.base = in.base({u"body"_s});
        return in.finish(a);
    }
};

Mutator editMessage()
{
    Mutator m = makeMutator<EditMessageArgs>(
        u"editMessage"_s,
        [](SyncStore &store, const MutationContext &ctx, const EditMessageArgs &a) -> Result<Ok> {
            // A deleted message refuses edits: the delete wins whatever the clocks say.
            Result<Row> message = ownMessage(store, ctx, a.id);
            if (!message)
                return message.error();
            if (Error e = Moderation::checkNotModerated(*message); !e.isNull())
                return e;
            if (Result<Ok> open = checkNotBlockedInDirect(
                    store, ctx, message->fields.value(u"conversation_id"_s).toString());
                !open)
                return open;
            Result<FieldWriteResult> written =
                writeFields(store, Entity::messages(), *message, {{u"body"_s, a.body}}, a.base, ctx,
                            ctx.userId);
            if (!written)
                return written.error();
            if (!written->changed)
                return Ok {};
            Row row = written->row;
            row.fields.insert(u"edited_at"_s, ctx.now());
            row.clocks.insert(u"edited_at"_s, ctx.hlc.toString());
            return store.put(Entity::messages(), row);
        });
    m.lwwTarget = editsRowById(Entity::messages());
    return m;
}

Mutator deleteMessage()
{
    return makeMutator(
        u"deleteMessage"_s, 1, oneId(u"id"_s),
        [](SyncStore &store, const MutationContext &ctx, const QString &id) -> Result<Ok> {
            Result<Row> message = ownMessage(store, ctx, id);
            if (!message) // deleted twice (from two devices) is done, not an error
                return message.error().code == u"message_deleted"_s ? Result<Ok>(Ok {})
                                                                    : message.error();
            Row row = *message;
            row.fields.insert(u"removed"_s, true);
            row.fields.insert(u"body"_s, QString());
            row.fields.insert(u"media"_s, u"[]"_s);
            for (const QString &f : {u"removed"_s, u"body"_s, u"media"_s})
                row.clocks.insert(f, ctx.hlc.toString());
            return store.put(Entity::messages(), row);
        });
}

//! One emoji (with its modifiers and joiners): short, no spaces, no letters.
Error checkEmoji(const QString &emoji)
{
    if (emoji.isEmpty() || emoji.size() > 16 || emoji.contains(u' ')
        || std::any_of(emoji.begin(), emoji.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        return Error::unprocessable(u"invalid_emoji"_s, u"A reaction is one emoji."_s, u"emoji"_s);
    return {};
}

struct ReactionArgs
{
    QString messageId;
    QString emoji;

    static Result<ReactionArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        ReactionArgs a {in.id(u"message_id"_s), in.string(u"emoji"_s)};
        in.check([&a] { return checkEmoji(a.emoji); });
        return in.finish(a);
    }
};

Mutator reaction(const QString &name, bool active)
{
    return makeMutator<ReactionArgs>(
        name,
        [active](SyncStore &store, const MutationContext &ctx,
                 const ReactionArgs &a) -> Result<Ok> {
            const QString &messageId = a.messageId;
            Result<Row> message = existing(store, Entity::messages(), messageId, messageMissing());
            if (!message)
                return message.error();
            const QString conversation = message->fields.value(u"conversation_id"_s).toString();
            Result<std::optional<Row>> me = membership(store, ctx, conversation);
            if (!me)
                return me.error();
            if (Result<Ok> open = checkNotBlockedInDirect(store, ctx, conversation); !open)
                return open;
            const QString &emoji = a.emoji;
            Result<PairChange> change =
                setPair(store, Entity::reactions(), derivedId({messageId, ctx.userId, emoji}),
                        {{u"message_id"_s, messageId},
                         {u"conversation_id"_s, conversation},
                         {u"user_id"_s, ctx.userId},
                         {u"emoji"_s, emoji}},
                        active, ctx.hlc);
            if (!change)
                return change.error();
            return Ok {};
        });
}

struct MarkReadArgs
{
    QString conversationId;
    qint64 seq = 0;

    static Result<MarkReadArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        MarkReadArgs a {in.string(u"conversation_id"_s), in.integer(u"seq"_s)};
        in.check([&a] {
            return a.seq < 0
                ? Error::unprocessable(u"invalid_seq"_s, u"seq is a message number."_s, u"seq"_s)
                : Error {};
        });
        in.check(checkId, u"conversation_id"_s); // after seq, as it always was
        return in.finish(a);
    }
};

Mutator markRead()
{
    return makeMutator<MarkReadArgs>(
        u"markRead"_s,
        [](SyncStore &store, const MutationContext &ctx, const MarkReadArgs &a) -> Result<Ok> {
            Result<std::optional<Row>> me = membership(store, ctx, a.conversationId);
            if (!me)
                return me.error();
            if (!me->has_value())
                return Ok {}; // the server decides once the membership is known here
            // A max-register: read receipts never move backwards.
            Row row = **me;
            const qint64 seq = a.seq;
            if (seq <= row.fields.value(u"read_seq"_s).toInteger())
                return Ok {};
            row.fields.insert(u"read_seq"_s, seq);
            row.clocks.insert(u"read_seq"_s, ctx.hlc.toString());
            return store.put(Entity::members(), row);
        });
}

struct RenameGroupArgs
{
    QString conversationId;
    QString title; // trimmed

    static Result<RenameGroupArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        RenameGroupArgs a {in.id(u"conversation_id"_s), in.string(u"title"_s).trimmed()};
        in.check([&a] { return checkTitle(a.title); });
        return in.finish(a);
    }
};

Mutator renameGroup()
{
    return makeMutator<RenameGroupArgs>(
        u"renameGroup"_s,
        [](SyncStore &store, const MutationContext &ctx, const RenameGroupArgs &a) -> Result<Ok> {
            Result<Row> group = groupAsAdmin(store, ctx, a.conversationId);
            if (!group)
                return group.error();
            Row row = *group;
            row.fields.insert(u"title"_s, a.title);
            row.clocks.insert(u"title"_s, ctx.hlc.toString());
            return store.put(Entity::conversations(), row);
        });
}

struct PreferencesArgs
{
    bool presenceHidden = false;

    static Result<PreferencesArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        return in.finish(PreferencesArgs {in.boolean(u"presence_hidden"_s)});
    }
};

Mutator setPreferences()
{
    return makeMutator<PreferencesArgs>(
        u"setPreferences"_s,
        [](SyncStore &store, const MutationContext &ctx, const PreferencesArgs &a) -> Result<Ok> {
            Result<std::optional<Row>> found = store.get(Entity::preferences(), ctx.userId);
            if (!found)
                return found.error();
            Row row = found->value_or(newRow(Entity::preferences(), ctx.userId, {}));
            Result<FieldWriteResult> written =
                writeFields(store, Entity::preferences(), row,
                            {{u"presence_hidden"_s, a.presenceHidden}}, {}, ctx, ctx.userId);
            if (!written)
                return written.error();
            if (!written->changed && found->has_value())
                return Ok {};
            return store.put(Entity::preferences(), written->row);
        });
}

} // namespace

QList<Mutator> mutators()
{
    return {
        startDirect(),
        createGroup(),
        memberChange(u"addMembers"_s),
        memberChange(u"removeMember"_s),
        memberChange(u"promoteMember"_s),
        leaveConversation(),
        renameGroup(),
        sendMessage(),
        editMessage(),
        deleteMessage(),
        reaction(u"react"_s, true),
        reaction(u"unreact"_s, false),
        markRead(),
        setPreferences(),
    };
}

} // namespace Souk::Sync::Chat
