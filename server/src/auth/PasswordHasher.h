#pragma once

#include <QByteArray>
#include <QString>

namespace Souk::Server::PasswordHasher {

//! Must be called once before any other function (initializes libsodium).
bool initialize();
//! argon2id via crypto_pwhash_str, libsodium's "interactive" cost (64 MiB, 2 passes).
//! Slow on purpose: call it only from a worker thread. Empty on failure (out of memory).
QByteArray hash(const QString &password);
bool verify(const QByteArray &storedHash, const QString &password);
//! Spends the same time as a real verify, for unknown accounts, so that response timing does
//! not reveal which usernames exist.
void burnEquivalentTime(const QString &password);

} // namespace Souk::Server::PasswordHasher
