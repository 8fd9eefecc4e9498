#pragma once

#include <QObject>
#include <QSettings>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;

namespace Souk::App {

//! The interface language and theme, switchable while the app runs. Arabic also mirrors the
//! layout (right to left).
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(
        bool notifications READ notifications WRITE setNotifications NOTIFY notificationsChanged)

public:
    explicit Preferences(QSettings &settings, QObject *parent = nullptr);
    //! The engine to retranslate when the language changes. Set after construction so the
    //! engine can be destroyed first (its bindings read these preferences until then).
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    QString language() const { return m_language; }
    //! "en", "de" or "ar"; anything else is refused (returns false).
    Q_INVOKABLE bool setLanguage(const QString &language);
    QStringList languages() const;
    //! "system", "light" or "dark".
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    //! Desktop notifications on or off.
    bool notifications() const { return m_notifications; }
    void setNotifications(bool on);

Q_SIGNALS:
    void languageChanged();
    void themeChanged();
    void notificationsChanged();

private:
    QSettings &m_settings;
    QQmlEngine *m_engine = nullptr;
    QTranslator m_translator;
    QString m_language;
    QString m_theme;
    bool m_notifications = true;
};

} // namespace Souk::App
