#include "renamenoreplace_p.h"
#include "windowspath_p.h"

#include <QCoreApplication>
#include <QDir>

#include <qt_windows.h>

namespace Tandem {

namespace {

// MoveFileExW fails beyond MAX_PATH (260 characters) unless the path is in
// extended-length form, and landing paths may be 1024 bytes below a download
// folder that is long itself. Every path gets the form, short ones too, so
// that one way is taken (and tested: tst_windowspath).
std::wstring extendedLength(const QString &path)
{
    return windowsExtendedLengthPath(path, QDir::currentPath()).toStdWString();
}

} // namespace

RenameResult renameNoReplace(const QString &from, const QString &to, QString *error)
{
    const std::wstring source = extendedLength(from);
    const std::wstring target = extendedLength(to);
    if (source.empty() || target.empty()) {
        *error = QCoreApplication::translate("Tandem::LandingZone", "Not an absolute path: %1")
                     .arg(QDir::toNativeSeparators(source.empty() ? from : to));
        return RenameResult::Failed;
    }
    // Without MOVEFILE_REPLACE_EXISTING, MoveFileEx fails rather than replace.
    if (MoveFileExW(source.c_str(), target.c_str(), MOVEFILE_WRITE_THROUGH))
        return RenameResult::Renamed;
    const DWORD code = GetLastError();
    if (code == ERROR_ALREADY_EXISTS || code == ERROR_FILE_EXISTS)
        return RenameResult::TargetExists;
    *error = qt_error_string(int(code));
    // A virus scanner, the search indexer or a backup tool opening the
    // file just written holds it without sharing delete access for a moment
    // (ERROR_SHARING_VIOLATION); some scanners deny access outright while
    // they scan (ERROR_ACCESS_DENIED), or lock a range (ERROR_LOCK_VIOLATION).
    // A folder that really refuses us answers ERROR_ACCESS_DENIED too: the
    // retries cost it a moment, and the part file is kept either way.
    if (code == ERROR_SHARING_VIOLATION || code == ERROR_ACCESS_DENIED || code == ERROR_LOCK_VIOLATION)
        return RenameResult::Busy;
    return RenameResult::Failed;
}

} // namespace Tandem
