#include "Money.h"

using namespace Qt::StringLiterals;

namespace Souk::Money {

int minorDigits(const QString &currency)
{
    static const QStringList none {u"JPY"_s, u"KRW"_s, u"VND"_s, u"CLP"_s, u"ISK"_s, u"UGX"_s};
    static const QStringList three {u"BHD"_s, u"KWD"_s, u"OMR"_s, u"JOD"_s,
                                    u"TND"_s, u"LYD"_s, u"IQD"_s};
    if (none.contains(currency))
        return 0;
    return three.contains(currency) ? 3 : 2;
}

QString format(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int digits = minorDigits(currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    QString text = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (digits > 0)
        text += locale.decimalPoint()
            + u"%1"_s.arg(qulonglong(magnitude % quint64(scale)), digits, 10, QChar(u'0'));
    return (negative ? locale.negativeSign() : QString()) + text + u' ' + currency;
}

Result<qint64> parse(const QString &text, const QString &currency)
{
    const Error invalid = Error::unprocessable(
        u"invalid_price"_s, u"Write a price such as 12.50, without a currency sign."_s, u"price"_s);
    QString t = text.trimmed();
    t.remove(u' ').remove(QChar(0x00a0)).remove(QChar(0x202f)); // grouping spaces
    if (t.isEmpty())
        return invalid;
    // The last '.' or ',' is the decimal separator; any others group thousands.
    const qsizetype point = std::max(t.lastIndexOf(u'.'), t.lastIndexOf(u','));
    QString whole = point < 0 ? t : t.left(point);
    QString fraction = point < 0 ? QString() : t.mid(point + 1);
    whole.remove(u'.').remove(u',');
    const int digits = minorDigits(currency);
    if (fraction.size() > digits || whole.size() > 12 || (whole.isEmpty() && fraction.isEmpty()))
        return invalid;
    for (const QString &part : {whole, fraction}) {
        for (const QChar c : part) {
            if (!c.isDigit() || c.unicode() > '9')
                return invalid;
        }
    }
    qint64 minor = whole.isEmpty() ? 0 : whole.toLongLong();
    for (int i = 0; i < digits; ++i)
        minor = minor * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    return minor;
}

} // namespace Souk::Money
