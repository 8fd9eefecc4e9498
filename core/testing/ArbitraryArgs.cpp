#include "ArbitraryArgs.h"

#include <QDateTime>
#include <QJsonArray>

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
    if (in.random(5) == 0 && !in.mediaIds.isEmpty())
        args.insert(u"avatar"_s, pick(in, in.mediaIds));
    return args;
}

QJsonObject followOrUnfollow(const ArbitraryInput &in)
{
    // Now and then oneself: a permanent rejection that must roll back cleanly.
    return {{u"user_id"_s, in.random(10) == 0 ? in.userId : pick(in, in.userIds)}};
}

//! 1-3 distinct stored images; now and then eleven, which must be refused.
QJsonArray someMedia(const ArbitraryInput &in)
{
    QJsonArray media;
    if (in.mediaIds.isEmpty())
        return media;
    const int n = in.random(25) == 0 ? 11 : 1 + int(in.random(3));
    for (int i = 0; i < n && media.size() < in.mediaIds.size(); ++i) {
        const QString id = pick(in, in.mediaIds);
        if (!media.contains(id))
            media.append(id);
    }
    while (n == 11 && media.size() < 11) // make the over-long list even when few are stored
        media.append(QString(64, QChar(u"0123456789abcdef"[media.size()])));
    return media;
}

//! A caption that sometimes tags or mentions someone.
QString caption(const ArbitraryInput &in)
{
    QString text = words(in, 8);
    if (in.random(3) == 0)
        text += u" #"_s + pick(in, {u"brass"_s, u"tea"_s, u"silk"_s});
    return text;
}

QString existingOrNew(const ArbitraryInput &in, const QString &entity)
{
    const QStringList existing = in.ids(entity);
    return existing.isEmpty() || in.random(8) == 0 ? newId(in) : pick(in, existing);
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
    if (in.random(4) == 0 && !in.mediaIds.isEmpty())
        args.insert(u"media"_s, QJsonArray {pick(in, in.mediaIds)});
    return args;
}

QJsonObject createPost(const ArbitraryInput &in)
{
    return {{u"id"_s, newId(in)}, {u"caption"_s, caption(in)}, {u"media"_s, someMedia(in)}};
}

QJsonObject editPost(const ArbitraryInput &in)
{
    // Posts of others are visible too: editing them must be refused.
    return {{u"id"_s, existingOrNew(in, u"posts"_s)}, {u"caption"_s, caption(in)}};
}

QJsonObject deletePost(const ArbitraryInput &in)
{
    return {{u"id"_s, existingOrNew(in, u"posts"_s)}};
}

QJsonObject likeOrUnlike(const ArbitraryInput &in)
{
    return {{u"post_id"_s, existingOrNew(in, u"posts"_s)}};
}

QJsonObject comment(const ArbitraryInput &in)
{
    QJsonObject args {{u"id"_s, newId(in)},
                      {u"post_id"_s, existingOrNew(in, u"posts"_s)},
                      {u"body"_s, words(in, 10)}};
    const QStringList comments = in.ids(u"comments"_s);
    if (!comments.isEmpty() && in.random(3) == 0)
        args.insert(u"parent_id"_s, pick(in, comments)); // maybe on another post: refused
    return args;
}

QJsonObject deleteComment(const ArbitraryInput &in)
{
    return {{u"id"_s, existingOrNew(in, u"comments"_s)}};
}

QJsonObject blockOrUnblock(const ArbitraryInput &in)
{
    return {{u"user_id"_s, in.random(10) == 0 ? in.userId : pick(in, in.userIds)}};
}

QJsonObject markNotificationsRead(const ArbitraryInput &in)
{
    return {{u"until"_s, QDateTime::currentMSecsSinceEpoch() - qint64(in.random(100000))}};
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

// --- chat ---------------------------------------------------------------------------------

QJsonObject startDirect(const ArbitraryInput &in)
{
    return {{u"user_id"_s, in.random(10) == 0 ? in.userId : pick(in, in.userIds)}};
}

QJsonObject createGroup(const ArbitraryInput &in)
{
    QJsonArray members;
    for (const QString &user : in.userIds) {
        if (in.random(2) == 0)
            members.append(user);
    }
    if (members.isEmpty())
        members.append(pick(in, in.userIds));
    return {{u"id"_s, newId(in)}, {u"title"_s, words(in, 3)}, {u"user_ids"_s, members}};
}

QJsonObject conversation(const ArbitraryInput &in)
{
    return {{u"conversation_id"_s, existingOrNew(in, u"conversations"_s)}};
}

QJsonObject addMembers(const ArbitraryInput &in)
{
    QJsonObject args = conversation(in);
    args.insert(u"user_ids"_s, QJsonArray {pick(in, in.userIds)});
    return args;
}

QJsonObject memberInConversation(const ArbitraryInput &in)
{
    QJsonObject args = conversation(in);
    args.insert(u"user_id"_s, pick(in, in.userIds));
    return args;
}

QJsonObject renameGroup(const ArbitraryInput &in)
{
    QJsonObject args = conversation(in);
    args.insert(u"title"_s, words(in, 3));
    return args;
}

QJsonObject sendMessage(const ArbitraryInput &in)
{
    QJsonObject args = conversation(in);
    args.insert(u"id"_s, newId(in));
    args.insert(u"body"_s, words(in, 12));
    const QStringList messages = in.ids(u"messages"_s);
    if (!messages.isEmpty() && in.random(4) == 0)
        args.insert(u"reply_to"_s, pick(in, messages)); // maybe in another conversation
    if (!in.mediaIds.isEmpty() && in.random(8) == 0)
        args.insert(u"media"_s, QJsonArray {pick(in, in.mediaIds)});
    return args;
}

QJsonObject message(const ArbitraryInput &in)
{
    return {{u"id"_s, existingOrNew(in, u"messages"_s)}};
}

QJsonObject editMessage(const ArbitraryInput &in)
{
    QJsonObject args = message(in);
    args.insert(u"body"_s, words(in, 10));
    return args;
}

QJsonObject reaction(const ArbitraryInput &in)
{
    return {{u"message_id"_s, existingOrNew(in, u"messages"_s)},
            {u"emoji"_s, pick(in, {u"👍"_s, u"❤️"_s, u"😂"_s})}};
}

QJsonObject markRead(const ArbitraryInput &in)
{
    QJsonObject args = conversation(in);
    args.insert(u"seq"_s, qint64(in.random(20)));
    return args;
}

QJsonObject setPreferences(const ArbitraryInput &in)
{
    return {{u"presence_hidden"_s, in.random(2) == 0}};
}

} // namespace Souk::Sync::Arbitrary
