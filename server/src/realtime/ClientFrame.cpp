#include "ClientFrame.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Souk::Server {

ClientFrame parseClientFrame(const QString &text)
{
    ClientFrame result;
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(u"type"_s).toString();
    if (type == u"ping"_s) {
        result.type = ClientFrame::Type::Ping;
        return result;
    }
    if (type == u"typing"_s) {
        static const QRegularExpression id(u"^[0-9a-f][0-9a-f-]{7,63}$"_s);
        const QString conversation = frame.value(u"conversation_id"_s).toString();
        if (frame.size() != 2 || !id.match(conversation).hasMatch()) {
            result.error = u"A typing frame is {\"type\":\"typing\",\"conversation_id\":...}."_s;
            return result;
        }
        result.type = ClientFrame::Type::Typing;
        result.conversationId = conversation;
        return result;
    }
    if (type == u"presence"_s) {
        const QString state = frame.value(u"state"_s).toString();
        if (frame.size() != 2 || (state != u"online"_s && state != u"away"_s)) {
            result.error =
                u"A presence frame is {\"type\":\"presence\",\"state\":\"online\"|\"away\"}."_s;
            return result;
        }
        result.type = ClientFrame::Type::Presence;
        result.away = state == u"away"_s;
        return result;
    }
    // Unknown or malformed frames get an error frame; the connection stays up.
    result.error = u"Frames are JSON objects with a known type."_s;
    return result;
}

} // namespace Souk::Server
