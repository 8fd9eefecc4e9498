#pragma once

#include "SyncTypes.h"

//! Conversations, members, messages, reactions and read positions (the chat issue).
namespace Souk::Sync::Chat {

constexpr int MessageMax = 4000;
constexpr int TitleMax = 100;
constexpr int MaxMembers = 256;

QList<Mutator> mutators();

//! The id of the direct conversation of two users: the same whoever starts it, so there is
//! one per pair.
QString directId(const QString &a, const QString &b);

//! The id of a user's membership row in a conversation.
QString memberId(const QString &conversationId, const QString &userId);

} // namespace Souk::Sync::Chat
