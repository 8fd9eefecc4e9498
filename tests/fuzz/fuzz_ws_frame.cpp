// Text frames clients send on /api/v1/ws, decoded as RealtimeHub decodes them.
#include "ClientFrame.h"
#include "FuzzSupport.h"

#include <QRegularExpression>

using namespace Souk;
using namespace Souk::Server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ClientFrame frame = parseClientFrame(text);
    switch (frame.type) {
    case ClientFrame::Type::Bad:
        Fuzz::check(!frame.error.isEmpty(), "a bad frame without an explanation");
        break;
    case ClientFrame::Type::Typing: {
        static const QRegularExpression id(QStringLiteral("^[0-9a-f][0-9a-f-]{7,63}$"));
        Fuzz::check(id.match(frame.conversationId).hasMatch(), "typing in an invalid id");
        break;
    }
    case ClientFrame::Type::Ping:
    case ClientFrame::Type::Presence:
        Fuzz::check(frame.error.isEmpty(), "an accepted frame with an error");
        break;
    }
    return 0;
}
