#include "Commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("souk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOUK_VERSION));
    return Souk::Server::runCommandLine(QCoreApplication::arguments());
}
