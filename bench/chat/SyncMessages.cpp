#include "SyncMessages.h"

#include "JsonReader.h"

namespace Souk::Bench {

namespace {

//! A string value as a QByteArray, or an empty one (and the value skipped) for another type,
//! as QJsonValue::toString() gave an empty string for anything but a string.
QByteArray stringOrEmpty(JsonReader &json)
{
    if (json.peek() == '"')
        return json.string().toByteArray();
    json.skip();
    return {};
}

qint64 integerOrZero(JsonReader &json)
{
    const char c = json.peek();
    if (c == '-' || (c >= '0' && c <= '9'))
        return json.integer();
    json.skip();
    return 0;
}

bool booleanOrFalse(JsonReader &json)
{
    const char c = json.peek();
    if (c == 't' || c == 'f')
        return json.boolean();
    json.skip();
    return false;
}

void readFields(JsonReader &json, Change *change)
{
    if (json.peek() != '{') { // a deleted row has none
        json.skip();
        return;
    }
    json.enterObject();
    QByteArrayView key;
    while (json.nextKey(&key)) {
        if (key == "author_id")
            change->authorId = stringOrEmpty(json);
        else if (key == "body")
            change->body = stringOrEmpty(json);
        else
            json.skip();
    }
}

void readChanges(JsonReader &json, std::vector<Change> *changes)
{
    if (json.peek() != '[') {
        json.skip();
        return;
    }
    json.enterArray();
    while (json.nextElement()) {
        if (json.peek() != '{') {
            json.skip();
            continue;
        }
        Change &change = changes->emplace_back();
        json.enterObject();
        QByteArrayView key;
        while (json.nextKey(&key)) {
            if (key == "table")
                change.table = stringOrEmpty(json);
            else if (key == "id")
                change.id = stringOrEmpty(json);
            else if (key == "fields")
                readFields(json, &change);
            else
                json.skip();
        }
    }
}

//! `text` as a JSON string, quotes included (escapes as QJsonDocument writes them).
void appendString(QByteArray &out, QByteArrayView text)
{
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (quint8(c) < 0x20)
                out += "\\u00" + QByteArray::number(quint8(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

} // namespace

QByteArray sendMessageMutation(qint64 seq, QByteArrayView id, QByteArrayView conversation,
                               QByteArrayView body, QByteArrayView hlc)
{
    QByteArray out;
    out.reserve(200 + body.size());
    out += R"({"args":{"body":)";
    appendString(out, body);
    out += R"(,"conversation_id":)";
    appendString(out, conversation);
    out += R"(,"id":)";
    appendString(out, id);
    out += R"(},"hlc":)";
    appendString(out, hlc);
    out += R"(,"name":"sendMessage","seq":)" + QByteArray::number(seq) + R"(,"version":1})";
    return out;
}

QByteArray pushBody(QByteArrayView clientId, int schemaVersion, QByteArrayView mutations)
{
    QByteArray out;
    out.reserve(64 + clientId.size() + mutations.size());
    out += R"({"client_id":)";
    appendString(out, clientId);
    out += R"(,"mutations":[)";
    out += mutations;
    out += R"(],"schema_version":)" + QByteArray::number(schemaVersion) + '}';
    return out;
}

bool readFrame(QByteArrayView text, Frame *frame)
{
    *frame = {};
    JsonReader json(text);
    if (!json.enterObject())
        return false;
    Frame::Type type = Frame::Type::Other;
    QByteArrayView key;
    while (json.nextKey(&key)) {
        if (key == "type") {
            const QByteArray value = stringOrEmpty(json);
            type = value == "delta" ? Frame::Type::Delta
                : value == "poke"   ? Frame::Type::Poke
                                    : Frame::Type::Other;
        } else if (key == "bucket") {
            frame->bucket = stringOrEmpty(json);
        } else if (key == "after") {
            frame->after = integerOrZero(json);
        } else if (key == "cursor") {
            frame->cursor = integerOrZero(json);
        } else if (key == "changes") {
            readChanges(json, &frame->changes);
        } else {
            json.skip();
        }
    }
    if (!json.atEnd()) {
        *frame = {};
        return false;
    }
    frame->type = type;
    return true;
}

bool readPullAnswer(QByteArrayView body, PullAnswer *answer)
{
    *answer = {};
    JsonReader json(body);
    if (!json.enterObject())
        return false;
    QByteArrayView key;
    while (json.nextKey(&key)) {
        if (key == "changes") {
            readChanges(json, &answer->changes);
        } else if (key == "buckets" && json.peek() == '{') {
            json.enterObject();
            QByteArrayView name;
            while (json.nextKey(&name)) {
                PullAnswer::Bucket &bucket = answer->buckets.emplace_back();
                bucket.name = name.toByteArray();
                if (json.peek() != '{') {
                    json.skip();
                    continue;
                }
                json.enterObject();
                QByteArrayView field;
                while (json.nextKey(&field)) {
                    if (field == "cursor")
                        bucket.cursor = integerOrZero(json);
                    else if (field == "has_more")
                        bucket.hasMore = booleanOrFalse(json);
                    else
                        json.skip();
                }
            }
        } else {
            json.skip();
        }
    }
    if (!json.atEnd()) {
        *answer = {};
        return false;
    }
    return true;
}

qsizetype appliedCount(QByteArrayView body)
{
    JsonReader json(body);
    if (!json.enterObject())
        return 0;
    qsizetype applied = 0;
    QByteArrayView key;
    while (json.nextKey(&key)) {
        if (key != "results" || json.peek() != '[') {
            json.skip();
            continue;
        }
        json.enterArray();
        while (json.nextElement()) {
            if (json.peek() != '{') {
                json.skip();
                continue;
            }
            json.enterObject();
            QByteArrayView field;
            while (json.nextKey(&field)) {
                if (field == "status" && json.peek() == '"')
                    applied += json.string() == "applied" ? 1 : 0;
                else
                    json.skip();
            }
        }
    }
    return json.atEnd() ? applied : 0;
}

} // namespace Souk::Bench
