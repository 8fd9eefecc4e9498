#pragma once

#include <QJsonObject>
#include <QString>

namespace Souk {

//! An API error as a value: HTTP status, stable snake_case code, human message, optional field.
struct Error
{
    int status = 0;
    QString code;
    QString message;
    QString field;

    bool isNull() const { return status == 0; }
    //! The body of ARCHITECTURE.md §6: {"error":{"code","message","field"?}}.
    QJsonObject toJson() const;

    static Error badRequest(const QString &code, const QString &message, const QString &field = {});
    static Error unprocessable(const QString &code, const QString &message,
                               const QString &field = {});
};

} // namespace Souk
