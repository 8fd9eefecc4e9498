#include "TextLinks.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Souk::App {

namespace {

// Bidirectional controls (LRM, RLM, ALM, embeddings, overrides, isolates) end a URL: inside
// one they would make the shown address read differently from the one opened.
#define SOUK_BIDI_CONTROLS "\\x{200E}\\x{200F}\\x{061C}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}"

const QRegularExpression &tokens()
{
    // One pass over the plain text, so a link is never found inside an escape sequence:
    // 1: a URL (up to whitespace, a quote, an angle bracket or a bidi control),
    // 2: what precedes a #tag or @mention (start, or a character that cannot be part of a word,
    //    so "a@b.c" and "x#1" stay text), 3: the tag, 4: the mention.
    static const QRegularExpression re(
        QStringLiteral(R"((\bhttps?://[^\s"'<>`)" SOUK_BIDI_CONTROLS
                       R"(]+)|(^|[^\w#@&/])(?:#(\w{1,50})|@([A-Za-z0-9_.]{2,29}[A-Za-z0-9_])))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

//! A URL match without the punctuation that usually ends the sentence around it, and without
//! a closing bracket that has no opening one in the URL ("(see https://x.org/a)").
QString trimUrl(QString url)
{
    while (!url.isEmpty()) {
        const QChar last = url.back();
        if (u".,;:!?*"_s.contains(last)) {
            url.chop(1);
        } else if (last == u')' && url.count(u'(') < url.count(u')')) {
            url.chop(1);
        } else {
            break;
        }
    }
    return url;
}

QString escaped(const QString &plain)
{
    QString out = plain.toHtmlEscaped(); // & < > and "
    out.replace(u"\r\n"_s, u"<br>"_s);
    out.replace(u'\n', u"<br>"_s);
    out.replace(u"  "_s, u" &nbsp;"_s); // StyledText collapses runs of spaces
    return out;
}

QString anchor(const QString &href, const QString &shown)
{
    // The attribute value is taken verbatim up to the next quote (StyledText decodes no
    // entities there): hrefs are percent-encoded URLs or word characters, with no quote.
    Q_ASSERT(!href.contains(u'"'));
    return u"<a href=\""_s + href + u"\">"_s + escaped(shown) + u"</a>"_s;
}

} // namespace

QString TextLinks::toStyledText(const QString &plain)
{
    QString out;
    out.reserve(plain.size() + plain.size() / 4);
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = tokens().globalMatch(plain);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() < done)
            continue;
        if (m.hasCaptured(1)) {
            const QString shown = trimUrl(m.captured(1));
            const QUrl url = externalUrl(shown);
            if (url.isEmpty())
                continue; // not a URL we would open: stays text
            out += escaped(plain.mid(done, m.capturedStart(1) - done));
            out += anchor(QString::fromLatin1(url.toEncoded()), shown);
            done = m.capturedStart(1) + shown.size();
        } else {
            const bool isTag = m.hasCaptured(3);
            const int group = isTag ? 3 : 4;
            const qsizetype start = m.capturedStart(group) - 1; // the # or @
            out += escaped(plain.mid(done, start - done));
            const QString name = m.captured(group);
            out += anchor((isTag ? u"tag:"_s : u"user:"_s) + name.toLower().toHtmlEscaped(),
                          plain.mid(start, name.size() + 1));
            done = m.capturedEnd(group);
        }
    }
    out += escaped(plain.mid(done));
    return out;
}

QUrl TextLinks::externalUrl(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()
        || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
        return {};
    return url;
}

} // namespace Souk::App
