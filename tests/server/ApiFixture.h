#pragma once

#include "DatabaseSnapshot.h"
#include "HttpClient.h"
#include "ServerProcess.h"

#include <QJsonObject>
#include <QTest>

namespace Souk::Test {

//! A registered account as the tests hold it.
struct Account
{
    QString id;
    QString username;
    QString password;
    QByteArray accessToken;
    QByteArray refreshToken;
};

inline QString defaultPassword()
{
    return QStringLiteral("correct-horse-battery");
}

//! Registers through the API; fails the calling test (returns an empty account) on error.
inline Account registerAccount(HttpClient &http, const ServerProcess &server,
                               const QString &username, const QString &password = defaultPassword())
{
    const HttpReply reply =
        http.post(server.url(QStringLiteral("/api/v1/auth/register")),
                  QJsonObject {{QStringLiteral("username"), username},
                               {QStringLiteral("email"), username + QStringLiteral("@example.com")},
                               {QStringLiteral("password"), password}});
    if (reply.status != 201) {
        qWarning("register %s failed: %d %s", qPrintable(username), reply.status,
                 reply.body.constData());
        return {};
    }
    return Account {
        reply.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(),
        username, password, reply.json.value(QStringLiteral("access_token")).toString().toLatin1(),
        reply.json.value(QStringLiteral("refresh_token")).toString().toLatin1()};
}

inline Account login(HttpClient &http, const ServerProcess &server, const QString &login,
                     const QString &password)
{
    const HttpReply reply = http.post(
        server.url(QStringLiteral("/api/v1/auth/login")),
        QJsonObject {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    if (reply.status != 200)
        return {};
    return Account {
        reply.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(),
        login, password, reply.json.value(QStringLiteral("access_token")).toString().toLatin1(),
        reply.json.value(QStringLiteral("refresh_token")).toString().toLatin1()};
}

//! Limits high enough that table-driven tests never trip them (rate limits have their own test).
//! Every test account is new: the new-account limits are off too, except where a test turns
//! them on to test them.
inline QStringList relaxedLimits()
{
    return {QStringLiteral("--rate-requests"),       QStringLiteral("1000000"),
            QStringLiteral("--rate-anonymous"),      QStringLiteral("1000000"),
            QStringLiteral("--rate-registrations"),  QStringLiteral("1000000"),
            QStringLiteral("--rate-login-failures"), QStringLiteral("1000000"),
            QStringLiteral("--new-account-hours"),   QStringLiteral("0")};
}

} // namespace Souk::Test
