#pragma once

#include "Arbitrary.h"

//! Random arguments for the moderation mutators. The first simulated user is the server's
//! admin: some decisions apply, the others' are refused.
namespace Souk::Sync::Arbitrary {

QJsonObject arbitraryReport(const ArbitraryInput &in);
QJsonObject arbitraryDecision(const ArbitraryInput &in);
QJsonObject arbitraryAppeal(const ArbitraryInput &in);
QJsonObject arbitraryRestoreContent(const ArbitraryInput &in);
QJsonObject arbitraryActOnUser(const ArbitraryInput &in);
QJsonObject arbitraryDecideAppeal(const ArbitraryInput &in);

} // namespace Souk::Sync::Arbitrary
