#pragma once

#include "Result.h"

#include <QLocale>
#include <QString>

//! Money as integer minor units of an ISO 4217 currency, to and from text, without floating
//! point anywhere: "12.50" EUR is 1250, "1500" JPY is 1500, "1.250" BHD is 1250.
namespace Souk::Money {

//! Digits after the decimal point: 2 for most currencies, 0 for JPY or KRW, 3 for BHD or KWD.
int minorDigits(const QString &currency);

//! "12.50 EUR" in the locale's digits and decimal separator (minus sign kept).
QString format(qint64 minor, const QString &currency, const QLocale &locale = QLocale());

//! Parses what a shop owner types ("12.5", "12,50", "1 250.00") into minor units; more
//! decimals than the currency has, letters or a negative amount are errors.
Result<qint64> parse(const QString &text, const QString &currency);

} // namespace Souk::Money
