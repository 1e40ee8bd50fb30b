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
//
// In every mode, a test can make the next renames of part files fail as if
// another program held the file (a virus scanner on Windows, a sharing
// violation on an SMB share): tandem_landing_shim_busy(n), found with
// dlsym(RTLD_DEFAULT, …), makes the next n calls of renameat2(), link() and
// rename() whose source ends in ".part" fail with EBUSY, before the mode's
// own refusals. Other renames (Qt's, SQLite's) are left alone.
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
std::atomic<int> busyLeft{0};
std::atomic<int> busyAnswered{0};

bool isPartFile(const char *path)
{
    constexpr char Suffix[] = ".part";
    const std::size_t length = std::strlen(path);
    return length >= sizeof(Suffix) - 1 && std::strcmp(path + length - (sizeof(Suffix) - 1), Suffix) == 0;
}

// Whether this call is one of the busy ones asked for; sets errno if so.
bool answerBusy(const char *source)
{
    if (!isPartFile(source))
        return false;
    for (int left = busyLeft.load(); left > 0;) {
        if (busyLeft.compare_exchange_weak(left, left - 1)) {
            ++busyAnswered;
            errno = EBUSY;
            return true;
        }
    }
    return false;
}

struct Report
{
    ~Report()
    {
        if (busyAnswered > 0)
            std::fprintf(stderr, "landing shim: %d renames of part files answered EBUSY\n", busyAnswered.load());
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

void tandem_landing_shim_busy(int times)
{
    busyLeft = times;
}

int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags) noexcept
{
    if (answerBusy(oldpath))
        return -1;
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
    if (answerBusy(oldpath))
        return -1;
    if (mode() == Mode::LinkRefused) {
        ++refusedLinks;
        errno = EACCES;
        return -1;
    }
    using Link = int (*)(const char *, const char *);
    static const auto real = next<Link>("link");
    return real(oldpath, newpath);
}

int rename(const char *oldpath, const char *newpath) noexcept
{
    if (answerBusy(oldpath))
        return -1;
    using Rename = int (*)(const char *, const char *);
    static const auto real = next<Rename>("rename");
    return real(oldpath, newpath);
}

} // extern "C"
