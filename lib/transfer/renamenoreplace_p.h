#pragma once

#include <QString>

namespace Tandem {

enum class RenameResult { Renamed, TargetExists, Failed };

// Renames `from` to `to` without ever replacing what is at `to`, atomically
// where the system allows: QFile::rename checks first and renames after,
// which leaves a window for something to appear at `to`. On Failed, *error
// says why; `from` is then still there (a failed landing keeps its part
// file for resume). One file per platform, chosen in CMakeLists.txt:
// renamenoreplace_posix.cpp, renamenoreplace_windows.cpp.
RenameResult renameNoReplace(const QString &from, const QString &to, QString *error);

} // namespace Tandem
