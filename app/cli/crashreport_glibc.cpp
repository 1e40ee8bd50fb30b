#include "crashreport.h"

#include <csignal>
#include <cstring>
#include <execinfo.h>
#include <unistd.h>

namespace {

constexpr int MaxFrames = 64;
constexpr int FatalSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

void writeText(const char *text)
{
    // Only async-signal-safe calls from here on.
    ssize_t ignored = ::write(STDERR_FILENO, text, std::strlen(text));
    (void)ignored;
}

void onFatalSignal(int signal)
{
    writeText("tandem-cli: fatal signal ");
    char number[4] = {char('0' + signal / 10 % 10), char('0' + signal % 10), '\n', '\0'};
    writeText(number);
    void *frames[MaxFrames];
    const int count = ::backtrace(frames, MaxFrames);
    ::backtrace_symbols_fd(frames, count, STDERR_FILENO);
    // Die of the same signal, so the exit status and any core dump say what happened.
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

void installCrashReport()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
    return;
#endif
#endif
    // backtrace() loads libgcc on its first call, which allocates: do it
    // now, not inside the handler.
    void *warmUp[1];
    ::backtrace(warmUp, 1);
    for (int signal : FatalSignals)
        std::signal(signal, onFatalSignal);
}
