#include "ArbitraryArgs.h"

using namespace Qt::StringLiterals;

namespace Souk::Sync::Arbitrary {

QString pick(const ArbitraryInput &in, const QStringList &from)
{
    return from.isEmpty() ? QString() : from.at(int(in.random(quint32(from.size()))));
}

QString words(const ArbitraryInput &in, int maxWords)
{
    static const QStringList vocabulary {u"souk"_s,    u"lamp"_s,   u"brass"_s, u"tea"_s,
                                         u"silk"_s,    u"market"_s, u"blue"_s,  u"مرحبا"_s,
                                         u"ünïcödé"_s, u"🙂"_s};
    QStringList out;
    const int n = 1 + int(in.random(quint32(maxWords)));
    for (int i = 0; i < n; ++i)
        out << pick(in, vocabulary);
    return out.join(u' ');
}

QString newId(const ArbitraryInput &in)
{
    // Lower-case hex in UUID layout, drawn from the simulation's generator (reproducible).
    QString hex;
    for (int i = 0; i < 32; ++i)
        hex += QChar(u"0123456789abcdef"[in.random(16)]);
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-'
        + hex.mid(20);
}

QJsonObject updateProfile(const ArbitraryInput &in)
{
    QJsonObject args;
    if (in.random(2) == 0)
        args.insert(u"display_name"_s, words(in, 3));
    if (args.isEmpty() || in.random(2) == 0)
        args.insert(u"bio"_s, words(in, 12));
    return args;
}

QJsonObject followOrUnfollow(const ArbitraryInput &in)
{
    // Now and then oneself: a permanent rejection that must roll back cleanly.
    return {{u"user_id"_s, in.random(10) == 0 ? in.userId : pick(in, in.userIds)}};
}

QJsonObject saveDraft(const ArbitraryInput &in)
{
    const QStringList existing = in.ids(u"drafts"_s);
    QJsonObject args {
        {u"id"_s, existing.isEmpty() || in.random(3) == 0 ? newId(in) : pick(in, existing)}};
    if (in.random(3) == 0)
        args.insert(u"title"_s, words(in, 4));
    if (!args.contains(u"title"_s) || in.random(2) == 0)
        args.insert(u"body"_s, words(in, 20));
    return args;
}

QJsonObject deleteDraft(const ArbitraryInput &in)
{
    const QStringList existing = in.ids(u"drafts"_s);
    return {{u"id"_s, existing.isEmpty() ? newId(in) : pick(in, existing)}};
}

QJsonObject resolveConflict(const ArbitraryInput &in)
{
    const QStringList existing = in.ids(u"conflicts"_s);
    return {{u"id"_s, existing.isEmpty() ? newId(in) : pick(in, existing)},
            {u"choice"_s, in.random(2) == 0 ? u"keep_mine"_s : u"keep_theirs"_s}};
}

} // namespace Souk::Sync::Arbitrary
