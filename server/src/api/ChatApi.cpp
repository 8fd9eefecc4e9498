// Chat for clients that do not sync (bots, scripts, integrations): REST over the same
// mutators the sync protocol runs, so every rule (membership, blocks, order) holds the same.
#include "ApiContext.h"
#include "ChatMutators.h"
#include "Columns.h"
#include "Database.h"
#include "IsoTime.h"
#include "JsonFields.h"
#include "Responses.h"
#include "Routes.h"
#include "SyncService.h"
#include "Visibility.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

using Type = FieldSpec::Type;
constexpr int DefaultMessages = 50;
constexpr int MaxMessages = 200;

Error conversationMissing()
{
    return Error {404,
                  u"conversation_not_found"_s,
                  u"This conversation does not exist, or you are not in it."_s,
                  {}};
}

const Columns ConversationColumns {{u"id"_s, u"c.id"_s},
                                   {u"kind"_s, u"c.kind"_s},
                                   {u"title"_s, u"c.title"_s},
                                   {u"last_seq"_s, u"c.last_seq"_s},
                                   {u"last_message_at"_s, u"c.last_message_at"_s},
                                   {u"last_preview"_s, u"c.last_preview"_s},
                                   {u"read_seq"_s, u"m.read_seq"_s},
                                   {u"role"_s, u"m.role"_s}};

const Columns MemberColumns {{u"user_id"_s}, {u"username"_s}, {u"role"_s}, {u"read_seq"_s}};

//! The conversations the caller is in (or one of them), with members and unread counts.
Result<QJsonArray> conversations(ApiContext &ctx, const QString &onlyId = {})
{
    Result<QSqlQuery> q =
        execSql(ctx.db,
                u"SELECT "_s + ConversationColumns.sql()
                    + u" FROM members m JOIN conversations c ON c.id = m.conversation_id"
                      " WHERE m.user_id = ? AND m.active = 1"_s
                    + (onlyId.isEmpty() ? QString() : u" AND c.id = ?"_s)
                    + u" ORDER BY c.last_message_at DESC LIMIT 500"_s,
                onlyId.isEmpty() ? QVariantList {ctx.caller().userId}
                                 : QVariantList {ctx.caller().userId, onlyId},
                "list conversations");
    if (!q)
        return q.error();
    QJsonArray out;
    while (q->next()) {
        const ColumnRow c(*q, ConversationColumns);
        const QString id = c.text(u"id");
        Result<QSqlQuery> members = execSql(ctx.db,
                                            u"SELECT "_s + MemberColumns.sql()
                                                + u" FROM members WHERE conversation_id = ?"
                                                  " AND active = 1 ORDER BY username"_s,
                                            {id}, "conversation members");
        if (!members)
            return members.error();
        QJsonArray people;
        while (members->next()) {
            const ColumnRow m(*members, MemberColumns);
            people.append(QJsonObject {{u"id"_s, m.text(u"user_id")},
                                       {u"username"_s, m.text(u"username")},
                                       {u"role"_s, m.text(u"role")},
                                       {u"read_seq"_s, m.integer(u"read_seq")}});
        }
        out.append(QJsonObject {
            {u"id"_s, id},
            {u"kind"_s, c.text(u"kind")},
            {u"title"_s, c.text(u"title")},
            {u"last_seq"_s, c.integer(u"last_seq")},
            {u"last_message_at"_s, jsonTime(c.integer(u"last_message_at"))},
            {u"last_preview"_s, c.text(u"last_preview")},
            {u"unread"_s, std::max<qint64>(0, c.integer(u"last_seq") - c.integer(u"read_seq"))},
            {u"role"_s, c.text(u"role")},
            {u"members"_s, people}});
    }
    return out;
}

HttpResponse listConversations(ApiContext &ctx)
{
    if (Error e = checkParameters(ctx.request.query, {}); !e.isNull())
        return HttpResponse::error(e);
    Result<QJsonArray> list = conversations(ctx);
    if (!list)
        return HttpResponse::error(list.error());
    return HttpResponse::json(200, QJsonObject {{u"conversations"_s, *list}});
}

//! Runs a mutator for the caller, pokes the readers, and answers with the conversation.
HttpResponse runAndShow(ApiContext &ctx, const QString &mutator, const QJsonObject &args,
                        const QString &conversationId, int status)
{
    Result<Ok> changed = ctx.services.sync->runNow(ctx.caller(), mutator, args);
    if (!changed)
        return HttpResponse::error(changed.error());
    Result<QJsonArray> shown = conversations(ctx, conversationId);
    if (!shown)
        return HttpResponse::error(shown.error());
    if (shown->isEmpty())
        return HttpResponse::error(conversationMissing());
    return HttpResponse::json(status, shown->first().toObject());
}

HttpResponse createConversation(ApiContext &ctx)
{
    Result<QJsonObject> body = decodeObject(ctx.request.body,
                                            {{u"kind"_s, Type::String},
                                             {u"user_id"_s, Type::String, false},
                                             {u"title"_s, Type::String, false},
                                             {u"user_ids"_s, Type::Array, false},
                                             {u"id"_s, Type::String, false}});
    if (!body)
        return HttpResponse::error(body.error());
    const QString kind = body->value(u"kind"_s).toString();
    if (kind == u"direct"_s) {
        const QString other = body->value(u"user_id"_s).toString();
        return runAndShow(ctx, u"startDirect"_s, {{u"user_id"_s, other}},
                          Sync::Chat::directId(ctx.caller().userId, other), 201);
    }
    if (kind == u"group"_s) {
        const QString id =
            body->value(u"id"_s).toString(QUuid::createUuid().toString(QUuid::WithoutBraces));
        return runAndShow(ctx, u"createGroup"_s,
                          {{u"id"_s, id},
                           {u"title"_s, body->value(u"title"_s)},
                           {u"user_ids"_s, body->value(u"user_ids"_s)}},
                          id, 201);
    }
    return HttpResponse::error(Error::unprocessable(
        u"invalid_kind"_s, u"kind is direct (with user_id) or group (with title and user_ids)."_s,
        u"kind"_s));
}

const Columns MessageColumns {
    {u"id"_s},       {u"author_id"_s}, {u"author_username"_s}, {u"body"_s},      {u"media"_s},
    {u"reply_to"_s}, {u"seq"_s},       {u"created_at"_s},      {u"edited_at"_s}, {u"removed"_s}};

const QString SelectMessages = u"SELECT "_s + MessageColumns.sql() + u" FROM messages"_s;

QJsonObject messageFrom(const QSqlQuery &q)
{
    const ColumnRow m(q, MessageColumns);
    return {{u"id"_s, m.text(u"id")},
            {u"author"_s,
             QJsonObject {{u"id"_s, m.text(u"author_id")},
                          {u"username"_s, m.text(u"author_username")}}},
            {u"body"_s, m.text(u"body")},
            {u"media"_s, QJsonDocument::fromJson(m.text(u"media").toUtf8()).array()},
            {u"reply_to"_s, m.text(u"reply_to")},
            {u"seq"_s, m.integer(u"seq")},
            {u"created_at"_s, jsonTime(m.integer(u"created_at"))},
            {u"edited_at"_s, jsonTime(m.integer(u"edited_at"))},
            {u"removed"_s, m.flag(u"removed")}};
}

HttpResponse listMessages(ApiContext &ctx)
{
    const QString conversation = ctx.request.params.value(u"id"_s);
    const QUrlQuery &query = ctx.request.query;
    if (Error e = checkParameters(query, {u"before_seq"_s, u"limit"_s}); !e.isNull())
        return HttpResponse::error(e);
    bool ok = true;
    const int limit = query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toInt(&ok)
                                                     : DefaultMessages;
    if (!ok || limit < 1 || limit > MaxMessages)
        return HttpResponse::error(
            Error::unprocessable(u"invalid_limit"_s, u"limit is 1 to 200."_s, u"limit"_s));
    const qint64 before = query.hasQueryItem(u"before_seq"_s)
        ? query.queryItemValue(u"before_seq"_s).toLongLong(&ok)
        : std::numeric_limits<qint64>::max();
    if (!ok)
        return HttpResponse::error(Error::badRequest(
            u"wrong_type"_s, u"before_seq is a message number."_s, u"before_seq"_s));
    Result<QSqlQuery> member =
        execSql(ctx.db, u"SELECT 1 FROM members WHERE id = ? AND active = 1"_s,
                {Sync::Chat::memberId(conversation, ctx.caller().userId)}, "membership");
    if (!member)
        return HttpResponse::error(member.error());
    if (!member->next()) // non-members learn nothing, not even that it exists
        return HttpResponse::error(conversationMissing());
    const Sync::Visibility::SqlCondition shown =
        Sync::Visibility::message(u"messages"_s, ctx.caller().userId);
    Result<QSqlQuery> q = execSql(
        ctx.db,
        SelectMessages + u" WHERE conversation_id = ? AND seq > 0 AND seq < ? AND "_s + shown.sql
            + u" ORDER BY seq DESC LIMIT ?"_s,
        QVariantList {conversation, before} + shown.binds + QVariantList {limit}, "list messages");
    if (!q)
        return HttpResponse::error(q.error());
    QJsonArray messages;
    while (q->next())
        messages.prepend(messageFrom(*q)); // oldest first within the page
    return HttpResponse::json(200, QJsonObject {{u"messages"_s, messages}});
}

HttpResponse postMessage(ApiContext &ctx)
{
    const QString conversation = ctx.request.params.value(u"id"_s);
    Result<QJsonObject> body = decodeObject(ctx.request.body,
                                            {{u"id"_s, Type::String, false},
                                             {u"body"_s, Type::String},
                                             {u"media"_s, Type::Array, false},
                                             {u"reply_to"_s, Type::String, false}});
    if (!body)
        return HttpResponse::error(body.error());
    QJsonObject args = *body;
    if (!args.contains(u"id"_s)) // a retried POST should send its own id, to be stored once
        args.insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    args.insert(u"conversation_id"_s, conversation);
    Result<Ok> changed = ctx.services.sync->runNow(ctx.caller(), u"sendMessage"_s, args);
    if (!changed)
        return HttpResponse::error(changed.error());
    Result<QSqlQuery> q = execSql(ctx.db, SelectMessages + u" WHERE id = ?"_s,
                                  {args.value(u"id"_s).toString()}, "read message");
    if (!q)
        return HttpResponse::error(q.error());
    if (!q->next())
        return HttpResponse::error(conversationMissing());
    return HttpResponse::json(201, messageFrom(*q));
}

} // namespace

void addChatRoutes(Router &router)
{
    using Auth = Route::Auth;
    router.add({"GET", u"/api/v1/conversations"_s, Auth::Bearer, listConversations, 0, false, false,
                u"The caller's conversations with unread counts"_s});
    router.add({"POST", u"/api/v1/conversations"_s, Auth::Bearer, createConversation, -1, true,
                false, u"Start a direct conversation or create a group"_s});
    router.add({"GET", u"/api/v1/conversations/{id}/messages"_s, Auth::Bearer, listMessages, 0,
                false, false, u"Messages of a conversation, newest page first"_s});
    router.add({"POST", u"/api/v1/conversations/{id}/messages"_s, Auth::Bearer, postMessage, -1,
                true, false, u"Send a message"_s});
}

} // namespace Souk::Server
