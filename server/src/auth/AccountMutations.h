#pragma once

#include "AccountStore.h"
#include "ServerMutation.h"

namespace Souk::Server::AccountMutations {

//! A new account: its row in `users` and its public profile, which reaches the change feed (and
//! realtime readers) in the same commit. The username and the e-mail address must be free
//! (409 username_taken, email_taken; compared without case). The first account of a server
//! administers it. The password comes hashed: argon2id is slow on purpose and must not hold
//! the write transaction. Nobody is signed in yet, so the new account is its own actor: the
//! route checks the input and limits registrations per address before. Outputs the account.
struct RegisterAccount
{
    QString id; // the new account's, chosen by the caller (it is also the actor)
    QString username;
    QString email;
    QString displayName;
    QByteArray passwordHash;
    QString role; // empty: "admin" for the server's first account, "user" after that
};
extern const ServerMutation<RegisterAccount, User> registerAccount;

} // namespace Souk::Server::AccountMutations
