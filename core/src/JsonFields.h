#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Souk {

//! One expected field of a JSON request object.
struct FieldSpec
{
    enum class Type { String, Integer, Bool, Object, Array };
    QString name;
    Type type = Type::String;
    bool required = true;
    bool nullable = false;
};

//! Parses a request body that must be one JSON object (400 malformed_json / not_an_object).
Result<QJsonObject> parseJsonObject(const QByteArray &body);

//! Checks an object against its field list: unknown fields, missing required fields and wrong
//! types are each a 400 naming the field. This is what stops mass assignment.
Error checkFields(const QJsonObject &object, const QList<FieldSpec> &fields);

//! parseJsonObject + checkFields in one call.
Result<QJsonObject> decodeObject(const QByteArray &body, const QList<FieldSpec> &fields);

} // namespace Souk
