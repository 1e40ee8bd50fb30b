#pragma once

// Test fixtures that only some systems have, behind one interface, so that
// test files stay free of POSIX calls and build everywhere (Windows builds
// the tests but those in TANDEM_POSIX_ONLY_TESTS, tests/CMakeLists.txt).
// A fixture a system lacks says so; the test then skips that check.

#include <QDir>
#include <QFile>
#include <QString>

#include <optional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace TandemTest {

// Makes `path` a file whose writes block once a small buffer is full until
// someone reads it: a FIFO nobody reads, a disk that has stopped. False
// where there is no such thing (no FIFOs on Windows' file system).
inline bool makeStalledFile(const QString &path)
{
#ifdef Q_OS_UNIX
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
#else
    Q_UNUSED(path)
    return false;
#endif
}

// How many threads this process runs, where the system tells a process
// cheaply (Linux's /proc); none elsewhere.
inline std::optional<int> processThreadCount()
{
#ifdef Q_OS_LINUX
    return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
#else
    return std::nullopt;
#endif
}

// Whether this Windows program runs under Wine (scripts/test --windows),
// not Windows: ntdll exports wine_get_version there. Wine does not keep a
// file's access list: it answers with one made from the Unix mode bits
// (three entries, not protected), so a check that reads back what
// restrictToOwner set can only run on Windows.
inline bool runsUnderWine()
{
#ifdef Q_OS_WIN
    const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    return ntdll && ::GetProcAddress(ntdll, "wine_get_version");
#else
    return false;
#endif
}

} // namespace TandemTest
