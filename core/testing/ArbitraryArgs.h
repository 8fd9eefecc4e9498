#pragma once

#include "Arbitrary.h"

//! Random arguments for each mutator, used by the randomized simulation (tests/sim). They are
//! mostly valid and sometimes deliberately not (another user's row, a missing row, following
//! oneself), so rejections and rollbacks are exercised too.
namespace Souk::Sync::Arbitrary {

QJsonObject updateProfile(const ArbitraryInput &in);
QJsonObject followOrUnfollow(const ArbitraryInput &in);
QJsonObject saveDraft(const ArbitraryInput &in);
QJsonObject deleteDraft(const ArbitraryInput &in);
QJsonObject resolveConflict(const ArbitraryInput &in);
QJsonObject createPost(const ArbitraryInput &in);
QJsonObject editPost(const ArbitraryInput &in);
QJsonObject deletePost(const ArbitraryInput &in);
QJsonObject likeOrUnlike(const ArbitraryInput &in);
QJsonObject comment(const ArbitraryInput &in);
QJsonObject deleteComment(const ArbitraryInput &in);
QJsonObject blockOrUnblock(const ArbitraryInput &in);
QJsonObject markNotificationsRead(const ArbitraryInput &in);
QJsonObject startDirect(const ArbitraryInput &in);
QJsonObject createGroup(const ArbitraryInput &in);
QJsonObject addMembers(const ArbitraryInput &in);
QJsonObject memberInConversation(const ArbitraryInput &in);
QJsonObject conversation(const ArbitraryInput &in);
QJsonObject renameGroup(const ArbitraryInput &in);
QJsonObject sendMessage(const ArbitraryInput &in);
QJsonObject editMessage(const ArbitraryInput &in);
QJsonObject message(const ArbitraryInput &in);
QJsonObject reaction(const ArbitraryInput &in);
QJsonObject markRead(const ArbitraryInput &in);
QJsonObject setPreferences(const ArbitraryInput &in);

//! Helpers for generators of later entities.
QString pick(const ArbitraryInput &in, const QStringList &from);
QString words(const ArbitraryInput &in, int maxWords);
QString newId(const ArbitraryInput &in);

} // namespace Souk::Sync::Arbitrary
