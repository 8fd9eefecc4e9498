#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>
#include <optional>

namespace Souk::Server {

// A pull's answer is written as text (SyncService::pull): each stored row snapshot already
// holds its fields and clocks as JSON, spliced into the answer as they are.

//! Appends `text` to `out` as a JSON string, escaped as QJsonDocument writes it.
void appendJsonString(QByteArray &out, QStringView text);

//! The "fields" and "clocks" members of a stored snapshot ({"clocks":..,"fields":..}, as
//! ServerSyncStore writes it), as the text they have there. A null view for a member that is
//! absent (a repeated key: the last one, as in QJsonDocument); nullopt when the text is not one
//! JSON object. Checks the structure (strings, brackets, where values end), not every token:
//! the snapshots are written by QJsonDocument.
struct SnapshotMembers
{
    QByteArrayView fields;
    QByteArrayView clocks;
};
std::optional<SnapshotMembers> snapshotMembers(QByteArrayView json);

} // namespace Souk::Server
