// LD_PRELOAD shim for the landing fallbacks (tests only, Linux only): makes
// the calls behave as on systems this machine is not.
//   TANDEM_LANDING_SHIM=renameat2-enosys: renameat2() fails with ENOSYS, as
//     on kernels before 3.15 and on Android builds for API < 30, where the
//     call is not compiled in at all.
//   TANDEM_LANDING_SHIM=link-eacces: the same, and link() fails with EACCES,
//     as SELinux makes it fail for Android apps.
// Anything else (or unset): both pass through. At exit it prints how often
// it refused each call, so that a test in which the refused call never ran
// (and the fallback was never tried) can be failed on "refused 0 times".
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dlfcn.h>

namespace {

enum class Mode { PassThrough, RenameNoSys, LinkRefused };

Mode mode()
{
    static const Mode chosen = [] {
        const char *value = std::getenv("TANDEM_LANDING_SHIM");
        if (value && std::strcmp(value, "renameat2-enosys") == 0)
            return Mode::RenameNoSys;
        if (value && std::strcmp(value, "link-eacces") == 0)
            return Mode::LinkRefused;
        return Mode::PassThrough;
    }();
    return chosen;
}

std::atomic<int> refusedRenames{0};
std::atomic<int> refusedLinks{0};

struct Report
{
    ~Report()
    {
        switch (mode()) {
        case Mode::PassThrough:
            break;
        case Mode::RenameNoSys:
            std::fprintf(stderr, "landing shim: renameat2 refused %d times\n", refusedRenames.load());
            break;
        case Mode::LinkRefused:
            std::fprintf(stderr, "landing shim: renameat2 refused %d times, link refused %d times\n",
                         refusedRenames.load(), refusedLinks.load());
            break;
        }
    }
} report;

template<typename Function> Function next(const char *name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags) noexcept
{
    if (mode() != Mode::PassThrough) {
        ++refusedRenames;
        errno = ENOSYS;
        return -1;
    }
    using Renameat2 = int (*)(int, const char *, int, const char *, unsigned int);
    static const auto real = next<Renameat2>("renameat2");
    return real(olddirfd, oldpath, newdirfd, newpath, flags);
}

int link(const char *oldpath, const char *newpath) noexcept
{
    if (mode() == Mode::LinkRefused) {
        ++refusedLinks;
        errno = EACCES;
        return -1;
    }
    using Link = int (*)(const char *, const char *);
    static const auto real = next<Link>("link");
    return real(oldpath, newpath);
}

} // extern "C"
