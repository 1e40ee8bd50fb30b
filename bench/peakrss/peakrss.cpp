// tandem-bench-peakrss OUT COMMAND [ARGS...]
//
// Runs COMMAND and writes its peak resident set size in KiB to the file OUT
// once it has exited, and the CPU seconds it used (user + system, its
// waited-for children included) to OUT.cpu, then exits as COMMAND did. The
// transfer benchmark wraps both tandem-cli ends in it, and the tools its CPU
// floor is measured with: wait4() reports the kernel's own high-water mark
// and accounting, which polling /proc cannot catch reliably.
#include <sys/resource.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <signal.h>
#include <string>
#include <unistd.h>

static pid_t child = -1;

// The benchmark stops a serving peer with SIGTERM: pass it on so that the
// peer exits normally and its peak is still recorded.
static void forward(int signal)
{
    if (child > 0)
        kill(child, signal);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OUT COMMAND [ARGS...]\n", argv[0]);
        return 2;
    }
    child = fork();
    if (child < 0) {
        std::perror("fork");
        return 1;
    }
    if (child == 0) {
        execvp(argv[2], argv + 2);
        std::fprintf(stderr, "%s: cannot run %s: %s\n", argv[0], argv[2], std::strerror(errno));
        _exit(127);
    }
    struct sigaction action = {};
    action.sa_handler = forward;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    int status = 0;
    struct rusage usage = {};
    while (wait4(child, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            std::perror("wait4");
            return 1;
        }
    }
    if (FILE *out = std::fopen(argv[1], "w")) {
        std::fprintf(out, "%ld\n", usage.ru_maxrss);
        std::fclose(out);
    }
    const std::string cpuPath = std::string(argv[1]) + ".cpu";
    if (FILE *out = std::fopen(cpuPath.c_str(), "w")) {
        auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
        std::fprintf(out, "%.3f\n", seconds(usage.ru_utime) + seconds(usage.ru_stime));
        std::fclose(out);
    }
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}
