#pragma once

#include "SessionController.h"
#include "TokenStore.h"

#include <QSettings>
#include <QString>
#include <list>
#include <memory>

namespace Souk::Test {

//! Several signed-in clients against one test server, as the page tests need them: each profile
//! has its own settings file and data directory in `folder`; all share one token store.
class AppSessions
{
public:
    AppSessions(QString folder, const QString &tokenService);

    //! Signs `username` in with the test password, session-only (no keychain needed), as the
    //! profile `profile`; null when it is not signed in within 10 s.
    std::unique_ptr<App::SessionController> signIn(const QString &serverUrl,
                                                   const QString &username, const QString &profile);

private:
    QString m_folder;
    App::TokenStore m_tokens;
    std::list<QSettings> m_settings; // a SessionController keeps a reference to its settings
};

//! Switches a signed-in client's network off or on (its engine runs on its own thread).
void setOnline(App::SessionController &session, bool online);

} // namespace Souk::Test
