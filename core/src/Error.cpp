#include "Error.h"

using namespace Qt::StringLiterals;

namespace Souk {

QJsonObject Error::toJson() const
{
    QJsonObject inner {{u"code"_s, code}, {u"message"_s, message}};
    if (!field.isEmpty())
        inner.insert(u"field"_s, field);
    return QJsonObject {{u"error"_s, inner}};
}

Error Error::badRequest(const QString &code, const QString &message, const QString &field)
{
    return Error {400, code, message, field};
}

Error Error::unprocessable(const QString &code, const QString &message, const QString &field)
{
    return Error {422, code, message, field};
}

} // namespace Souk
