#include "landingzone.h"
#include "renamenoreplace_p.h"
#include "transferlogging_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMutex>
#include <QSet>
#include <QStorageInfo>
#include <QThread>

#include <array>
#include <cerrno>
#include <cstring>
#include <limits>

#if defined(Q_OS_UNIX)
#include <sys/statvfs.h>
#endif

using namespace Qt::StringLiterals;

namespace Tandem {

class LandingZonePrivate
{
public:
    QString downloadDir;
    // The download folder with every link resolved, once per zone (one
    // accepted transfer; set in the constructor, then only read): resolving
    // it again for each file cost ~13 readlink calls per small file. What
    // lies *inside* it is still checked for links at every step; replacing
    // the folder itself mid-transfer needs write access to its parent,
    // which is the user's own.
    QString canonicalBase;
};

namespace {

// Final paths reserved and not yet finalised or abandoned, for every
// LandingZone in the process: two transfers of "a.txt" at once must not
// both be promised "a.txt".
QMutex reservationsMutex;
QSet<QString> reservations;

int utf8Bytes(char32_t codePoint)
{
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

int utf8Bytes(QStringView text)
{
    return int(text.toUtf8().size());
}

// The longest prefix of `text` that fits in `maxBytes` of UTF-8, cut between
// code points (never inside a surrogate pair).
QString truncatedToBytes(QStringView text, int maxBytes)
{
    int bytes = 0;
    qsizetype end = 0;
    while (end < text.size()) {
        const bool pair = text[end].isHighSurrogate() && end + 1 < text.size() && text[end + 1].isLowSurrogate();
        const char32_t codePoint = pair ? QChar::surrogateToUcs4(text[end], text[end + 1]) : text[end].unicode();
        if (bytes + utf8Bytes(codePoint) > maxBytes)
            break;
        bytes += utf8Bytes(codePoint);
        end += pair ? 2 : 1;
    }
    return text.first(end).toString();
}

// "name.ext" -> {"name", ".ext"}; "archive.tar.gz" keeps ".tar.gz" whole.
// A leading dot starts a name, not an extension (".bashrc"), and an
// "extension" longer than MaxExtensionBytes is part of the name.
std::pair<QString, QString> splitExtension(const QString &name)
{
    qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || utf8Bytes(QStringView(name).sliced(dot)) > LandingZone::MaxExtensionBytes)
        return {name, QString()};
    const qsizetype tar = name.lastIndexOf(u".tar"_s, dot - 1, Qt::CaseInsensitive);
    if (tar > 0 && tar + 4 == dot && utf8Bytes(QStringView(name).sliced(tar)) <= LandingZone::MaxExtensionBytes)
        dot = tar;
    return {name.first(dot), name.sliced(dot)};
}

bool isTrailingJunk(QChar c)
{
    return c == u'.' || c == u' ';
}

// Windows strips trailing dots and spaces, so "a." and "a" would collide,
// and a name ending so could never be opened again.
QString withoutTrailingJunk(QString name)
{
    while (!name.isEmpty() && isTrailingJunk(name.back()))
        name.chop(1);
    return name;
}

// `stem` + `suffix` + `extension` in at most `maxBytes`, shortening the stem.
QString fitted(const QString &stem, const QString &suffix, const QString &extension, int maxBytes)
{
    const int room = maxBytes - utf8Bytes(suffix) - utf8Bytes(extension);
    QString shortStem = truncatedToBytes(stem, room);
    if (shortStem.size() < stem.size() && suffix.isEmpty() && extension.isEmpty()) {
        shortStem = withoutTrailingJunk(shortStem);
        if (shortStem.isEmpty()) // the cut left only dots and spaces
            shortStem = u"_"_s;
    }
    return shortStem + suffix + extension;
}

// Device names Windows opens instead of a file, with or without an
// extension ("con.txt" is the console too).
bool isReservedOnWindows(const QString &name)
{
    static const std::array reserved
        = {u"CON"_s,       u"PRN"_s,       u"AUX"_s,       u"NUL"_s,       u"CONIN$"_s,    u"CONOUT$"_s,
           u"COM\u00B9"_s, u"COM\u00B2"_s, u"COM\u00B3"_s, u"LPT\u00B9"_s, u"LPT\u00B2"_s, u"LPT\u00B3"_s};
    QString base = name.section(u'.', 0, 0);
    while (base.endsWith(u' '))
        base.chop(1);
    if (base.size() == 4 && base.at(3) >= u'0' && base.at(3) <= u'9'
        && (base.startsWith(u"COM"_s, Qt::CaseInsensitive) || base.startsWith(u"LPT"_s, Qt::CaseInsensitive)))
        return true;
    for (const QString &device : reserved) {
        if (base.compare(device, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Characters Windows refuses in names ('/' and '\' are separators by now).
bool isForbiddenOnWindows(char32_t c)
{
    return c == u'<' || c == u'>' || c == u':' || c == u'"' || c == u'|' || c == u'?' || c == u'*';
}

class ChangeLog
{
public:
    void note(const QString &change)
    {
        if (!changes.contains(change))
            changes.append(change);
    }
    QStringList changes;
};

QString sanitizeComponent(const QString &component, ChangeLog &log)
{
    QString name;
    name.reserve(component.size());
    for (qsizetype i = 0; i < component.size(); ++i) {
        const QChar c = component.at(i);
        char32_t codePoint = c.unicode();
        if (c.isHighSurrogate() && i + 1 < component.size() && component.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(c, component.at(i + 1));
            ++i;
        } else if (c.isSurrogate()) {
            log.note(LandingZone::tr("Removed characters that are not valid text."));
            continue;
        }
        const QChar::Category category = QChar::category(codePoint);
        if (category == QChar::Other_Control) {
            log.note(LandingZone::tr("Removed control characters."));
        } else if (category == QChar::Other_Format || category == QChar::Separator_Line
                   || category == QChar::Separator_Paragraph) {
            // Bidi overrides make "invoice\u202Etxt.exe" look like "invoiceexe.txt".
            log.note(LandingZone::tr("Removed invisible formatting characters, such as text direction overrides."));
        } else if (QChar::isNonCharacter(codePoint)) {
            log.note(LandingZone::tr("Removed characters that are not valid text."));
        } else if (isForbiddenOnWindows(codePoint)) {
            log.note(LandingZone::tr("Replaced characters Windows does not allow in names with '_'."));
            name.append(u'_');
        } else {
            name.append(QChar::fromUcs4(codePoint));
        }
    }
    // Removing characters can bring combining marks together again.
    name = name.normalized(QString::NormalizationForm_C);

    const QString trimmed = withoutTrailingJunk(name);
    if (trimmed.size() != name.size())
        log.note(LandingZone::tr("Removed dots and spaces at the end of names."));
    name = trimmed;

    if (name.isEmpty()) {
        log.note(LandingZone::tr("Named nameless parts '_'."));
        return u"_"_s;
    }
    if (isReservedOnWindows(name)) {
        log.note(LandingZone::tr("Prefixed names Windows reserves for devices with '_'."));
        name.prepend(u'_');
    }
    if (utf8Bytes(name) > LandingZone::MaxComponentBytes) {
        log.note(LandingZone::tr("Shortened names longer than %n bytes.", nullptr, LandingZone::MaxComponentBytes));
        const auto [stem, extension] = splitExtension(name);
        name = fitted(stem, QString(), extension, LandingZone::MaxComponentBytes);
    }
    return name;
}

// lstat, not stat: a dangling link is still something in the way.
bool isTaken(const QString &path)
{
    const QFileInfo info(path);
    // The lstat for isSymLink() also answers exists() for anything but a
    // link: one system call per check instead of two.
    return info.isSymLink() || info.exists();
}

bool isLink(const QFileInfo &info)
{
    return info.isSymLink() || info.isJunction();
}

// The name for collision number `n` (0: the name itself), with room for the
// part suffix.
QString candidateName(const QString &name, int n)
{
    const auto [stem, extension] = splitExtension(name);
    const QString suffix = n == 0 ? QString() : u" (%1)"_s.arg(n);
    return fitted(stem, suffix, extension, LandingZone::MaxComponentBytes - int(LandingZone::PartSuffix.size()));
}

} // namespace

LandingZone::LandingZone(const QString &downloadDir)
    : d(std::make_unique<LandingZonePrivate>())
{
    d->downloadDir = downloadDir;
    d->canonicalBase = QFileInfo(downloadDir).canonicalFilePath();
}

LandingZone::~LandingZone() = default;

QString LandingZone::downloadDir() const
{
    return d->downloadDir;
}

std::optional<SanitizedPath> LandingZone::sanitize(const QString &offeredPath, QString *error)
{
    if (offeredPath.size() > MaxOfferedPathChars) {
        *error = tr("The offered name is longer than %n characters.", nullptr, MaxOfferedPathChars);
        return std::nullopt;
    }
    ChangeLog log;
    // macOS sends decomposed names; NFC is what every other system writes.
    QString path = offeredPath.normalized(QString::NormalizationForm_C);

    if (path.contains(u'\\')) {
        // A separator on Windows, so it must be one everywhere: otherwise
        // "a\..\..\x" would be harmless here and an escape there.
        log.note(tr("Treated '\\' as a folder separator."));
        path.replace(u'\\', u'/');
    }
    if (path.size() >= 2 && path.at(1) == u':' && path.at(0).isLetter() && path.at(0).unicode() < 0x80) {
        log.note(tr("Removed a drive letter."));
        path.remove(0, 2);
    }
    if (path.startsWith(u'/'))
        log.note(tr("Made an absolute path relative."));

    QStringList components;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == "."_L1 || part == ".."_L1) {
            log.note(tr("Removed '.' and '..' from the path."));
            continue;
        }
        components.append(sanitizeComponent(part, log));
    }

    if (components.isEmpty()) {
        // The offer itself is not echoed: it may hold control characters.
        *error = offeredPath.isEmpty() ? tr("The offered name is empty.")
                                       : tr("Nothing is left of the offered name once made safe.");
        return std::nullopt;
    }
    if (components.size() > MaxPathComponents) {
        *error = tr("The offered path has %1 folders and names; at most %2 are accepted.")
                     .arg(components.size())
                     .arg(MaxPathComponents);
        return std::nullopt;
    }
    const QString relativePath = components.join(u'/');
    if (const int bytes = utf8Bytes(relativePath); bytes > MaxPathBytes) {
        *error = tr("The offered path is %1 bytes long; at most %2 are accepted.").arg(bytes).arg(MaxPathBytes);
        return std::nullopt;
    }
    return SanitizedPath{relativePath, log.changes};
}

bool LandingZone::isUsable(QString *error) const
{
    const QFileInfo info(d->downloadDir);
    const QString shown = QDir::toNativeSeparators(d->downloadDir);
    if (!info.exists()) {
        *error = tr("The download folder %1 does not exist.").arg(shown);
        return false;
    }
    if (!info.isDir()) {
        *error = tr("The download folder %1 is not a folder.").arg(shown);
        return false;
    }
    if (!info.isWritable()) {
        *error = tr("The download folder %1 is not writable.").arg(shown);
        return false;
    }
    return true;
}

// The canonical download folder, if `path` is one sanitising leaves alone
// and the folder is usable.
std::optional<QString> LandingZone::checkedBase(const SanitizedPath &path, QString *error) const
{
    // SanitizedPath is a plain struct anyone can fill in: only a path that
    // sanitising leaves alone is trusted.
    QString sanitizeError;
    const auto again = sanitize(path.relativePath, &sanitizeError);
    if (!again || again->relativePath != path.relativePath || !again->changes.isEmpty()) {
        *error = tr("\"%1\" is not a sanitised path.").arg(path.relativePath);
        return std::nullopt;
    }
    if (!isUsable(error))
        return std::nullopt;
    // Resolved at construction; a folder that did not exist then is
    // resolved on each call (nothing is cached from another thread).
    const QString base = d->canonicalBase.isEmpty() ? QFileInfo(d->downloadDir).canonicalFilePath() : d->canonicalBase;
    if (base.isEmpty()) {
        *error = tr("The download folder %1 does not exist.").arg(QDir::toNativeSeparators(d->downloadDir));
        return std::nullopt;
    }
    return base;
}

bool LandingZone::makeFolder(const SanitizedPath &path, QString *error)
{
    const auto base = checkedBase(path, error);
    if (!base)
        return false;
    QMutexLocker locker(&reservationsMutex);
    const QStringList components = path.relativePath.split(u'/');
    return makeFolders(*base, components, components.size(), error).has_value();
}

std::optional<QString> LandingZone::makeFolders(const QString &base, const QStringList &components, qsizetype count,
                                                QString *error)
{
    QString dir = base;
    QString relativeDir;
    for (qsizetype i = 0; i < count; ++i) {
        const QString &component = components.at(i);
        const QString candidate = dir + u'/' + component;
        relativeDir += component + u'/';
        const QString shown = QDir::toNativeSeparators(relativeDir.chopped(1));
        QFileInfo info(candidate);
        if (isLink(info)) {
            *error = tr("%1 in the download folder is a link; Tandem does not write through links.").arg(shown);
            qCWarning(lcTransfer) << "refused to write through the link" << candidate;
            return std::nullopt;
        }
        if (!info.exists() && !QDir(dir).mkdir(component)) {
            info.refresh(); // someone else may have created it meanwhile
            if (!info.exists() || isLink(info)) {
                *error = tr("Could not create the folder %1 in the download folder.").arg(shown);
                return std::nullopt;
            }
        }
        info.refresh();
        if (!info.isDir() || isLink(info)) {
            *error = tr("%1 in the download folder is in the way: it is not a folder.").arg(shown);
            return std::nullopt;
        }
        // `dir` has no links in it (the canonical base, then folders
        // checked here), `component` is one sanitised name (never "." or
        // ".."), and `candidate` itself is no link: so it is its own
        // canonical path, inside the base. Resolving it again (realpath:
        // a readlink per level, per file) proved nothing more.
        dir = candidate;
    }
    return dir;
}

std::optional<Landing> LandingZone::reserve(const SanitizedPath &path, QString *error)
{
    const auto base = checkedBase(path, error);
    if (!base)
        return std::nullopt;
    QMutexLocker locker(&reservationsMutex);
    const QStringList components = path.relativePath.split(u'/');
    const auto folder = makeFolders(*base, components, components.size() - 1, error);
    if (!folder)
        return std::nullopt;
    const QString &dir = *folder;
    const QString relativeDir = path.relativePath.left(path.relativePath.size() - components.last().size());

    const QString &name = components.last();
    for (int n = 0; n <= MaxCollisionNumber; ++n) {
        const QString fileName = candidateName(name, n);
        const QString finalPath = dir + u'/' + fileName;
        const QString partPath = finalPath + PartSuffix;
        if (reservations.contains(finalPath) || isTaken(finalPath) || isTaken(partPath))
            continue;
        QFile part(partPath);
        // O_EXCL: fails on anything already there, a dangling link included.
        if (!part.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (isTaken(partPath))
                continue; // lost a race to another process
            *error = tr("Could not create %1: %2").arg(QDir::toNativeSeparators(partPath), part.errorString());
            return std::nullopt;
        }
        part.close();
        reservations.insert(finalPath);
        const QString relativePath = relativeDir + fileName;
        qCDebug(lcTransfer) << "reserved" << relativePath << "for" << path.relativePath;
        return Landing{path.relativePath, relativePath, finalPath, partPath};
    }
    *error = tr("There are already too many files named %1 in the download folder.")
                 .arg(QDir::toNativeSeparators(path.relativePath));
    return std::nullopt;
}

std::optional<QString> LandingZone::finalize(const Landing &landing, QString *error)
{
    QMutexLocker locker(&reservationsMutex);
    const QFileInfo part(landing.partPath);
    if (!part.isFile() || isLink(part)) {
        *error = tr("The partial file %1 is missing.").arg(QDir::toNativeSeparators(landing.partPath));
        return std::nullopt;
    }
    const QString dir = QFileInfo(landing.finalPath).path();
    const QString name = landing.requestedPath.section(u'/', -1);
    // The reserved name first, then the requested name's "(n)" series.
    for (int n = -1; n <= MaxCollisionNumber; ++n) {
        const QString finalPath = n < 0 ? landing.finalPath : dir + u'/' + candidateName(name, n);
        if (finalPath != landing.finalPath
            && (reservations.contains(finalPath) || isTaken(finalPath) || isTaken(finalPath + PartSuffix)))
            continue;
        QString renameError;
        RenameResult result = renameNoReplace(landing.partPath, finalPath, &renameError);
        for (int attempt = 1; result == RenameResult::Busy && attempt < BusyRenameAttempts; ++attempt) {
            const std::chrono::milliseconds pause = FirstBusyPause * (1 << (attempt - 1));
            qCInfo(lcTransfer) << landing.partPath << "is in use (" << renameError << "); trying again in"
                               << pause.count() << "ms";
            // Other transfers may reserve and finalise meanwhile.
            locker.unlock();
            QThread::msleep(static_cast<unsigned long>(pause.count()));
            locker.relock();
            if (finalPath != landing.finalPath && reservations.contains(finalPath)) {
                result = RenameResult::TargetExists; // promised to another transfer meanwhile
                break;
            }
            result = renameNoReplace(landing.partPath, finalPath, &renameError);
        }
        switch (result) {
        case RenameResult::Renamed:
            reservations.remove(landing.finalPath);
            if (finalPath != landing.finalPath)
                qCInfo(lcTransfer) << landing.finalPath << "appeared meanwhile; saved as" << finalPath;
            return finalPath;
        case RenameResult::TargetExists:
            continue;
        case RenameResult::Busy:
            *error = tr("Could not rename %1 to %2: another program still held it after %n tries (%3).", nullptr,
                        BusyRenameAttempts)
                         .arg(QDir::toNativeSeparators(landing.partPath), QDir::toNativeSeparators(finalPath),
                              renameError);
            return std::nullopt;
        case RenameResult::Failed:
            *error = tr("Could not rename %1 to %2: %3")
                         .arg(QDir::toNativeSeparators(landing.partPath), QDir::toNativeSeparators(finalPath),
                              renameError);
            return std::nullopt;
        }
    }
    *error = tr("There are already too many files named %1 in the download folder.")
                 .arg(QDir::toNativeSeparators(landing.requestedPath));
    return std::nullopt;
}

void LandingZone::abandon(const Landing &landing)
{
    QMutexLocker locker(&reservationsMutex);
    reservations.remove(landing.finalPath);
    qCDebug(lcTransfer) << "abandoned" << landing.finalPath << "keeping" << landing.partPath;
}

bool LandingZone::hasFreeSpace(const QString &dir, qint64 bytes, QString *error)
{
    const QString shown = QDir::toNativeSeparators(dir);
    if (bytes < 0) {
        *error = tr("Cannot check room for a negative size (%1 bytes).").arg(bytes);
        return false;
    }
    const QStorageInfo storage(dir);
    if (!storage.isValid() || !storage.isReady()) {
        *error = tr("Could not tell how much space is free in %1.").arg(shown);
        return false;
    }
    const qint64 available = storage.bytesAvailable();
    // Compared this way round so that an absurd size cannot overflow.
    if (available < FreeSpaceMarginBytes || bytes > available - FreeSpaceMarginBytes) {
        const QLocale locale;
        *error = tr("Not enough free space in %1: %2 needed (plus %3 kept free), %4 available.")
                     .arg(shown, locale.formattedDataSize(bytes), locale.formattedDataSize(FreeSpaceMarginBytes),
                          locale.formattedDataSize(available));
        return false;
    }
    return true;
}

bool LandingZone::hasRoom(const QString &dir, qint64 bytes, qint64 entries, QString *error)
{
    if (!hasFreeSpace(dir, bytes, error))
        return false;
    if (entries < 0) {
        *error = tr("Cannot check room for a negative number of files (%1).").arg(entries);
        return false;
    }
#if defined(Q_OS_UNIX)
    struct statvfs fs;
    // f_files 0: no fixed inode count (btrfs, many network file systems).
    if (::statvfs(QFile::encodeName(dir).constData(), &fs) == 0 && fs.f_files > 0) {
        const qint64 available = qint64(qMin<quint64>(fs.f_favail, quint64(std::numeric_limits<qint64>::max())));
        // Compared this way round so that an absurd count cannot overflow.
        if (available < FreeEntriesMargin || entries > available - FreeEntriesMargin) {
            const QLocale locale;
            *error = tr("Not enough free space in %1 for %2 more files and folders (%3 more fit).")
                         .arg(QDir::toNativeSeparators(dir), locale.toString(entries),
                              locale.toString(qMax<qint64>(0, available - FreeEntriesMargin)));
            return false;
        }
    }
#endif
    return true;
}

} // namespace Tandem
