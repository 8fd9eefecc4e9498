#include "PasswordHasher.h"

#include <QSemaphore>
#include <QThread>
#include <algorithm>
#include <sodium.h>

namespace Souk::Server::PasswordHasher {

namespace {
//! At most one hash per core at a time. Each takes 64 MiB and a core for tens of
//! milliseconds; more at once only add memory (the worker pool has many more threads than
//! cores, because pushes wait there for their group's commit).
class HashSlot
{
public:
    HashSlot() { slots().acquire(); }
    ~HashSlot() { slots().release(); }
    HashSlot(const HashSlot &) = delete;
    HashSlot &operator=(const HashSlot &) = delete;

private:
    static QSemaphore &slots()
    {
        static QSemaphore free(std::max(1, QThread::idealThreadCount()));
        return free;
    }
};
} // namespace

bool initialize()
{
    return sodium_init() >= 0;
}

QByteArray hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    const HashSlot slot;
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
    const HashSlot slot;
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(), quint64(utf8.size()))
        == 0;
}

void burnEquivalentTime(const QString &password)
{
    static const QByteArray dummy = hash(QStringLiteral("souk-timing-equalizer"));
    (void)verify(dummy, password);
}

} // namespace Souk::Server::PasswordHasher
