#include "profilelocation_p.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace Tandem {

namespace {
bool isEmptyFolder(const QString &path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}
} // namespace

ProfileMove moveProfile(const QString &from, const QString &to, QString *error)
{
    const QFileInfo source(from);
    const QFileInfo target(to);
    if (source.absoluteFilePath() == target.absoluteFilePath() || !source.isDir() || isEmptyFolder(from))
        return ProfileMove::NothingToMove;
    if (target.exists() && !(target.isDir() && isEmptyFolder(to)))
        return ProfileMove::NothingToMove;
    {
        // Only checked, then released: on Windows an open lock file would
        // keep its folder from being renamed.
        QLockFile lock(QDir(from).filePath(ProfileLockFile));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) {
            *error = QStringLiteral("the profile %1 is in use; it moves to %2 once no program has it open")
                         .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to));
            return ProfileMove::Failed;
        }
    }
    if (target.exists() && !QDir().rmdir(to)) {
        *error = QStringLiteral("cannot replace the empty folder %1").arg(QDir::toNativeSeparators(to));
        return ProfileMove::Failed;
    }
    if (!QDir().mkpath(target.absolutePath())) {
        *error = QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(target.absolutePath()));
        return ProfileMove::Failed;
    }
    if (!QDir().rename(from, to)) {
        *error = QStringLiteral("cannot move the profile %1 to %2")
                     .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to));
        return ProfileMove::Failed;
    }
    return ProfileMove::Moved;
}

} // namespace Tandem
