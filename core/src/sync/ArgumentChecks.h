#pragma once

#include "Error.h"

#include <QJsonObject>
#include <QStringList>

//! The checks a mutator's validate() makes of its arguments, one definition each. Every check
//! passes when the argument is absent (whether it is required is the mutator's own rule) and
//! answers with the stable error codes of docs/api/openapi.yaml.
namespace Souk::Sync::Helpers {

//! Ids made by clients: UUIDs or derived ids (lower-case hex and '-'), nothing else.
Error checkId(const QJsonObject &args, const QString &field);
//! The id of a new row a client names itself in a table that also holds ids the server
//! derives (conversations: groups beside direct ones): a UUID, with its dashes, never the
//! 32 plain hex digits of derivedId(), so a client can never take a derived id first.
Error checkNewClientId(const QJsonObject &args, const QString &field);
//! The "base" object: per field, the HLC of the value the writer had seen.
Error checkBase(const QJsonObject &args, const QStringList &allowed);
//! Text of min to max characters once trimmed (invalid_<field>).
Error checkText(const QJsonObject &args, const QString &field, int min, int max);
//! One of `allowed` (invalid_<field>).
Error checkChoice(const QJsonObject &args, const QString &field, const QStringList &allowed);
//! Integer arguments arrive as JSON numbers: whole, and within [min, max].
Error checkRange(const QJsonObject &args, const QString &field, qint64 min, qint64 max,
                 const QString &code, const QString &message);

//! The start of a text for a notification or a record, at most `length` characters with an
//! ellipsis when cut.
QString excerpt(const QString &text, int length);

} // namespace Souk::Sync::Helpers
