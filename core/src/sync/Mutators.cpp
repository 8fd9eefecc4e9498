#include "Mutators.h"

#include "AccountRules.h"
#include "ChatMutators.h"
#include "CommerceMutators.h"
#include "Entities.h"
#include "FieldWrites.h"
#include "JsonFields.h"
#include "MergeRules.h"
#include "ModerationMutators.h"
#include "MutatorArgs.h"
#include "MutatorHelpers.h"
#include "SocialMutators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

namespace {

using namespace Helpers;
using Type = FieldSpec::Type;
constexpr int DraftTitleMax = 200;
constexpr int DraftBodyMax = 20000;

// --- updateProfile ------------------------------------------------------------------------

struct UpdateProfileArgs
{
    std::optional<QString> displayName;
    std::optional<QString> bio;
    std::optional<QString> avatar;
    QJsonObject base;

    static Result<UpdateProfileArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        UpdateProfileArgs a {in.optionalString(u"display_name"_s),
                             in.optionalString(u"bio"_s),
                             in.optionalString(u"avatar"_s),
                             {}};
        in.check([&a] {
            if (!a.displayName && !a.bio && !a.avatar)
                return Error::badRequest(u"empty_patch"_s,
                                         u"Send at least one of display_name, bio and avatar."_s);
            return Error {};
        });
        in.check([&a] {
            const QString avatar = a.avatar.value_or(QString());
            return avatar.isEmpty() ? Error {} : Social::checkMediaIds(QJsonArray {avatar}, 1);
        });
        in.check([&a] {
            return a.displayName ? AccountRules::checkDisplayName(*a.displayName) : Error {};
        });
        in.check([&a] { return AccountRules::checkBio(a.bio.value_or(QString())); });
        a.base = in.base({u"display_name"_s, u"bio"_s, u"avatar"_s});
        return in.finish(a);
    }

    //! What the patch writes: the fields sent, the display name trimmed.
    QJsonObject values() const
    {
        QJsonObject values;
        if (displayName)
            values.insert(u"display_name"_s, displayName->trimmed());
        insertSent(values, u"bio"_s, bio);
        insertSent(values, u"avatar"_s, avatar);
        return values;
    }
};

Mutator updateProfile()
{
    Mutator m = makeMutator<UpdateProfileArgs>(
        u"updateProfile"_s,
        [](SyncStore &store, const MutationContext &ctx, const UpdateProfileArgs &a) -> Result<Ok> {
            Result<std::optional<Row>> current = store.get(Entity::profiles(), ctx.userId);
            if (!current)
                return current.error();
            if (!current->has_value() || (*current)->deleted)
                return notFound(u"user_not_found"_s, u"There is no such profile."_s);
            if (const QString avatar = a.avatar.value_or(QString());
                !avatar.isEmpty() && ctx.onServer) {
                Result<std::optional<QJsonObject>> stored = store.media(avatar);
                if (!stored)
                    return stored.error();
                if (!stored->has_value())
                    return Error::unprocessable(u"media_not_uploaded"_s,
                                                u"The avatar image has not been uploaded."_s,
                                                u"avatar"_s);
            }
            Result<FieldWriteResult> written = writeFields(store, Entity::profiles(), **current,
                                                           a.values(), a.base, ctx, ctx.userId);
            if (!written)
                return written.error();
            if (!written->changed)
                return Ok {};
            return store.put(Entity::profiles(), written->row);
        });
    m.lwwTarget = [](const QJsonObject &, const QString &userId) {
        return std::make_pair(&Entity::profiles(), userId);
    };
    return m;
}

// --- follow / unfollow -------------------------------------------------------------------

Mutator followMutator(const QString &name, bool active)
{
    return makeMutator(
        name, 1, oneId(u"user_id"_s),
        [active](SyncStore &store, const MutationContext &ctx,
                 const QString &target) -> Result<Ok> {
            if (target == ctx.userId)
                return Error::unprocessable(u"cannot_follow_self"_s,
                                            u"You cannot follow yourself."_s, u"user_id"_s);
            // Only the server knows every account and every block; a client may not have the
            // profile yet, nor a block made a moment ago.
            if (ctx.onServer) {
                Result<Row> profile =
                    existing(store, Entity::profiles(), target,
                             notFound(u"user_not_found"_s, u"There is no such user."_s));
                if (!profile)
                    return profile.error();
                if (active) {
                    Result<bool> blocked = Social::blockedEitherWay(store, ctx.userId, target);
                    if (!blocked)
                        return blocked.error();
                    if (*blocked)
                        return forbidden(u"You cannot follow this account."_s);
                }
            }
            Result<PairChange> change = setPair(
                store, Entity::follows(), pairId(ctx.userId, target),
                {{u"follower_id"_s, ctx.userId}, {u"followee_id"_s, target}}, active, ctx.hlc);
            if (!change)
                return change.error();
            if (change->flipped && change->active)
                return Social::notify(store, ctx,
                                      {target,
                                       u"follow"_s,
                                       ctx.userId,
                                       {},
                                       {},
                                       {},
                                       derivedId({u"follow"_s, ctx.userId, target})});
            return Ok {};
        });
}

// --- drafts -----------------------------------------------------------------------------

Result<Ok> putConflictCopy(SyncStore &store, const MutationContext &ctx, const QString &draftId,
                           const QString &title, const QString &body, const QString &lostHlc)
{
    Row copy = newRow(Entity::drafts(), derivedId({u"draft-copy"_s, draftId, lostHlc}),
                      {{u"owner_id"_s, ctx.userId},
                       {u"title"_s, title},
                       {u"body"_s, body},
                       {u"conflict_of"_s, draftId}});
    for (const FieldDef &f : Entity::drafts().fields)
        copy.clocks.insert(f.name, ctx.hlc.toString());
    return store.put(Entity::drafts(), copy);
}

struct SaveDraftArgs
{
    QString id;
    std::optional<QString> title;
    std::optional<QString> body;
    std::optional<QJsonArray> media;
    QJsonObject base;

    static Result<SaveDraftArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        SaveDraftArgs a {in.id(u"id"_s),
                         in.optionalString(u"title"_s),
                         in.optionalString(u"body"_s),
                         in.optionalArray(u"media"_s),
                         {}};
        in.check([&a] {
            if (!a.title && !a.body && !a.media)
                return Error::badRequest(u"empty_patch"_s,
                                         u"Send at least one of title, body and media."_s);
            return Error {};
        });
        in.check([&a] { return a.media ? Social::checkMediaIds(*a.media, 0) : Error {}; });
        in.check([&a] {
            if (a.title.value_or(QString()).size() > DraftTitleMax)
                return Error::unprocessable(
                    u"title_too_long"_s, u"A title may have at most 200 characters."_s, u"title"_s);
            if (a.body.value_or(QString()).size() > DraftBodyMax)
                return Error::unprocessable(u"body_too_long"_s,
                                            u"A draft may have at most 20,000 characters."_s,
                                            u"body"_s);
            return Error {};
        });
        a.base = in.base({u"title"_s, u"body"_s, u"media"_s});
        return in.finish(a);
    }

    //! What the patch writes: the fields sent, media as the JSON text it is stored as.
    QJsonObject values() const
    {
        QJsonObject values;
        insertSent(values, u"title"_s, title);
        insertSent(values, u"body"_s, body);
        if (media)
            values.insert(u"media"_s, Social::toJsonText(*media));
        return values;
    }
};

Mutator saveDraft()
{
    Mutator m = makeMutator<SaveDraftArgs>(
        u"saveDraft"_s,
        [](SyncStore &store, const MutationContext &ctx, const SaveDraftArgs &a) -> Result<Ok> {
            const QString &id = a.id;
            Result<std::optional<Row>> existing = store.get(Entity::drafts(), id);
            if (!existing)
                return existing.error();
            if (existing->has_value()
                && (*existing)->fields.value(u"owner_id"_s).toString() != ctx.userId)
                return forbidden(u"This draft belongs to someone else."_s);
            if (existing->has_value() && (*existing)->deleted) {
                // Edited on one device while deleted on another: keep the text as a copy.
                return putConflictCopy(store, ctx, id, a.title.value_or(QString()),
                                       a.body.value_or(QString()), ctx.hlc.toString());
            }
            Row row =
                existing->value_or(newRow(Entity::drafts(), id, {{u"owner_id"_s, ctx.userId}}));
            if (!existing->has_value()) {
                for (const QString &f : {u"owner_id"_s, u"conflict_of"_s})
                    row.clocks.insert(f, ctx.hlc.toString());
            }
            Result<FieldWriteResult> written =
                writeFields(store, Entity::drafts(), row, a.values(), a.base, ctx, ctx.userId);
            if (!written)
                return written.error();
            // Both texts are kept: a body that lost a concurrent edit also becomes a draft.
            for (const Row &conflict : std::as_const(written->conflicts)) {
                if (conflict.fields.value(u"field"_s).toString() != u"body"_s)
                    continue;
                Result<Ok> copied = putConflictCopy(
                    store, ctx, id, written->row.fields.value(u"title"_s).toString(),
                    conflict.fields.value(u"lost_value"_s).toString(),
                    conflict.fields.value(u"lost_hlc"_s).toString());
                if (!copied)
                    return copied;
            }
            if (!written->changed && existing->has_value())
                return Ok {};
            return store.put(Entity::drafts(), written->row);
        });
    m.lwwTarget = editsRowById(Entity::drafts());
    return m;
}

Mutator deleteDraft()
{
    return makeMutator(
        u"deleteDraft"_s, 1, oneId(u"id"_s),
        [](SyncStore &store, const MutationContext &ctx, const QString &id) -> Result<Ok> {
            Result<Row> found =
                stored(store, Entity::drafts(), id,
                       notFound(u"draft_not_found"_s, u"There is no such draft."_s));
            if (!found)
                return found.error();
            Row row = *found;
            if (row.fields.value(u"owner_id"_s).toString() != ctx.userId)
                return forbidden(u"This draft belongs to someone else."_s);
            if (row.deleted)
                return Ok {};
            row.deleted = true;
            return store.put(Entity::drafts(), row);
        });
}

// --- resolveConflict ------------------------------------------------------------------------

//! How the owner edits one field of a row of an entity that keeps conflict records: the
//! mutator and the arguments that name the row.
struct Editor
{
    QString mutator;
    bool takesBase = true;
    std::function<QJsonObject(const Row &row)> target;
};

std::optional<Editor> editorOf(const QString &entity)
{
    const auto byId = [](const Row &row) {
        return QJsonObject {{u"id"_s, row.id}};
    };
    if (entity == u"posts"_s)
        return Editor {u"editPost"_s, true, byId};
    if (entity == u"messages"_s)
        return Editor {u"editMessage"_s, true, byId};
    if (entity == u"drafts"_s)
        return Editor {u"saveDraft"_s, true, byId};
    if (entity == u"profiles"_s)
        return Editor {u"updateProfile"_s, true, [](const Row &) {
                           return QJsonObject {};
                       }};
    if (entity == u"shops"_s)
        return Editor {u"updateShop"_s, true, [](const Row &row) {
                           return QJsonObject {{u"shop_id"_s, row.id}};
                       }};
    if (entity == u"products"_s)
        return Editor {u"upsertProduct"_s, true, [](const Row &row) {
                           return QJsonObject {{u"id"_s, row.id},
                                               {u"shop_id"_s, row.fields.value(u"shop_id"_s)}};
                       }};
    if (entity == u"variants"_s)
        return Editor {u"setVariant"_s, false, [](const Row &row) {
                           return QJsonObject {{u"id"_s, row.id},
                                               {u"product_id"_s, row.fields.value(u"product_id"_s)},
                                               {u"sku"_s, row.fields.value(u"sku"_s)}};
                       }};
    if (entity == u"preferences"_s)
        return Editor {u"setPreferences"_s, false, [](const Row &) {
                           return QJsonObject {};
                       }};
    if (entity == u"cart_lines"_s)
        return Editor {
            u"setCartQuantity"_s, false, [](const Row &row) {
                return QJsonObject {{u"variant_id"_s, row.fields.value(u"variant_id"_s)}};
            }};
    return std::nullopt;
}

//! keep_mine writes the lost value back through the owner's own edit mutator, so it passes
//! every check a fresh edit would: the row still exists, is not held or removed by a
//! moderator, the writer still owns it or is still in the conversation.
Result<Ok> restoreMine(SyncStore &store, const MutationContext &ctx, const Row &conflict)
{
    const QString entityName = conflict.fields.value(u"entity"_s).toString();
    const EntityDef *target = entity(entityName);
    const QString field = conflict.fields.value(u"field"_s).toString();
    const std::optional<Editor> editor = editorOf(entityName);
    if (!target || !target->hasField(field) || !editor)
        return Error::unprocessable(u"invalid_conflict"_s,
                                    u"The conflict names an unknown field."_s);
    Result<std::optional<Row>> row =
        store.get(*target, conflict.fields.value(u"row_id"_s).toString());
    if (!row)
        return row.error();
    if (!row->has_value() || (*row)->deleted)
        return Ok {}; // gone since: nothing to write back to, the conflict just closes
    QJsonObject args = editor->target(**row);
    QJsonValue value =
        fromConflictText(*target, field, conflict.fields.value(u"lost_value"_s).toString());
    // Lists (media, logo) are kept as JSON text of the stored images; the edit mutator takes
    // their ids.
    if (const QJsonDocument list = QJsonDocument::fromJson(value.toString().toUtf8());
        value.isString() && list.isArray() && (field == u"media"_s || field == u"logo"_s)) {
        QJsonArray ids;
        for (const QJsonValue &image : list.array())
            ids.append(image.isObject() ? image.toObject().value(u"id"_s) : image);
        value = ids;
    }
    args.insert(field, value);
    // Restoring is a normal write that has seen the current value.
    if (editor->takesBase)
        args.insert(u"base"_s, QJsonObject {{field, (*row)->clocks.value(field)}});
    return MutatorRegistry::instance().run(store, ctx,
                                           Mutation {0, editor->mutator, 1, args, ctx.hlc});
}

struct ResolveConflictArgs
{
    QString id;
    bool keepMine = false;

    static Result<ResolveConflictArgs> fromJson(const QJsonObject &json)
    {
        ArgsReader in(json);
        const QString id = in.string(u"id"_s);
        const QString choice = in.string(u"choice"_s);
        in.check([&choice] {
            if (choice != u"keep_mine"_s && choice != u"keep_theirs"_s)
                return Error::unprocessable(u"invalid_choice"_s,
                                            u"choice is keep_mine or keep_theirs."_s, u"choice"_s);
            return Error {};
        });
        in.check(checkId, u"id"_s); // after the choice, as it always was
        return in.finish(ResolveConflictArgs {id, choice == u"keep_mine"_s});
    }
};

Mutator resolveConflict()
{
    return makeMutator<ResolveConflictArgs>(
        u"resolveConflict"_s,
        [](SyncStore &store, const MutationContext &ctx,
           const ResolveConflictArgs &a) -> Result<Ok> {
            Result<std::optional<Row>> found = store.get(Entity::conflicts(), a.id);
            if (!found)
                return found.error();
            // Someone else's conflict answers like a missing one: its existence is private.
            if (!found->has_value()
                || (*found)->fields.value(u"owner_id"_s).toString() != ctx.userId)
                return notFound(u"conflict_not_found"_s, u"There is no such conflict."_s);
            Row conflict = **found;
            if (conflict.fields.value(u"resolved"_s).toBool())
                return Ok {};
            if (a.keepMine) {
                if (Result<Ok> restored = restoreMine(store, ctx, conflict); !restored)
                    return restored;
            }
            conflict.fields.insert(u"resolved"_s, true);
            conflict.clocks.insert(u"resolved"_s, ctx.hlc.toString());
            return store.put(Entity::conflicts(), conflict);
        });
}

} // namespace

MutatorRegistry::MutatorRegistry()
{
    add(updateProfile());
    add(followMutator(u"follow"_s, true));
    add(followMutator(u"unfollow"_s, false));
    add(saveDraft());
    add(deleteDraft());
    add(resolveConflict());
    for (Mutator &m : Social::mutators())
        add(std::move(m));
    for (Mutator &m : Chat::mutators())
        add(std::move(m));
    for (Mutator &m : Commerce::mutators())
        add(std::move(m));
    for (Mutator &m : Moderation::mutators())
        add(std::move(m));
}

const MutatorRegistry &MutatorRegistry::instance()
{
    // Immutable after construction: a table of pure functions, safe to share between threads.
    static const MutatorRegistry registry;
    return registry;
}

void MutatorRegistry::add(Mutator mutator)
{
    m_mutators.insert(mutator.name + u'@' + QString::number(mutator.version), std::move(mutator));
}

const Mutator *MutatorRegistry::find(const QString &name, int version) const
{
    const auto it = m_mutators.constFind(name + u'@' + QString::number(version));
    return it == m_mutators.constEnd() ? nullptr : &*it;
}

QList<const Mutator *> MutatorRegistry::all() const
{
    QList<const Mutator *> list;
    for (const Mutator &m : m_mutators)
        list.append(&m);
    return list;
}

Result<Ok> MutatorRegistry::run(SyncStore &store, const MutationContext &ctx,
                                const Mutation &mutation) const
{
    const Mutator *mutator = find(mutation.name, mutation.version);
    if (!mutator)
        return Error::badRequest(
            u"unknown_mutator"_s,
            u"No mutator %1 version %2."_s.arg(mutation.name).arg(mutation.version));
    if (Error e = mutator->validate(mutation.args); !e.isNull())
        return e;
    return mutator->apply(store, ctx, mutation.args);
}

QJsonObject Mutation::toJson() const
{
    return QJsonObject {{u"seq"_s, seq},
                        {u"name"_s, name},
                        {u"version"_s, version},
                        {u"args"_s, args},
                        {u"hlc"_s, hlc.toString()}};
}

Result<Mutation> Mutation::fromJson(const QJsonObject &object)
{
    if (Error e = checkFields(object,
                              {{u"seq"_s, Type::Integer},
                               {u"name"_s, Type::String},
                               {u"version"_s, Type::Integer},
                               {u"args"_s, Type::Object},
                               {u"hlc"_s, Type::String}});
        !e.isNull())
        return e;
    const auto hlc = Hlc::fromString(object.value(u"hlc"_s).toString());
    if (!hlc)
        return Error::badRequest(u"wrong_type"_s, u"hlc is not a valid HLC timestamp."_s, u"hlc"_s);
    const qint64 seq = qint64(object.value(u"seq"_s).toDouble());
    if (seq < 1)
        return Error::badRequest(u"invalid_seq"_s, u"seq starts at 1."_s, u"seq"_s);
    return Mutation {seq, object.value(u"name"_s).toString(), object.value(u"version"_s).toInt(),
                     object.value(u"args"_s).toObject(), *hlc};
}

} // namespace Souk::Sync
