// Quick Tests of the shell components (tests/qml/tst_*.qml), with the Souk.Shell module.
#include "Preferences.h"
#include "SessionController.h"
#include "TokenStore.h"

#include <QQmlEngine>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Souk_ShellPlugin)

using namespace Souk;

//! Gives the tests a real, signed-out SessionController (no server, no keychain needed) as
//! the singleton TestSession, and Preferences as TestPreferences. Imperative registration is for
//! this test harness only.
class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // The static module's qmldir lives in the resources, under the module's URI path.
        engine->addImportPath(QStringLiteral("qrc:/"));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("t.ini")),
                                                 QSettings::IniFormat);
        m_tokens = std::make_unique<App::TokenStore>(QStringLiteral("souk-qmltest"));
        m_session = std::make_unique<App::SessionController>(*m_settings, *m_tokens,
                                                             m_dir.filePath(QStringLiteral("data")),
                                                             QStringLiteral("http://127.0.0.1:9"));
        m_session->restore();
        qmlRegisterSingletonInstance("Souk.Test", 1, 0, "TestSession", m_session.get());
        m_preferences = std::make_unique<App::Preferences>(*m_settings);
        qmlRegisterSingletonInstance("Souk.Test", 1, 0, "TestPreferences", m_preferences.get());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<App::TokenStore> m_tokens;
    std::unique_ptr<App::SessionController> m_session;
    std::unique_ptr<App::Preferences> m_preferences;
};

QUICK_TEST_MAIN_WITH_SETUP(souk_shell, Setup)
#include "tst_qml.moc"
