#include "ChatQueries.h"

#include "SocialQueries.h"

#include "Columns.h"
#include "DerivedIds.h"
#include "ReadQuery.h"
#include "Visibility.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

namespace {

// "others": "username:id" of every other active member, by username (the "?" is me).
const Columns ConversationColumns {
    {u"id"_s, u"c.id"_s},
    {u"kind"_s, u"c.kind"_s},
    {u"title"_s, u"c.title"_s},
    {u"last_preview"_s, u"c.last_preview"_s},
    {u"last_message_at"_s, u"c.last_message_at"_s},
    {u"last_seq"_s, u"c.last_seq"_s},
    {u"read_seq"_s, u"m.read_seq"_s},
    {u"role"_s, u"m.role"_s},
    {u"others"_s,
     u"(SELECT group_concat(o.username || ':' || o.user_id, ' ') FROM (SELECT username, user_id"
     " FROM members WHERE conversation_id = c.id AND active = 1 AND user_id <> ?"
     " ORDER BY username) o)"_s}};

// The "?"s are me, twice: "seen_by" leaves me out, "mine" are my own reactions.
const Columns MessageColumns {
    {u"id"_s, u"m.id"_s},
    {u"conversation_id"_s, u"m.conversation_id"_s},
    {u"author_id"_s, u"m.author_id"_s},
    {u"author_username"_s, u"m.author_username"_s},
    {u"body"_s, u"m.body"_s},
    {u"reply_to"_s, u"m.reply_to"_s},
    {u"media"_s, u"m.media"_s},
    {u"seq"_s, u"m.seq"_s},
    {u"created_at"_s, u"m.created_at"_s},
    {u"edited_at"_s, u"m.edited_at"_s},
    {u"removed"_s, u"m.removed"_s},
    {u"reply_body"_s, u"COALESCE((SELECT r.body FROM messages r WHERE r.id = m.reply_to), '')"_s},
    {u"reactions"_s,
     u"(SELECT group_concat(x.emoji || ' ' || x.n, '|') FROM (SELECT emoji, COUNT(*) AS n"
     " FROM reactions WHERE message_id = m.id AND active = 1 GROUP BY emoji) x)"_s},
    {u"seen_by"_s,
     u"(SELECT group_concat(o.username, ' ') FROM members o WHERE"
     " o.conversation_id = m.conversation_id AND o.active = 1 AND o.user_id <> ?"
     " AND o.user_id <> m.author_id AND m.seq > 0 AND o.read_seq >= m.seq)"_s},
    {u"mine"_s,
     u"(SELECT group_concat(emoji, ' ') FROM reactions"
     " WHERE message_id = m.id AND active = 1 AND user_id = ?)"_s},
    {u"moderation"_s, u"COALESCE(m.moderation, '')"_s}};

} // namespace

Result<QList<ChatQueries::Conversation>> ChatQueries::conversations()
{
    Result<QSqlQuery> q =
        readQuery(m_db,
                  u"SELECT "_s + ConversationColumns.sql()
                      + u" FROM conversations c JOIN members m ON m.conversation_id = c.id"
                        " WHERE m.user_id = ? AND m.active = 1 ORDER BY c.last_message_at DESC"_s,
                  {m_me, m_me});
    if (!q)
        return q.error();
    QList<Conversation> out;
    while (q->next()) {
        const ColumnRow row(*q, ConversationColumns);
        Conversation c;
        c.id = row.text(u"id");
        c.kind = row.text(u"kind");
        c.title = row.text(u"title");
        c.lastPreview = row.text(u"last_preview");
        c.lastMessageAt = row.integer(u"last_message_at");
        c.lastSeq = row.integer(u"last_seq");
        c.unread = std::max<qint64>(0, c.lastSeq - row.integer(u"read_seq"));
        c.admin = row.text(u"role") == u"admin"_s;
        for (const QString &member : row.text(u"others").split(u' ', Qt::SkipEmptyParts)) {
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
        out << Member {.userId = q->value(0).toString(),
                       .username = q->value(1).toString(),
                       .role = q->value(2).toString(),
                       .readSeq = q->value(3).toLongLong()};
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
    return std::optional<Position> {Position {.conversationId = q->value(0).toString(),
                                              .seq = q->value(1).toLongLong(),
                                              .fromNewest = q->value(2).toLongLong()}};
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
    Result<QSqlQuery> q =
        readQuery(m_db,
                  u"SELECT "_s + MessageColumns.sql() + u" FROM messages m WHERE ("_s + where
                      + u") AND "_s + shown.sql + u" ORDER BY "_s + order + u" LIMIT ?"_s,
                  QVariantList {m_me, m_me} + binds + shown.binds + QVariantList {limit});
    if (!q)
        return q.error();
    QList<Message> out;
    while (q->next()) {
        const ColumnRow row(*q, MessageColumns);
        Message m;
        m.id = row.text(u"id");
        m.conversationId = row.text(u"conversation_id");
        m.authorId = row.text(u"author_id");
        m.authorUsername = row.text(u"author_username");
        m.body = row.text(u"body");
        m.replyTo = row.text(u"reply_to");
        m.media = QJsonDocument::fromJson(row.text(u"media").toUtf8()).array();
        m.seq = row.integer(u"seq");
        m.createdAt = row.integer(u"created_at");
        m.editedAt = row.integer(u"edited_at");
        m.removed = row.flag(u"removed");
        m.replyExcerpt = row.text(u"reply_body").left(80);
        m.reactions = row.text(u"reactions").split(u'|', Qt::SkipEmptyParts);
        m.seenBy = row.text(u"seen_by").split(u' ', Qt::SkipEmptyParts);
        m.myReactions = row.text(u"mine").split(u' ', Qt::SkipEmptyParts);
        // Hidden or removed by a moderator: shown in its place as such, without its content.
        m.moderated = !row.text(u"moderation").isEmpty();
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
