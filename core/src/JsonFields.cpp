#include "JsonFields.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Souk {

namespace {

QString typeName(FieldSpec::Type type)
{
    switch (type) {
    case FieldSpec::Type::String:
        return u"a string"_s;
    case FieldSpec::Type::Integer:
        return u"an integer"_s;
    case FieldSpec::Type::Bool:
        return u"a boolean"_s;
    case FieldSpec::Type::Object:
        return u"an object"_s;
    case FieldSpec::Type::Array:
        return u"an array"_s;
    }
    return {};
}

bool hasType(const QJsonValue &value, FieldSpec::Type type)
{
    switch (type) {
    case FieldSpec::Type::String:
        return value.isString();
    case FieldSpec::Type::Integer: {
        if (!value.isDouble())
            return false;
        const double d = value.toDouble();
        // Integers only, and only those a double holds exactly.
        return std::trunc(d) == d && std::fabs(d) <= 9007199254740991.0;
    }
    case FieldSpec::Type::Bool:
        return value.isBool();
    case FieldSpec::Type::Object:
        return value.isObject();
    case FieldSpec::Type::Array:
        return value.isArray();
    }
    return false;
}

} // namespace

Result<QJsonObject> parseJsonObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::badRequest(
            u"malformed_json"_s,
            u"The request body is not valid JSON: %1 at offset %2."_s.arg(parseError.errorString())
                .arg(parseError.offset));
    if (!doc.isObject())
        return Error::badRequest(u"not_an_object"_s, u"The request body must be a JSON object."_s);
    return doc.object();
}

Error checkFields(const QJsonObject &object, const QList<FieldSpec> &fields)
{
    QSet<QString> known;
    for (const FieldSpec &spec : fields)
        known.insert(spec.name);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return Error::badRequest(u"unknown_field"_s,
                                     u"The field \"%1\" is not accepted here."_s.arg(it.key()),
                                     it.key());
    }
    for (const FieldSpec &spec : fields) {
        const auto it = object.constFind(spec.name);
        if (it == object.constEnd()) {
            if (spec.required)
                return Error::badRequest(u"missing_field"_s,
                                         u"The field \"%1\" is required."_s.arg(spec.name),
                                         spec.name);
            continue;
        }
        if (it->isNull() && spec.nullable)
            continue;
        if (!hasType(*it, spec.type))
            return Error::badRequest(
                u"wrong_type"_s,
                u"The field \"%1\" must be %2."_s.arg(spec.name, typeName(spec.type)), spec.name);
    }
    return {};
}

Result<QJsonObject> decodeObject(const QByteArray &body, const QList<FieldSpec> &fields)
{
    Result<QJsonObject> parsed = parseJsonObject(body);
    if (!parsed)
        return parsed;
    if (Error error = checkFields(*parsed, fields); !error.isNull())
        return error;
    return parsed;
}

} // namespace Souk
