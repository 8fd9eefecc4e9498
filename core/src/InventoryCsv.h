#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

//! A shop's inventory as CSV, one line per variant:
//!   sku,product,variant,price,currency,stock,status
//! Prices are decimal text ("12.50"), read into minor units without floating point. Import
//! checks every line before anything is applied: a file with one bad line changes nothing.
namespace Souk::InventoryCsv {

struct Line
{
    int number = 0; // in the file, header = 1
    QString sku, product, variant, currency, status;
    qint64 price = 0; // minor units
    qint64 stock = 0; // may be below zero (an oversold variant, as exported)
};

QString header();
//! One CSV line (RFC 4180 quoting), without the line break.
QString formatLine(const Line &line);
//! Every line, or every problem as "line N: why" (all of them, not just the first).
struct Parsed
{
    QList<Line> lines;
    QStringList errors;
};
Parsed parse(const QString &text);

} // namespace Souk::InventoryCsv
