#include "InventoryCsv.h"

#include "Money.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Souk::InventoryCsv {

namespace {

const QStringList Columns {u"sku"_s,      u"product"_s, u"variant"_s, u"price"_s,
                           u"currency"_s, u"stock"_s,   u"status"_s};

QString quoted(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n')
        && !field.contains(u'\r'))
        return field;
    return u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
}

//! Splits the text into records of fields (RFC 4180: quotes, doubled quotes, line breaks
//! inside quotes). Each record carries the line it starts on. An unterminated quote is an
//! error at its line.
struct Record
{
    int line = 0;
    QStringList fields;
};
Result<QList<Record>> records(const QString &text)
{
    QList<Record> out;
    Record current {1, {}};
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == u',') {
            current.fields << field;
            field.clear();
            fieldStarted = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty()) {
                current.fields << field;
                out << current;
            }
            field.clear();
            fieldStarted = false;
            ++line;
            current = Record {line, {}};
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return Error::unprocessable(u"malformed_csv"_s,
                                    u"line %1: a quote is never closed"_s.arg(quoteLine));
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty()) {
        current.fields << field;
        out << current;
    }
    return out;
}

} // namespace

QString header()
{
    return Columns.join(u',');
}

QString formatLine(const Line &line)
{
    // The price in the locale-free form the parser reads back: "12.50".
    const QString amount =
        Money::format(line.price, line.currency, QLocale::c()).section(u' ', 0, 0).remove(u',');
    return QStringList {quoted(line.sku), quoted(line.product),        quoted(line.variant), amount,
                        line.currency,    QString::number(line.stock), line.status}
        .join(u',');
}

Parsed parse(const QString &text)
{
    Parsed result;
    Result<QList<Record>> all = records(text);
    if (!all) {
        result.errors << all.error().message;
        return result;
    }
    if (all->isEmpty()
        || all->first().fields.join(u',').trimmed().toLower().remove(u' ') != header()) {
        result.errors << u"line 1: the header must be %1"_s.arg(header());
        return result;
    }
    static const QRegularExpression sku(u"^[A-Za-z0-9._-]{1,64}$"_s);
    static const QRegularExpression currency(u"^[A-Z]{3}$"_s);
    static const QStringList statuses {u"draft"_s, u"active"_s, u"archived"_s};
    QSet<QString> seen;
    for (qsizetype r = 1; r < all->size(); ++r) {
        const Record &rec = all->at(r);
        auto fail = [&](const QString &why) {
            result.errors << u"line %1: %2"_s.arg(rec.line).arg(why);
        };
        if (rec.fields.size() != Columns.size()) {
            fail(u"%1 fields, expected %2"_s.arg(rec.fields.size()).arg(Columns.size()));
            continue;
        }
        Line line;
        line.number = rec.line;
        line.sku = rec.fields.at(0).trimmed();
        line.product = rec.fields.at(1).trimmed();
        line.variant = rec.fields.at(2).trimmed();
        line.currency = rec.fields.at(4).trimmed().toUpper();
        line.status = rec.fields.at(6).trimmed().toLower();
        if (line.status.isEmpty())
            line.status = u"active"_s;
        const qsizetype before = result.errors.size();
        if (!sku.match(line.sku).hasMatch())
            fail(
                u"the SKU \"%1\" is not 1 to 64 letters, digits, dots, dashes or underscores"_s.arg(
                    line.sku));
        else if (seen.contains(line.sku))
            fail(u"the SKU %1 appears twice in the file"_s.arg(line.sku));
        seen.insert(line.sku);
        if (line.product.isEmpty() || line.product.size() > 200)
            fail(u"the product name is 1 to 200 characters"_s);
        if (line.variant.size() > 100)
            fail(u"the variant name is at most 100 characters"_s);
        if (!currency.match(line.currency).hasMatch())
            fail(u"the currency \"%1\" is not an ISO 4217 code such as EUR"_s.arg(line.currency));
        else if (Result<qint64> price = Money::parse(rec.fields.at(3), line.currency); !price)
            fail(u"the price \"%1\" is not an amount such as 12.50"_s.arg(rec.fields.at(3)));
        else
            line.price = *price;
        bool ok = false;
        line.stock = rec.fields.at(5).trimmed().toLongLong(&ok);
        // Below zero is what an export writes for an oversold variant; a count that changes
        // stock must not be (the shop page checks that against what it holds).
        if (!ok || line.stock < -1'000'000 || line.stock > 1'000'000)
            fail(u"the stock \"%1\" is not a whole number up to 1,000,000"_s.arg(rec.fields.at(5)));
        if (!statuses.contains(line.status))
            fail(u"the status is draft, active or archived"_s);
        if (result.errors.size() == before)
            result.lines << line;
    }
    if (!result.errors.isEmpty())
        result.lines.clear(); // all or nothing
    return result;
}

} // namespace Souk::InventoryCsv
