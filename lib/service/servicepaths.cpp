#include "servicepaths_p.h"

#include "peercredentials_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#endif

namespace Tandem::ServicePaths {

namespace {

// The folder's messages reach people (the CLI prints them).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeviceService)
};

QString hashedName(const QString &canonicalProfileDir)
{
    const QByteArray hash = QCryptographicHash::hash(canonicalProfileDir.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(SocketNameHexDigits));
}

#if defined(Q_OS_UNIX)
QString fallbackDirectory(const QString &base)
{
    return base + QStringLiteral("/tandem-") + QString::number(currentUserId());
}
#endif

} // namespace

QString socketDirectory()
{
#if defined(Q_OS_WIN)
    return {};
#elif defined(Q_OS_UNIX)
    QString runtime;
    // Asked only when set: without it, QStandardPaths warns on every call
    // and picks a folder under /tmp itself; ours is the same idea, named
    // for Tandem.
#if defined(Q_OS_DARWIN)
    runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
#else
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
#endif
    const QString socketName = QStringLiteral("/") + QString(SocketNameHexDigits, u'0') + QStringLiteral(".sock");
    const QString candidates[] = {
        runtime.isEmpty() ? QString() : runtime + QStringLiteral("/tandem"),
        fallbackDirectory(QDir::tempPath()),
        // A long TMPDIR (a test's, a sandbox's): /tmp is short everywhere.
        fallbackDirectory(QStringLiteral("/tmp")),
    };
    for (const QString &directory : candidates) {
        if (!directory.isEmpty() && QFile::encodeName(directory + socketName).size() <= MaxSocketPathBytes)
            return directory;
    }
    return fallbackDirectory(QStringLiteral("/tmp"));
#else
    return {};
#endif
}

QString socketPath(const QString &profileDir, QString *error)
{
    const QString canonical = QFileInfo(profileDir).canonicalFilePath();
    if (canonical.isEmpty()) {
        *error = Text::tr("The profile folder %1 does not exist.").arg(profileDir);
        return {};
    }
#if defined(Q_OS_WIN)
    // A pipe name; the pipe's access list (UserAccessOption) is this user's
    // only, and the user's name keeps two users' pipes apart.
    return QStringLiteral("tandem-%1-%2").arg(qEnvironmentVariable("USERNAME"), hashedName(canonical));
#else
    return socketDirectory() + QLatin1Char('/') + hashedName(canonical) + QStringLiteral(".sock");
#endif
}

bool preparePrivateDirectory(const QString &directory, bool create, QString *error)
{
#if defined(Q_OS_UNIX)
    const QByteArray path = QFile::encodeName(directory);
    if (create && ::mkdir(path.constData(), 0700) != 0 && errno != EEXIST) {
        *error = Text::tr("Cannot make the folder %1: %2").arg(directory, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat info{};
    // lstat: a symbolic link put there by someone else must not lead us
    // into their folder.
    if (::lstat(path.constData(), &info) != 0) {
        *error = Text::tr("Cannot read the folder %1: %2").arg(directory, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (!S_ISDIR(info.st_mode) || qint64(info.st_uid) != currentUserId()) {
        *error = Text::tr("%1 is not a folder of this user; refusing to use it for the Tandem host's socket.")
                     .arg(directory);
        return false;
    }
    if ((info.st_mode & 077) != 0 && ::chmod(path.constData(), 0700) != 0) {
        *error = Text::tr("Cannot make the folder %1 private: %2")
                     .arg(directory, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
#else
    Q_UNUSED(directory);
    Q_UNUSED(create);
    Q_UNUSED(error);
    return true;
#endif
}

} // namespace Tandem::ServicePaths
