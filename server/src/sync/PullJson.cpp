#include "PullJson.h"

#include <QVarLengthArray>

namespace Souk::Server {

void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (uchar(c) < 0x20) {
                out.append("\\u00");
                out.append(Hex[uchar(c) >> 4]);
                out.append(Hex[uchar(c) & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

namespace {

qsizetype skipSpace(QByteArrayView json, qsizetype i)
{
    while (i < json.size()
           && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t'))
        ++i;
    return i;
}

//! The end of the string starting at `i` (its opening quote), past the closing quote; -1 if it
//! does not end.
qsizetype skipString(QByteArrayView json, qsizetype i)
{
    for (++i; i < json.size(); ++i) {
        if (json[i] == '\\')
            ++i;
        else if (json[i] == '"')
            return i + 1;
    }
    return -1;
}

//! The end of the value starting at `i`; -1 if it is cut short or its brackets do not match.
//! Checks structure only (strings, brackets, where values end), not every token.
qsizetype skipValue(QByteArrayView json, qsizetype i)
{
    if (i >= json.size())
        return -1;
    if (json[i] == '"')
        return skipString(json, i);
    if (json[i] != '{' && json[i] != '[') {
        while (i < json.size() && json[i] != ',' && json[i] != '}' && json[i] != ']'
               && json[i] != ' ' && json[i] != '\n' && json[i] != '\r' && json[i] != '\t')
            ++i;
        return i;
    }
    QVarLengthArray<char, 16> open;
    for (; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            i = skipString(json, i);
            if (i < 0)
                return -1;
            --i;
        } else if (c == '{' || c == '[') {
            open.append(c == '{' ? '}' : ']');
        } else if (c == '}' || c == ']') {
            if (open.isEmpty() || open.last() != c)
                return -1;
            open.removeLast();
            if (open.isEmpty())
                return i + 1;
        }
    }
    return -1;
}

} // namespace

std::optional<SnapshotMembers> snapshotMembers(QByteArrayView json)
{
    SnapshotMembers members;
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json[i] != '{')
        return std::nullopt;
    i = skipSpace(json, i + 1);
    if (i < json.size() && json[i] == '}')
        return skipSpace(json, i + 1) == json.size() ? std::optional(members) : std::nullopt;
    while (i < json.size()) {
        if (json[i] != '"')
            return std::nullopt;
        const qsizetype keyEnd = skipString(json, i);
        if (keyEnd < 0)
            return std::nullopt;
        const QByteArrayView key = json.sliced(i + 1, keyEnd - i - 2);
        i = skipSpace(json, keyEnd);
        if (i >= json.size() || json[i] != ':')
            return std::nullopt;
        const qsizetype start = skipSpace(json, i + 1);
        const qsizetype end = skipValue(json, start);
        if (end < 0 || end == start)
            return std::nullopt;
        const QByteArrayView value = json.sliced(start, end - start);
        // A repeated key: the last one wins, as in QJsonDocument.
        if (key == "fields")
            members.fields = value;
        else if (key == "clocks")
            members.clocks = value;
        i = skipSpace(json, end);
        if (i < json.size() && json[i] == ',') {
            i = skipSpace(json, i + 1);
            continue;
        }
        if (i < json.size() && json[i] == '}')
            return skipSpace(json, i + 1) == json.size() ? std::optional(members) : std::nullopt;
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace Souk::Server
