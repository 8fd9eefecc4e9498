#include "SocialText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Souk::Sync::SocialText {

namespace {

QStringList distinctMatches(const QRegularExpression &pattern, const QString &text, int max)
{
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext() && found.size() < max;) {
        const QString word = it.next().captured(1).toLower();
        if (!found.contains(word))
            found << word;
    }
    return found;
}

} // namespace

QStringList tags(const QString &text)
{
    // A '#' that starts a word: "#brass", not "a#b" (and not a URL fragment).
    static const QRegularExpression pattern(u"(?:^|[^\\w#&])#([\\w]{1,50})"_s,
                                            QRegularExpression::UseUnicodePropertiesOption);
    return distinctMatches(pattern, text, MaxTags);
}

QStringList mentions(const QString &text)
{
    // Usernames are 3-30 of [a-z0-9_.]; a trailing '.' ends a sentence, not a name.
    static const QRegularExpression pattern(u"(?:^|[^\\w@])@([A-Za-z0-9_.]{2,29}[A-Za-z0-9_])"_s);
    return distinctMatches(pattern, text, MaxMentions);
}

QString joinPadded(const QStringList &words)
{
    return words.isEmpty() ? QString() : u' ' + words.join(u' ') + u' ';
}

QStringList splitPadded(const QString &padded)
{
    return padded.split(u' ', Qt::SkipEmptyParts);
}

QString normalizeTag(const QString &tag)
{
    QString t = tag.trimmed().toLower();
    while (t.startsWith(u'#'))
        t.remove(0, 1);
    return t;
}

} // namespace Souk::Sync::SocialText
