#pragma once

// What the hostile suite measures of the device under attack, which runs in
// the test's own process: its memory and its open files, read from /proc as
// a user's `top` or `ls /proc/PID/fd` would. Budgets are asserted against
// these, never against timings.

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace TandemTest {

// Resident set size of this process in bytes, or -1 where /proc is missing.
inline qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression vmRss(QStringLiteral("^VmRSS:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
    const auto match = vmRss.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() * 1024 : -1;
}

// Open file descriptors of this process, or -1 where /proc is missing.
inline int openDescriptors()
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    if (!fds.exists())
        return -1;
    return int(fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size());
}

// Threads of this process, or -1 where /proc is missing.
inline int threadCount()
{
    const QDir tasks(QStringLiteral("/proc/self/task"));
    if (!tasks.exists())
        return -1;
    return int(tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

} // namespace TandemTest
