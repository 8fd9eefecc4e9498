// Preloaded into the real server by tst_restart (LD_PRELOAD): fdatasync() fails with EIO while
// the file named by SOUK_TEST_FAIL_SYNC exists, as a disk that lost a write would report it.
// The one fake in that test, for a fault the machine cannot be made to produce on demand.
#include <cerrno>
#include <cstdlib>
#include <dlfcn.h>
#include <unistd.h>

// Exported by name (the build hides symbols by default), so the loader picks it first.
extern "C" __attribute__((visibility("default"))) int fdatasync(int fd)
{
    using Real = int (*)(int);
    static const Real real = reinterpret_cast<Real>(dlsym(RTLD_NEXT, "fdatasync"));
    const char *flag = std::getenv("SOUK_TEST_FAIL_SYNC");
    if (flag && access(flag, F_OK) == 0) {
        errno = EIO;
        return -1;
    }
    return real(fd);
}
