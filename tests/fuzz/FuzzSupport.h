#pragma once

// Shared by the libFuzzer targets in this directory (see docs/fuzzing.md).

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Souk::Fuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

//! A broken invariant: abort, so libFuzzer saves the input as a crash like any other.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

inline void check(bool condition, const char *what)
{
    if (!condition)
        fail(what);
}

//! Some Qt code (image plugins, the application's library paths) wants an application object;
//! one lives for the whole run.
inline void startApplication(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    Q_UNUSED(app);
}

} // namespace Souk::Fuzz
