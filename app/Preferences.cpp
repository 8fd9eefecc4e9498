#include "Preferences.h"

#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace Souk::App {

Preferences::Preferences(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_theme(settings.value(u"ui/theme"_s, u"system"_s).toString())
    , m_notifications(settings.value(u"ui/notifications"_s, true).toBool())
{
    // The saved choice, else the system language when we have it, else English.
    const QString system = QLocale::system().name().left(2);
    const QString saved = settings.value(u"ui/language"_s).toString();
    if (!setLanguage(saved.isEmpty() ? system : saved))
        setLanguage(u"en"_s);
}

QStringList Preferences::languages() const
{
    return {u"en"_s, u"de"_s, u"ar"_s};
}

bool Preferences::setLanguage(const QString &language)
{
    if (!languages().contains(language))
        return false;
    if (language == m_language)
        return true;
    QCoreApplication::removeTranslator(&m_translator);
    // English too: its file carries the plural forms ("1 change", "2 changes").
    if (!m_translator.load(u":/i18n/souk_"_s + language + u".qm"_s))
        return false;
    QCoreApplication::installTranslator(&m_translator);
    m_language = language;
    QGuiApplication::setLayoutDirection(language == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
    m_settings.setValue(u"ui/language"_s, language);
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
    return true;
}

void Preferences::setTheme(const QString &theme)
{
    if (theme == m_theme || !QStringList {u"system"_s, u"light"_s, u"dark"_s}.contains(theme))
        return;
    m_theme = theme;
    m_settings.setValue(u"ui/theme"_s, theme);
    Q_EMIT themeChanged();
}

} // namespace Souk::App

namespace Souk::App {

void Preferences::setNotifications(bool on)
{
    if (on == m_notifications)
        return;
    m_notifications = on;
    m_settings.setValue(u"ui/notifications"_s, on);
    Q_EMIT notificationsChanged();
}

} // namespace Souk::App
