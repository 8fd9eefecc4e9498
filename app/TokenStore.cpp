#include "TokenStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Souk::App {

namespace {

Error keychainError(const QKeychain::Job *job)
{
    // Error 7 (OtherError) is what libsecret gives when no Secret Service runs or it is locked.
    return Error {503,
                  u"keychain_unavailable"_s,
                  u"The system keychain is not available (%1)."_s.arg(job->errorString()),
                  {}};
}

} // namespace

TokenStore::TokenStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

void TokenStore::read(const QString &account,
                      std::function<void(Result<std::optional<Tokens>>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::EntryNotFound) {
            done(std::optional<Tokens> {});
            return;
        }
        if (job->error() != QKeychain::NoError) {
            done(keychainError(job));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(job->binaryData()).object();
        done(std::optional<Tokens> {Tokens {o.value(u"access"_s).toString().toLatin1(),
                                            o.value(u"refresh"_s).toString().toLatin1()}});
    });
    job->start();
}

void TokenStore::write(const QString &account, const Tokens &tokens,
                       std::function<void(Result<Ok>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(account);
    job->setBinaryData(
        QJsonDocument(QJsonObject {{u"access"_s, QString::fromLatin1(tokens.accessToken)},
                                   {u"refresh"_s, QString::fromLatin1(tokens.refreshToken)}})
            .toJson(QJsonDocument::Compact));
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError)
            done(keychainError(job));
        else
            done(Ok {});
    });
    job->start();
}

void TokenStore::remove(const QString &account, std::function<void(Result<Ok>)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            done(keychainError(job));
        else
            done(Ok {});
    });
    job->start();
}

} // namespace Souk::App
