#pragma once

#include <QJsonObject>
#include <QString>

namespace Souk::Server::Log {

enum class Level { Debug, Info, Warning, Error };

//! Structured logging: one JSON object per line on stderr. Callers pass named fields, never
//! request bodies or headers, so a password or token cannot end up in a line by accident.
void setLevel(const QString &level);
void write(Level level, const QString &message, const QJsonObject &fields = {});
//! Whether a line at `level` would be written; lets hot paths skip building fields.
bool enabled(Level level);

inline void info(const QString &m, const QJsonObject &f = {})
{
    write(Level::Info, m, f);
}
inline void warning(const QString &m, const QJsonObject &f = {})
{
    write(Level::Warning, m, f);
}
inline void error(const QString &m, const QJsonObject &f = {})
{
    write(Level::Error, m, f);
}
inline void debug(const QString &m, const QJsonObject &f = {})
{
    write(Level::Debug, m, f);
}

//! Routes Qt's own qWarning()/qCritical() output through the same JSON lines.
void installQtMessageHandler();

} // namespace Souk::Server::Log
