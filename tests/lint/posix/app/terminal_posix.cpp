// Fixture for CheckPosix.cmake (never built): a per-platform file, which the
// lint must not read.
#include <unistd.h>

bool onTerminal()
{
    return ::isatty(STDOUT_FILENO);
}
