#pragma once

#include "DerivedIds.h"
#include "SyncTypes.h"

namespace Souk::Sync {

//! Writes `values` into `row`, field by field, last writer wins by HLC (ARCHITECTURE.md §4).
//! `bases` holds, per field, the HLC of the value the writer had seen. When the stored clock
//! differs, the two writes were concurrent: the higher HLC wins and the other value is kept as
//! a conflict record for `ownerId`, put through `store` (never silently lost).
//! Returns the updated row (not yet stored) and, per field that had a conflict, its record.
struct FieldWriteResult
{
    Row row;
    bool changed = false;
    QList<Row> conflicts;
};
Result<FieldWriteResult> writeFields(SyncStore &store, const EntityDef &entity, Row row,
                                     const QJsonObject &values, const QJsonObject &bases,
                                     const MutationContext &ctx, const QString &ownerId);

//! A field's value as the text a conflict record keeps ("4500" for a price, the text itself
//! for a title), and back to the field's kind when the owner restores it.
QString conflictText(const QJsonValue &value);
QJsonValue fromConflictText(const EntityDef &entity, const QString &field, const QString &text);

} // namespace Souk::Sync
