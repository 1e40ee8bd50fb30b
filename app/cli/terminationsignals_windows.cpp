#include "terminationsignals.h"

#include <QMetaObject>

#include <chrono>
#include <mutex>

#include <qt_windows.h>

namespace {

// After a console close (and the log-off and shut-down events a service
// gets), Windows ends the process once the handler returns, or by itself
// after its own timeout (5 s by default). The handler holds on this long so
// that the goodbye can go out; when the clean stop is done first, main()
// returns and ExitProcess ends this thread with the rest.
constexpr std::chrono::milliseconds CloseWait{4000};

// The handler runs on a thread the system creates for it; the instance may
// be going away on the main thread meanwhile.
std::mutex g_mutex;
TerminationSignals *g_instance = nullptr; // guarded by g_mutex

BOOL WINAPI onConsoleControl(DWORD type)
{
    {
        const std::lock_guard lock(g_mutex);
        if (!g_instance)
            return FALSE; // the default handler: ExitProcess
        TerminationSignals *instance = g_instance;
        // Queued to the instance's thread; dropped if it is deleted first.
        QMetaObject::invokeMethod(
            instance, [instance] { Q_EMIT instance->terminationRequested(); }, Qt::QueuedConnection);
    }
    if (type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT)
        return TRUE; // handled: the event loop stops the process
    ::Sleep(DWORD(CloseWait.count()));
    return TRUE;
}

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    {
        const std::lock_guard lock(g_mutex);
        g_instance = this;
    }
    ::SetConsoleCtrlHandler(onConsoleControl, TRUE);
}

TerminationSignals::~TerminationSignals()
{
    ::SetConsoleCtrlHandler(onConsoleControl, FALSE);
    const std::lock_guard lock(g_mutex);
    if (g_instance == this)
        g_instance = nullptr;
}
