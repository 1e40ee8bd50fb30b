// Fixture for CheckPosix.cmake (never built): each line below the includes is
// one unguarded POSIX use the lint must report; tests/lint/CMakeLists.txt
// expects their number.
#include <sys/stat.h>
#include <unistd.h>

#include <QProcess>

bool onTerminal()
{
    return ::isatty(STDOUT_FILENO);
}

void stop(int pid)
{
    ::kill(pid, 9);
}

bool isRoot()
{
    return geteuid() == 0;
}

bool fifo(const char *path)
{
    return mkfifo(path, 0600) == 0;
}

const char *status()
{
    return "/proc/self/status";
}

// Not POSIX: a member function of the same name, a comment saying ::kill(pid),
/* and a block comment with <unistd.h>
   over ::isatty(1) two lines. */
void notPosix(QProcess &process)
{
    process.kill();
}
