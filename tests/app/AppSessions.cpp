#include "AppSessions.h"

#include "ApiFixture.h"
#include "EngineThread.h"
#include "SyncEngine.h"

#include <QTest>

namespace Souk::Test {

AppSessions::AppSessions(QString folder, const QString &tokenService)
    : m_folder(std::move(folder))
    , m_tokens(tokenService)
{ }

std::unique_ptr<App::SessionController>
AppSessions::signIn(const QString &serverUrl, const QString &username, const QString &profile)
{
    QSettings &settings = m_settings.emplace_back(
        m_folder + u'/' + profile + QStringLiteral(".ini"), QSettings::IniFormat);
    auto session = std::make_unique<App::SessionController>(
        settings, m_tokens, m_folder + u'/' + profile + QStringLiteral("-data"), serverUrl);
    session->restore();
    session->signIn(serverUrl, username, defaultPassword(), true);
    if (!QTest::qWaitFor(
            [&] { return session->state() == App::SessionController::State::SignedIn; }, 10000))
        return nullptr;
    return session;
}

void setOnline(App::SessionController &session, bool online)
{
    Sync::SyncEngine *engine = session.engine();
    App::onThreadOf(engine, [engine, online] { engine->setNetworkEnabled(online); });
}

} // namespace Souk::Test
