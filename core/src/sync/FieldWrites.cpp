#include "FieldWrites.h"

#include "Entities.h"
#include "MergeRules.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

QString conflictText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

QJsonValue fromConflictText(const EntityDef &entity, const QString &field, const QString &text)
{
    for (const FieldDef &f : entity.fields) {
        if (f.name != field)
            continue;
        switch (f.kind) {
        case FieldDef::Kind::Integer:
            return text.toLongLong();
        case FieldDef::Kind::Bool:
            return text == u"true"_s;
        case FieldDef::Kind::Text:
            return text;
        }
    }
    return text;
}

Result<FieldWriteResult> writeFields(SyncStore &store, const EntityDef &entity, Row row,
                                     const QJsonObject &values, const QJsonObject &bases,
                                     const MutationContext &ctx, const QString &ownerId)
{
    FieldWriteResult result {std::move(row), false, {}};
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString &field = it.key();
        std::optional<LwwValue> current;
        const QString currentClock = result.row.clocks.value(field).toString();
        if (!currentClock.isEmpty()) {
            if (const auto hlc = Hlc::fromString(currentClock))
                current = LwwValue {result.row.fields.value(field), *hlc};
        }
        const Hlc base = Hlc::fromString(bases.value(field).toString()).value_or(Hlc {});
        const LwwWriteOutcome outcome = applyLwwWrite(current, LwwValue {*it, ctx.hlc}, base);
        if (outcome.changed) {
            result.row.fields.insert(field, outcome.result.value);
            result.row.clocks.insert(field, outcome.result.hlc.toString());
            result.changed = true;
        }
        if (outcome.conflictLoser) {
            const LwwValue &lost = *outcome.conflictLoser;
            Row conflict;
            conflict.id =
                derivedId({u"conflict"_s, entity.name, result.row.id, field, lost.hlc.toString()});
            conflict.fields = QJsonObject {
                {u"owner_id"_s, ownerId},
                {u"entity"_s, entity.name},
                {u"row_id"_s, result.row.id},
                {u"field"_s, field},
                {u"lost_value"_s, conflictText(lost.value)},
                {u"lost_hlc"_s, lost.hlc.toString()},
                {u"kept_value"_s, conflictText(outcome.result.value)},
                {u"resolved"_s, false},
            };
            for (const FieldDef &f : Entity::conflicts().fields)
                conflict.clocks.insert(f.name, ctx.hlc.toString());
            Result<Ok> stored = store.put(Entity::conflicts(), conflict);
            if (!stored)
                return stored.error();
            result.conflicts.append(conflict);
        }
    }
    return result;
}

} // namespace Souk::Sync
