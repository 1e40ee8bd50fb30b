#include "renamenoreplace_p.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

// renameat2 with RENAME_NOREPLACE: Linux only, and on Android declared only
// from API 30 on (Qt 6.5-6.8 build for 23-28), where a call would not
// compile. Without it, a hard link does the job.
#if defined(__linux__) && (!defined(__ANDROID__) || __ANDROID_API__ >= 30)
#define TANDEM_HAVE_RENAMEAT2 1
#endif

namespace Tandem {

namespace {

// lstat, not stat: a dangling link is still something in the way.
bool isTaken(const QString &path)
{
    const QFileInfo info(path);
    return info.isSymLink() || info.exists();
}

// Errors from link() after which the check-then-rename fallback is tried:
// the file system has no hard links (FAT, some network shares: EPERM,
// EOPNOTSUPP), or a security policy refuses them although renames are
// allowed (SELinux for Android apps: EACCES). Where the folder is really
// not writable, the rename fails too and says so.
bool linkRefused(int error)
{
    return error == EPERM || error == EACCES || error == EOPNOTSUPP || error == ENOTSUP;
}

// Failed, or Busy for "in use by another program": EBUSY, which Linux's SMB
// client returns for a server's sharing violation (a virus scanner on a
// Windows server opening the file just written), and ETXTBSY, its cousin.
RenameResult failure(int code, QString *error)
{
    *error = qt_error_string(code);
    return code == EBUSY || code == ETXTBSY ? RenameResult::Busy : RenameResult::Failed;
}

} // namespace

RenameResult renameNoReplace(const QString &from, const QString &to, QString *error)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
#ifdef TANDEM_HAVE_RENAMEAT2
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
        return RenameResult::Renamed;
    if (errno == EEXIST)
        return RenameResult::TargetExists;
    // EINVAL: the file system has no RENAME_NOREPLACE; ENOSYS: the kernel
    // has no renameat2 (before 3.15, or a seccomp filter refusing it).
    if (errno != EINVAL && errno != ENOSYS)
        return failure(errno, error);
#endif
    // A hard link fails rather than replace, then the old name goes.
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return RenameResult::Renamed;
    }
    if (errno == EEXIST)
        return RenameResult::TargetExists;
    if (!linkRefused(errno))
        return failure(errno, error);
    // Neither: check, then rename. Something appearing at `to` in between
    // would be replaced; the download folder is the user's own, so only
    // their own programs can race us there.
    if (isTaken(to))
        return RenameResult::TargetExists;
    if (::rename(source.constData(), target.constData()) == 0)
        return RenameResult::Renamed;
    return failure(errno, error);
}

} // namespace Tandem
