#pragma once

#include <QString>

namespace Souk::Server {

//! A text frame a client sent on /api/v1/ws, decoded and checked.
struct ClientFrame
{
    enum class Type { Ping, Typing, Presence, Bad };
    Type type = Type::Bad;
    QString conversationId; // Typing: where the user types
    bool away = false; // Presence: idle (true) or active
    QString error; // Bad: what a frame of its kind looks like (sent back as bad_frame)
};

//! Decodes one frame: {"type":"ping"}, {"type":"typing","conversation_id":..} or
//! {"type":"presence","state":"online"|"away"}. Pure (no socket), so the hub and the fuzzer
//! (tests/fuzz) run the same code.
ClientFrame parseClientFrame(const QString &text);

} // namespace Souk::Server
