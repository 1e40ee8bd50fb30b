// Fixture for CheckPosix.cmake (never built): POSIX only under platform
// conditions, which the lint must accept.
#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include <cstdio>

bool onTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stdout));
#elif defined(__linux__)
    if (false) {
#ifdef SOME_FEATURE
        return ::isatty(STDERR_FILENO);
#endif
    }
    return ::isatty(STDOUT_FILENO);
#endif
}
