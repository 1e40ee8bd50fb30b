#include "renamenoreplace_p.h"

#include <QDir>

#include <qt_windows.h>

namespace Tandem {

RenameResult renameNoReplace(const QString &from, const QString &to, QString *error)
{
    // Without MOVEFILE_REPLACE_EXISTING, MoveFileEx fails rather than replace.
    if (MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                    reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()), MOVEFILE_WRITE_THROUGH))
        return RenameResult::Renamed;
    const DWORD code = GetLastError();
    if (code == ERROR_ALREADY_EXISTS || code == ERROR_FILE_EXISTS)
        return RenameResult::TargetExists;
    *error = qt_error_string(int(code));
    return RenameResult::Failed;
}

} // namespace Tandem
