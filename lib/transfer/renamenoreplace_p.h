#pragma once

#include <QString>

namespace Tandem {

// Busy: something else holds `from` or `to` for a moment (a virus scanner
// on Windows, a sharing violation on an SMB share), so trying again shortly
// may succeed; LandingZone::finalize() does. *error is set as for Failed.
enum class RenameResult { Renamed, TargetExists, Busy, Failed };

// Renames `from` to `to` without ever replacing what is at `to`, atomically
// where the system allows: QFile::rename checks first and renames after,
// which leaves a window for something to appear at `to`. On Failed, *error
// says why; `from` is then still there (on Busy too) (a failed landing keeps its part
// file for resume). One file per platform, chosen in CMakeLists.txt:
// renamenoreplace_posix.cpp, renamenoreplace_windows.cpp.
RenameResult renameNoReplace(const QString &from, const QString &to, QString *error);

} // namespace Tandem
