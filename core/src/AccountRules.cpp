#include "AccountRules.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Souk::AccountRules {

namespace {

const QSet<QString> &commonPasswords()
{
    // Loaded once; the set is immutable afterwards, so concurrent readers are safe.
    static const QSet<QString> set = [] {
        QSet<QString> result;
        QFile file(u":/souk/core/common-passwords.txt"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("common-passwords.txt is missing from the resources");
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty() && !line.startsWith(u'#'))
                result.insert(line.toLower());
        }
        return result;
    }();
    return set;
}

bool isSingleRepeatedCharacter(const QString &s)
{
    for (const QChar c : s) {
        if (c != s.front())
            return false;
    }
    return true;
}

} // namespace

Error checkUsername(const QString &username)
{
    static const QRegularExpression pattern(u"^[a-z0-9_.]{3,30}$"_s);
    if (username.size() < UsernameMin || username.size() > UsernameMax)
        return Error::unprocessable(u"invalid_username"_s,
                                    u"Usernames are 3 to 30 characters long."_s, u"username"_s);
    if (!pattern.match(username).hasMatch())
        return Error::unprocessable(
            u"invalid_username"_s,
            u"Usernames may only use lower-case letters, digits, '_' and '.'."_s, u"username"_s);
    return {};
}

Error checkEmail(const QString &email)
{
    static const QRegularExpression pattern(
        u"^[^@\\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"_s);
    if (email.size() > EmailMax || !pattern.match(email).hasMatch())
        return Error::unprocessable(u"invalid_email"_s, u"This is not a valid email address."_s,
                                    u"email"_s);
    return {};
}

bool isCommonPassword(const QString &password)
{
    return commonPasswords().contains(password.toLower());
}

Error checkPassword(const QString &password, const QString &username)
{
    const QString field = u"password"_s;
    if (password.size() < PasswordMin)
        return Error::unprocessable(u"weak_password"_s, u"Passwords need at least 8 characters."_s,
                                    field);
    if (password.size() > PasswordMax)
        return Error::unprocessable(u"password_too_long"_s,
                                    u"Passwords may have at most 1024 characters."_s, field);
    if (isCommonPassword(password) || isSingleRepeatedCharacter(password))
        return Error::unprocessable(
            u"weak_password"_s,
            u"This password is one of the most commonly used passwords; choose another."_s, field);
    if (!username.isEmpty() && password.compare(username, Qt::CaseInsensitive) == 0)
        return Error::unprocessable(u"weak_password"_s,
                                    u"The password must not be the same as the username."_s, field);
    return {};
}

Error checkDisplayName(const QString &displayName)
{
    if (displayName.trimmed().isEmpty() || displayName.size() > DisplayNameMax)
        return Error::unprocessable(u"invalid_display_name"_s,
                                    u"Display names are 1 to 50 characters long."_s,
                                    u"display_name"_s);
    return {};
}

Error checkBio(const QString &bio)
{
    if (bio.size() > BioMax)
        return Error::unprocessable(u"bio_too_long"_s, u"A bio may have at most 500 characters."_s,
                                    u"bio"_s);
    return {};
}

} // namespace Souk::AccountRules
