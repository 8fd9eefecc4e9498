#pragma once

#include <QStringList>

namespace Souk::Server {

//! The souk-server command line: serve, migrate, admin create, routes, --help, --version.
//! Returns the process exit code.
int runCommandLine(const QStringList &arguments);

} // namespace Souk::Server
