#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QVariant>

//! Times in a server's answer, made ready for QML: the server writes ISO 8601 text (and, before
//! that, integers of milliseconds; Souk::timeFromJson reads both), QML wants a date.
namespace Souk::App::ServerTimes {

//! A QDateTime, or an empty QVariant (undefined in QML) for "never" (null, 0, absent).
QVariant date(const QJsonValue &value);

//! `object` as a QVariantMap whose `fields` are dates (see date()); everything else as is.
QVariantMap withDates(const QJsonObject &object, const QStringList &fields);

} // namespace Souk::App::ServerTimes
