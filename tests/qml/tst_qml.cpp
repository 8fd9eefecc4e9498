// Quick Tests of the shell components (tests/qml/tst_*.qml), with the Souk.Shell module.
#include <QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Souk_ShellPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // The static module's qmldir lives in the resources, under the module's URI path.
        engine->addImportPath(QStringLiteral("qrc:/"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(souk_shell, Setup)
#include "tst_qml.moc"
