#include "ModerationMutators.h"

#include "ChatMutators.h"
#include "Entities.h"
#include "FieldWrites.h"
#include "IsoTime.h"
#include "MutatorArgs.h"
#include "MutatorHelpers.h"
#include "SocialMutators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Souk::Sync::Moderation {

using namespace Helpers;

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;
constexpr int ExcerptLength = 140;

//! Where a kind of target lives, whose it is, and what of it is content (kept in a report's
//! snapshot, and taken out of every replica by a removal).
struct TargetKind
{
    const EntityDef *entity = nullptr;
    QString ownerField; // empty: the row is the account itself; "shop": through its shop
    QStringList content;
    QString excerptField;
};

TargetKind targetKind(const QString &type)
{
    if (type == u"post"_s)
        return {&Entity::posts(),
                u"author_id"_s,
                {u"caption"_s, u"media"_s, u"tags"_s, u"mentions"_s},
                u"caption"_s};
    if (type == u"comment"_s)
        return {&Entity::comments(), u"author_id"_s, {u"body"_s}, u"body"_s};
    if (type == u"message"_s)
        return {&Entity::messages(), u"author_id"_s, {u"body"_s, u"media"_s}, u"body"_s};
    if (type == u"product"_s)
        return {
            &Entity::products(), u"shop"_s, {u"title"_s, u"description"_s, u"media"_s}, u"title"_s};
    if (type == u"review"_s)
        return {&Entity::reviews(), u"author_id"_s, {u"body"_s}, u"body"_s};
    if (type == u"user"_s)
        return {&Entity::profiles(), QString(), {u"display_name"_s, u"bio"_s}, u"bio"_s};
    return {};
}

//! Whether a target is in view of people other than its owner, as far as moderation and
//! publishing go (a message's membership is checked by its caller).
Result<bool> publicNow(SyncStore &store, const QString &type, const Row &row)
{
    if (!moderationOf(row).isEmpty())
        return false;
    if (type == u"product"_s)
        return row.fields.value(u"status"_s).toString() == u"active"_s;
    if (type == u"comment"_s) {
        Result<std::optional<Row>> post =
            store.get(Entity::posts(), row.fields.value(u"post_id"_s).toString());
        if (!post)
            return post.error();
        return post->has_value() && !(*post)->deleted && moderationOf(**post).isEmpty();
    }
    return true;
}

//! The account that owns a target row (its author, the shop's owner, or the account itself);
//! empty when this store cannot tell (a client without the shop).
Result<QString> ownerOf(SyncStore &store, const TargetKind &kind, const Row &row)
{
    if (kind.ownerField.isEmpty())
        return row.id;
    if (kind.ownerField != u"shop"_s)
        return row.fields.value(kind.ownerField).toString();
    Result<std::optional<Row>> shop =
        store.get(Entity::shops(), row.fields.value(u"shop_id"_s).toString());
    if (!shop)
        return shop.error();
    return shop->has_value() ? (*shop)->fields.value(u"owner_id"_s).toString() : QString();
}

//! On the server, the caller must be a moderator or an admin. A client cannot tell and lets
//! the server decide (its optimistic run only moves the queue).
Result<std::optional<Account>> requireModerator(SyncStore &store, const MutationContext &ctx)
{
    Result<std::optional<Account>> me = store.account(ctx.userId);
    if (!me)
        return me;
    if (ctx.onServer && (!me->has_value() || !(*me)->isModerator()))
        return forbidden(u"Only moderators and admins can do this."_s);
    return me;
}

//! The start of every decision: made by a moderator (on the server), under an id not used yet
//! (a decision replayed under its id is refused, not applied twice).
Result<std::optional<Account>> startDecision(SyncStore &store, const MutationContext &ctx,
                                             const QString &id)
{
    Result<std::optional<Account>> me = requireModerator(store, ctx);
    if (!me)
        return me;
    if (Result<Ok> unused = idUnused(store, Entity::modActions(), id,
                                     idTaken(u"This decision was made already."_s));
        !unused)
        return unused.error();
    return me;
}

//! A moderator may not act on an admin or on themselves; an admin may act on anyone else.
Result<Ok> checkMayActOn(SyncStore &store, const MutationContext &ctx,
                         const std::optional<Account> &actor, const QString &ownerId)
{
    if (!ctx.onServer || ownerId.isEmpty())
        return Ok {};
    if (ownerId == ctx.userId)
        return forbidden(u"Moderators do not decide on their own content or account."_s);
    Result<std::optional<Account>> owner = store.account(ownerId);
    if (!owner)
        return owner.error();
    const bool actorIsAdmin = actor && actor->role == u"admin"_s;
    if (owner->has_value() && (*owner)->role == u"admin"_s && !actorIsAdmin)
        return forbidden(u"A moderator cannot act on an admin."_s);
    return Ok {};
}

Error checkReportIds(const QJsonArray &ids)
{
    if (ids.size() > MaxReportsPerDecision)
        return Error::unprocessable(u"too_many_reports"_s,
                                    u"One decision resolves at most 200 reports."_s,
                                    u"report_ids"_s);
    for (const QJsonValue &id : ids) {
        if (!id.isString() || !checkId(QJsonObject {{u"id"_s, id}}, u"id"_s).isNull())
            return Error::badRequest(u"wrong_type"_s, u"report_ids holds report ids."_s,
                                     u"report_ids"_s);
    }
    return {};
}

//! Closes the open reports a decision answers; each must be about the decided target.
Result<Ok> closeReports(SyncStore &store, const MutationContext &ctx, const QJsonArray &reportIds,
                        const QString &targetType, const QString &targetId, const QString &decision)
{
    for (const QJsonValue &value : reportIds) {
        Result<std::optional<Row>> found = store.get(Entity::reports(), value.toString());
        if (!found)
            return found.error();
        if (!found->has_value())
            continue; // not on this device yet; the server closes it
        Row report = **found;
        const bool sameTarget = report.fields.value(u"target_id"_s).toString() == targetId
            && (targetType == u"user"_s
                || report.fields.value(u"target_type"_s).toString() == targetType);
        // A decision on an account answers reports on its content too.
        const bool ofOwner = targetType == u"user"_s
            && report.fields.value(u"target_owner_id"_s).toString() == targetId;
        if (!sameTarget && !ofOwner)
            return Error::unprocessable(u"report_not_about_target"_s,
                                        u"Report %1 is about something else."_s.arg(report.id),
                                        u"report_ids"_s);
        if (report.fields.value(u"status"_s).toString() != u"open"_s)
            continue; // decided already: the first decision stands
        report.fields.insert(u"status"_s,
                             decision == u"dismiss"_s ? u"dismissed"_s : u"actioned"_s);
        report.fields.insert(u"decision"_s, decision);
        report.fields.insert(u"decided_at"_s, ctx.now());
        for (const QString &f : {u"status"_s, u"decision"_s, u"decided_at"_s})
            report.clocks.insert(f, ctx.hlc.toString());
        if (Result<Ok> put = store.put(Entity::reports(), report); !put)
            return put;
    }
    return Ok {};
}

//! The moderation notice to the person acted on: what, why, under which rule. The actor is
//! left out, so no moderator is named to the person they acted on.
Result<Ok> tell(SyncStore &store, const MutationContext &ctx, const QString &recipient,
                const QString &kind, const QString &targetId, const QString &strikeId,
                const QString &text)
{
    return Social::notify(store, ctx,
                          {recipient, kind, QString(), targetId, strikeId,
                           excerpt(text, ExcerptLength),
                           derivedId({kind, strikeId.isEmpty() ? targetId : strikeId,
                                      QString::number(ctx.hlc.wallMs)})});
}

//! The arguments of a decision (moderate, actOnUser): what is done to what, and why.
struct DecisionArgs
{
    QString id;
    QString targetType;
    QString targetId;
    QString action;
    QString reason; // trimmed
    QString rule; // trimmed, empty when none
    qint64 days = 0; // a suspension's length
    std::optional<QJsonArray> reportIds; // the reports the decision answers

    static Result<DecisionArgs> fromJson(const QJsonObject &json, const QStringList &actions)
    {
        ArgsReader in(json);
        DecisionArgs a {in.string(u"id"_s),
                        in.string(u"target_type"_s),
                        in.string(u"target_id"_s),
                        in.string(u"action"_s),
                        in.string(u"reason"_s).trimmed(),
                        in.optionalString(u"rule"_s).value_or(QString()).trimmed(),
                        in.optionalInteger(u"days"_s).value_or(0),
                        in.optionalArray(u"report_ids"_s)};
        in.check(checkId, u"id"_s);
        in.check(checkId, u"target_id"_s);
        in.check([&json] { return checkChoice(json, u"target_type"_s, targetTypes()); });
        in.check([&json, &actions] { return checkChoice(json, u"action"_s, actions); });
        in.check([&json] { return checkText(json, u"reason"_s, 1, ReasonMax); });
        in.check([&json] { return checkText(json, u"rule"_s, 0, 100); });
        in.check([&a] { return checkReportIds(a.reportIds.value_or(QJsonArray())); });
        return in.finish(a);
    }

    //! The report ids as sent: absent stays absent in the records that copy them.
    QJsonValue reportIdsJson() const
    {
        return reportIds ? QJsonValue(*reportIds) : QJsonValue(QJsonValue::Undefined);
    }
};

QString because(const DecisionArgs &a)
{
    return a.rule.isEmpty() ? a.reason : a.rule + u": "_s + a.reason;
}

Result<Ok> addStrike(SyncStore &store, const MutationContext &ctx, const QString &strikeId,
                     const QJsonObject &fields)
{
    Row strike = newRow(Entity::strikes(), strikeId, fields);
    strike.fields.insert(u"status"_s, u"active"_s);
    strike.fields.insert(u"created_at"_s, ctx.now());
    stampUnclocked(strike, Entity::strikes(), ctx.hlc);
    return store.put(Entity::strikes(), strike);
}

Result<Ok> setModeration(SyncStore &store, const MutationContext &ctx, const TargetKind &kind,
                         const Row &before, const QString &value, const QJsonObject &restore = {})
{
    Row row = before;
    row.fields.insert(u"moderation"_s, value);
    row.clocks.insert(u"moderation"_s, ctx.hlc.toString());
    for (auto it = restore.constBegin(); it != restore.constEnd(); ++it) {
        row.fields.insert(it.key(), it.value());
        row.clocks.insert(it.key(), ctx.hlc.toString());
    }
    if (Result<Ok> put = store.put(*kind.entity, row); !put)
        return put;
    // Every change of a mark passes here: counts and the notices quoting the content follow.
    return Social::markChanged(store, ctx, *kind.entity, before, row);
}

//! What a removal takes out of the row: content fields at their empty values.
QJsonObject emptied(const TargetKind &kind, const Row &row, QJsonObject *original)
{
    QJsonObject empty;
    for (const QString &field : kind.content) {
        original->insert(field, row.fields.value(field));
        empty.insert(field, field == u"media"_s ? u"[]"_s : QString());
    }
    return empty;
}

//! The record of a decision (mod_actions), as every moderator's queue history shows it; a
//! removal keeps the content it took out in `original`.
Result<Row> recordDecision(SyncStore &store, const MutationContext &ctx, const DecisionArgs &a,
                           const QString &owner, const QJsonObject &original)
{
    Row record = newRow(Entity::modActions(), a.id,
                        {{u"actor_id"_s, ctx.userId},
                         {u"action"_s, a.action},
                         {u"target_type"_s, a.targetType},
                         {u"target_id"_s, a.targetId},
                         {u"owner_id"_s, owner},
                         {u"reason"_s, a.reason},
                         {u"rule"_s, a.rule},
                         {u"original"_s, Social::toJsonText(original)},
                         {u"report_ids"_s, Social::toJsonText(a.reportIdsJson())},
                         {u"created_at"_s, ctx.now()}});
    stampUnclocked(record, Entity::modActions(), ctx.hlc);
    if (Result<Ok> put = store.put(Entity::modActions(), record); !put)
        return put.error();
    return record;
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// --- reports --------------------------------------------------------------------------------

struct ReportArgs
{
    QString targetType;
    QString targetId;
    QString reason;
    QString note; // trimmed, empty when none

    static Result<ReportArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        ReportArgs a {
            in.string(u"target_type"_s), in.id(u"target_id"_s), in.string(u"reason"_s), {}};
        in.check([&json] { return checkChoice(json, u"target_type"_s, targetTypes()); });
        in.check([&json] { return checkChoice(json, u"reason"_s, reasons()); });
        a.note = in.optionalText(u"note"_s, 0, NoteMax).value_or(QString()).trimmed();
        return in.finish(a);
    }
};

Mutator report()
{
    return makeMutator<ReportArgs>(
        u"report"_s,
        [](SyncStore &store, const MutationContext &ctx, const ReportArgs &a) -> Result<Ok> {
            const QString &type = a.targetType;
            const QString &targetId = a.targetId;
            const QString id = reportId(ctx.userId, type, targetId);
            Result<std::optional<Row>> mine = store.get(Entity::reports(), id);
            if (!mine)
                return mine.error();
            if (mine->has_value() && !(*mine)->deleted
                && (*mine)->fields.value(u"status"_s).toString() == u"open"_s)
                return Error {409,
                              u"already_reported"_s,
                              u"You have reported this already; a moderator will look at it."_s,
                              {}};
            const TargetKind kind = targetKind(type);
            Result<std::optional<Row>> target = store.get(*kind.entity, targetId);
            if (!target)
                return target.error();
            const bool present = target->has_value() && !(*target)->deleted;
            if (!present && ctx.onServer)
                return notFound(u"target_not_found"_s, u"There is nothing to report there."_s);
            QJsonObject snapshot;
            QString owner;
            if (present) {
                const Row &row = **target;
                if (type == u"message"_s) {
                    // Only a member of the conversation has seen the message.
                    Result<std::optional<Row>> member =
                        store.get(Entity::members(),
                                  Chat::memberId(row.fields.value(u"conversation_id"_s).toString(),
                                                 ctx.userId));
                    if (!member)
                        return member.error();
                    if (ctx.onServer
                        && (!member->has_value() || !(*member)->fields.value(u"active"_s).toBool()))
                        return notFound(u"target_not_found"_s,
                                        u"There is nothing to report there."_s);
                }
                Result<QString> whose = ownerOf(store, kind, row);
                if (!whose)
                    return whose.error();
                owner = *whose;
                // The snapshot only holds what the reporter could see already: nothing held
                // back or taken down by a moderator, no shop's unpublished product.
                Result<bool> visible = publicNow(store, type, row);
                if (!visible)
                    return visible.error();
                if (ctx.onServer && !*visible && owner != ctx.userId)
                    return notFound(u"target_not_found"_s, u"There is nothing to report there."_s);
                // Nor what its owner's block hides from them. (Blocking someone and then
                // reporting them is what a harassed person does: that stays possible.)
                if (ctx.onServer && !owner.isEmpty() && owner != ctx.userId) {
                    Result<std::optional<Row>> block =
                        store.get(Entity::blocks(), pairId(owner, ctx.userId));
                    if (!block)
                        return block.error();
                    if (block->has_value() && (*block)->fields.value(u"active"_s).toBool())
                        return notFound(u"target_not_found"_s,
                                        u"There is nothing to report there."_s);
                }
                for (const QString &field : kind.content)
                    snapshot.insert(field, row.fields.value(field));
                if (type == u"user"_s)
                    snapshot.insert(u"username"_s, row.fields.value(u"username"_s));
            }
            if (!owner.isEmpty() && owner == ctx.userId)
                return Error::unprocessable(u"own_content"_s,
                                            u"You cannot report yourself or your own content."_s,
                                            u"target_id"_s);
            Result<QString> reporterName = usernameOf(store, ctx.userId);
            if (!reporterName)
                return reporterName.error();
            Result<QString> ownerName = usernameOf(store, owner);
            if (!ownerName)
                return ownerName.error();
            Row row = newRow(Entity::reports(), id,
                             {{u"reporter_id"_s, ctx.userId},
                              {u"reporter_username"_s, *reporterName},
                              {u"target_owner_username"_s, *ownerName},
                              {u"target_type"_s, type},
                              {u"target_id"_s, targetId},
                              {u"target_owner_id"_s, owner},
                              {u"reason"_s, a.reason},
                              {u"note"_s, a.note},
                              {u"snapshot"_s, Social::toJsonText(snapshot)},
                              {u"status"_s, u"open"_s},
                              {u"created_at"_s, ctx.now()}});
            stampUnclocked(row, Entity::reports(), ctx.hlc);
            return store.put(Entity::reports(), row);
        });
}

// --- decisions on content -------------------------------------------------------------------

//! hide, remove, approve (a post waiting for review) or dismiss (the reports, not the content).
Mutator moderate()
{
    const auto parse = [](const QJsonObject &json) -> Result<DecisionArgs> {
        Result<DecisionArgs> a =
            DecisionArgs::fromJson(json, {u"hide"_s, u"remove"_s, u"approve"_s, u"dismiss"_s});
        if (a && a->targetType == u"user"_s)
            return Error::unprocessable(u"invalid_target_type"_s,
                                        u"Decisions on accounts are actOnUser's."_s,
                                        u"target_type"_s);
        return a;
    };
    return makeMutator(
        u"moderate"_s, 1, parse,
        [](SyncStore &store, const MutationContext &ctx, const DecisionArgs &a) -> Result<Ok> {
            Result<std::optional<Account>> me = startDecision(store, ctx, a.id);
            if (!me)
                return me.error();
            const QString &id = a.id;
            const QString &type = a.targetType;
            const QString &targetId = a.targetId;
            const QString &action = a.action;
            const TargetKind kind = targetKind(type);
            Result<std::optional<Row>> target = store.get(*kind.entity, targetId);
            if (!target)
                return target.error();
            const bool present = target->has_value() && !(*target)->deleted;
            if (!present && ctx.onServer && action != u"dismiss"_s)
                return notFound(u"target_not_found"_s, u"That content no longer exists."_s);
            QString owner;
            QJsonObject original;
            if (present) {
                Result<QString> whose = ownerOf(store, kind, **target);
                if (!whose)
                    return whose.error();
                owner = *whose;
                if (Result<Ok> may = checkMayActOn(store, ctx, *me, owner); !may)
                    return may;
                const Row &row = **target;
                const QString now = moderationOf(row);
                if (action == u"hide"_s) {
                    if (now == u"hidden"_s || now == u"removed"_s)
                        return Error {409,
                                      u"already_moderated"_s,
                                      u"A moderator has decided on this already."_s,
                                      {}};
                    if (Result<Ok> set = setModeration(store, ctx, kind, row, u"hidden"_s); !set)
                        return set;
                } else if (action == u"remove"_s) {
                    if (now == u"removed"_s)
                        return Error {409,
                                      u"already_moderated"_s,
                                      u"A moderator has removed this already."_s,
                                      {}};
                    const QJsonObject empty = emptied(kind, row, &original);
                    if (Result<Ok> set = setModeration(store, ctx, kind, row, u"removed"_s, empty);
                        !set)
                        return set;
                } else if (action == u"approve"_s) {
                    if (now != u"pending"_s)
                        return Error {409,
                                      u"not_pending"_s,
                                      u"Only content waiting for review can be approved."_s,
                                      {}};
                    if (Result<Ok> set = setModeration(store, ctx, kind, row, QString()); !set)
                        return set;
                }
            }
            if (Result<Ok> closed = closeReports(store, ctx, a.reportIds.value_or(QJsonArray()),
                                                 type, targetId, action);
                !closed)
                return closed;
            Result<Row> recorded = recordDecision(store, ctx, a, owner, original);
            if (!recorded)
                return recorded.error();
            const Row &record = *recorded;
            if (Result<Ok> logged = store.audit(ctx.now(),
                                                {ctx.userId,
                                                 action + u"_content"_s,
                                                 type,
                                                 targetId,
                                                 {{u"reason"_s, record.fields.value(u"reason"_s)},
                                                  {u"rule"_s, record.fields.value(u"rule"_s)},
                                                  {u"action_id"_s, id},
                                                  {u"reports"_s, a.reportIdsJson()}}});
                !logged)
                return logged;
            if ((action != u"hide"_s && action != u"remove"_s) || owner.isEmpty())
                return Ok {};
            // Hiding or removing someone's content is a strike on their record.
            const QString strike = Moderation::strikeId(id);
            const QString text =
                present ? (*target)->fields.value(kind.excerptField).toString() : QString();
            if (Result<Ok> struck = addStrike(store, ctx, strike,
                                              {{u"user_id"_s, owner},
                                               {u"action"_s, action},
                                               {u"action_id"_s, id},
                                               {u"reason"_s, record.fields.value(u"reason"_s)},
                                               {u"rule"_s, record.fields.value(u"rule"_s)},
                                               {u"target_type"_s, type},
                                               {u"target_id"_s, targetId},
                                               {u"excerpt"_s, excerpt(text, ExcerptLength)}});
                !struck)
                return struck;
            return tell(store, ctx, owner, u"mod_"_s + action, targetId, strike, because(a));
        });
}

//! Undoes a hide or a removal (the removed content comes back from the action's record).
Result<Ok> reverse(SyncStore &store, const MutationContext &ctx, const QString &actionId)
{
    Result<std::optional<Row>> found = store.get(Entity::modActions(), actionId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return ctx.onServer
            ? Result<Ok>(notFound(u"action_not_found"_s, u"There is no such decision."_s))
            : Result<Ok>(Ok {});
    Row action = **found;
    if (action.fields.value(u"reversed"_s).toBool())
        return Ok {};
    const QString what = action.fields.value(u"action"_s).toString();
    if (what != u"hide"_s && what != u"remove"_s)
        return Error::unprocessable(u"not_reversible"_s,
                                    u"Only hiding or removing content can be undone."_s,
                                    u"action_id"_s);
    const TargetKind kind = targetKind(action.fields.value(u"target_type"_s).toString());
    Result<std::optional<Row>> target =
        store.get(*kind.entity, action.fields.value(u"target_id"_s).toString());
    if (!target)
        return target.error();
    if (target->has_value() && !(*target)->deleted) {
        const QJsonObject original = parseObject(action.fields.value(u"original"_s).toString());
        if (Result<Ok> set = setModeration(store, ctx, kind, **target, QString(), original); !set)
            return set;
    }
    action.fields.insert(u"reversed"_s, true);
    action.clocks.insert(u"reversed"_s, ctx.hlc.toString());
    return store.put(Entity::modActions(), action);
}

struct RestoreContentArgs
{
    QString actionId;
    QString reason;

    static Result<RestoreContentArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        RestoreContentArgs a {in.id(u"action_id"_s), in.text(u"reason"_s, 1, ReasonMax)};
        return in.finish(a);
    }
};

Mutator restoreContent()
{
    return makeMutator<RestoreContentArgs>(
        u"restoreContent"_s,
        [](SyncStore &store, const MutationContext &ctx,
           const RestoreContentArgs &a) -> Result<Ok> {
            Result<std::optional<Account>> me = requireModerator(store, ctx);
            if (!me)
                return me.error();
            const QString &actionId = a.actionId;
            // Undoing a decision is a decision on the same owner: not one's own, not an admin's.
            Result<std::optional<Row>> action = store.get(Entity::modActions(), actionId);
            if (!action)
                return action.error();
            if (action->has_value()) {
                const QString owner = (*action)->fields.value(u"owner_id"_s).toString();
                if (Result<Ok> may = checkMayActOn(store, ctx, *me, owner); !may)
                    return may;
            }
            if (Result<Ok> undone = reverse(store, ctx, actionId); !undone)
                return undone;
            return store.audit(ctx.now(),
                               {ctx.userId,
                                u"restore_content"_s,
                                u"mod_action"_s,
                                actionId,
                                {{u"reason"_s, a.reason.trimmed()}}});
        });
}

// --- decisions on accounts ------------------------------------------------------------------

//! warn, limit (new posts wait for review), suspend (for `days`), ban, or lift (ends every
//! restriction; no strike).
Mutator actOnUser()
{
    const auto parse = [](const QJsonObject &json) -> Result<DecisionArgs> {
        Result<DecisionArgs> a = DecisionArgs::fromJson(
            json, {u"warn"_s, u"limit"_s, u"suspend"_s, u"ban"_s, u"lift"_s});
        if (!a)
            return a;
        if (a->targetType != u"user"_s)
            return Error::unprocessable(u"invalid_target_type"_s, u"actOnUser acts on a user."_s,
                                        u"target_type"_s);
        if (a->action == u"suspend"_s && (a->days < 1 || a->days > MaxSuspensionDays))
            return Error::unprocessable(u"invalid_days"_s, u"A suspension lasts 1 to 365 days."_s,
                                        u"days"_s);
        return a;
    };
    return makeMutator(
        u"actOnUser"_s, 1, parse,
        [](SyncStore &store, const MutationContext &ctx, const DecisionArgs &a) -> Result<Ok> {
            const QString &userId = a.targetId;
            const QString &action = a.action;
            if (userId == ctx.userId)
                return forbidden(u"Moderators do not decide on their own account."_s);
            Result<std::optional<Account>> me = startDecision(store, ctx, a.id);
            if (!me)
                return me.error();
            const QString &id = a.id;
            Result<std::optional<Account>> account = store.account(userId);
            if (!account)
                return account.error();
            if (ctx.onServer && !account->has_value())
                return notFound(u"user_not_found"_s, u"There is no such account."_s);
            if (Result<Ok> may = checkMayActOn(store, ctx, *me, userId); !may)
                return may;
            const QString &reason = a.reason;
            qint64 until = 0;
            if (account->has_value()) {
                Account restriction = **account;
                if (action == u"limit"_s) {
                    restriction.limited = true;
                } else if (action == u"suspend"_s) {
                    until = ctx.now() + a.days * DayMs;
                    restriction.suspendedUntil = until;
                } else if (action == u"ban"_s) {
                    restriction.banned = true;
                } else if (action == u"lift"_s) {
                    restriction.limited = restriction.banned = false;
                    restriction.suspendedUntil = 0;
                }
                if (action != u"warn"_s) {
                    restriction.restrictionReason = because(a);
                    if (Result<Ok> set = store.restrict(userId, restriction); !set)
                        return set;
                }
                // Suspended or banned: every session ends now, open sockets included.
                if (action == u"suspend"_s || action == u"ban"_s)
                    if (Result<Ok> ended = store.endSessions(userId, action); !ended)
                        return ended;
            }
            if (Result<Ok> closed = closeReports(store, ctx, a.reportIds.value_or(QJsonArray()),
                                                 u"user"_s, userId, action);
                !closed)
                return closed;
            Result<Row> recorded = recordDecision(store, ctx, a, userId, {});
            if (!recorded)
                return recorded.error();
            const Row &record = *recorded;
            QJsonObject detail {{u"reason"_s, reason},
                                {u"rule"_s, record.fields.value(u"rule"_s)},
                                {u"action_id"_s, id},
                                {u"reports"_s, a.reportIdsJson()}};
            if (until > 0)
                detail.insert(u"until"_s, isoTime(until)); // the API's form of a time
            if (Result<Ok> logged = store.audit(
                    ctx.now(), {ctx.userId, action + u"_user"_s, u"user"_s, userId, detail});
                !logged)
                return logged;
            if (action == u"lift"_s)
                return tell(store, ctx, userId, u"mod_lift"_s, QString(), QString(), because(a));
            const QString strike = Moderation::strikeId(id);
            if (Result<Ok> struck = addStrike(store, ctx, strike,
                                              {{u"user_id"_s, userId},
                                               {u"action"_s, action},
                                               {u"action_id"_s, id},
                                               {u"reason"_s, reason},
                                               {u"rule"_s, record.fields.value(u"rule"_s)},
                                               {u"target_type"_s, u"user"_s},
                                               {u"target_id"_s, userId},
                                               {u"until"_s, until}});
                !struck)
                return struck;
            return tell(store, ctx, userId, u"mod_"_s + action, QString(), strike, because(a));
        });
}

// --- appeals --------------------------------------------------------------------------------

Result<Row> strikeFor(SyncStore &store, const QString &strikeId)
{
    return existing(store, Entity::strikes(), strikeId,
                    notFound(u"strike_not_found"_s, u"There is no such strike."_s));
}

Result<Ok> addToThread(SyncStore &store, const MutationContext &ctx, const QString &id,
                       const Row &strike, bool fromModerator, const QString &body)
{
    if (Result<Ok> unused = idUnused(store, Entity::appealMessages(), id,
                                     idTaken(u"A message with this id exists."_s));
        !unused)
        return unused.error();
    Row message = newRow(Entity::appealMessages(), id,
                         {{u"strike_id"_s, strike.id},
                          {u"user_id"_s, strike.fields.value(u"user_id"_s)},
                          {u"from_moderator"_s, fromModerator},
                          {u"body"_s, body.trimmed()},
                          {u"created_at"_s, ctx.now()}});
    stampUnclocked(message, Entity::appealMessages(), ctx.hlc);
    return store.put(Entity::appealMessages(), message);
}

Result<Ok> setStrike(SyncStore &store, const MutationContext &ctx, Row strike,
                     const QJsonObject &values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        strike.fields.insert(it.key(), it.value());
        strike.clocks.insert(it.key(), ctx.hlc.toString());
    }
    return store.put(Entity::strikes(), strike);
}

//! A message in an appeal's thread (appeal, appealMessage).
struct ThreadMessageArgs
{
    QString id;
    QString strikeId;
    QString body; // as sent: the thread keeps it trimmed, the notice's excerpt takes it whole

    static Result<ThreadMessageArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        ThreadMessageArgs a {in.id(u"id"_s), in.id(u"strike_id"_s),
                             in.text(u"body"_s, 1, AppealMax)};
        return in.finish(a);
    }
};

//! The user appeals a strike, once, with a text that starts the thread.
Mutator appeal()
{
    return makeMutator<ThreadMessageArgs>(
        u"appeal"_s,
        [](SyncStore &store, const MutationContext &ctx, const ThreadMessageArgs &a) -> Result<Ok> {
            Result<Row> strike = strikeFor(store, a.strikeId);
            if (!strike)
                return strike.error();
            if (strike->fields.value(u"user_id"_s).toString() != ctx.userId)
                return notFound(u"strike_not_found"_s, u"There is no such strike."_s);
            if (!strike->fields.value(u"appeal"_s).toString().isEmpty())
                return Error {409, u"already_appealed"_s, u"A strike can be appealed once."_s, {}};
            if (Result<Ok> set = setStrike(store, ctx, *strike, {{u"appeal"_s, u"open"_s}}); !set)
                return set;
            return addToThread(store, ctx, a.id, *strike, false, a.body);
        });
}

//! A message in an open appeal's thread: the user adds to it, a moderator replies or asks for
//! more (the user is told).
Mutator appealMessage()
{
    return makeMutator<ThreadMessageArgs>(
        u"appealMessage"_s,
        [](SyncStore &store, const MutationContext &ctx, const ThreadMessageArgs &a) -> Result<Ok> {
            Result<Row> strike = strikeFor(store, a.strikeId);
            if (!strike)
                return strike.error();
            const QString owner = strike->fields.value(u"user_id"_s).toString();
            const bool fromModerator = owner != ctx.userId;
            if (fromModerator) {
                if (Result<std::optional<Account>> me = requireModerator(store, ctx); !me)
                    return me.error();
            }
            if (strike->fields.value(u"appeal"_s).toString() != u"open"_s)
                return Error {409, u"appeal_closed"_s, u"This appeal is not open."_s, {}};
            if (Result<Ok> added = addToThread(store, ctx, a.id, *strike, fromModerator, a.body);
                !added)
                return added;
            if (!fromModerator)
                return Ok {};
            if (Result<Ok> logged = store.audit(ctx.now(),
                                                {ctx.userId,
                                                 u"reply_appeal"_s,
                                                 u"strike"_s,
                                                 strike->id,
                                                 {{u"message_id"_s, a.id}}});
                !logged)
                return logged;
            return tell(store, ctx, owner, u"appeal_reply"_s, QString(), strike->id, a.body);
        });
}

//! A moderator decides an open appeal. Upholding it overturns the strike and reverses its
//! action: hidden or removed content comes back, a limit, suspension or ban is lifted.
struct DecideAppealArgs
{
    QString id; // of the decision's message in the thread
    QString strikeId;
    bool uphold = false;
    QString body; // as sent

    static Result<DecideAppealArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        const QString id = in.id(u"id"_s);
        const QString strikeId = in.id(u"strike_id"_s);
        const QString decision = in.string(u"decision"_s);
        in.check([&json] { return checkChoice(json, u"decision"_s, {u"uphold"_s, u"deny"_s}); });
        const QString body = in.text(u"body"_s, 1, AppealMax);
        return in.finish(DecideAppealArgs {id, strikeId, decision == u"uphold"_s, body});
    }
};

Mutator decideAppeal()
{
    return makeMutator<DecideAppealArgs>(
        u"decideAppeal"_s,
        [](SyncStore &store, const MutationContext &ctx, const DecideAppealArgs &a) -> Result<Ok> {
            Result<std::optional<Account>> me = requireModerator(store, ctx);
            if (!me)
                return me.error();
            Result<Row> strike = strikeFor(store, a.strikeId);
            if (!strike)
                return strike.error();
            const QString owner = strike->fields.value(u"user_id"_s).toString();
            if (Result<Ok> may = checkMayActOn(store, ctx, *me, owner); !may)
                return may;
            if (strike->fields.value(u"appeal"_s).toString() != u"open"_s)
                return Error {409, u"appeal_closed"_s, u"This appeal is not open."_s, {}};
            const bool uphold = a.uphold;
            if (uphold) {
                const QString action = strike->fields.value(u"action"_s).toString();
                if (action == u"hide"_s || action == u"remove"_s) {
                    if (Result<Ok> undone =
                            reverse(store, ctx, strike->fields.value(u"action_id"_s).toString());
                        !undone)
                        return undone;
                } else if (action != u"warn"_s) {
                    Result<std::optional<Account>> account = store.account(owner);
                    if (!account)
                        return account.error();
                    if (account->has_value()) {
                        Account restriction = **account;
                        if (action == u"limit"_s)
                            restriction.limited = false;
                        if (action == u"suspend"_s)
                            restriction.suspendedUntil = 0;
                        if (action == u"ban"_s)
                            restriction.banned = false;
                        if (Result<Ok> set = store.restrict(owner, restriction); !set)
                            return set;
                    }
                }
            }
            QJsonObject values {{u"appeal"_s, uphold ? u"upheld"_s : u"denied"_s}};
            if (uphold)
                values.insert(u"status"_s, u"overturned"_s);
            if (Result<Ok> set = setStrike(store, ctx, *strike, values); !set)
                return set;
            if (Result<Ok> added = addToThread(store, ctx, a.id, *strike, true, a.body); !added)
                return added;
            if (Result<Ok> logged = store.audit(ctx.now(),
                                                {ctx.userId,
                                                 uphold ? u"uphold_appeal"_s : u"deny_appeal"_s,
                                                 u"strike"_s,
                                                 strike->id,
                                                 {{u"reason"_s, a.body.trimmed()}}});
                !logged)
                return logged;
            return tell(store, ctx, owner, uphold ? u"appeal_upheld"_s : u"appeal_denied"_s,
                        strike->fields.value(u"target_id"_s).toString(), strike->id, a.body);
        });
}

} // namespace

const QStringList &targetTypes()
{
    static const QStringList types {u"post"_s,    u"comment"_s, u"message"_s,
                                    u"product"_s, u"review"_s,  u"user"_s};
    return types;
}

const QStringList &reasons()
{
    static const QStringList all {u"spam"_s,        u"harassment"_s, u"nudity"_s, u"violence"_s,
                                  u"counterfeit"_s, u"fraud"_s,      u"other"_s};
    return all;
}

QString moderationOf(const Row &row)
{
    return row.fields.value(u"moderation"_s).toString();
}

Error checkNotModerated(const Row &row)
{
    const QString state = moderationOf(row);
    if (state == u"hidden"_s || state == u"removed"_s)
        return Error {403,
                      u"content_moderated"_s,
                      u"A moderator has %1 this; it cannot be changed."_s.arg(state),
                      {}};
    return {};
}

Result<Ok> checkNewAccount(SyncStore &store, const MutationContext &ctx, const QString &kind,
                           const QString &text)
{
    const std::optional<NewAccountLimits> limits = store.newAccountLimits();
    if (!ctx.onServer || !limits)
        return Ok {};
    Result<std::optional<Account>> account = store.account(ctx.userId);
    if (!account)
        return account.error();
    if (!account->has_value() || ctx.now() - (*account)->createdAt >= limits->ageMs)
        return Ok {};
    const qint64 hourAgo = ctx.now() - 60LL * 60 * 1000;
    struct Check
    {
        QString kind;
        qint64 since;
        int limit;
    };
    QList<Check> checks;
    if (kind == u"post"_s)
        checks << Check {u"post"_s, hourAgo, limits->postsPerHour};
    if (kind == u"message"_s)
        checks << Check {u"message"_s, hourAgo, limits->messagesPerHour};
    if (kind == u"direct"_s)
        checks << Check {u"direct"_s, (*account)->createdAt, limits->directConversations};
    static const QRegularExpression link(u"https?://|www\\."_s,
                                         QRegularExpression::CaseInsensitiveOption);
    if (link.match(text).hasMatch())
        checks << Check {u"link"_s, hourAgo, limits->linksPerHour};
    for (const Check &check : checks) {
        Result<qint64> made = store.countSince(check.kind, ctx.userId, check.since);
        if (!made)
            return made.error();
        if (*made >= check.limit)
            return Error {
                429,
                u"new_account_limit"_s,
                u"New accounts may make %1 %2 for now; try again later."_s.arg(check.limit)
                    .arg(check.kind == u"direct"_s     ? u"new direct conversations"_s
                             : check.kind == u"link"_s ? u"posts or messages with links an hour"_s
                                                       : check.kind + u"s an hour"_s),
                {}};
    }
    return Ok {};
}

Result<Ok> queueForReview(SyncStore &store, const MutationContext &ctx, const QString &targetType,
                          const Row &target)
{
    const TargetKind kind = targetKind(targetType);
    QJsonObject snapshot;
    for (const QString &field : kind.content)
        snapshot.insert(field, target.fields.value(field));
    Result<QString> owner = ownerOf(store, kind, target);
    if (!owner)
        return owner.error();
    Result<QString> ownerName = usernameOf(store, *owner);
    if (!ownerName)
        return ownerName.error();
    // Filed by nobody: only moderators see it.
    Row row = newRow(Entity::reports(), reportId(QString(), targetType, target.id),
                     {{u"target_owner_username"_s, *ownerName},
                      {u"target_type"_s, targetType},
                      {u"target_id"_s, target.id},
                      {u"target_owner_id"_s, *owner},
                      {u"reason"_s, u"review"_s},
                      {u"note"_s, u"New post of a limited account"_s},
                      {u"snapshot"_s, Social::toJsonText(snapshot)},
                      {u"status"_s, u"open"_s},
                      {u"created_at"_s, ctx.now()}});
    stampUnclocked(row, Entity::reports(), ctx.hlc);
    return store.put(Entity::reports(), row);
}

namespace {
Mutator byServerClock(Mutator m)
{
    m.serverOrdered = true;
    return m;
}
} // namespace

QList<Mutator> mutators()
{
    return {report(),
            byServerClock(moderate()),
            byServerClock(restoreContent()),
            byServerClock(actOnUser()),
            appeal(),
            byServerClock(appealMessage()),
            byServerClock(decideAppeal())};
}

} // namespace Souk::Sync::Moderation
