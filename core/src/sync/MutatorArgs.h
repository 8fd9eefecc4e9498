#pragma once

#include "JsonFields.h"
#include "SyncTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <optional>
#include <type_traits>

//! A mutator's arguments declared once: each field is named, typed and checked in one place,
//! and the mutator's body works on the typed struct that comes out.
namespace Souk::Sync {

//! Reads the fields of one mutator's arguments into typed values. Each read both declares the
//! field and returns its value; finish() then answers as the old validate() did, in its order:
//! first checkFields() over every declared field (unknown, missing, wrong type), then the
//! format and range checks in the order they were added. Values of a field with the wrong type
//! read as empty, and are never used: finish() refuses them first.
class ArgsReader
{
public:
    explicit ArgsReader(const QJsonObject &args)
        : m_args(args)
    { }

    QString string(const QString &field);
    //! A client-made id (checkId).
    QString id(const QString &field);
    //! The id of a new row in a table that also holds derived ids (checkNewClientId).
    QString newClientId(const QString &field);
    qint64 integer(const QString &field);
    bool boolean(const QString &field);
    QJsonArray array(const QString &field);

    //! Optional fields: absent stays std::nullopt (a patch writes only what was sent).
    std::optional<QString> optionalString(const QString &field);
    std::optional<QString> optionalId(const QString &field);
    std::optional<qint64> optionalInteger(const QString &field);
    std::optional<QJsonArray> optionalArray(const QString &field);
    std::optional<QJsonObject> optionalObject(const QString &field);
    //! Text of min to max characters once trimmed (checkText), as sent.
    QString text(const QString &field, int min, int max);
    std::optional<QString> optionalText(const QString &field, int min, int max);
    //! A whole number within [min, max], else `code` (checkRange).
    qint64 integerIn(const QString &field, qint64 min, qint64 max, const QString &code,
                     const QString &message);
    std::optional<qint64> optionalIntegerIn(const QString &field, qint64 min, qint64 max,
                                            const QString &code, const QString &message);
    //! The optional "base" object of a last-writer-wins edit: per field of `editable`, the
    //! HLC the writer had seen (checkBase).
    QJsonObject base(const QStringList &editable);

    //! A check of values read, run after the field checks in the order added. Rules run
    //! later, in error(): they may capture by reference the struct being filled, and only read it.
    void check(std::function<Error()> rule);
    //! A check of the raw arguments (the ones of ArgumentChecks.h).
    void check(Error (*rule)(const QJsonObject &, const QString &), const QString &field);

    //! The first error, or none.
    Error error() const;
    //! `value` when every check passed, else the first error.
    template<typename Args> Result<Args> finish(Args value) const
    {
        if (Error e = error(); !e.isNull())
            return e;
        return value;
    }

private:
    void declare(const QString &field, FieldSpec::Type type, bool required);

    const QJsonObject &m_args;
    QList<FieldSpec> m_fields;
    QList<std::function<Error()>> m_rules;
};

//! Writes `value` into `values` under `field` when it was sent: the patch of an edit.
template<typename T>
void insertSent(QJsonObject &values, const QString &field, const std::optional<T> &value)
{
    if (value)
        values.insert(field, *value);
}

namespace Detail {
template<typename T> struct ResultValue;
template<typename T> struct ResultValue<Result<T>>
{
    using type = T;
};
} // namespace Detail

//! A Mutator from a parser of its arguments and a body that takes them typed. validate() is
//! the parser's error; apply() parses again, so a body never sees arguments that were not
//! checked, whoever calls it.
template<typename Parse, typename Apply>
Mutator makeMutator(const QString &name, int version, Parse parse, Apply apply)
{
    using Args =
        typename Detail::ResultValue<std::invoke_result_t<Parse, const QJsonObject &>>::type;
    return Mutator {name, version,
                    [parse](const QJsonObject &json) -> Error {
                        const Result<Args> args = parse(json);
                        return args ? Error {} : args.error();
                    },
                    [parse, apply](SyncStore &store, const MutationContext &ctx,
                                   const QJsonObject &json) -> Result<Ok> {
                        const Result<Args> args = parse(json);
                        if (!args)
                            return args.error();
                        return apply(store, ctx, *args);
                    }};
}

//! makeMutator() for an argument struct with `static Result<Args> fromJson(const QJsonObject &)`.
template<typename Args, typename Apply> Mutator makeMutator(const QString &name, Apply apply)
{
    return makeMutator(name, 1, &Args::fromJson, std::move(apply));
}

//! The parser of mutators whose only argument is one client-made id (delete, follow, like,
//! block): the id itself.
std::function<Result<QString>(const QJsonObject &)> oneId(const QString &field);

} // namespace Souk::Sync
