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

} // namespace TandemTest
