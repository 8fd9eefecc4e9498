#include "ArgumentChecks.h"

#include "Hlc.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Souk::Sync::Helpers {

Error checkId(const QJsonObject &args, const QString &field)
{
    static const QRegularExpression pattern(u"^[0-9a-f][0-9a-f-]{7,63}$"_s);
    if (!pattern.match(args.value(field).toString()).hasMatch())
        return Error::unprocessable(u"invalid_id"_s, u"\"%1\" is not a valid id."_s.arg(field),
                                    field);
    return {};
}

Error checkNewClientId(const QJsonObject &args, const QString &field)
{
    static const QRegularExpression uuid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    if (!uuid.match(args.value(field).toString()).hasMatch())
        return Error::unprocessable(u"invalid_id"_s,
                                    u"\"%1\" is a UUID in lower-case hex with dashes."_s.arg(field),
                                    field);
    return {};
}

Error checkBase(const QJsonObject &args, const QStringList &allowed)
{
    const QJsonObject base = args.value(u"base"_s).toObject();
    for (auto it = base.constBegin(); it != base.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return Error::badRequest(u"unknown_field"_s,
                                     u"base.%1 is not a field of this entity."_s.arg(it.key()),
                                     u"base"_s);
        if (!it->isString() || !Hlc::fromString(it->toString()))
            return Error::badRequest(
                u"wrong_type"_s, u"base.%1 must be an HLC timestamp."_s.arg(it.key()), u"base"_s);
    }
    return {};
}

Error checkText(const QJsonObject &args, const QString &field, int min, int max)
{
    if (!args.contains(field))
        return {};
    const QString text = args.value(field).toString().trimmed();
    if (text.size() < min || text.size() > max)
        return Error::unprocessable(u"invalid_%1"_s.arg(field),
                                    u"%1 is %2 to %3 characters."_s.arg(field).arg(min).arg(max),
                                    field);
    return {};
}

Error checkChoice(const QJsonObject &args, const QString &field, const QStringList &allowed)
{
    if (args.contains(field) && !allowed.contains(args.value(field).toString()))
        return Error::unprocessable(u"invalid_%1"_s.arg(field),
                                    u"%1 is one of: %2."_s.arg(field, allowed.join(u", "_s)),
                                    field);
    return {};
}

Error checkRange(const QJsonObject &args, const QString &field, qint64 min, qint64 max,
                 const QString &code, const QString &message)
{
    if (!args.contains(field))
        return {};
    const double raw = args.value(field).toDouble();
    if (raw != double(qint64(raw)) || qint64(raw) < min || qint64(raw) > max)
        return Error::unprocessable(code, message, field);
    return {};
}

QString excerpt(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + u'…';
}

} // namespace Souk::Sync::Helpers
