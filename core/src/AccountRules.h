#pragma once

#include "Error.h"

#include <QString>

namespace Souk::AccountRules {

constexpr int UsernameMin = 3;
constexpr int UsernameMax = 30;
constexpr int PasswordMin = 8;
constexpr int PasswordMax = 1024;
constexpr int EmailMax = 254;
constexpr int DisplayNameMax = 50;
constexpr int BioMax = 500;

//! 3–30 characters of [a-z0-9_.]. Uniqueness ignores case, so upper case is refused outright
//! rather than silently folded.
Error checkUsername(const QString &username);
//! A pragmatic address check: one @, a non-empty local part, a dotted domain, no spaces.
Error checkEmail(const QString &email);
//! 8–1024 characters and not on the common-password list (nor trivially derived from it).
Error checkPassword(const QString &password, const QString &username = {});
Error checkDisplayName(const QString &displayName);
Error checkBio(const QString &bio);

//! True when the password is on the bundled common-password list.
bool isCommonPassword(const QString &password);

} // namespace Souk::AccountRules
