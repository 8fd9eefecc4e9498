#pragma once

#include "DerivedIds.h"
#include "SyncTypes.h"

//! Conversations, members, messages, reactions and read positions (the chat issue).
namespace Souk::Sync::Chat {

constexpr int MessageMax = 4000;
constexpr int TitleMax = 100;
constexpr int MaxMembers = 256;

QList<Mutator> mutators();

} // namespace Souk::Sync::Chat
