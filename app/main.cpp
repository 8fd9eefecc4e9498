// souk: the desktop client. Builds the object graph, hands it to the QML shell, and opens the
// last account straight from its local database.
#include "DesktopIntegration.h"
#include "IdleWatcher.h"
#include "MediaCache.h"
#include "Preferences.h"
#include "SessionController.h"
#include "TokenStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QMetaEnum>
#include <QQmlApplicationEngine>
#include <QQmlError>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QWindow>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Souk_ShellPlugin)

using namespace Qt::StringLiterals;
using namespace Souk;

namespace {

//! VmRSS of this process, from /proc.
qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Souk"_s);
    QApplication::setApplicationName(u"souk"_s);
    QApplication::setApplicationVersion(QStringLiteral(SOUK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Souk, the local-first social marketplace."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(u"self-test"_s,
                                      u"Load the interface, then quit with 0 if it loaded."_s);
    const QCommandLineOption server(u"server"_s, u"Default server address."_s, u"url"_s,
                                    u"http://127.0.0.1:8080"_s);
    const QCommandLineOption signInAs(
        u"sign-in"_s,
        u"Sign in as <login> if no account is open; the password comes from the "
        "SOUK_SIGN_IN_PASSWORD environment variable (used by scripts/run for the demo)."_s,
        u"login"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s, u"Save a PNG of the window to <file> once it has settled, then quit."_s,
        u"file"_s);
    const QCommandLineOption language(u"language"_s, u"Interface language: en, de or ar."_s,
                                      u"code"_s);
    const QCommandLineOption startupProbe(
        u"startup-probe"_s,
        u"Print the wall-clock time (ms since the epoch) of the first frame of the main "
        "window and the resident memory, then quit (bench/client)."_s);
    const QCommandLineOption quitWhenSynced(u"quit-when-synced"_s,
                                            u"Quit once the account is fully synced."_s);
    const QCommandLineOption page(u"page"_s, u"Open page <n> of the navigation (0 = Home)."_s,
                                  u"n"_s, u"0"_s);
    const QCommandLineOption open(
        u"open"_s,
        u"Open a page over the section: post:<id>, profile:<username>, tag:<tag>, compose, "
        "search:<text>, conversation:<id>."_s,
        u"what"_s);
    const QCommandLineOption size(u"size"_s, u"Window size, e.g. 420x760 (narrow layout)."_s,
                                  u"WxH"_s);
    const QCommandLineOption theme(u"theme"_s, u"Theme: system, light or dark."_s, u"name"_s);
    parser.addOptions({selfTest, server, signInAs, screenshot, language, startupProbe,
                       quitWhenSynced, page, open, size, theme});
    parser.process(app);

    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(u"Fusion"_s);

    QSettings settings;
    App::TokenStore tokens(u"souk"_s);
    App::SessionController session(
        settings, tokens, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
        parser.value(server));

    App::Preferences preferences(settings);
    // Images (thumbnails) cached on disk and shown offline, and only from the open account's
    // server; these outlive the engine that uses them.
    App::MediaOrigin mediaOrigin;
    QObject::connect(
        &session, &App::SessionController::serverUrlChanged, &app,
        [&session, &mediaOrigin] { mediaOrigin.setServer(QUrl(session.serverUrl())); });
    QObject::connect(&session, &App::SessionController::stateChanged, &app,
                     [&session, &mediaOrigin] {
                         if (session.state() == App::SessionController::State::SignedOut)
                             mediaOrigin.setServer(QUrl());
                     });
    if (session.state() == App::SessionController::State::SignedIn) // restored at start
        mediaOrigin.setServer(QUrl(session.serverUrl()));
    App::MediaCacheFactory mediaCache(
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/media"_s, mediaOrigin);
    QQmlApplicationEngine engine; // after everything its QML reads, so it goes first
    engine.setNetworkAccessManagerFactory(&mediaCache);
    // The self-test fails on any QML warning, not only on a file that does not load.
    int qmlWarnings = 0;
    QObject::connect(&engine, &QQmlEngine::warnings, &app,
                     [&qmlWarnings](const QList<QQmlError> &list) {
                         qmlWarnings += int(list.size());
                         for (const QQmlError &e : list)
                             qWarning("%s", qPrintable(e.toString()));
                     });
    preferences.setEngine(&engine);
    if (parser.isSet(theme))
        preferences.setTheme(parser.value(theme));
    if (parser.isSet(language) && !preferences.setLanguage(parser.value(language))) {
        qWarning("Unknown language %s", qPrintable(parser.value(language)));
        return 2;
    }
    engine.setInitialProperties({{u"session"_s, QVariant::fromValue(&session)},
                                 {u"preferences"_s, QVariant::fromValue(&preferences)},
                                 {u"startPage"_s, parser.value(page).toInt()},
                                 {u"startOpen"_s, parser.value(open)}});
    engine.load(QUrl(u"qrc:/Souk/Shell/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(u'x');
        if (auto *window = qobject_cast<QWindow *>(engine.rootObjects().constFirst());
            window && wh.size() == 2)
            window->resize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    if (parser.isSet(selfTest)) {
        // Also open the signed-out path, which loads the sign-in page.
        session.restore();
        QTimer::singleShot(200, &app,
                           [&qmlWarnings] { QCoreApplication::exit(qmlWarnings == 0 ? 0 : 1); });
        return QCoreApplication::exec();
    }
    if (parser.isSet(signInAs)) {
        // Once restore() has settled on "signed out", sign in with the given login.
        const QString login = parser.value(signInAs);
        const QString password = qEnvironmentVariable("SOUK_SIGN_IN_PASSWORD");
        auto *once = new QObject(&app);
        QObject::connect(&session, &App::SessionController::stateChanged, once,
                         [&session, login, password, once, url = parser.value(server)] {
                             if (session.state() == App::SessionController::State::SignedOut)
                                 session.signIn(url, login, password);
                             once->deleteLater();
                         });
    }
    if (parser.isSet(screenshot)) {
        // The real window as rendered (used by the screenshot tests under Xvfb).
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QTimer::singleShot(
            3000, &app, [window, &session, &qmlWarnings, file = parser.value(screenshot)] {
                const bool saved = window && window->grabWindow().save(file);
                // Says what the picture shows, so a script can check it is the page it wanted.
                QTextStream(stdout)
                    << "screenshot " << file << " state="
                    << QMetaEnum::fromType<App::SessionController::State>().valueToKey(
                           int(session.state()))
                    << Qt::endl;
                QCoreApplication::exit(saved && qmlWarnings == 0 ? 0 : 1);
            });
    }
    if (parser.isSet(startupProbe)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&session] {
            static bool reported = false;
            if (reported || session.state() != App::SessionController::State::SignedIn)
                return;
            reported = true;
            QTextStream(stdout) << "first-frame-epoch-ms=" << QDateTime::currentMSecsSinceEpoch()
                                << " rss-kib=" << residentKiB() << Qt::endl;
            QCoreApplication::exit(0);
        });
    }
    if (parser.isSet(quitWhenSynced)) {
        QObject::connect(&session, &App::SessionController::stateChanged, &app, [&session] {
            if (session.state() != App::SessionController::State::SignedIn)
                return;
            QObject::connect(session.engine(), &Sync::SyncEngine::synced, qApp,
                             [] { QCoreApplication::exit(0); });
        });
    }
    App::DesktopIntegration desktop(session, preferences,
                                    qobject_cast<QWindow *>(engine.rootObjects().constFirst()));
    // Contacts see this user as away after five minutes without input.
    App::IdleWatcher idle([&session](bool away) { session.setAway(away); });
    session.restore();
    return QCoreApplication::exec();
}
