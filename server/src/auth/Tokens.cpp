#include "Tokens.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace Souk::Server::Tokens {

QByteArray generate(Kind kind)
{
    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QByteArray prefix = kind == Kind::Access ? "sat_" : "srt_";
    return prefix + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray hash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

} // namespace Souk::Server::Tokens
