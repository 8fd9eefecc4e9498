// User text reaches a StyledText item only through TextLinks: hostile markup must come out as
// text, and only the links this code recognises may be links.
#include "TextLinks.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Souk::App::TextLinks;

class TextLinksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes_data();
    void escapes();
    void linksOnlyWhatItRecognises_data();
    void linksOnlyWhatItRecognises();
    void externalUrlIsHttpOnly_data();
    void externalUrlIsHttpOnly();
};

void TextLinksTest::escapes_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("styled");
    // The image's address becomes a link to click, never a picture that loads by itself.
    QTest::newRow("image") << u"<img src=\"http://evil.example/p.png\">"_s
                           << u"&lt;img src=&quot;<a href=\"http://evil.example/p.png\">"
                              "http://evil.example/p.png</a>&quot;&gt;"_s;
    QTest::newRow("image, no url")
        << u"<img src=x onerror=y>"_s << u"&lt;img src=x onerror=y&gt;"_s;
    QTest::newRow("bold") << u"<b>bold</b>"_s << u"&lt;b&gt;bold&lt;/b&gt;"_s;
    QTest::newRow("entity stays an entity's text")
        << u"&lt; &amp; &#60;"_s << u"&amp;lt; &amp;amp; &amp;#60;"_s;
    QTest::newRow("javascript anchor")
        << u"<a href=\"javascript:alert(1)\">x</a>"_s
        << u"&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;"_s;
    QTest::newRow("unclosed tag") << u"a <font color=red"_s << u"a &lt;font color=red"_s;
    QTest::newRow("line breaks") << u"one\ntwo\r\nthree"_s << u"one<br>two<br>three"_s;
    QTest::newRow("spaces kept") << u"a   b"_s << u"a &nbsp; b"_s;
    // Right-to-left text and bidi controls pass through unchanged (they are text).
    QTest::newRow("rtl") << u"سوق \u202Eabc <i>"_s << u"سوق \u202Eabc &lt;i&gt;"_s;
}

void TextLinksTest::escapes()
{
    QFETCH(QString, plain);
    QFETCH(QString, styled);
    QCOMPARE(TextLinks::toStyledText(plain), styled);
}

void TextLinksTest::linksOnlyWhatItRecognises_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("styled");
    QTest::newRow("url") << u"see https://souk.example/a?b=1&c=2."_s
                         << u"see <a href=\"https://souk.example/a?b=1&c=2\">"
                            "https://souk.example/a?b=1&amp;c=2</a>."_s;
    // A quote ends the URL: it cannot close the href and open an attribute of its own.
    QTest::newRow("quote ends url")
        << u"http://a.example/x\"onclick=\"y"_s
        << u"<a href=\"http://a.example/x\">http://a.example/x</a>&quot;onclick=&quot;y"_s;
    QTest::newRow("markup after url")
        << u"http://a.example/<img src=x>"_s
        << u"<a href=\"http://a.example/\">http://a.example/</a>&lt;img src=x&gt;"_s;
    QTest::newRow("bracketed url")
        << u"(https://a.example/p)"_s
        << u"(<a href=\"https://a.example/p\">https://a.example/p</a>)"_s;
    QTest::newRow("encoded in href") << u"https://a.example/%22x%3C"_s
                                     << u"<a href=\"https://a.example/%22x%3C\">"
                                        "https://a.example/%22x%3C</a>"_s;
    QTest::newRow("bidi override ends url")
        << u"https://a.example/\u202Egnp.exe"_s
        << u"<a href=\"https://a.example/\">https://a.example/</a>\u202Egnp.exe"_s;
    QTest::newRow("javascript is text") << u"javascript:alert(1)"_s << u"javascript:alert(1)"_s;
    QTest::newRow("credentials are text")
        << u"https://bank.example@evil.example/"_s << u"https://bank.example@evil.example/"_s;
    QTest::newRow("tag and mention")
        << u"#Souk by @layla, not a@b.example nor x#1"_s
        << u"<a href=\"tag:souk\">#Souk</a> by <a href=\"user:layla\">@layla</a>, "
           "not a@b.example nor x#1"_s;
    QTest::newRow("arabic tag") << u"مرحبا #سوق"_s << u"مرحبا <a href=\"tag:سوق\">#سوق</a>"_s;
    QTest::newRow("tag after markup")
        << u"<b>#x</b>"_s << u"&lt;b&gt;<a href=\"tag:x\">#x</a>&lt;/b&gt;"_s;
    QTest::newRow("entity is not a tag") << u"&#60;"_s << u"&amp;#60;"_s;
}

void TextLinksTest::linksOnlyWhatItRecognises()
{
    QFETCH(QString, plain);
    QFETCH(QString, styled);
    QCOMPARE(TextLinks::toStyledText(plain), styled);
}

void TextLinksTest::externalUrlIsHttpOnly_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("opens");
    QTest::newRow("https") << u"https://souk.example/x"_s << true;
    QTest::newRow("http") << u"http://souk.example"_s << true;
    QTest::newRow("tag") << u"tag:souk"_s << false;
    QTest::newRow("user") << u"user:layla"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("no host") << u"http:///x"_s << false;
    QTest::newRow("credentials") << u"https://a@b.example/"_s << false;
}

void TextLinksTest::externalUrlIsHttpOnly()
{
    QFETCH(QString, link);
    QFETCH(bool, opens);
    QCOMPARE(!TextLinks::externalUrl(link).isEmpty(), opens);
}

QTEST_GUILESS_MAIN(TextLinksTest)
#include "tst_textlinks.moc"
