#include "PasswordHasher.h"

#include <sodium.h>

namespace Souk::Server::PasswordHasher {

bool initialize()
{
    return sodium_init() >= 0;
}

QByteArray hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str_alg(out.data(), utf8.constData(), quint64(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    out.truncate(qsizetype(qstrlen(out.constData())));
    return out;
}

bool verify(const QByteArray &storedHash, const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray terminated = storedHash;
    terminated.append('\0');
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(), quint64(utf8.size()))
        == 0;
}

void burnEquivalentTime(const QString &password)
{
    static const QByteArray dummy = hash(QStringLiteral("souk-timing-equalizer"));
    (void)verify(dummy, password);
}

} // namespace Souk::Server::PasswordHasher
