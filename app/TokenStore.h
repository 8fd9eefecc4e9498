#pragma once

#include "Result.h"

#include <QObject>
#include <QString>
#include <functional>

namespace Souk::App {

//! The refresh and access tokens of one account, kept in the OS keychain (QtKeychain, the
//! Secret Service on Linux). There is deliberately no file fallback: when no keychain answers,
//! the caller is told, and the app offers a session-only sign-in instead.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    explicit TokenStore(QString service, QObject *parent = nullptr);

    struct Tokens
    {
        QByteArray accessToken;
        QByteArray refreshToken;
    };
    //! `found` is false when the keychain has nothing for this account.
    void read(const QString &account, std::function<void(Result<std::optional<Tokens>>)> done);
    void write(const QString &account, const Tokens &tokens, std::function<void(Result<Ok>)> done);
    void remove(const QString &account, std::function<void(Result<Ok>)> done);

private:
    QString m_service;
};

} // namespace Souk::App
