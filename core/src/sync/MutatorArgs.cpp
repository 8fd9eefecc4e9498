#include "MutatorArgs.h"

#include "ArgumentChecks.h"

using namespace Qt::StringLiterals;

namespace Souk::Sync {

using Type = FieldSpec::Type;

void ArgsReader::declare(const QString &field, FieldSpec::Type type, bool required)
{
    m_fields.append({field, type, required});
}

QString ArgsReader::string(const QString &field)
{
    declare(field, Type::String, true);
    return m_args.value(field).toString();
}

QString ArgsReader::id(const QString &field)
{
    check(Helpers::checkId, field);
    return string(field);
}

QString ArgsReader::newClientId(const QString &field)
{
    check(Helpers::checkNewClientId, field);
    return string(field);
}

qint64 ArgsReader::integer(const QString &field)
{
    declare(field, Type::Integer, true);
    return m_args.value(field).toInteger();
}

bool ArgsReader::boolean(const QString &field)
{
    declare(field, Type::Bool, true);
    return m_args.value(field).toBool();
}

QJsonArray ArgsReader::array(const QString &field)
{
    declare(field, Type::Array, true);
    return m_args.value(field).toArray();
}

std::optional<QString> ArgsReader::optionalString(const QString &field)
{
    declare(field, Type::String, false);
    if (!m_args.contains(field))
        return std::nullopt;
    return m_args.value(field).toString();
}

std::optional<QString> ArgsReader::optionalId(const QString &field)
{
    if (m_args.contains(field))
        check(Helpers::checkId, field);
    return optionalString(field);
}

std::optional<qint64> ArgsReader::optionalInteger(const QString &field)
{
    declare(field, Type::Integer, false);
    if (!m_args.contains(field))
        return std::nullopt;
    return m_args.value(field).toInteger();
}

std::optional<QJsonArray> ArgsReader::optionalArray(const QString &field)
{
    declare(field, Type::Array, false);
    if (!m_args.contains(field))
        return std::nullopt;
    return m_args.value(field).toArray();
}

std::optional<QJsonObject> ArgsReader::optionalObject(const QString &field)
{
    declare(field, Type::Object, false);
    if (!m_args.contains(field))
        return std::nullopt;
    return m_args.value(field).toObject();
}

QString ArgsReader::text(const QString &field, int min, int max)
{
    check([this, field, min, max] { return Helpers::checkText(m_args, field, min, max); });
    return string(field);
}

std::optional<QString> ArgsReader::optionalText(const QString &field, int min, int max)
{
    check([this, field, min, max] { return Helpers::checkText(m_args, field, min, max); });
    return optionalString(field);
}

qint64 ArgsReader::integerIn(const QString &field, qint64 min, qint64 max, const QString &code,
                             const QString &message)
{
    check([=, this] { return Helpers::checkRange(m_args, field, min, max, code, message); });
    return integer(field);
}

std::optional<qint64> ArgsReader::optionalIntegerIn(const QString &field, qint64 min, qint64 max,
                                                    const QString &code, const QString &message)
{
    check([=, this] { return Helpers::checkRange(m_args, field, min, max, code, message); });
    return optionalInteger(field);
}

QJsonObject ArgsReader::base(const QStringList &editable)
{
    check([this, editable] { return Helpers::checkBase(m_args, editable); });
    return optionalObject(u"base"_s).value_or(QJsonObject {});
}

void ArgsReader::check(std::function<Error()> rule)
{
    m_rules.append(std::move(rule));
}

void ArgsReader::check(Error (*rule)(const QJsonObject &, const QString &), const QString &field)
{
    check([this, rule, field] { return rule(m_args, field); });
}

Error ArgsReader::error() const
{
    if (Error e = checkFields(m_args, m_fields); !e.isNull())
        return e;
    for (const auto &rule : m_rules) {
        if (Error e = rule(); !e.isNull())
            return e;
    }
    return {};
}

std::function<Result<QString>(const QJsonObject &)> oneId(const QString &field)
{
    return [field](const QJsonObject &json) -> Result<QString> {
        ArgsReader in(json);
        const QString id = in.id(field);
        return in.finish(id);
    };
}

} // namespace Souk::Sync
