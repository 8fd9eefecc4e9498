#include "Log.h"

#include "IsoTime.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>
#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Souk::Server::Log {

namespace {
std::atomic<int> g_level {int(Level::Info)};
QMutex g_mutex;

const char *levelName(Level level)
{
    switch (level) {
    case Level::Debug:
        return "debug";
    case Level::Info:
        return "info";
    case Level::Warning:
        return "warning";
    case Level::Error:
        return "error";
    }
    return "info";
}

void qtHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const Level level = type == QtDebugMsg || type == QtInfoMsg ? Level::Debug
        : type == QtWarningMsg                                  ? Level::Warning
                                                                : Level::Error;
    QJsonObject fields;
    if (context.category)
        fields.insert(u"category"_s, QString::fromLatin1(context.category));
    write(level, message, fields);
    if (type == QtFatalMsg)
        abort();
}
} // namespace

void setLevel(const QString &level)
{
    if (level == u"debug"_s)
        g_level = int(Level::Debug);
    else if (level == u"warning"_s)
        g_level = int(Level::Warning);
    else if (level == u"error"_s)
        g_level = int(Level::Error);
    else
        g_level = int(Level::Info);
}

bool enabled(Level level)
{
    return int(level) >= g_level.load(std::memory_order_relaxed);
}

void write(Level level, const QString &message, const QJsonObject &fields)
{
    if (int(level) < g_level)
        return;
    QJsonObject line = fields;
    line.insert(u"ts"_s, isoTime(QDateTime::currentMSecsSinceEpoch()));
    line.insert(u"level"_s, QString::fromLatin1(levelName(level)));
    line.insert(u"msg"_s, message);
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&g_mutex);
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    fflush(stderr);
}

void installQtMessageHandler()
{
    qInstallMessageHandler(qtHandler);
}

} // namespace Souk::Server::Log
