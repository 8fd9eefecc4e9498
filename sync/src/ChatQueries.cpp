#include "ChatQueries.h"

#include "SocialQueries.h"

#include "DerivedIds.h"
#include "ReadQuery.h"
#include "Visibility.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

Result<QList<ChatQueries::Conversation>> ChatQueries::conversations()
{
    Result<QSqlQuery> q =
        readQuery(m_db,
                  u"SELECT c.id, c.kind, c.title, c.last_preview, c.last_message_at, c.last_seq,"
                  " m.read_seq, m.role,"
                  " (SELECT group_concat(o.username || ':' || o.user_id, ' ') FROM (SELECT"
                  "   username, user_id FROM members WHERE conversation_id = c.id AND active = 1"
                  "   AND user_id <> ? ORDER BY username) o)"
                  " FROM conversations c JOIN members m ON m.conversation_id = c.id"
                  " WHERE m.user_id = ? AND m.active = 1 ORDER BY c.last_message_at DESC"_s,
                  {m_me, m_me});
    if (!q)
        return q.error();
    QList<Conversation> out;
    while (q->next()) {
        Conversation c;
        c.id = q->value(0).toString();
        c.kind = q->value(1).toString();
        c.title = q->value(2).toString();
        c.lastPreview = q->value(3).toString();
        c.lastMessageAt = q->value(4).toLongLong();
        c.lastSeq = q->value(5).toLongLong();
        c.unread = std::max<qint64>(0, c.lastSeq - q->value(6).toLongLong());
        c.admin = q->value(7).toString() == u"admin"_s;
        for (const QString &member : q->value(8).toString().split(u' ', Qt::SkipEmptyParts)) {
            c.memberNames << member.section(u':', 0, 0);
            c.memberIds << member.section(u':', 1);
        }
        out << c;
    }
    return out;
}

Result<QList<ChatQueries::Member>> ChatQueries::members(const QString &conversationId)
{
    Result<QSqlQuery> q = readQuery(m_db,
                                    u"SELECT user_id, username, role, read_seq FROM members"
                                    " WHERE conversation_id = ? AND active = 1"
                                    " ORDER BY role = 'admin' DESC, username"_s,
                                    {conversationId});
    if (!q)
        return q.error();
    QList<Member> out;
    while (q->next())
        out << Member {q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                       q->value(3).toLongLong()};
    return out;
}

Result<std::optional<ChatQueries::Position>> ChatQueries::locate(const QString &messageId)
{
    Result<QSqlQuery> q =
        readQuery(m_db,
                  u"SELECT m.conversation_id, m.seq, (SELECT COUNT(*) FROM messages n"
                  "   WHERE n.conversation_id = m.conversation_id AND n.seq >= m.seq)"
                  " FROM messages m WHERE m.id = ? AND m.seq > 0"_s,
                  {messageId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Position> {};
    return std::optional<Position> {
        Position {q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong()}};
}

Result<int> ChatQueries::totalUnread()
{
    Result<QList<Conversation>> all = conversations();
    if (!all)
        return all.error();
    int total = 0;
    for (const Conversation &c : std::as_const(*all))
        total += int(c.unread);
    return total;
}

Result<QString> ChatQueries::memberName(const QString &conversationId, const QString &userId)
{
    Result<QSqlQuery> q = readQuery(m_db, u"SELECT username FROM members WHERE id = ?"_s,
                                    {Chat::memberId(conversationId, userId)});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<QList<ChatQueries::Message>> ChatQueries::messagesWhere(const QString &where,
                                                               const QVariantList &binds,
                                                               const QString &order, int limit)
{
    const Visibility::SqlCondition shown = Visibility::message(u"m"_s, m_me);
    Result<QSqlQuery> q = readQuery(
        m_db,
        u"SELECT m.id, m.conversation_id, m.author_id, m.author_username, m.body, m.reply_to,"
        " m.media, m.seq, m.created_at, m.edited_at, m.removed,"
        " COALESCE((SELECT r.body FROM messages r WHERE r.id = m.reply_to), ''),"
        " (SELECT group_concat(x.emoji || ' ' || x.n, '|') FROM (SELECT emoji, COUNT(*) AS n"
        "   FROM reactions WHERE message_id = m.id AND active = 1 GROUP BY emoji) x),"
        " (SELECT group_concat(o.username, ' ') FROM members o WHERE"
        "   o.conversation_id = m.conversation_id AND o.active = 1 AND o.user_id <> ?"
        "   AND o.user_id <> m.author_id AND m.seq > 0 AND o.read_seq >= m.seq),"
        " (SELECT group_concat(emoji, ' ') FROM reactions"
        "   WHERE message_id = m.id AND active = 1 AND user_id = ?),"
        " COALESCE(m.moderation, '')"
        " FROM messages m WHERE ("_s
            + where + u") AND "_s + shown.sql + u" ORDER BY "_s + order + u" LIMIT ?"_s,
        QVariantList {m_me, m_me} + binds + shown.binds + QVariantList {limit});
    if (!q)
        return q.error();
    QList<Message> out;
    while (q->next()) {
        Message m;
        m.id = q->value(0).toString();
        m.conversationId = q->value(1).toString();
        m.authorId = q->value(2).toString();
        m.authorUsername = q->value(3).toString();
        m.body = q->value(4).toString();
        m.replyTo = q->value(5).toString();
        m.media = QJsonDocument::fromJson(q->value(6).toString().toUtf8()).array();
        m.seq = q->value(7).toLongLong();
        m.createdAt = q->value(8).toLongLong();
        m.editedAt = q->value(9).toLongLong();
        m.removed = q->value(10).toLongLong() != 0;
        m.replyExcerpt = q->value(11).toString().left(80);
        m.reactions = q->value(12).toString().split(u'|', Qt::SkipEmptyParts);
        m.seenBy = q->value(13).toString().split(u' ', Qt::SkipEmptyParts);
        m.myReactions = q->value(14).toString().split(u' ', Qt::SkipEmptyParts);
        // Hidden or removed by a moderator: shown in its place as such, without its content.
        m.moderated = !q->value(15).toString().isEmpty();
        if (m.moderated) {
            m.body.clear();
            m.media = {};
        }
        m.sending = m.seq == 0;
        out << m;
    }
    return out;
}

Result<QList<ChatQueries::Message>> ChatQueries::messages(const QString &conversationId,
                                                          qint64 beforeSeq, int limit)
{
    // Ordered messages newest first from the cursor (then reversed), and those still sending.
    Result<QList<Message>> ordered = messagesWhere(
        u"m.conversation_id = ? AND m.seq > 0 AND m.seq < ?"_s,
        {conversationId, beforeSeq > 0 ? beforeSeq : std::numeric_limits<qint64>::max()},
        u"m.seq DESC"_s, limit);
    if (!ordered)
        return ordered;
    QList<Message> out(ordered->crbegin(), ordered->crend());
    if (beforeSeq <= 0) {
        Result<QList<Message>> sending = messagesWhere(u"m.conversation_id = ? AND m.seq = 0"_s,
                                                       {conversationId}, u"m.created_at"_s, 500);
        if (!sending)
            return sending;
        Result<QList<Message>> refusedHere = refused(conversationId);
        if (!refusedHere)
            return refusedHere;
        // Between the server's refusal and the next pull, the optimistic copy is still in the
        // table: the message shows once, as refused.
        QSet<QString> refusedIds;
        for (const Message &m : std::as_const(*refusedHere))
            refusedIds.insert(m.id);
        for (const Message &m : std::as_const(*sending)) {
            if (!refusedIds.contains(m.id))
                out << m;
        }
        out << *refusedHere;
    }
    return out;
}

Result<QList<ChatQueries::Message>> ChatQueries::refused(const QString &conversationId)
{
    // From the engine's own tables: the rejected sendMessage mutations and those set aside
    // after failing again and again, with what they would have said.
    Result<QSqlQuery> q =
        readQuery(m_db,
                  u"SELECT seq, args, message, at FROM _rejections WHERE name = 'sendMessage'"
                  " AND json_extract(args, '$.conversation_id') = ?"
                  " UNION ALL SELECT seq, args, last_error, created_at FROM _outbox"
                  " WHERE status = 'quarantined' AND name = 'sendMessage'"
                  " AND json_extract(args, '$.conversation_id') = ? ORDER BY 1"_s,
                  {conversationId, conversationId});
    if (!q)
        return q.error();
    QList<Message> out;
    while (q->next()) {
        const QJsonObject args = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
        Message m;
        m.id = args.value(u"id"_s).toString();
        m.conversationId = conversationId;
        m.authorId = m_me;
        m.body = args.value(u"body"_s).toString();
        m.replyTo = args.value(u"reply_to"_s).toString();
        for (const QJsonValue &media : args.value(u"media"_s).toArray())
            m.media.append(QJsonObject {{u"id"_s, media.toString()}});
        m.createdAt = q->value(3).toLongLong();
        m.refused = true;
        m.refusal = q->value(2).toString();
        m.outboxSeq = q->value(0).toLongLong();
        out << m;
    }
    return out;
}

Result<QList<ChatQueries::Message>> ChatQueries::search(const QString &text, int limit)
{
    const QString match = SocialQueries::ftsQuery(text);
    if (match.isEmpty())
        return QList<Message> {};
    return messagesWhere(u"m.rowid IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?"
                         " ORDER BY rowid DESC LIMIT ?) AND m.removed = 0"_s,
                         {match, limit}, u"m.created_at DESC"_s, limit);
}

} // namespace Souk::Sync
