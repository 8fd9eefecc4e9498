#pragma once

#include "DerivedIds.h"
#include "SyncTypes.h"

//! Reports, moderators' decisions on content and accounts, strikes and appeals (the moderation
//! issue). Decisions run authoritatively on the server, which wins every moderation conflict:
//! a moderator triaging offline queues them as intents.
namespace Souk::Sync::Moderation {

constexpr int NoteMax = 1000;
constexpr int ReasonMax = 1000;
constexpr int AppealMax = 4000;
constexpr int MaxReportsPerDecision = 200;
constexpr int MaxSuspensionDays = 365;

//! What can be reported: post, comment, message, product, review, user.
const QStringList &targetTypes();
//! Why: spam, harassment, nudity, violence, counterfeit, fraud, other.
const QStringList &reasons();

//! A moderator's mark on content, in its `moderation` field: "" (none), "hidden", "removed", or
//! "pending" (a limited account's post waiting for review).
QString moderationOf(const Row &row);
//! Refuses a change to content a moderator hid or removed: neither its author's edit nor an
//! old mutation replayed may bring it back.
Error checkNotModerated(const Row &row);

//! Refuses (429) what would take an account younger than the server's limit past them: `kind`
//! is post, message or direct; `text` is checked for links too.
Result<Ok> checkNewAccount(SyncStore &store, const MutationContext &ctx, const QString &kind,
                           const QString &text = {});

//! Files a report for review, as the server does for a limited account's new post.
Result<Ok> queueForReview(SyncStore &store, const MutationContext &ctx, const QString &targetType,
                          const Row &target);

QList<Mutator> mutators();

} // namespace Souk::Sync::Moderation
